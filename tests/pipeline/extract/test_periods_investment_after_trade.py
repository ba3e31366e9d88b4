"""An investment amount whose sentence names no period does not take the running period a trade
figure set (NOTES: investment stocks stay undated, "never taking the period of the article's
flows"); after an investment figure of a period it continues that period, and with a period of
its own in the sentence (a comparison base) it is a flow of the page's period. Made-up sentences.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_investment_after_a_trade_figure_stays_undated() -> None:
    rows = dated(
        "date 2031-10-12\nTrade between Chile and Peru reached $3.4 billion in 2030. "
        "Investments from Peru in Chile totaled $45.5 million, mainly in mining."
    )
    assert ("level", 45_500_000.0, None, None) in rows
    assert ("level", 3_400_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_investment_after_an_investment_figure_continues_it() -> None:
    rows = dated(
        "date 2031-10-12\nChile invested $3.4 billion in Peru in 2030. "
        "Investments from Peru in Chile totaled $45.5 million, mainly in mining."
    )
    assert ("level", 45_500_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_investment_naming_the_period_back_continues_it() -> None:
    rows = dated(
        "date 2031-10-12\nTrade between Chile and Peru reached $3.4 billion in 2030. "
        "Peruvian companies invested $45.5 million in Chile in the same year."
    )
    assert ("level", 45_500_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
