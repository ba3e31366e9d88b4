"""Round 41: "in the same period" right after an amount takes up the period just named (the
sentence's earlier one, else the page's running period), even where a later clause of its
sentence names another year ("... exceeding our projections of EUR 7bn for the whole of 2029");
"projections" of an amount make it a target. Made-up sentences; near misses name a base
("the same period of 2029", "the same period last year") and keep their reading."""

import pytest

from tests.pipeline.extract.test_extract import figures

_LEAD = "In the first ten months of 2030, Moldova's exports to Romania rose 40% to EUR 4 bln."


def _rows(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-01-31\nMoldova and Romania\n\n{_LEAD} {sentence}\n")
    return {
        (r.flow, str(r.period_start), str(r.period_end), r.measure, r.value, r.status)
        for r in out.itertuples()
        if r.flow == "turnover"
    }


def test_the_same_period_is_the_running_one_despite_a_later_year() -> None:
    got = _rows(
        '"Trade rose to EUR 7.2 bln in the same period, exceeding our projections of EUR 7 bln'
        ' for the entire year 2029," the minister said.'
    )
    assert got == {
        ("turnover", "2030-01-01", "2030-10-31", "level", 7.2e9, "actual"),
        ("turnover", "2029-01-01", "2029-12-31", "level", 7e9, "target"),
    }


def test_during_the_same_period_with_a_year_later_in_another_clause() -> None:
    got = _rows("Turnover reached EUR 7.2 bln during the same period, after EUR 8 bln in 2028.")
    assert ("turnover", "2030-01-01", "2030-10-31", "level", 7.2e9, "actual") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade came to EUR 6.1 bln in the same period of 2029.",
            ("turnover", "2029-01-01", "2029-10-31", "level", 6.1e9, "actual"),
        ),
        (
            "Trade came to EUR 6.1 bln in the same period last year.",
            ("turnover", "2029-01-01", "2029-10-31", "level", 6.1e9, "actual"),
        ),
    ],
)
def test_a_named_base_period_keeps_its_reading(sentence: str, expected: tuple) -> None:
    assert expected in _rows(sentence)


def test_a_level_reached_over_the_same_period_is_the_running_one() -> None:
    # near miss: read as a base by the period parser ("rose ... over the same period"), which
    # the running period still dates as before
    got = _rows("Trade rose 6.1 percent to EUR 7.5 bln over the same period.")
    assert ("turnover", "2030-01-01", "2030-10-31", "level", 7.5e9, "actual") in got
