"""Round 33: a possessive whose phrase names a directed relation ("Kenya's biggest supplier",
"Kenya's largest export market", "Kenya's top investor") puts the possessor on the side goods or
capital go to or come from, not on the side that owns the sentence's flow. Made-up sentences."""

from pipeline.extract.possessed_relation import possessed_relation
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-03-01") -> set[tuple]:
    out = figures(f"date {date}\nKenya and its partners\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_a_supplier_of_the_possessor_exports_to_it() -> None:
    got = _rows("Malawi was Zambia's biggest supplier in 2030, with exports worth $3.5 billion.")
    assert got == {("exports", "MWI", "ZMB", 3.5e9)}
    got = _rows("Zambia's largest supplier in 2030 was Malawi, with imports worth $3.5 billion.")
    assert got == {("imports", "ZMB", "MWI", 3.5e9)}
    got = _rows(
        "Malawi remained Zambia's largest source of imports in 2030, with shipments worth"
        " $3.5 billion."
    )
    assert got == {("exports", "MWI", "ZMB", 3.5e9)}


def test_a_market_of_the_possessor_imports_from_it() -> None:
    got = _rows(
        "Uganda was Kenya's largest export market in 2030, with imports worth $700 million."
    )
    assert got == {("imports", "UGA", "KEN", 7e8)}
    got = _rows(
        "Uganda was Kenya's largest export market in 2030, with exports worth $700 million."
    )
    assert got == {("exports", "KEN", "UGA", 7e8)}


def test_an_investor_of_the_possessor_invests_in_it() -> None:
    got = _rows("Malawi was Zambia's largest investor in 2030, with $3 billion invested.")
    assert got == {("investment", "ZMB", "MWI", 3e9)}


def test_near_miss_the_possessors_own_flow_comes_first() -> None:
    got = _rows("Zambia's imports from its largest supplier, Malawi, rose to $3.5 billion in 2030.")
    assert got == {("imports", "ZMB", "MWI", 3.5e9)}
    assert possessed_relation("Zambia's exports to its main market", len("Zambia's")) is None
    assert possessed_relation("Zambia's largest trading partner", len("Zambia's")) is None
    # "import market" is read both ways on real pages: no side
    assert possessed_relation("Zambia's largest import market", len("Zambia's")) is None


def test_the_relation_with_the_economy_after_for() -> None:
    got = _rows("Uganda was the largest market for Kenya in 2030, with exports worth $700 million.")
    assert got == {("exports", "KEN", "UGA", 7e8)}
    got = _rows("Uganda was the largest market for Kenya in 2030, with imports worth $700 million.")
    assert got == {("imports", "UGA", "KEN", 7e8)}
    got = _rows(
        "Malawi remained the largest source of goods for Zambia in 2030, with exports reaching"
        " 1.5 billion euros."
    )
    assert got == {("exports", "MWI", "ZMB", 1.5e9)}


def test_a_share_of_what_the_counterpart_imported_names_the_destination() -> None:
    got = _rows(
        "Malawi remained the largest supplier in 2030, with exports reaching 1.5 billion euros,"
        " equal to a quarter of everything Zambia imported."
    )
    assert got == {("exports", "MWI", "ZMB", 1.5e9)}
    got = _rows(
        "Zambia bought goods worth 1.5 billion euros from Malawi in 2030, a fifth of what Malawi"
        " exported."
    )
    assert got == {("imports", "ZMB", "MWI", 1.5e9)}


def test_near_miss_a_share_of_the_traders_own_total_keeps_it() -> None:
    got = _rows(
        "Malawi sent goods worth 1.5 billion euros to Zambia in 2030, a fifth of everything Malawi"
        " exported."
    )
    assert got == {("exports", "MWI", "ZMB", 1.5e9)}
