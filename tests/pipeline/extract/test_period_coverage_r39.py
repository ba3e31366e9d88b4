"""Round 39 (hi12): a sentence that says which months the figures beside it cover narrows their
whole years ("The Statistics Sweden figures cover January to October."). Made-up pages; near
misses keep their reading."""

import pytest

from pipeline.extract.period_coverage import covered_months
from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-01\nSweden and Chile\n\n"


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.value, str(r.period_start), str(r.period_end))
        for r in figures(_HEAD + text).itertuples()
    }


def test_the_sentence_before_and_the_same_reporters_sentence_after_are_narrowed() -> None:
    got = _rows(
        "Sweden's imports from Chile fell 20 percent, from SEK 5 billion in 2029 to SEK 4 "
        "billion in 2030. The Statistics Sweden figures cover January to October. Sweden's "
        "exports to Chile fell 12 percent in 2030.\n"
    )
    assert got == {
        ("imports", -20.0, "2030-01-01", "2030-10-31"),
        ("imports", 5e9, "2029-01-01", "2029-10-31"),
        ("imports", 4e9, "2030-01-01", "2030-10-31"),
        ("exports", -12.0, "2030-01-01", "2030-10-31"),
    }


def test_near_miss_figures_two_sentences_away_keep_their_years() -> None:
    got = _rows(
        "Chile's exports to Sweden were $900 million in 2030. Sweden's imports from Chile were "
        "SEK 4 billion in 2030. The figures cover January to October.\n"
    )
    assert ("exports", 9e8, "2030-01-01", "2030-12-31") in got
    assert ("imports", 4e9, "2030-01-01", "2030-10-31") in got


def test_near_miss_a_period_of_another_shape_is_kept() -> None:
    got = _rows(
        "Sweden's imports from Chile were SEK 1 billion in the first quarter of 2030. The data "
        "cover January to October.\n"
    )
    assert got == {("imports", 1e9, "2030-01-01", "2030-03-31")}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The Statistics Sweden figures cover January to October.", (1, 10)),
        ("These data are for the period from March through June.", (3, 6)),
        ("The figures cover January to October 2030.", None),  # a dated span: read as a period
        ("The figures cover November to February.", None),  # across a year end
        ("The report covers the period from January to October.", None),  # no figures named
    ],
)
def test_covered_months(text: str, months: tuple[int, int] | None) -> None:
    assert covered_months(text) == months
