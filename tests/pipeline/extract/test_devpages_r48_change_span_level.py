"""Round 48, a level followed by its change over a span of years (made-up sentences and figures).

Kind: a level followed by a change measured over two named years ("came to $3.7bn, a growth of
7.8% from 2021 to 2022", "totalled $4.1bn, having grown 12 percent between 2021 and 2022"): the
span is the change's, and the level is the later year's (NOTES: a change over a span is dated
with the later year; each level keeps its own), not a sum over the span
(``figure_period._CHANGE_BEFORE_SPAN``); in English and in a glossed language (French "une
hausse de 12 % entre 2021 et 2022"). Near miss: a level over a span with no change between
them ("totalled $4.1bn between 2021 and 2022") keeps the span.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_SPAN = ("2028-01-01", "2029-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: "a growth of X% from Y1 to Y2" after the level
            "In the other direction, sales of Chilean goods to the Peruvian market came to 2,914 "
            "million dollars, a growth of 6.3% from 2028 to 2029.",
            "Trade",
            {
                ("exports", "CHL", "PER", *_Y29, "level", 2914000000.0, "USD"),
                ("exports", "CHL", "PER", *_Y29, "pct_change", 6.3, "percent"),
            },
        ),
        (  # English: "having grown X percent between Y1 and Y2"
            "Ghana's exports to Togo totalled $810 million, having grown 14 percent between 2028 "
            "and 2029.",
            "Trade",
            {
                ("exports", "GHA", "TGO", *_Y29, "level", 810000000.0, "USD"),
                ("exports", "GHA", "TGO", *_Y29, "pct_change", 14.0, "percent"),
            },
        ),
        (  # French: "une hausse de X % entre Y1 et Y2"
            "Les exportations du Chili vers le Pérou ont atteint 4,3 milliards de dollars, une "
            "hausse de 11 % entre 2028 et 2029, selon le ministère.",
            "Commerce Chili Pérou",
            {
                ("exports", "CHL", "PER", *_Y29, "level", 4300000000.0, "USD"),
                ("exports", "CHL", "PER", *_Y29, "pct_change", 11.0, "percent"),
            },
        ),
    ],
)
def test_level_before_a_change_over_a_span(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_level_over_a_span_keeps_it() -> None:
    text = "Ghana's exports to Togo totalled $810 million between 2028 and 2029."
    assert _rows(text) == {("exports", "GHA", "TGO", *_SPAN, "level", 810000000.0, "USD")}
