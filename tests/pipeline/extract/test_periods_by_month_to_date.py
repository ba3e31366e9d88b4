"""A flow reported "by the end of March 2031", "by February 2031" or "at the end of September
2031" is the running total of that year, January to that month, as "as of the end of March
2031" already was (NOTES: "as of mid-2024" -> January-June). A target "by" a month keeps its
deadline (empty start); an investment stock at a month's end is a stock to that day; "in March
2031" stays the month. Made-up sentences in several outlets' styles (period_patterns
``to_month``).
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_by_the_end_of_a_month_is_the_year_to_date() -> None:
    # a Vietnamese trade-office style: the quarter's running total and its change
    rows = dated(
        "Specifically, by the end of March 2031, Chile's exports to Peru reached 1.204 billion "
        "USD, down 2.7% compared to the same period in 2030."
    )
    assert ("level", 1_204_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows
    assert ("pct_change", -2.7, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_by_a_month_is_the_year_to_date() -> None:
    # a trade-bloc bulletin style
    rows = dated(
        "By February 2031, the Chile-Peru trade increased by 41.6% compared to last year, "
        "resulting in USD$3.1 billion."
    )
    assert ("pct_change", 41.6, D(2031, 1, 1), D(2031, 2, 28)) in rows


def test_at_the_end_of_a_month_is_the_year_to_date() -> None:
    # a North-African exchange-office style: the date before the amount
    rows = dated(
        "Chile's imports from Peru reached at the end of September 2031 more than 40.12 billion "
        "MAD, while exports to Peru amounted to 33.45 billion MAD during the same period."
    )
    assert ("level", 40_120_000_000.0, D(2031, 1, 1), D(2031, 9, 30)) in rows


def test_near_miss_a_target_by_a_month_keeps_its_deadline() -> None:
    rows = dated("Trade between Chile and Peru is expected to increase by 20% by December 2031.")
    assert rows == {("pct_change", 20.0, None, D(2031, 12, 31))}


def test_near_miss_a_stock_at_a_month_end_has_no_start() -> None:
    rows = dated("Chinese investment in Peru stood at $4.7 billion at the end of June 2031.")
    assert rows == {("level", 4_700_000_000.0, None, D(2031, 6, 30))}


def test_near_miss_in_a_month_stays_the_month() -> None:
    rows = dated("Chile's exports to Peru reached $310 million in March 2031.")
    assert rows == {("level", 310_000_000.0, D(2031, 3, 1), D(2031, 3, 31))}
