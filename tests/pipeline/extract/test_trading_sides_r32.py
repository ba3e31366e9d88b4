"""Round 32 (fw07, gd04): a capital that owns a flow ("Santiago's export to Lima") or fills a
flow's partner slot ("shipments to Lima") is its country as a side of the trade, a capital naming a
place ("the ministry in Lima said") is not; economies "next to" a top buyer share its ranking and
are no side of its amount. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-09-20") -> set[tuple]:
    out = figures(f"date {date}\nTrade news\n{text}\n")
    return {(r.flow, r.reporter, r.partner, str(r.period_end), r.value) for r in out.itertuples()}


def test_capitals_owning_and_receiving_a_flow_are_the_countries() -> None:
    got = _rows(
        "Trade rose, with Santiago’s export to Lima climbing from $6.21 billion in 2029 to"
        " $7.8 billion in 2030."
    )
    assert got == {
        ("exports", "CHL", "PER", "2029-12-31", 6.21e9),
        ("exports", "CHL", "PER", "2030-12-31", 7.8e9),
    }


def test_capital_in_a_flow_slot_after_a_country_subject() -> None:
    got = _rows("Chile's shipments to Lima rose to $7.8 billion in 2030.")
    assert ("exports", "CHL", "PER", "2030-12-31", 7.8e9) in got


def test_near_miss_a_capital_naming_a_place_is_no_side() -> None:
    got = _rows(
        "Exports from Chile to Peru rose to $7.8 billion in 2030, the ministry in Lima said."
    )
    assert got == {("exports", "CHL", "PER", "2030-12-31", 7.8e9)}
    got = _rows("Exports from Chile rose to $7.8 billion in 2030, officials said in Tokyo.")
    assert not {r for r in got if "JPN" in r[1:3]}


def test_economies_next_to_a_top_buyer_are_no_side() -> None:
    """gd04: "among the largest buyers of A's exports, worth $X, next to B, C and D"."""
    got = _rows(
        "Peru has continued to be among the largest buyers of Chile’s exports, worth 183 million"
        " USD, next to the United States, Bolivia and the Netherlands."
    )
    assert {r[:3] for r in got} == {("exports", "CHL", "PER")}


def test_near_miss_next_to_without_a_ranking_keeps_its_amount() -> None:
    got = _rows(
        "Chile's exports to Peru reached $50 million in 2030, next to $40 million to Brazil."
    )
    assert ("exports", "CHL", "BRA", "2030-12-31", 40e6) in got


def test_indonesian_ri_is_indonesia() -> None:
    """gi04: "ekspor RI ke Jepang" (RI, Republik Indonesia)."""
    out = figures(
        "date 2030-11-15\nEkspor RI ke Chili\nMenurut Badan Pusat Statistik, total nilai ekspor"
        " RI ke Chili selama Oktober 2030 tercatat di angka US$1,41 miliar.\n"
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("exports", "IDN", "CHL", 1.41e9) in got
