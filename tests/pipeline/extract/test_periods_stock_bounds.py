"""An investment stock after a trade figure stays undated (NOTES: investment stocks; an amount on
another subject does not take the trade's year) also when a bound or a sum stands beside it
("more than $X", "add up to $X"): those are no change words, so no flow of the page's period.
A stock that "rose to" its amount is still a flow of that period. Made-up sentences; countries
and amounts are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
TRADE = "date 2031-05-02\nIn 2030, trade between Laos and Nepal stood at $2.8 billion. "


def test_a_stock_that_adds_up_to_an_amount_stays_undated() -> None:
    rows = dated(TRADE + "Nepal's investments in Laos, on the other hand, add up to $1.5 billion.")
    assert ("level", 1_500_000_000.0, None, None) in rows


def test_a_stock_of_more_than_an_amount_stays_undated() -> None:
    rows = dated(TRADE + "Nepalese companies have invested more than $15 million in Laos.")
    assert ("level", 15_000_000.0, None, None) in rows


def test_an_investment_that_rose_to_an_amount_takes_the_trades_year() -> None:
    # near miss: a change word ("rose to") makes it a flow of the page's period
    rows = dated(TRADE + "Nepal's investments in Laos rose to $1.5 billion.")
    assert ("level", 1_500_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
