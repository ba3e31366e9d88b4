"""In a list of goods with one amount per item, each item's sector is its own: an item after a
sector's amount that names goods outside the sectors ("glassware (18%)", "soaps - $12m") is one
product or group (NOTES: not annotated), not the sector before it (round 12). Made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_items_after_a_sector_item_do_not_take_its_sector() -> None:
    rows = _rows(
        "Senegal's exports to Mali rose in 2030 on higher petroleum products (31%), glassware "
        "(18%) and building materials (9%)."
    )
    assert rows == {("exports", "energy", 31.0)}, rows


def test_dash_items_after_a_sector_item_do_not_take_its_sector() -> None:
    rows = _rows(
        "The main goods Senegal sold to Mali in 2030 were food products - $31 million; soaps and "
        "detergents - $12 million; and fuels - $9 million."
    )
    assert rows == {("exports", "agriculture", 31e6), ("exports", "energy", 9e6)}, rows


def test_near_miss_sector_items_and_a_comparison_keep_their_figures() -> None:
    # every item names a sector: each keeps its own
    rows = _rows(
        "Senegal's exports to Mali rose in 2030 on higher petroleum products (31%), textiles "
        "(18%) and steel (9%)."
    )
    assert {("exports", "energy", 31.0), ("exports", "textiles", 18.0)} <= rows, rows
    assert ("exports", "metals", 9.0) in rows, rows
    # a bracket after "up from the previous year" is the same sector's earlier amount
    rows = _rows(
        "Senegal's fuel exports to Mali reached $31 million in 2030, up from the previous year "
        "($27 million)."
    )
    assert {("exports", "energy", 31e6), ("exports", "energy", 27e6)} <= rows, rows
