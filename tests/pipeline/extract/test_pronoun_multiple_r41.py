"""Round 41: a pronoun for the last figure right before a multiple that is its own verb ("It has
tripled over the past decade", "They have more than doubled") continues that figure's flow and
pair. Made-up sentences; near misses with another subject give no figure."""

import pytest

from tests.pipeline.extract.test_extract import figures

_LEAD = "Trade between Chile and Peru reached $4.9 billion last year."


def _multiples(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-05-03\nChile and Peru\n\n{_LEAD} {sentence}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), r.value)
        for r in out.itertuples()
        if r.measure == "multiple"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It has tripled over the past decade.", ("turnover", "CHL", "PER", "2021-01-01", 3.0)),
        ("It has more than doubled since 2020.", ("turnover", "CHL", "PER", "2020-01-01", 2.0)),
    ],
)
def test_a_pronoun_before_a_multiple_verb_continues_the_figure(
    sentence: str, expected: tuple
) -> None:
    assert _multiples(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of tourists has tripled since 2020.",
        "Since then the port traffic it carried has tripled.",
    ],
)
def test_another_subject_gives_no_multiple(sentence: str) -> None:
    assert _multiples(sentence) == set()
