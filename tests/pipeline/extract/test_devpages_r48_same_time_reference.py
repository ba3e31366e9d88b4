"""Round 48, a bare "over the same period/time" after a figure (made-up sentences and figures).

Kind: "X imported $7m worth of goods from Y over the same period/time", with no change in its
clause, runs over the period the page named before (the main period), not a base a year
earlier (``periods._span_over_same``; "up 5% over the same period" stays a base); and a period
later in the sentence, in a clause about the source ("the customs office, which updated its
tables this month, said"), is no figure's period (``follow_up.sentence_period``,
``figure_period.period_of``), in English and in glossed French ("sur la même période ... ce
mois-ci"). Near miss: a change over the same period stays dated as before.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_EXPORTS = ("exports", "GHA", "TGO", *_Y29, "level", 12000000.0, "USD")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2030-06-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ghana exported goods worth $12 million to Togo in 2029. Ghana imported $7 million "
            "worth of goods from its eastern neighbour over the same period, the customs office, "
            "which updated its tables this month, said.",
            "Trade",
        ),
        (
            "Ghana exported goods worth $12 million to Togo in 2029. Ghana bought $7 million of "
            "goods from Togo over the same time, the database, last refreshed this month, shows.",
            "Trade",
        ),
        (
            "Le Ghana a exporté des marchandises d'une valeur de 12 millions de dollars vers le "
            "Togo en 2029. Le Ghana a importé pour 7 millions de dollars de marchandises du Togo "
            "sur la même période, selon les douanes, qui ont mis à jour leurs tableaux ce "
            "mois-ci.",
            "Commerce",
        ),
    ],
)
def test_same_period_is_the_period_before(text: str, title: str) -> None:
    assert _rows(text, title) == {
        _EXPORTS,
        ("imports", "GHA", "TGO", *_Y29, "level", 7000000.0, "USD"),
    }


def test_change_over_the_same_period_keeps_its_reading() -> None:
    text = (
        "Ghana exported goods worth $12 million to Togo in 2029. Imports from Togo were 7% "
        "higher over the same period."
    )
    assert _rows(text) == {
        _EXPORTS,
        ("imports", "GHA", "TGO", *_Y29, "pct_change", 7.0, "percent"),
    }
