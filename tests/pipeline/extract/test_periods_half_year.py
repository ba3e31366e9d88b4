""" "During the half-year" with the year elsewhere (the page's date, a report's quarter): the
first half of that year, the half-year a report states. Made-up sentences, other countries,
numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_during_the_half_year_is_the_first_half_of_the_pages_year() -> None:
    rows = dated("date 2031-08-20\nPeru's exports to Chile were $410 million during the half-year.")
    assert rows == {("level", 410_000_000.0, D(2031, 1, 1), D(2031, 6, 30))}
    # the year a report names: "statistics for Q2 2029 ... during the half-year"
    rows = dated(
        "According to the statistics for Q2 2029, Peru's exports to Chile were $410 million "
        "during the half-year."
    )
    assert rows == {("level", 410_000_000.0, D(2029, 1, 1), D(2029, 6, 30))}


def test_near_miss_a_half_year_high_or_one_ended_on_a_day_is_no_first_half() -> None:
    found = find_periods("exports hit a half-year high; over the past half-year", None)
    assert found == []
    found = find_periods("during the half-year ended June 30, 2031", None)
    assert [(p.kind, p.period_start) for p in found] == [("rolling", D(2031, 1, 1))]
