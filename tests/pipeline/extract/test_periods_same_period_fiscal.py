"""A base "in the same period of the last fiscal year" is the main period's months one fiscal year
earlier, not that whole fiscal year, nor the main period itself (South Asian press style, seen on
pages of several rounds). Made-up sentences; "the last fiscal year" alone stays the whole year.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_same_period_of_the_last_fiscal_year_is_those_months_a_year_earlier() -> None:
    rows = dated(
        "date 2031-05-10\nBangladesh's exports to Peru in the first ten months of the current "
        "fiscal year rose to $622.3 million from $566.67 million in the same period of the last "
        "fiscal year."
    )
    assert ("level", 622_300_000.0, D(2030, 7, 1), D(2031, 4, 30)) in rows
    assert ("level", 566_670_000.0, D(2029, 7, 1), D(2030, 4, 30)) in rows


def test_same_period_in_the_previous_fiscal_after_a_month_span() -> None:
    rows = dated(
        "date 2031-05-10\nBangladesh's exports to Peru in the July-April period of 2030-31 grew "
        "by 16.17 per cent to $5.71 billion from $4.92 billion in the same period in the "
        "previous fiscal."
    )
    assert ("level", 5_710_000_000.0, D(2030, 7, 1), D(2031, 4, 30)) in rows
    assert ("level", 4_920_000_000.0, D(2029, 7, 1), D(2030, 4, 30)) in rows


def test_near_miss_the_last_fiscal_year_alone_is_the_whole_year() -> None:
    rows = dated(
        "date 2031-05-10\nBangladesh's exports to Peru in the first ten months of FY31 rose to "
        "$622.3 million, up from $566.67 million in the last fiscal year."
    )
    assert ("level", 566_670_000.0, D(2029, 7, 1), D(2030, 6, 30)) in rows
