"""Structures, direction and scope on real-news kinds (issue 15, items 5 and 6): each rule on a
made-up sentence that carries the difficulty of a real page, never page text."""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(out) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.period_start, r.period_end)
        for r in out.itertuples()
    }


def test_trade_council_transit_tonnes_is_no_figure() -> None:
    # The case: a meeting's ordinal and a tonnage, no money.
    out = figures(
        "date 2025-09-02\nThe twelfth meeting of the Uzbek–Turkmen trade council reviewed the "
        "transit of 2.4 million tonnes of cotton."
    )
    assert out.empty, out.to_string()


def test_deficit_and_surplus_are_not_trade_flows() -> None:
    out = figures(
        "date 2030-05-02\nPeru's bilateral trade with Chile resulted in a US$ 88 million deficit "
        "in March, which more than tripled the US$ 25 million of the same month a year ago. "
        "Peru ran a surplus of US$ 310 million in trade with Chile in 2029. "
        "Bolivia has a $4 billion trade surplus with Chile."
    )
    assert out.empty, out.to_string()


def test_a_widening_surplus_carries_to_the_amounts_after_it() -> None:
    out = figures(
        "date 2030-05-02\nTrade between Peru and Chile rose by 12 per cent from $2.1 billion to "
        "$2.35 billion in 2029, and the trade surplus widened by 9 per cent from $0.4 billion to "
        "$0.44 billion."
    )
    assert 0.4e9 not in set(out["value"]) and 0.44e9 not in set(out["value"])
    assert {2.1e9, 2.35e9} <= set(out["value"])


def test_a_countrys_trade_with_the_world_is_not_bilateral() -> None:
    out = figures(
        "date 2030-07-15\nTrade between Chile and Peru reached $3.3 billion in H1 2030.\n"
        "Chile imported goods worth $41.2 bln in January - June 2030, while its exports totaled "
        "$47.9 bln.\n"
        "Peruvian exports surged 14.1 percent in June.\n"
        "Overall Peru's exports to other countries rose 3.2 per cent in the half-year."
    )
    assert list(out["value"]) == [3.3e9], out.to_string()


def test_a_capital_names_the_partner_of_a_demonym_flow() -> None:
    # "the office in Lima" points at Peru: "Chilean exports" are Chile's exports to Peru.
    out = figures(
        "date 2030-03-01\nChile and Peru expand trade\n"
        "A report by the trade office in Lima said Chilean exports exceeded $2.6 billion in 2029."
    )
    assert _rows(out) == {("exports", "CHL", "PER", "level", 2.6e9, D(2029, 1, 1), D(2029, 12, 31))}


def test_newly_listed_economies_and_blocs() -> None:
    out = figures(
        "date 2030-02-01\nExports from Uganda to Rwanda reached $310 million in 2029, and trade "
        "between Armenia and the CIS countries totalled $4.2 billion."
    )
    assert {(r.reporter, r.partner) for r in out.itertuples()} >= {("UGA", "RWA")}
    assert any({r.reporter, r.partner} == {"ARM", "CIS"} for r in out.itertuples())


def test_the_subject_that_exports_also_imports() -> None:
    # "X exported ... to Y and imported ... from it": X is the exporter and the importer.
    out = figures(
        "date 2031-03-01\nPeru exported $21 billion worth of goods to Japan in 2030 and imported "
        "$17 billion from it."
    )
    assert _rows(out) == {
        ("exports", "PER", "JPN", "level", 21e9, D(2030, 1, 1), D(2030, 12, 31)),
        ("imports", "PER", "JPN", "level", 17e9, D(2030, 1, 1), D(2030, 12, 31)),
    }


def test_goods_named_by_origin_are_the_partner_of_an_import() -> None:
    out = figures(
        "date 2031-03-01\nIn 2030, Chile imported over $640 million worth of Peruvian goods."
    )
    assert {(r.flow, r.reporter, r.partner) for r in out.itertuples()} == {
        ("imports", "CHL", "PER")
    }


def test_nearest_subject_decides_each_clause() -> None:
    out = figures(
        "date 2031-03-01\nTrade between Chile and Peru reached $5.1 billion in 2030. Peru's "
        "exports to Chile amounted to $2.9 billion, while Chilean supplies of machinery to Peru "
        "reached $2.2 billion."
    )
    pairs = {r.value: (r.flow, r.reporter, r.partner) for r in out.itertuples()}
    assert pairs[2.9e9] == ("exports", "PER", "CHL")
    assert pairs[2.2e9] == ("exports", "CHL", "PER")


