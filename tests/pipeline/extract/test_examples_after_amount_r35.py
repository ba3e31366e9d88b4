"""Round 35 (hb04): a flow's examples after its amount ("$647m worth of Chilean exports, for
instance cement, apparel and footwear") describe the total, no sector; a product named for the
item before ", plus" is not the next item's ("... imports (pharmaceuticals), plus $647m worth of
exports"). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-03-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_examples_after_the_amount_name_no_sector() -> None:
    got = _rows(
        "In 2030 trade between Chile and Peru included 64 million USD worth of Chile's imports,"
        " among them seafood and textile materials, leather and footwear, plus 647 million USD"
        " worth of Chilean exports, for instance cement, apparel and footwear."
    )
    assert ("exports", "total", "CHL", "PER", 647e6) in got
    assert ("imports", "total", "CHL", "PER", 64e6) in got


def test_near_miss_a_sector_named_for_the_amount_keeps_it() -> None:
    got = _rows("In 2030 Chile's exports of apparel and footwear to Peru came to $647 million.")
    assert got == {("exports", "textiles", "CHL", "PER", 647e6)}


def test_an_item_after_plus_is_not_the_product_before_it() -> None:
    got = _rows(
        "Trade topped $700 million in 2030, which included $64 million worth of Chile's imports"
        " from Peru (pharmaceuticals), plus $647 million worth of Chilean exports to Peru."
    )
    assert ("exports", "total", "CHL", "PER", 647e6) in got
    assert ("imports", "total", "CHL", "PER", 64e6) in got


def test_near_miss_a_product_in_the_items_own_clause_is_its_own() -> None:
    got = _rows(
        "Trade topped $700 million in 2030, which included $64 million worth of Chile's imports"
        " from Peru, plus $47 million of pharmaceuticals."
    )
    assert not {r for r in got if r[4] == 47e6}
