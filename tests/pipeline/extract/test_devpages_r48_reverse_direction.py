"""Round 48, a figure "in the reverse direction" (made-up sentences and figures).

Kind: an amount said to go "in the reverse/opposite/other direction" ("the other way", "vice
versa"), in a clause naming no economy, is the exports of the directed figure before it the
other way round (its partner's to its reporter; for an import, the importer's to its supplier),
whatever flow word the clause writes ("trade reached", "shipments", "flowed"): no turnover and
no repeat of the first direction (``reverse_direction.reversed_flow``). Glossed pages write it
too (Spanish "en sentido inverso" is glossed "in the other direction"). Near miss: a clause
that names its own pair keeps it.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2030-06-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Ghanaian exports to Togo totalled $1.2 billion in 2029, while trade reached $300 "
            "million in the reverse direction.",
            "Trade",
            {
                ("exports", "GHA", "TGO", *_Y29, "level", 1200000000.0, "USD"),
                ("exports", "TGO", "GHA", *_Y29, "level", 300000000.0, "USD"),
            },
        ),
        (
            "Ghana's exports to Togo were $1.2 billion in 2029. In the other direction, shipments "
            "amounted to $300 million.",
            "Trade",
            {
                ("exports", "GHA", "TGO", *_Y29, "level", 1200000000.0, "USD"),
                ("exports", "TGO", "GHA", *_Y29, "level", 300000000.0, "USD"),
            },
        ),
        (  # after an import: the importer's own exports
            "Ghana's imports from Togo were $1.2 billion in 2029, while $300 million went the "
            "other way.",
            "Trade",
            {
                ("imports", "GHA", "TGO", *_Y29, "level", 1200000000.0, "USD"),
                ("exports", "GHA", "TGO", *_Y29, "level", 300000000.0, "USD"),
            },
        ),
        (  # Spanish, glossed
            "Las exportaciones de Chile a Perú sumaron 1.200 millones de dólares en 2029, "
            "mientras que en sentido inverso las exportaciones alcanzaron 300 millones de "
            "dólares.",
            "Comercio entre Chile y Perú",
            {
                ("exports", "CHL", "PER", *_Y29, "level", 1200000000.0, "USD"),
                ("exports", "PER", "CHL", *_Y29, "level", 300000000.0, "USD"),
            },
        ),
    ],
)
def test_reverse_direction_swaps_the_pair(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_named_pair_keeps_it() -> None:
    text = (
        "Ghana's exports to Togo were $1.2 billion in 2029, while in the other direction Ghana's "
        "imports from Togo reached $300 million."
    )
    assert _rows(text) == {
        ("exports", "GHA", "TGO", *_Y29, "level", 1200000000.0, "USD"),
        ("imports", "GHA", "TGO", *_Y29, "level", 300000000.0, "USD"),
    }
