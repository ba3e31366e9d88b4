"""A comparison base "the same period" with no year ("up from $X in the same period prior to the
agreement", "up from a mere $X in the same period") is the main period a year earlier, as "the
same period last year" is (wrong-period kind, round 12). Made-up sentences: other countries,
numbers and years than any real page. Near miss: "in the same period" that is no base (a second
figure of the main period) stays the main period.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_bare_same_period_as_a_base_is_a_year_earlier() -> None:
    rows = dated(
        "Exports from Chile to Peru stood at $612 million from August 2030 to July 2031, down "
        "from $705 million in the same period prior to the agreement."
    )
    assert ("level", 612_000_000.0, D(2030, 8, 1), D(2031, 7, 31)) in rows
    assert ("level", 705_000_000.0, D(2029, 8, 1), D(2030, 7, 31)) in rows


def test_a_base_after_a_mere_is_a_base() -> None:
    rows = dated(
        "Exports from Chile to Peru amounted to $517 million from August 2030 to July 2031, up "
        "from a mere $402 million in the same period prior to the agreement."
    )
    assert ("level", 402_000_000.0, D(2029, 8, 1), D(2030, 7, 31)) in rows


def test_near_miss_the_same_period_without_a_base_is_the_main_period() -> None:
    rows = dated(
        "Exports from Chile to Peru stood at $612 million from August 2030 to July 2031, and "
        "imports from Peru reached $388 million in the same period."
    )
    assert ("level", 388_000_000.0, D(2030, 8, 1), D(2031, 7, 31)) in rows


def test_near_miss_the_same_time_in_a_named_month_keeps_that_month() -> None:
    rows = dated(
        "date 2031-05-02\nTrade between Chile and Peru hit $9.4 billion in the 12 months to "
        "March 2031.\n\nThis represents a 41% growth from $6.7 billion reported at the same time "
        "in March 2030."
    )
    # the twelve months to March 2030, as the month it names says, not moved back a year
    assert ("level", 6_700_000_000.0, D(2029, 4, 1), D(2030, 3, 31)) in rows
