"""Transport equipment (vehicles, trucks, "transport(ation) equipment") is no sector: NOTES
(round 10) leaves the group out like cars and aircraft, so its figures are no rows, while
machinery and "machinery and equipment" beside it stay `machinery` (round 13). Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def test_transportation_equipment_is_no_machinery_figure() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030, U.S. exports to Peru of transportation equipment rose by $436 "
        "million to $1.3 billion, while U.S. exports to Peru of machinery rose 12% to $2.4 billion."
    )
    assert not {436e6, 1.3e9} & set(out["value"]), out.to_string()
    rows = {(r.scope, r.measure, r.value) for r in out.itertuples()}
    assert ("machinery", "level", 2.4e9) in rows, out.to_string()
    assert ("machinery", "pct_change", 12.0) in rows, out.to_string()


def test_road_vehicles_in_a_list_beside_machinery() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Korea's main exports to Cambodia were machinery, which rose "
        "about 41 percent, and road vehicles, which increased by 187 percent."
    )
    rows = {(r.scope, r.value) for r in out.itertuples()}
    assert ("machinery", 41.0) in rows, out.to_string()
    assert 187.0 not in set(out["value"]), out.to_string()


def test_a_sector_item_after_a_skipped_product_item_keeps_the_list_flow() -> None:
    # the item after a product's (skipped) figure names its own sector: the list's flow goes on
    out = figures(
        "date 2031-03-09\nIn 2030 Korea's main exports to Cambodia were road vehicles, which "
        "increased by 187 percent, and machinery, which rose about 41 percent."
    )
    rows = {(r.scope, r.value) for r in out.itertuples()}
    assert ("machinery", 41.0) in rows, out.to_string()
    assert 187.0 not in set(out["value"]), out.to_string()


def test_machinery_and_equipment_stays_machinery() -> None:
    # the near miss: "equipment" not headed by "transport" is still the machinery sector word
    out = figures(
        "date 2031-03-09\nIn 2030 Germany's exports of machinery and equipment to Chile reached "
        "EUR 830 million, and its exports of equipment to Chile EUR 95 million."
    )
    rows = {(r.scope, r.value) for r in out.itertuples()}
    assert ("machinery", 830e6) in rows, out.to_string()
    assert ("machinery", 95e6) in rows, out.to_string()


def test_vehicles_are_a_product_not_a_sector() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Japan's exports of vehicles to Chile were worth $640 million. "
        "Japan's exports of steel to Chile were worth $210 million."
    )
    rows = {(r.scope, r.value) for r in out.itertuples()}
    assert 640e6 not in set(out["value"]), out.to_string()
    assert ("metals", 210e6) in rows, out.to_string()
