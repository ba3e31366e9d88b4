""" "Over the past decade" is a span of past years as "over the past ten years" is: the ten whole
years before the page's; "the last two decades" twenty. Seen on dev pages of several rounds
(trade "rose six-fold in the past decade", "over the past decade ... totalled"). Near misses: a
record's reference ("the highest in the past decade") dates nothing; a goal is never dated by a
span already over; an investment stock in a later sentence does not take the span. Made-up text.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_change_over_the_past_decade_is_the_ten_years_before_the_page() -> None:
    rows = dated(
        "date 2031-03-02\nChilean exports to Peru have risen nearly six-fold in the past decade."
    )
    assert rows == {("multiple", 6.0, D(2021, 1, 1), D(2030, 12, 31))}


def test_the_last_two_decades_are_twenty_years() -> None:
    rows = dated(
        "date 2031-03-02\nIn 2030 Chilean exports to Peru were $3bn. In the last two decades "
        "exports to Peru have almost tripled."
    )
    assert ("multiple", 3.0, D(2011, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_a_record_in_the_past_decade_dates_nothing() -> None:
    rows = dated(
        "date 2031-03-02\nTrade between Chile and Peru reached $5 billion, the highest in the "
        "past decade."
    )
    assert rows == {("level", 5_000_000_000.0, None, None)}


def test_near_miss_a_goal_after_a_decade_of_growth_is_not_dated_by_it() -> None:
    rows = dated(
        "date 2031-03-02\nTrade between Chile and Peru has grown strongly over the past decade "
        "and is now expected to reach $20 billion in the future."
    )
    assert rows == {("level", 20_000_000_000.0, None, None)}


def test_near_miss_an_investment_after_a_decade_span_stays_undated() -> None:
    rows = dated(
        "date 2031-03-02\nTrade between Chile and Peru has tripled over the past decade. "
        "Chilean investment in Peru totals $11 billion."
    )
    assert ("level", 11_000_000_000.0, None, None) in rows
