"""Fact-sheet lines (issue 15, round 16: table and list lines): government and chamber "trade
snapshot" pages list a pair's figures as label lines under a title naming the pair ("A Snapshot:
A-B Trade Relations", then "• Total trade in goods and services: £4.5 billion (increase of ...)",
"• Outward stock of FDI (2029): £1.3 billion"). A reader takes:

- a total label naming no economy as the title pair's total, even after rank lines that gave the
  home country's world totals ("accounting for 1.7% of total A trade");
- the label as the amount's own clause (its coverage: "goods and services");
- "outward" investment as the home country's investment abroad (reporter = the partner, NOTES.md
  "A country fact-sheet list"), "inward" as the reverse;
- an outward figure as no measure of the inward one (a directed flow is its pair's in one
  direction only, ``whole_trade``).

Every line is made up; the near misses (a page about one country's trade, a label with no total,
an inward stock, an "outward-looking" policy) must stay as they were.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.scope, r.reporter, r.partner, r.measure, r.value)
        for r in figures(text).itertuples()
    }


SHEET = (
    "date 2031-03-10\nA Snapshot: Portugal-Chile Trade Relations\n\n"
    "Period: the four quarters to the end of Q3 2030\n\n"
    "  • 31st largest trading partner (accounting for 0.4% of total Portugal trade)\n"
)


def test_a_total_label_line_is_the_title_pairs_total() -> None:
    got = rows(
        SHEET + "  • Total trade in goods and services: £4.5 billion (increase of 3.1% or "
        "£140 million from previous year)\n"
    )
    assert got == {
        ("turnover", "goods_services", "PRT", "CHL", "level", 4.5e9),
        ("turnover", "goods_services", "PRT", "CHL", "pct_change", 3.1),
        ("turnover", "goods_services", "PRT", "CHL", "abs_change", 140e6),
    }


def test_a_total_label_on_a_page_about_one_country_stays_a_world_total() -> None:
    # near miss: the title names one economy, so "total trade" is its trade with the world
    got = rows(
        "date 2031-03-10\nPortugal's trade at a glance\n\n"
        "Period: the four quarters to the end of Q3 2030\n\n"
        "  • Total trade in goods and services: £4.5 billion\n"
    )
    assert got == set()


def test_outward_stock_is_the_home_countrys_investment_in_the_partner() -> None:
    got = rows(
        SHEET + "  • Outward stock of FDI (2029): £1.3 billion (0.2% of the total Portugal outward "
        "FDI stock)\n  • Inward stock of FDI (2029): £2.8 billion (0.1% of the total Portugal "
        "inward FDI stock)\n"
    )
    assert got == {
        ("investment", "total", "CHL", "PRT", "level", 1.3e9),
        ("investment", "total", "PRT", "CHL", "level", 2.8e9),
    }


def test_an_outward_looking_policy_is_no_outward_investment() -> None:
    # near miss: "outward-looking" names no investment abroad; the stock stays the home's
    got = rows(
        SHEET + "  • Under its outward-looking policy, inward stock of FDI (2029): £0.9 billion\n"
    )
    assert got == {("investment", "total", "PRT", "CHL", "level", 0.9e9)}


def test_a_label_line_with_a_partner_keeps_its_own_coverage() -> None:
    # near miss: a label naming no coverage stays total
    got = rows(SHEET + "  • Total Portugal exports to Chile: £2.2 billion\n")
    assert got == {("exports", "total", "PRT", "CHL", "level", 2.2e9)}
