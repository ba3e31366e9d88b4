"""A flow to "the end of" a month is the year to date, January to that month, as "as of the end
of May 2031" already was and "at the end of the third quarter" is (NOTES: a flow "by the end of
2011" is that year's, "as of mid-2024" January-June): "at the end of September 2031", "as of the
end of May" (no year: the latest such month before the page), "by the end of September 2031".
Near misses: "in September" stays the month; "until May" with no year is no span; an
investment stock keeps its open start; a target "by the end of" a month keeps its open start.
Made-up sentences.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_at_the_end_of_a_month_is_the_year_to_date() -> None:
    rows = dated(
        "date 2031-10-12\nExports from Chile to Peru reached $560 million at the end of "
        "September 2031."
    )
    assert rows == {("level", 560_000_000.0, D(2031, 1, 1), D(2031, 9, 30))}


def test_end_of_a_month_without_its_year() -> None:
    rows = dated(
        "date 2031-10-12\nExports from Chile to Peru reached $560 million at the end of July."
    )
    assert rows == {("level", 560_000_000.0, D(2031, 1, 1), D(2031, 7, 31))}
    rows = dated(
        "date 2031-06-12\nExports from Chile to Peru reached $560 million as of the end of May."
    )
    assert rows == {("level", 560_000_000.0, D(2031, 1, 1), D(2031, 5, 31))}


def test_through_the_end_of_a_month_without_a_comma() -> None:
    # the longest cue before the month ("through the end of ") is within the scan's reach
    rows = dated(
        "date 2031-11-02\nThe ministry said that through the end of September Chile's exports "
        "to Peru totaled $560 million."
    )
    assert rows == {("level", 560_000_000.0, D(2031, 1, 1), D(2031, 9, 30))}


def test_by_the_end_of_a_month_is_the_year_to_date() -> None:
    rows = dated(
        "date 2031-10-12\nExports from Chile to Peru had reached $560 million by the end of "
        "September 2031."
    )
    assert rows == {("level", 560_000_000.0, D(2031, 1, 1), D(2031, 9, 30))}


def test_near_miss_in_a_month_stays_the_month() -> None:
    rows = dated("date 2031-10-12\nExports from Chile to Peru reached $560 million in September.")
    assert rows == {("level", 560_000_000.0, D(2031, 9, 1), D(2031, 9, 30))}


def test_near_miss_stock_and_target_keep_an_open_start() -> None:
    rows = dated(
        "date 2031-10-12\nChilean investment in Peru reached $560 million at the end of "
        "September 2031."
    )
    assert rows == {("level", 560_000_000.0, None, D(2031, 9, 30))}
    rows = dated(
        "date 2031-10-12\nExports from Chile to Peru are expected to reach $900 million by the "
        "end of September 2032."
    )
    assert rows == {("level", 900_000_000.0, None, D(2032, 9, 30))}
