"""Round 32 (gi09): "exports of the sultanate" (a pointer at a country whose flow it is) is that
country's trade with the world, not the page's pair; and "non-oil" covers the coordinated clauses
of its sentence ("Non-oil exports to B rose 6.6% to X, but exports to C fell 21% to Y": both
non-oil; NOTES). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-10-03") -> set[tuple]:
    out = figures(f"date {date}\nOman and Chile\n{text}\n")
    return {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_exports_of_the_sultanate_are_a_world_total() -> None:
    got = _rows(
        "Non-oil exports of the sultanate dropped 24.9 per cent to RO985.3mn over the January-May"
        " period of this year, the statistics centre said. Non-oil exports to Chile declined"
        " 18.2 per cent to RO83.2mn during the first five months this year."
    )
    assert not {r for r in got if r[4] == 985.3e6}
    assert ("exports", "non_oil", "OMN", "CHL", 83.2e6) in got


def test_near_miss_exports_to_the_sultanate_keep_it_a_partner() -> None:
    got = _rows("Chile's exports to the sultanate rose 12 per cent to $85 million in 2029.")
    assert ("exports", "total", "CHL", "OMN", 85e6) in got


def test_non_oil_covers_the_coordinated_clause() -> None:
    got = _rows(
        "Non-oil exports to Chile rose by 6.6 per cent to RO290mn in 2029, but exports to Peru"
        " fell more than 21 per cent to RO127.4mn."
    )
    assert ("exports", "non_oil", "OMN", "CHL", 290e6) in got
    assert ("exports", "non_oil", "OMN", "PER", 127.4e6) in got


def test_near_miss_a_product_sector_does_not_cover_the_next_clause() -> None:
    got = _rows(
        "Fish exports to Chile rose by 6.6 per cent to RO290mn in 2029, but exports to Peru"
        " fell 21 per cent to RO127.4mn."
    )
    assert ("exports", "total", "OMN", "PER", 127.4e6) in got
