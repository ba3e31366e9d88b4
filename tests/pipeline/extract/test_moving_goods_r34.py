"""Round 34 (breaking pass on direction): goods moving between two economies with a verb that
is no flow word alone — "Goods worth $2 billion were sent from Chile to Peru", "Peruvian goods
worth $2 billion entered Chile", "Goods worth $2 billion crossed from Chile into Peru", "the
value of goods flowing from Chile to Peru", "goods arriving from Peru into Chile". The goods
make the movement trade; the side they leave exports, the side they enter imports. Made-up
sentences (``flow_cues``: ``_MOVED``, ``_NOMINAL``, ``_GOODS_WORTH``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Goods worth $2 billion were sent from Chile to Peru in 2029.",
            ("exports", "CHL", "PER", 2e9),
        ),
        (
            "Goods valued at $2 billion were transported from Chile to Peru in 2029.",
            ("exports", "CHL", "PER", 2e9),
        ),
        (
            "Chilean goods worth $2 billion were sent to Peru in 2029.",
            ("exports", "CHL", "PER", 2e9),
        ),
        (
            "Peruvian goods worth $2 billion entered Chile in 2029.",
            ("imports", "CHL", "PER", 2e9),
        ),
        (
            "Goods from Peru worth $2 billion entered Chile in 2029.",
            ("imports", "CHL", "PER", 2e9),
        ),
        (
            "Goods worth $2 billion crossed from Chile into Peru in 2029.",
            ("exports", "CHL", "PER", 2e9),
        ),
        (
            "The value of goods flowing from Chile to Peru reached $2 billion in 2029.",
            ("exports", "CHL", "PER", 2e9),
        ),
        (
            "Goods arriving from Peru into Chile were worth $2 billion in 2029.",
            ("imports", "CHL", "PER", 2e9),
        ),
    ],
)
def test_goods_moving_between_two_economies_are_trade(text: str, row: tuple) -> None:
    assert _rows(text) == {row}


@pytest.mark.parametrize(
    "text",
    [
        # people and money move too: no goods, no trade
        "Tourists worth $2 billion in spending crossed from Chile into Peru in 2029.",
        "Remittances worth $2 billion were sent from Chile to Peru in 2029.",
    ],
)
def test_near_miss_no_goods_no_trade(text: str) -> None:
    assert _rows(text) == set()
