""" "More than" and "less than" right before a percentage hedge it (NOTES.md, approx: "more
than", "less than"); the change word before them gives the direction, and without one the
percentage states no change ("less than 0.2%" of a country's trade is a share). Made-up
sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> list[tuple[str, float, bool]]:
    return [(r.measure, round(r.value, 2), bool(r.approx)) for r in figures(text).itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire style: a fall by more than
        (
            "date 2031-05-02\nBritish exports to New Zealand fell more than 2% in 2030.",
            [("pct_change", -2.0, True)],
        ),
        # statistics release: a rise by less than
        (
            "date 2031-05-02\nBritish exports to New Zealand rose by less than 3 percent in 2030.",
            [("pct_change", 3.0, True)],
        ),
    ],
)
def test_a_hedge_before_a_percentage_keeps_the_change_words_direction(
    text: str, expected: list
) -> None:
    assert rows(text) == expected


def test_less_than_a_percentage_with_no_change_word_is_no_change() -> None:
    got = rows(
        "date 2031-05-02\nOnly a tiny part of British trade is done with New Zealand, less than "
        "0.2%."
    )
    assert got == []


def test_a_comparative_after_the_percentage_still_decides() -> None:
    # near miss: "less than" after the number is the change's own direction
    got = rows(
        "date 2031-05-02\nBritish exports to New Zealand reached $5bn in 2030, 9.2% less than in "
        "2029."
    )
    assert ("pct_change", -9.2, False) in got
