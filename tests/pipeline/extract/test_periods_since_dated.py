"""A change "since" a year on a dated page runs to the page's latest data year, as on an undated
page (NOTES: a change "since 2005" with no end is dated from 2005 to the page's latest data year),
not to the day of publication; an investment stock "since" a year keeps that day (the written
corpus). Made-up sentences and amounts.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_change_since_a_year_runs_to_the_latest_year_the_page_has_data_for() -> None:
    rows = dated(
        "date 2027-06-16\n\nTrade between Peru and Chile has tripled since 2019, the minister "
        "said on Monday.\n\nPeru's exports to Chile reached $412 million in 2026."
    )
    assert ("multiple", 3.0, D(2019, 1, 1), D(2026, 12, 31)) in rows


def test_near_miss_an_investment_stock_since_a_year_keeps_the_day_of_publication() -> None:
    rows = dated(
        "date 2027-06-16\n\nChilean companies have invested $640 million in Peru since 2019, the "
        "minister said.\n\nPeru's exports to Chile reached $412 million in 2026."
    )
    assert ("level", 640_000_000.0, D(2019, 1, 1), D(2027, 6, 16)) in rows


def test_near_miss_a_change_since_a_year_on_a_page_without_dated_data_keeps_the_day() -> None:
    rows = dated(
        "date 2027-06-16\n\nTrade between Peru and Chile has tripled since 2019, the minister "
        "said on Monday."
    )
    assert rows == {("multiple", 3.0, D(2019, 1, 1), D(2027, 6, 16))}
