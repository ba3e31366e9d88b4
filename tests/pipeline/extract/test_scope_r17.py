"""Scope (issue 15, round 17: product lines and coverage). A reader takes:

- "garment exports", "garment sector" (the singular, as pages write a product line before a flow
  noun) as `textiles`, like "garments";
- a hyphenated sector word right after the amount ("$6bn worth of non-oil commodities") as that
  figure's sector, like "$6bn of machinery";
- an industry the goods are for ("raw materials for the textile industry") as no sector of the
  figure;
- "goods and services" (the goods_services coverage) as the sentence's own, not carried to later
  plain exports/imports sentences (NOTES "Goods and services applies to the sentence that says it").

Every sentence is made up; each near miss must stay as it was.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


def test_a_singular_garment_product_line_is_textiles() -> None:
    out = rows(
        "date 2031-05-02\nIn 2030, Peru's garment exports to Japan rose 14 percent to $650 million."
    )
    assert out == {
        ("exports", "textiles", "PER", "JPN", 14.0),
        ("exports", "textiles", "PER", "JPN", 650e6),
    }, out


def test_a_plain_export_figure_stays_total() -> None:
    # near miss: no product line named
    out = rows("date 2031-05-02\nIn 2030, Peru's exports to Japan rose 14 percent to $650 million.")
    assert {r[1] for r in out} == {"total"}, out


def test_a_hyphenated_sector_after_the_amount_is_the_figures() -> None:
    out = rows(
        "date 2031-05-02\nIn 2030 Peru exported $6.2 billion worth of non-oil commodities to Japan."
    )
    assert out == {("exports", "non_oil", "PER", "JPN", 6.2e9)}, out


def test_a_hyphenated_word_naming_no_sector_stays_total() -> None:
    # near miss: a hyphenated word after the amount that names no sector
    out = rows(
        "date 2031-05-02\nIn 2030 Peru exported $6.2 billion worth of high-end commodities to Japan."
    )
    assert out == {("exports", "total", "PER", "JPN", 6.2e9)}, out


def test_materials_for_an_industry_are_no_sector_of_the_figure() -> None:
    out = rows(
        "date 2031-05-02\nIn 2030 Peru's imports of raw materials for the textile industry from "
        "Japan reached $5 million."
    )
    assert out == {("imports", "total", "PER", "JPN", 5e6)}, out


def test_a_sectors_own_imports_keep_its_scope() -> None:
    # near miss: the sector's own goods
    out = rows("date 2031-05-02\nIn 2030 Peru's textile imports from Japan reached $5 million.")
    assert out == {("imports", "textiles", "PER", "JPN", 5e6)}, out
