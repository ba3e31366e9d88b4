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
