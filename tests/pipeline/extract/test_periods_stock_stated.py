"""An investment stock with no period of its own stays undated after a trade period that a
sentence without kept figures set ("Trade between A and B rose in the first ten months of
2030."), as it does after a trade figure's period (NOTES: investment stocks; an amount on another
subject does not take the trade's year). A stock that "rose to" its amount, and a trade figure,
still take the running period. Made-up sentences; countries and amounts are not those of any real
page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
STATED = "date 2031-05-02\nTrade between Laos and Nepal rose in the first ten months of 2030. "


def test_a_stock_after_a_stated_trade_period_stays_undated() -> None:
    rows = dated(
        STATED + "Nepalese pension funds have cumulatively invested over $15 billion in Laos."
    )
    assert ("level", 15_000_000_000.0, None, None) in rows


def test_a_stock_that_rose_takes_the_stated_period() -> None:
    # near miss: a change word makes it a flow of the running period
    rows = dated(STATED + "Nepal's investments in Laos rose to $1.5 billion.")
    assert ("level", 1_500_000_000.0, D(2030, 1, 1), D(2030, 10, 31)) in rows


def test_a_trade_figure_takes_the_stated_period() -> None:
    # near miss: not an investment
    rows = dated(STATED + "Exports from Laos to Nepal totalled $2.5 billion.")
    assert ("level", 2_500_000_000.0, D(2030, 1, 1), D(2030, 10, 31)) in rows
