"""Sector and non-oil words the lexicon lacked (round 19): "nonferrous metal" (metals), "grains",
"agro-industrial" and "farming" (agriculture), "petrol" and "oil product" (energy), Spanish "no
petroleros" and Arabic "غير النفطية" (non-oil), and "excluding gas" / "excluding oil" after the
amount (NOTES: an exclusion of one hydrocarbon is ``non_oil``; of several groups, no sector).
Made-up sentences, never page text; near misses keep their reading."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_nonferrous_metal_sector_is_metals() -> None:
    rows = _rows(
        "In 2030 the iron and nonferrous metal sector led Senegal's exports to Mali with $41 million."
    )
    assert rows == {("exports", "metals", 41e6)}, rows
    rows = _rows("Senegal's exports of non-ferrous metal to Mali reached $41 million in 2030.")
    assert rows == {("exports", "metals", 41e6)}, rows


def test_grains_and_agro_industrial_and_farming_are_agriculture() -> None:
    rows = _rows(
        "Senegal's exports to Mali of grains, pulses and oilseeds were $27 million in 2030."
    )
    assert rows == {("exports", "agriculture", 27e6)}, rows
    rows = _rows("In 2030, Senegal's agro-industrial exports to Mali rose to $27 million.")
    assert rows == {("exports", "agriculture", 27e6)}, rows
    rows = _rows(
        "In 2030, Senegal's exports to Mali were driven by higher farming (19%) shipments."
    )
    assert rows == {("exports", "agriculture", 19.0)}, rows


def test_petrol_and_oil_product_are_energy() -> None:
    rows = _rows("In 2030, Senegal's exports of petrol to Mali earned $13 million.")
    assert rows == {("exports", "energy", 13e6)}, rows
    rows = _rows("In 2030, Senegal's exports of refined oil product to Mali earned $13 million.")
    assert rows == {("exports", "energy", 13e6)}, rows


def test_near_miss_a_single_farm_product_or_palm_oil_stays_unread() -> None:
    # one named crop or palm oil is a single product (NOTES): no row
    assert _rows("In 2030, Senegal's exports of palm oil to Mali earned $13 million.") == set()
    assert _rows("In 2030, Senegal's exports of rice to Mali earned $13 million.") == set()


def test_foreign_non_oil_words() -> None:
    assert "non-oil" in gloss("productos no petroleros", "es")
    assert "non-oil" in gloss("صادرات المملكة غير النفطية إلى العراق", "ar")


def test_spanish_non_oil_after_the_amount() -> None:
    out = figures(
        "date 2031-03-09\nLas exportaciones de Uruguay a Japón sumaron US$ 41 millones en "
        "productos no petroleros en 2030, según el ministerio."
    )
    got = {(r.flow, r.scope, r.value) for r in out.itertuples()}
    assert got == {("exports", "non_oil", 41e6)}, got


def test_excluding_gas_after_the_amount_is_non_oil() -> None:
    rows = _rows(
        "Senegal's exports to Mali rose to $41 million in 2030, excluding gas supplies, the "
        "statistics office said."
    )
    assert rows == {("exports", "non_oil", 41e6)}, rows
    rows = _rows("Senegal's exports to Mali rose to $41 million in 2030, excluding oil.")
    assert rows == {("exports", "non_oil", 41e6)}, rows


def test_near_miss_excluding_several_groups_is_no_sector() -> None:
    rows = _rows(
        "Senegal's exports to Mali rose to $41 million in 2030, excluding oil, fuels and "
        "fertilizers."
    )
    assert rows == {("exports", "total", 41e6)}, rows


def test_first_listed_item_with_its_own_bracket_keeps_its_sector() -> None:
    # "including" heads a list whose items have their own amounts: each is its item's
    rows = _rows(
        "In 2030 trade between Senegal and Mali was $3 billion. During the period, Senegal "
        "exported $1.5 billion worth of goods to Mali, including metals ($640 million), textile "
        "products ($170 million) and chemical products ($56.5 million)."
    )
    assert ("exports", "metals", 640e6) in rows, rows
    assert ("exports", "total", 1.5e9) in rows, rows
    # near miss: a list with no amount of its own describes the total after it
    rows = _rows("In 2030, Senegal's exports to Mali, including metals, reached $640 million.")
    assert rows == {("exports", "total", 640e6)}, rows


def test_one_product_of_non_oil_trade_stays_unread() -> None:
    rows = _rows(
        "In 2030, Senegal's main non-oil exports to Mali were fish with $90 million and steel "
        "with $61 million."
    )
    assert rows == {("exports", "metals", 61e6)}, rows
    # near miss: the non-oil figure itself
    rows = _rows("In 2030, Senegal's non-oil exports to Mali reached $90 million.")
    assert rows == {("exports", "non_oil", 90e6)}, rows


def test_precious_metals_are_no_metals() -> None:
    # NOTES: precious metals are a product group outside the sectors: no row
    rows = _rows(
        "In 2030, Senegal's other exports to Mali were diamonds ($61 million) and other precious "
        "metals ($63 million)."
    )
    assert rows == set(), rows
    # near miss: base metals keep their sector
    rows = _rows("In 2030, Senegal's other exports to Mali were base metals ($63 million).")
    assert rows == {("exports", "metals", 63e6)}, rows


def test_butane_lpg_and_gas_imports_are_energy() -> None:
    # round 31 (he04): "butane gas imports reached ...", "LPG exports", "gas imports"
    rows = _rows("In 2030 Senegal's butane gas imports from Mali reached $188 million.")
    assert rows == {("imports", "energy", 188e6)}, rows
    rows = _rows("Senegal's LPG exports to Mali were $20 million in 2030.")
    assert rows == {("exports", "energy", 20e6)}, rows


def test_near_miss_a_gas_word_outside_the_flow_leaves_the_total() -> None:
    rows = _rows("Senegal's exports to Mali rose to $31 million in 2030 while gas prices fell.")
    assert rows == {("exports", "total", 31e6)}, rows
