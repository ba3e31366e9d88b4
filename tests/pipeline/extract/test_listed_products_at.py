"""A list of goods whose items are linked to their amounts by "valued at" and then a bare "at"
("mining products at $9m"), opened by a heading that divides the flow ("were categorized into
several sectors:"), holds one product or group per item (NOTES: not annotated), the first item
after the heading's colon included. A change, period or verb word is no item ("this year at",
"while it stood at"), and a flow or sector item keeps its figure (round 12). Made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_items_linked_by_at_are_not_the_total() -> None:
    rows = _rows(
        "Ghana's exports to Togo reached $900 million in 2030. The exports were categorized "
        "into several sectors: cosmetic and soap products valued at $310 million, mining "
        "products at $220 million, and tiles at $150 million. The remaining exports included "
        "rubber goods valued at $90 million, packaging, paper, and office supplies at $60 million, "
        "and construction materials at $40 million."
    )
    assert rows == {("exports", "total", 900e6)}, rows


def test_near_miss_flows_and_sectors_linked_by_at_keep_their_figures() -> None:
    rows = _rows(
        "Ghana's main exports to Togo include cocoa and gold; in 2030 its exports to Togo were "
        "valued at $900 million, and imports at $300 million."
    )
    assert rows == {("exports", "total", 900e6), ("imports", "total", 300e6)}, rows
    rows = _rows(
        "Trade between Ghana and Togo in 2030 was divided into two flows: exports at $40 "
        "million and imports at $20 million."
    )
    assert rows == {("exports", "total", 40e6), ("imports", "total", 20e6)}, rows
    rows = _rows(
        "Ghana's exports to Togo in 2030 were divided into sectors: food products valued at $31 "
        "million, and fuels at $12 million."
    )
    assert rows == {("exports", "agriculture", 31e6), ("exports", "energy", 12e6)}, rows