def test_partner_list_with_values_in_parentheses() -> None:
    out = figures(
        "date 2031-02-10\nMongolia's main trade partners in 2030 were Japan ($4.4 billion), "
        "South Korea ($2.5 billion) and Germany ($0.8 billion)."
    )
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("MNG", "JPN", 4.4e9),
        ("MNG", "KOR", 2.5e9),
        ("MNG", "DEU", 0.8e9),
    }
    assert set(out["flow"]) == {"turnover"}


def test_suppliers_listed_after_a_dash_with_the_previous_year_in_brackets() -> None:
    out = figures(
        "date 2031-01-20\nThe countries from which Moldova imported the most goods in 2030: "
        "Romania - USD 2.1 billion (USD 1.8 billion in 2029), Türkiye - USD 0.9 billion "
        "(USD 0.7 billion in 2029)."
    )
    got = {(r.reporter, r.partner, r.value, r.period_start.year) for r in out.itertuples()}
    assert got == {
        ("MDA", "ROU", 2.1e9, 2030),
        ("MDA", "ROU", 1.8e9, 2029),
        ("MDA", "TUR", 0.9e9, 2030),
        ("MDA", "TUR", 0.7e9, 2029),
    }, out.to_string()
    assert set(out["flow"]) == {"imports"}


def test_previous_period_in_parentheses() -> None:
    out = figures(
        "date 2031-03-01\nTrade between Peru and Chile reached $1.3 billion in 2030 "
        "($1.05 billion in 2029)."
    )
    assert {(r.value, r.period_start.year) for r in out.itertuples()} == {
        (1.3e9, 2030),
        (1.05e9, 2029),
    }


def test_rose_from_to_gives_two_levels() -> None:
    out = figures(
        "date 2031-03-01\nTrade between Ghana and Togo rose from $0.7 billion in 2028 to "
        "$0.95 billion in 2030."
    )
    assert {(r.measure, r.value, r.period_start.year) for r in out.itertuples()} == {
        ("level", 0.7e9, 2028),
        ("level", 0.95e9, 2030),
    }


def test_fell_by_to_from_gives_three_figures() -> None:
    out = figures(
        "date 2031-03-01\nExports from Ghana to Togo fell by $27 million to $415 million in 2030, "
        "from $442 million a year earlier."
    )
    got = {(r.measure, r.value) for r in out.itertuples()}
    assert got == {("abs_change", -27e6), ("level", 415e6), ("level", 442e6)}
    assert set(zip(out["reporter"], out["partner"], strict=True)) == {("GHA", "TGO")}


def test_respectively_pairs_each_value_with_its_economy() -> None:
    out = figures(
        "date 2031-03-01\nIn 2030, exports from Bolivia to Peru and Chile grew by 6% and 9% "
        "respectively."
    )
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("BOL", "PER", 6.0),
        ("BOL", "CHL", 9.0),
    }


def test_respectively_list_of_partners_before_the_values() -> None:
    out = figures(
        "date 2031-03-01\nAmong its neighbours, Laos, Cambodia and Myanmar were Thailand's top "
        "trade partners, with turnover up 12.5%, 4.2% and 1.9% respectively in 2030."
    )
    assert {(frozenset((r.reporter, r.partner)), r.value) for r in out.itertuples()} == {
        (frozenset({"LAO", "THA"}), 12.5),
        (frozenset({"KHM", "THA"}), 4.2),
        (frozenset({"MMR", "THA"}), 1.9),
    }


def test_shared_destinations_leave_the_speaker_as_exporter() -> None:
    out = figures(
        "date 2031-05-21\nShipments to Canada and Mexico rose by 10.2 percent and 6.6 percent "
        "each in April, the Korea Customs Service said."
    )
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("KOR", "CAN", 10.2),
        ("KOR", "MEX", 6.6),
    }


def test_a_single_product_is_not_annotated_but_a_sector_is() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030, the main goods exported by Peru to Japan included copper "
        "worth $950m; articles of cement worth $40m; fish worth $120m; and machinery worth $60m. "
        "Exports of semiconductors and ships to Japan rose 11.5 percent and 40.2 percent "
        "respectively."
    )
    assert {(r.scope, r.value) for r in out.itertuples()} == {
        ("metals", 950e6),
        ("machinery", 60e6),
    }, out.to_string()
