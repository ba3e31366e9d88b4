"""A customs-style list of goods writes each item with a capital letter ("Diesel fuel ($31m),
Other medical instruments ($26m)"): an item of two words or more, the rest lower-case, that
names no sector, country, flow, change or period is one product or group (NOTES: not
annotated), not the sector of the item before it; "gas oil" is a fuel (round 12). Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.partner, r.value) for r in out.itertuples()}


def test_a_capitalized_item_after_a_sector_item_is_its_own_goods() -> None:
    rows = _rows(
        "Ghana's main imports from Togo in 2030 were crude oil ($55 million), Diesel fuel ($31 "
        "million), Other medical instruments not specified ($26 million), Gas oil ($12 million)."
    )
    assert rows == {
        ("imports", "energy", "TGO", 55e6),
        ("imports", "energy", "TGO", 31e6),
        ("imports", "energy", "TGO", 12e6),
    }, rows


def test_near_miss_capitalized_sectors_and_countries_keep_their_figures() -> None:
    rows = _rows(
        "Ghana's main exports to Togo in 2030 include wheat ($55 million), Other wheat products "
        "($31 million), Ivory Coast ($26 million)."
    )
    assert ("exports", "agriculture", "TGO", 31e6) in rows, rows
    assert ("exports", "agriculture", "CIV", 26e6) in rows, rows
    rows = _rows(
        "Ghana's exports of fuels rose in 2030 to Togo ($55 million), Burkina Faso ($31 "
        "million) and Sierra Leone ($26 million)."
    )
    assert {r[3] for r in rows} == {55e6, 31e6, 26e6}, rows
