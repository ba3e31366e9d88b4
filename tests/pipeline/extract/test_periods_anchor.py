"""'Last year' on a page with no publication date: resolved only when the page's own text names
the year beside it (NOTES.md, round 6). Made-up sentences in several outlets' styles; countries,
numbers and years are not those of any real page.
"""

import datetime as dt

from pipeline.extract.period_anchor import actual_periods
from pipeline.extract.periods import Period, find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_year_in_the_same_sentence_is_last_year() -> None:
    # a trade-paper style: two amounts, one "last year", one with its year
    rows = dated(
        "Chile's copper exports to Peru were worth $410 million last year, while its food "
        "exports to Peru brought $95 million in 2027."
    )
    assert ("level", 410_000_000.0, D(2027, 1, 1), D(2027, 12, 31)) in rows


def test_year_in_the_next_sentence_is_last_year() -> None:
    # a wire style: the lead says "last year", the next sentence a product's figure with the year
    rows = dated(
        "Trade between Kenya and Egypt hit $1.9 billion last year, according to the trade body.\n\n"
        "Kenya's tea shipments to Egypt rose 14 percent to $310 million in 2029."
    )
    assert ("level", 1_900_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_year_in_the_sentence_before_is_last_year() -> None:
    # an embassy page: a paragraph of one year's figures, then "last year"
    rows = dated(
        "Norway exported 3.1 million tonnes of salmon to Japan in 2026 (NOK 14 billion).\n\n"
        "Norway's machinery exports to Japan grew by 45 per cent last year."
    )
    assert ("pct_change", 45.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_this_year_is_the_year_after_the_anchor() -> None:
    rows = dated(
        "Trade between Peru and Chile reached $3.2 billion last year, while Peru's copper exports "
        "to Chile were $1.1 billion in 2030.\n\n"
        "This year, trade between Peru and Chile is expected to reach $4 billion."
    )
    assert ("level", 3_200_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 4_000_000_000.0, D(2031, 1, 1), D(2031, 12, 31)) in rows


def test_look_back_further_away_fixes_nothing() -> None:
    rows = dated(
        "Last year, trade between Iraq and Jordan amounted to about $5 billion, the minister said.\n\n"
        "He spoke at a business forum in the capital.\n\n"
        "Jordan's exports to Iraq in 2019 amounted to $0.8 billion, up from $20 million in 1998."
    )
    assert ("level", 5_000_000_000.0, None, None) in rows


def test_a_hope_for_a_year_fixes_nothing() -> None:
    rows = dated(
        "Vietnam's exports to Chile reached $2.1 billion last year.\n\n"
        '"We hope to do even better in 2031," the envoy told reporters.'
    )
    assert ("level", 2_100_000_000.0, None, None) in rows


def test_same_statistic_for_a_named_year_is_a_series_not_last_year() -> None:
    rows = dated(
        "In 2026, Peru's exports to Chile were $4 billion.\n\n"
        "Last year, Peru's exports to Chile rose to $5 billion."
    )
    assert ("level", 4_000_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows
    assert ("level", 5_000_000_000.0, None, None) in rows


def test_later_data_on_the_page_means_the_anchor_is_not_last_year() -> None:
    rows = dated(
        "Ghana's cocoa exports to Japan were worth $60 million in 2025, and trade between Ghana "
        "and Japan reached $700 million last year.\n\n"
        "The two countries signed a new accord.\n\n"
        "Trade between Ghana and Japan was $810 million in 2027."
    )
    assert ("level", 700_000_000.0, None, None) in rows


def test_of_two_years_beside_it_the_latest_is_last_year() -> None:
    # the older one is a look-back ("when the agreement was signed")
    rows = dated(
        "In 2016, when the agreement was signed, Peru's fish sales to Chile were $15 million.\n\n"
        "Peru's exports to Chile reached $900 million last year.\n\n"
        "Peru's fish sales to Chile rose to $60 million in 2028."
    )
    assert ("level", 900_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows


def test_a_dated_page_is_not_changed() -> None:
    rows = dated(
        "date 2031-02-10\nTrade between Kenya and Egypt hit $1.9 billion last year.\n\n"
        "Kenya's tea shipments to Egypt rose 14 percent to $310 million in 2027."
    )
    assert ("level", 1_900_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


# --- a fiscal year named relative to an undated article: read as of its latest part-year data --


def test_current_fiscal_is_the_one_holding_the_latest_months_the_page_reports() -> None:
    # a business daily: the months of the fiscal year to date, then "the current fiscal"
    rows = dated(
        "India's exports to Chile during April-October 2031 were worth $2.1 billion, up 12%.\n\n"
        "Bilateral trade is projected to cross $6 billion in the current fiscal, against "
        "$4.8 billion in the last financial year."
    )
    assert ("level", 6_000_000_000.0, D(2031, 4, 1), D(2032, 3, 31)) in rows
    assert ("level", 4_800_000_000.0, D(2030, 4, 1), D(2031, 3, 31)) in rows


def test_the_present_fiscal_is_the_current_one() -> None:
    # "present" as "current": the months of the fiscal year the page's latest data fall in
    rows = dated(
        "Bangladesh's exports to Peru rose 4.1 percent during the first 7 months of the present "
        "financial year.\n\n"
        "The trade deficit narrowed to $3.2 billion during July-January 2030-31, officials said."
    )
    assert ("pct_change", 4.1, D(2030, 7, 1), D(2031, 1, 31)) in rows
    # near miss: "a present" is no relative year ("a present to the financial year's end")
    assert [p.kind for p in find_periods("a present of the financial year-end", None)] == []


def test_relative_fiscal_stays_empty_when_the_page_reports_only_whole_years() -> None:
    # an embassy note: whole years fix no day, so "the current fiscal" has no span
    rows = dated(
        "Trade between India and Chile was $4.8 billion in 2030.\n\n"
        "India-Chile trade is projected to cross $6 billion in the current fiscal, officials said."
    )
    assert ("level", 6_000_000_000.0, None, None) in rows


# --- the actual periods of a page: one filter for the latest data and the inferred year -------


def _period(start: D | None, end: D | None, comparison: bool = False) -> Period:
    return Period(0, 4, "year", start, end, comparison=comparison)


def test_actual_periods_keep_only_dated_data_periods() -> None:
    data = _period(D(2029, 1, 1), D(2029, 12, 31))
    as_of = _period(None, D(2030, 6, 30))  # "till June 30, 2030": an end is enough
    found = [
        ({"status": "actual"}, data),
        ({"status": "actual"}, as_of),
        ({"status": "target"}, _period(None, D(2035, 12, 31))),  # "by 2035": no data
        ({"status": "actual"}, _period(D(2020, 1, 1), D(2020, 12, 31), comparison=True)),
        ({"status": "actual"}, _period(None, None)),  # "last year" still unresolved
        ({"status": "actual"}, None),
    ]
    assert actual_periods(found) == [data, as_of]


def test_data_up_to_a_day_fixes_this_year_of_an_undated_page() -> None:
    # an agency's lead: a running total to a day of the year, then "last year" further on
    rows = dated(
        "From the start of the new season until May 14, 2030, trade between Chile and Peru was "
        "worth $820 million, the customs office said.\n\n"
        "The minister spoke at a forum in Lima.\n\n"
        "Chile's exports to Peru reached $96 million last year."
    )
    assert ("level", 96_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_a_target_up_to_a_day_fixes_nothing() -> None:
    rows = dated(
        "Chile and Peru aim to raise trade to $2 billion by June 30, 2031, the minister said.\n\n"
        "The minister spoke at a forum in Lima.\n\n"
        "Chile's exports to Peru reached $96 million last year."
    )
    assert ("level", 96_000_000.0, None, None) in rows


# --- "the last fiscal" beside a fiscal year the undated page names: that year ----------------


def test_last_fiscal_is_the_fiscal_year_named_in_the_sentence_before() -> None:
    # a business portal: the year's total by name, then a flow "in the last fiscal"
    rows = dated(
        "Trade between Pakistan and Kenya rose to $410 million in 2029-30 from $380 million "
        "in 2028-29.\n\n"
        "Pakistan's imports from Kenya climbed to $350 million in the last fiscal year."
    )
    assert ("level", 350_000_000.0, D(2029, 7, 1), D(2030, 6, 30)) in rows


def test_last_financial_year_beside_a_fy_in_the_next_sentence() -> None:
    # a wire: "the last financial year" first, the fiscal year by name after it
    rows = dated(
        "Indian exports to Chile grew 8% to $1.2 billion in the last financial year, officials "
        "said.\n\n"
        "Bilateral trade between India and Chile stood at $2.9 billion in FY2030-31."
    )
    assert ("level", 1_200_000_000.0, D(2030, 4, 1), D(2031, 3, 31)) in rows


def test_last_fiscal_beside_the_same_statistic_is_a_series_and_stays_empty() -> None:
    rows = dated(
        "Pakistan's imports from Kenya were $300 million in 2028-29.\n\n"
        "Pakistan's imports from Kenya climbed to $350 million in the last fiscal year."
    )
    assert ("level", 350_000_000.0, None, None) in rows


def test_last_fiscal_with_a_fiscal_year_further_away_stays_empty() -> None:
    rows = dated(
        "Pakistan's imports from Kenya climbed to $350 million in the last fiscal year.\n\n"
        "The minister spoke at a trade fair in Karachi.\n\n"
        "Trade between Pakistan and Kenya was $410 million in 2029-30."
    )
    assert ("level", 350_000_000.0, None, None) in rows
