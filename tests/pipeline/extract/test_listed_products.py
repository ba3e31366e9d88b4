"""A later item of a list of goods that names one product, not a sector, is no figure (NOTES: a
single named product is not annotated); sector items of the same list stay (round 8). Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def test_product_items_of_a_bracketed_list_are_not_figures() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Chile's main exports to Korea included copper (US$2.1 billion), "
        "wood pulp (US$310 million), cherries (US$95 million) and crude oils (US$40 million)."
    )
    rows = {(r.scope, r.value) for r in out.itertuples()}
    assert ("metals", 2.1e9) in rows, out.to_string()
    assert ("energy", 40e6) in rows, out.to_string()
    assert not {310e6, 95e6} & set(out["value"]), out.to_string()


def test_product_items_worth_an_amount_after_a_semicolon_are_not_figures() -> None:
    out = figures(
        "date 2031-03-09\nGoods exported by Kenya to Uganda in 2030 consisted of textiles worth "
        "$40 million; cement worth $25 million; and steel worth $12 million."
    )
    rows = {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("exports", "textiles", "KEN", "UGA", 40e6) in rows, out.to_string()
    assert ("exports", "metals", "KEN", "UGA", 12e6) in rows, out.to_string()
    assert 25e6 not in set(out["value"]), out.to_string()


def test_a_list_of_partners_or_of_years_is_no_list_of_goods() -> None:
    # Capitalised items (countries) and items naming all goods keep their figures.
    out = figures(
        "date 2031-03-09\nPeru's main export markets include China ($9.1 billion), the United "
        "States ($4.2 billion) and Canada ($1.5 billion), and other goods (US$0.8 billion) went "
        "to Japan."
    )
    assert {9.1e9, 4.2e9, 1.5e9} <= set(out["value"]), out.to_string()
