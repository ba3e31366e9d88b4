"""The year of a day-and-month dateline (round 22, wrong page date): a year named whole beside a
part of it is the year to date, and a year-on-year base ("the same period of 2030") stands for
the next year's data. Made-up leads; near misses keep the former readings."""

import datetime as dt

import pytest

from pipeline.ingest.dateline_year import dateline_year, latest_data_end

D = dt.date


@pytest.mark.parametrize(
    ("lead", "end"),
    [
        # the whole year beside its part: the part's end
        ("For 2031, January till August 2031, trade with Peru was $4bn.", D(2031, 8, 31)),
        ("Exports of 2031 rose 6% in the first ten months of 2031.", D(2031, 10, 31)),
        ("Iraq took most exports in the January-October period of 2031.", D(2031, 10, 31)),
        # a year-on-year base: the data is of the next year
        ("Exports rose 9% against the same period in 2030.", D(2031, 1, 1)),
        ("Exports rose 9% on the corresponding months of the first half of 2030.", D(2031, 6, 30)),
        # near misses: a whole year without its part, a day of the year, a month-on-month base
        ("Trade reached $4bn in 2031, up from $3bn in 2030.", D(2031, 12, 31)),
        ("Trade reached $4bn in 2031; the accord was signed on 4 March 2031.", D(2031, 12, 31)),
        ("Exports fell 3% in July 2031 compared with $5m in June 2031.", D(2031, 7, 31)),
    ],
)
def test_latest_data_end_r22(lead: str, end: dt.date) -> None:
    assert latest_data_end(lead) == end


def test_a_dateline_after_the_year_to_date_is_in_that_year() -> None:
    lead = "For this year, for 2031, January till August 2031, trade rose 12%."
    assert dateline_year(10, 23, lead, []) == D(2031, 10, 23)
    lead = "Exports grew 11% in the first half of 2031 against the same period of 2030."
    assert dateline_year(8, 3, lead, []) == D(2031, 8, 3)
    # near miss: a whole year over, with no part of it, puts the dateline in the next year
    assert dateline_year(8, 3, "Trade grew 11% to $4bn in 2031.", []) == D(2032, 8, 3)
