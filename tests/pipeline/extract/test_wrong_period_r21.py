"""Wrong periods of round 21, each on made-up sentences (real countries; numbers and years that are
no real page's), with a near miss that must stay as it was.

- the first quarter or half of an Iranian year ("the first quarter of the current Iranian calendar
  year") is its first three or six solar months, as "the first quarter of this fiscal year" is;
- on a page whose periods are Iranian years and whose trade is Iran's (or Afghanistan's), "last
  year", "this year", "the current year", "the first quarter" are Iranian years and their first
  months (NOTES gk rule 3, the fs rule on "next year"); elsewhere they stay calendar years;
- a Gregorian gloss after an Iranian year ("(started March 21, 2030)", "[ended on March 20,
  2030]") names which Iranian year it is, also on a page without a publication date.
"""

import datetime as dt

from pipeline.extract.iranian_calendar import glossed_year
from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
# 1 Farvardin 1409 is 21 March 2030; 1408 started on 20 March 2029


def test_first_quarter_or_half_of_an_iranian_year() -> None:
    text = "Exports rose 9% in the first quarter of the current Iranian calendar year."
    assert [(p.kind, p.period_start, p.period_end) for p in find_periods(text, D(2030, 7, 1))] == [
        ("iranian_year", D(2030, 3, 21), D(2030, 6, 21))
    ]
    text = "In the first half of the Iranian year 1409 trade with Armenia rose."
    assert [(p.period_start, p.period_end) for p in find_periods(text, None)] == [
        (D(2030, 3, 21), D(2030, 9, 22))
    ]
    # near miss: a quarter of a calendar year stays Gregorian
    text = "Exports rose 9% in the first quarter of the current year."
    assert [(p.period_start, p.period_end) for p in find_periods(text, D(2030, 7, 1))] == [
        (D(2030, 1, 1), D(2030, 3, 31))
    ]


