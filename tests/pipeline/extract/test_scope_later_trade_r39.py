"""Round 39 (hj17): a sector named in an earlier clause is not the scope of an amount whose own
clause, past a comma, names the pair's whole trade ("open markets to each other's goods, farm
products included, with the aim of raising bilateral trade to $2bn"). Made-up sentences; near
misses keep their sector."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-01\nChile and Peru\n\n"


def _scopes(text: str) -> set[str]:
    return {r.scope for r in figures(_HEAD + text + "\n").itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "The leaders told their ministries to open markets further to each other's goods, farm "
        "products included, with the aim of raising bilateral trade between Chile and Peru to "
        "US$2 billion by 2032.",
        "Peru buys Chilean fruit and wine, and bilateral trade between Chile and Peru reached $2 "
        "billion in 2030.",
    ],
)
def test_the_pairs_whole_trade_past_a_comma_is_total(text: str) -> None:
    assert _scopes(text) == {"total"}


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Agricultural trade between Chile and Peru reached $2 billion in 2030.", "agriculture"),
        (
            "Exports of machinery from Chile to Peru, which make up most of bilateral trade, "
            "reached $2 billion in 2030.",
            "machinery",
        ),
        (
            "Chile's exports of agricultural products to Peru, its largest bilateral trade item, "
            "reached $2 billion in 2030.",
            "agriculture",
        ),
    ],
)
def test_near_miss_the_sectors_own_clause_keeps_it(text: str, scope: str) -> None:
    assert _scopes(text) == {scope}
