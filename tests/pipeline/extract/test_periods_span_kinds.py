"""Period phrases of round 8 (x15-span), each kind on made-up sentences in several outlets'
styles: the short period codes of the business press ("4M29", "1HFY30"), ...

Countries, numbers and years differ from any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods

# the same helpers as round 7's period tests: spans of a phrase, (measure, value, start, end)
from tests.pipeline.extract.test_periods_spans import REF, dated, spans

D = dt.date


# --- short period codes ------------------------------------------------------------------------


def test_short_codes_name_months_halves_and_quarters_of_a_year() -> None:
    assert spans("Trade with Peru came to $310mn in 4M29, the agency said.") == [
        (D(2029, 1, 1), D(2029, 4, 30))
    ]
    assert spans("Its sales abroad in 9M2028 were") == [(D(2028, 1, 1), D(2028, 9, 30))]
    assert spans("Sales in 1H30 and 3Q2029 rose") == [
        (D(2030, 1, 1), D(2030, 6, 30)),
        (D(2029, 7, 1), D(2029, 9, 30)),
    ]
    assert spans("Q4'29 shipments") == [(D(2029, 10, 1), D(2029, 12, 31))]
    # written in another case, or after a currency sign, it is no period code
    assert spans("a 4m29 payment") == [] and spans("paid $4M29 to") == []


def test_short_codes_of_a_fiscal_year_follow_the_countries_fiscal_year() -> None:
    got = dated(
        "date 2030-05-20\nPakistan's exports to Kenya fell 12.5pc to $410mn in 10MFY30 "
        "from a year earlier."
    )
    assert ("level", 410e6, D(2029, 7, 1), D(2030, 4, 30)) in got
    got = dated("date 2030-02-10\nIndia's exports to Chile rose to $1.2bn in 2QFY30.")
    assert ("level", 1.2e9, D(2029, 7, 1), D(2029, 9, 30)) in got


# --- two months joined by "and" ----------------------------------------------------------------


def test_two_months_in_a_row_joined_by_and_are_one_span() -> None:
    assert spans("In July and August 2029, trade between the two rose 9%.") == [
        (D(2029, 7, 1), D(2029, 8, 31))
    ]
    assert spans("exports during the months of March and April of this year amounted to") == [
        (D(2031, 3, 1), D(2031, 4, 30))
    ]
    assert spans("shipments in December and January 2030 were") == [
        (D(2029, 12, 1), D(2030, 1, 31))
    ]
    # months apart are each their own, and so are two amounts each with its month
    assert spans("in May and August 2029") == [
        (D(2031, 5, 1), D(2031, 5, 31)),
        (D(2029, 8, 1), D(2029, 8, 31)),
    ]
    assert len(spans("exports of $4m in January and $5m in February 2029")) == 2


def test_a_two_month_span_and_its_base_the_same_months_a_year_before() -> None:
    got = dated(
        "date 2030-04-02\nIn January and February 2030, trade between Ghana and Togo rose 12.5 "
        "percent to $90 million, compared to $80 million during the same months of 2029."
    )
    assert ("level", 90e6, D(2030, 1, 1), D(2030, 2, 28)) in got
    assert ("level", 80e6, D(2029, 1, 1), D(2029, 2, 28)) in got
    assert ("pct_change", 12.5, D(2030, 1, 1), D(2030, 2, 28)) in got


def test_the_same_period_last_year_followed_by_its_year() -> None:
    got = dated(
        "date 2030-04-02\nExports from Ghana to Togo during the months of January and February "
        "of this year amounted to $71 million compared to $64 million for the same period last "
        "year 2029."
    )
    assert ("level", 64e6, D(2029, 1, 1), D(2029, 2, 28)) in got
    assert spans("from the same period last year (2029).")[0] == (D(2029, 1, 1), D(2029, 12, 31))


# --- "between Y1 and Y2, rose from A to B" --------------------------------------------------------


def test_a_change_from_one_amount_to_another_over_two_years_dates_each_end() -> None:
    got = dated(
        "date 2031-03-01\nBetween 2028 and 2029, Ghana's imports from Togo rose from $4.4 billion "
        "to $6.2 billion, while its exports to Togo jumped from 4.2 billion dollars to about "
        "5.1 billion dollars."
    )
    assert got == {
        ("level", 4.4e9, D(2028, 1, 1), D(2028, 12, 31)),
        ("level", 6.2e9, D(2029, 1, 1), D(2029, 12, 31)),
        ("level", 4.2e9, D(2028, 1, 1), D(2028, 12, 31)),
        ("level", 5.1e9, D(2029, 1, 1), D(2029, 12, 31)),
    }
    # a total over the years stays a total over them
    got = dated(
        "date 2031-03-01\nFrom 2026 to 2029, Ghana exported a total of $4.4 billion to Togo."
    )
    assert got == {("level", 4.4e9, D(2026, 1, 1), D(2029, 12, 31))}


# --- "as of mid-2030" ------------------------------------------------------------------------------


def test_as_of_mid_year_is_the_first_half() -> None:
    got = dated(
        "date 2030-09-01\nAs of mid-2030, Bhutan's exports to Nepal have already exceeded Nu 3 "
        "billion, the minister said."
    )
    assert got == {("level", 3e9, D(2030, 1, 1), D(2030, 6, 30))}
    assert spans("trade up to mid 2029 was") == [(D(2029, 1, 1), D(2029, 6, 30))]


# --- a range of fiscal years -----------------------------------------------------------------------


def test_a_range_of_fiscal_years_runs_from_the_first_start_to_the_last_end() -> None:
    got = dated(
        "date 2030-06-01\nIndia exported goods worth $2.5 billion to Nepal between 2019-20 and "
        "2028-29, the ministry said."
    )
    assert got == {("level", 2.5e9, D(2019, 4, 1), D(2029, 3, 31))}
    got = dated(
        "date 2030-06-01\nPakistan's exports to Kenya totalled $900 million from FY26 to FY29."
    )
    assert got == {("level", 9e8, D(2025, 7, 1), D(2029, 6, 30))}
    # a later year before an earlier one is no range
    assert [p.kind for p in find_periods("from 2019-20 to 2018-19", REF)] == ["year", "year"]


# --- bases named by a distance back: "four years ago", "a month earlier" ----------------------------


def test_a_base_some_years_ago_moves_the_main_period_that_many_years() -> None:
    got = dated(
        "date 2030-01-10\nEthiopia exported $98 million to Somalia in the fiscal year ended June "
        "30, 2029, up from around $16 million four years ago."
    )
    assert ("level", 16e6, D(2024, 7, 1), D(2025, 6, 30)) in got
    # not a base: "two years ago" says when something began, and dates no later figure
    assert spans("Peru became the top buyer two years ago, the ministry said.") == []


def test_a_base_a_month_earlier_is_the_month_before_the_figure_s_month() -> None:
    got = dated(
        "date 2030-01-10\nIn November 2029, Uganda exported goods worth US$27.2m to Kenya, down "
        "from US$34.5m recorded a month earlier."
    )
    assert got == {
        ("level", 27.2e6, D(2029, 11, 1), D(2029, 11, 30)),
        ("level", 34.5e6, D(2029, 10, 1), D(2029, 10, 31)),
    }
    got = dated(
        "date 2030-03-02\nGhana's imports from Togo fell to $41m in January 2030 from $44m in the "
        "previous month."
    )
    assert ("level", 44e6, D(2029, 12, 1), D(2029, 12, 31)) in got


# --- a change measured "over" a year ------------------------------------------------------------


def test_a_change_over_a_year_is_compared_with_it_and_dated_the_year_after() -> None:
    got = dated(
        "date 2031-01-10\nTotal trade reached $5.1 billion as Chile's exports to Peru grew 25.3 "
        "percent to $1.8 billion and its imports from Peru expanded 3.4 percent to $3.3 billion "
        "over 2029."
    )
    assert {(m, v, s.year, e.year) for m, v, s, e in got} == {
        ("pct_change", 25.3, 2030, 2030),
        ("level", 1.8e9, 2030, 2030),
        ("pct_change", 3.4, 2030, 2030),
        ("level", 3.3e9, 2030, 2030),
    }
    # the months a change happens in are no base
    [p] = find_periods("exports rose 9% over the first nine months of 2030", REF)
    assert not p.comparison


# --- "the said period", a base moved off the main period ------------------------------------------


def test_the_said_period_is_the_page_s_period_and_a_base_does_not_replace_it() -> None:
    got = dated(
        "date 2031-02-24\nDuring the first nine months of 2030, Ghana's exports to Togo reached "
        "$1.2 billion. Exports to Togo stood at $800 million in the same time in the preceding "
        "year but grew by 50 percent, hitting $1.2 billion in the said period this year. In the "
        "said time, imports from Togo have increased by 20 percent from its previous $300 "
        "million to the present $360 million."
    )
    this, before = (D(2030, 1, 1), D(2030, 9, 30)), (D(2029, 1, 1), D(2029, 9, 30))
    assert got == {
        ("level", 1.2e9, *this),
        ("level", 8e8, *before),
        ("pct_change", 50.0, *this),
        ("pct_change", 20.0, *this),
        ("level", 3e8, *before),
        ("level", 3.6e8, *this),
    }


def test_the_period_under_review_and_the_same_period_this_year_are_the_main_period() -> None:
    [p] = find_periods("Other partners in the period under review were Chad and Niger.", REF)
    assert p.anchor == 0 and p.period_start is None
    [p] = find_periods("exports in the same period this year rose", REF)
    assert p.anchor == 0


# --- a year to the month a fiscal year ends in ------------------------------------------------------


def test_a_year_to_the_month_a_mid_month_fiscal_year_ends_is_that_fiscal_year() -> None:
    got = dated(
        "date 2031-04-25\nIranian exports to Iraq amounted to $9.45 billion in the calendar year "
        "to March 20, up 13% from the previous calendar year. Iran's imports from Iraq were $2 "
        "billion in the year to March."
    )
    assert {(s, e) for *_, s, e in got} == {(D(2030, 3, 21), D(2031, 3, 20))}
    # a fiscal year from a month's first day is the twelve months already
    got = dated("date 2031-04-25\nIndia's exports to Chile were $2 billion in the year to March.")
    assert got == {("level", 2e9, D(2030, 4, 1), D(2031, 3, 31))}
    # twelve months to another month stay calendar months
    got = dated("date 2031-04-25\nIran's exports to Iraq were $8 billion in the year to January.")
    assert got == {("level", 8e9, D(2030, 2, 1), D(2031, 1, 31))}