def test_relative_years_on_an_iranian_page_are_iranian_years() -> None:
    got = dated(
        "date 2030-07-10\nTEHRAN - Iran's non-oil exports to Armenia rose 31 percent to $412 "
        "million in the first quarter of the current Iranian calendar year (March 21-June 21). "
        "Last year, trade between the two countries reached $2.7 billion, up 18 percent, the "
        "official said."
    )
    assert got == {
        ("level", 412_000_000.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("pct_change", 31.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("level", 2_700_000_000.0, D(2029, 3, 20), D(2030, 3, 20)),
        ("pct_change", 18.0, D(2029, 3, 20), D(2030, 3, 20)),
    }
    got = dated(
        "date 2030-07-10\nIran's exports to Armenia reached $95 million in the three-month period "
        "of this year, the customs spokesman said. Iran's exports to Armenia in the first two "
        "months of the current Iranian calendar year stood at $61 million."
    )
    assert got == {
        ("level", 95_000_000.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("level", 61_000_000.0, D(2030, 3, 21), D(2030, 5, 21)),
    }


def test_relative_years_elsewhere_stay_calendar_years() -> None:
    # near miss: the same sentences with no Iranian year on the page
    got = dated(
        "date 2030-07-10\nTurkey's exports to Armenia rose to $95 million in the first quarter, "
        "the ministry said. Last year exports were $300 million."
    )
    assert got == {
        ("level", 95_000_000.0, D(2030, 1, 1), D(2030, 3, 31)),
        ("level", 300_000_000.0, D(2029, 1, 1), D(2029, 12, 31)),
    }
    # near miss: an Iranian year named on a page about two other countries' trade
    got = dated(
        "date 2030-07-10\nIn the current Iranian calendar year prices rose. Last year Turkey's "
        "exports to Armenia were $300 million."
    )
    assert got == {("level", 300_000_000.0, D(2029, 1, 1), D(2029, 12, 31))}


def test_a_gregorian_gloss_names_the_iranian_year() -> None:
    assert glossed_year(" (started March 21, 2030), up 12%") == (1409, True)
    assert glossed_year(" [ended on March 20, 2030]") == (1408, False)
    assert glossed_year(" (ending March 20, 2030)") == (1408, False)
    assert glossed_year(" (March 21, 2030-March 20, 2031)") == (1409, True)
    assert glossed_year(", which started on March 21, 2030,") == (1409, True)
    assert glossed_year(" (March 20, 2030)") == (1408, False)
    # near misses: a gloss without a year, or no gloss, names none
    assert glossed_year(" (March 21-June 21)") is None
    assert glossed_year(" (ending on March 21)") is None
    assert glossed_year(" in 2030 trade rose") is None


def test_a_gloss_dates_an_undated_iranian_page() -> None:
    got = dated(
        "Iran's exports to Turkmenistan totaled $640 million in the first three months of the "
        "Iranian calendar year (started March 21, 2030), up 12% on the same period last year. "
        "Meanwhile, Iran's imports from Turkmenistan in the first quarter amounted to $85 million."
    )
    assert got == {
        ("level", 640_000_000.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("pct_change", 12.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("level", 85_000_000.0, D(2030, 3, 21), D(2030, 6, 21)),
    }
    # near miss: without the gloss the undated page fixes no year
    got = dated(
        "Iran's exports to Turkmenistan totaled $640 million in the first three months of the "
        "Iranian calendar year."
    )
    assert got == {("level", 640_000_000.0, None, None)}


def test_a_change_over_n_years_runs_over_the_span() -> None:
    # "in ten years", "over the 7 years", "in 4 years": a span named by its length alone
    got = dated(
        "date 2030-05-02\nIn 5 years the trade turnover between Serbia and Belarus has grown "
        "3-fold to reach almost $150 million."
    )
    assert ("multiple", 3.0, D(2025, 1, 1), D(2029, 12, 31)) in got
    got = dated(
        "In 2029 the trade between India and Peru reached $2.1 billion, meaning that their "
        "bilateral trade doubled in ten years."
    )
    assert got == {
        ("level", 2_100_000_000.0, D(2029, 1, 1), D(2029, 12, 31)),
        ("multiple", 2.0, D(2020, 1, 1), D(2029, 12, 31)),
    }
    # the span before the change, up to the year the change reaches (an undated page)
    got = dated(
        "In the past two decades, trade between Chile and Peru has increased fivefold to $12.5 "
        "billion in 2029."
    )
    assert got == {
        ("level", 12_500_000_000.0, D(2029, 1, 1), D(2029, 12, 31)),
        ("multiple", 5.0, D(2010, 1, 1), D(2029, 12, 31)),
    }
    # "up 215% over the last 14 years" after an earlier change's base is no base itself
    got = dated(
        "Peru's imports from Chile totaled $4.1 billion in 2029, a 12.5% increase from 2028, and "
        "up 215% over the last 14 years."
    )
    assert ("pct_change", 215.0, D(2016, 1, 1), D(2029, 12, 31)) in got
    assert ("pct_change", 12.5, D(2029, 1, 1), D(2029, 12, 31)) in got


def test_a_count_of_years_that_is_no_span_stays_unread() -> None:
    # near misses: a record's reference, "more than N years of", a target's horizon
    got = dated(
        "For the first time in 10 years, exports from Chile to Peru fell 3% to $2bn in 2029."
    )
    assert ("pct_change", -3.0, D(2029, 1, 1), D(2029, 12, 31)) in got
    got = dated(
        "Trade between Chile and Peru rose 5% to $3bn in 2029, the biggest increase in six years."
    )
    assert ("pct_change", 5.0, D(2029, 1, 1), D(2029, 12, 31)) in got
    assert find_periods("over 20 years of independence", None) == []
    assert [p.kind for p in find_periods("trade will double in five years' time", None)] == []
    # a level is no change: it keeps the year it is stated for
    got = dated("Exports from Chile to Peru reached $3bn in 2029, after rising in 6 years.")
    assert ("level", 3_000_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in got


def test_months_to_the_last_day_of_an_iranian_month() -> None:
    # 1 Farvardin 1409 is 21 March 2030; its sixth month (Shahrivar) ends on 22 September 2030
    got = dated(
        "date 2030-10-18\nIran's exports to Oman rose 41% to $318 million in the six months to "
        "September 22, the chamber's head said."
    )
    assert got == {
        ("level", 318_000_000.0, D(2030, 3, 21), D(2030, 9, 22)),
        ("pct_change", 41.0, D(2030, 3, 21), D(2030, 9, 22)),
    }
    # near misses: a Gregorian month's end, or no day, counts Gregorian months
    got = dated(
        "date 2030-10-18\nIran's exports to Oman rose to $318 million in the six months to "
        "September 30."
    )
    assert got == {("level", 318_000_000.0, D(2030, 4, 1), D(2030, 9, 30))}
    got = dated(
        "date 2030-10-18\nTurkey's exports to Oman rose to $318 million in the six months to "
        "September."
    )
    assert got == {("level", 318_000_000.0, D(2030, 4, 1), D(2030, 9, 30))}


def test_four_quarters_to_end_q2() -> None:
    # UK statistics: "the four quarters to end-Q2 2030", as "to the end of Q2 2030"
    got = dated(
        "date 2030-11-02\nThe UK's exports to Ghana amounted to £1.3billion in the four quarters "
        "to end-Q2 2030."
    )
    assert got == {("level", 1_300_000_000.0, D(2029, 7, 1), D(2030, 6, 30))}
    # near miss: a quarter alone stays that quarter
    got = dated("date 2030-11-02\nThe UK's exports to Ghana amounted to £0.3billion in Q2 2030.")
    assert got == {("level", 300_000_000.0, D(2030, 4, 1), D(2030, 6, 30))}


def test_a_quarter_joined_to_its_year() -> None:
    # "Q1-2030" (as "H1-2030" already reads), "Q3,2030"
    got = dated("date 2030-06-02\nSpain's exports to Morocco declined to €2.9bn in Q1-2030.")
    assert got == {("level", 2_900_000_000.0, D(2030, 1, 1), D(2030, 3, 31))}
    got = dated("date 2030-12-02\nSpain's exports to Morocco rose to €2.9bn in Q3,2030.")
    assert got == {("level", 2_900_000_000.0, D(2030, 7, 1), D(2030, 9, 30))}
    # near miss: a range of quarters stays one span
    got = dated("date 2030-12-02\nSpain's exports to Morocco rose to €8.9bn in Q1-Q3 2030.")
    assert got == {("level", 8_900_000_000.0, D(2030, 1, 1), D(2030, 9, 30))}


def test_targets_and_the_past_year_on_an_iranian_page() -> None:
    # "next year" in an Iranian official's forecast is the next Iranian year (NOTES fs rule), "by
    # the end of this year" the end of the current one; "in the past year" the Iranian year before
    got = dated(
        "date 2030-07-10\nIran's exports to Armenia reached $95 million in the first three months "
        "of the current Iranian calendar year. Trade between Iran and Armenia is expected to "
        "reach $2 billion next year. Iran's exports to Armenia should reach $1 billion by the end "
        "of this year. Iran imported goods worth $40 million from Armenia in the past year."
    )
    assert got == {
        ("level", 95_000_000.0, D(2030, 3, 21), D(2030, 6, 21)),
        ("level", 2_000_000_000.0, D(2031, 3, 21), D(2032, 3, 19)),
        ("level", 1_000_000_000.0, None, D(2031, 3, 20)),
        ("level", 40_000_000.0, D(2029, 3, 20), D(2030, 3, 20)),
    }


def test_a_month_named_without_in() -> None:
    # "the month of April", "June's figures", "from March's $X": that month, as "in April" is
    text = "Then came the month of April and Uganda got $131m from exports to Kenya."
    assert [(p.period_start, p.period_end) for p in find_periods(text, D(2030, 5, 10))] == [
        (D(2030, 4, 1), D(2030, 4, 30))
    ]
    text = "June's figures showed trade returning to $262.9 million."
    assert [(p.period_start, p.comparison) for p in find_periods(text, D(2030, 8, 10))] == [
        (D(2030, 6, 1), False)
    ]
    text = "This is a decline of 8.5 percent from March's $794.02 million."
    assert [(p.period_start, p.comparison) for p in find_periods(text, D(2030, 5, 10))] == [
        (D(2030, 3, 1), True)
    ]
    # near misses: a name that is also a month, a month in no such phrase
    assert find_periods("Theresa May's government said exports to Ireland rose.", None) == []
    assert find_periods("April was warm, and exports to Kenya rose to $131m.", D(2030, 5, 10)) == []
    # (round 42: a month naming the flow it dates, "April exports to Kenya rose", is that month)
    assert [
        (p.period_start, p.period_end)
        for p in find_periods("April exports to Kenya rose to $131m.", D(2030, 5, 10))
    ] == [(D(2030, 4, 1), D(2030, 4, 30))]
