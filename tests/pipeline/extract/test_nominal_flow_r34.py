"""Round 34 (breaking pass on direction): a flow named by a noun that is no flow word alone —
"Sales of Korean goods to Peru", "Sales from Peru to Korea", "Inflows of Thai goods into Laos",
"Purchases by Laos from Thailand". The goods, or both sides, make the noun trade; "car sales in
Peru" stay no figure. Made-up sentences (``flow_cues._NOMINAL``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Sales of Korean goods to Peru fell 4% to $3.2 billion in 2029.",
            {
                ("exports", "KOR", "PER", "level", 3.2e9),
                ("exports", "KOR", "PER", "pct_change", -4.0),
            },
        ),
        (
            "Deliveries of Austrian products to Slovenia came to 4.1 billion euros in 2029.",
            {("exports", "AUT", "SVN", "level", 4.1e9)},
        ),
        (
            "Sales from Peru to South Korea rose to $2.7 billion in 2029.",
            {("exports", "PER", "KOR", "level", 2.7e9)},
        ),
        (
            "Inflows of Thai goods into Laos reached $3.9 billion in 2029.",
            {("imports", "LAO", "THA", "level", 3.9e9)},
        ),
        (
            "Purchases by Laos from Thailand totalled $3.9 billion in 2029.",
            {("imports", "LAO", "THA", "level", 3.9e9)},
        ),
    ],
)
def test_a_trade_noun_with_goods_or_both_sides_names_the_flow(text: str, rows: set) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Sales of Korean cars in Peru rose 20% to $1.5 billion in 2029.",
        "Purchases by Korean tourists in Peru reached $0.4 billion in 2029.",
    ],
)
def test_near_miss_sales_that_are_no_trade(text: str) -> None:
    assert _rows(text) == set()
