"""Months named without their year, then the year they are of ("the nine-month period of
2031", "the March-August period of 2031", "In the first four months, in 2031,"): those months
of that year, one period; alone, each would read as months of the page's year and a whole year.
Made-up sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
PAGE_DAY = D(2033, 5, 2)


def _spans(sentence: str, ref: dt.date | None = PAGE_DAY) -> list[tuple]:
    return [(p.period_start, p.period_end, p.comparison) for p in find_periods(sentence, ref)]


def test_counted_months_period_of_a_year() -> None:
    assert _spans("Exports were $3 billion in the nine-month period of 2031.") == [
        (D(2031, 1, 1), D(2031, 9, 30), False)
    ]
    # "the 12-month period of 2031": the whole year; as a base after "compared to", a base
    assert _spans(
        "Exports were $3 billion, compared to $4 billion in the 12-month period of 2031."
    ) == [(D(2031, 1, 1), D(2031, 12, 31), True)]


def test_month_range_period_of_a_year_and_months_then_a_comma_year() -> None:
    assert _spans("Imports were $7 million in the March-August period of 2031.") == [
        (D(2031, 3, 1), D(2031, 8, 31), False)
    ]
    assert _spans("In the first four months, in 2031, Peru sold goods worth $5m to Chile.") == [
        (D(2031, 1, 1), D(2031, 4, 30), False)
    ]
    # an undated page: the year is the sentence's own, nothing is left pending
    assert _spans("Imports were $7 million in the March-August period of 2031.", None) == [
        (D(2031, 3, 1), D(2031, 8, 31), False)
    ]


def test_figures_take_the_months_of_the_named_year() -> None:
    rows = dated(
        "date 2033-05-02\nIn the first four months, in 2031, Peru exported goods worth "
        "$212 million to Chile, 3.5 percent more than in the same period in 2030."
    )
    assert rows == {
        ("level", 212_000_000.0, D(2031, 1, 1), D(2031, 4, 30)),
        ("pct_change", 3.5, D(2031, 1, 1), D(2031, 4, 30)),
    }


def test_near_miss_months_and_a_later_year_of_their_own_stay_apart() -> None:
    # "in May rose 4% on 2031": the year is a base of its own, not the year of May
    found = find_periods("Exports in May rose 4% on 2031.", D(2033, 5, 2))
    assert [(p.kind, p.period_start) for p in found] == [
        ("month", D(2032, 5, 1)),
        ("year", D(2031, 1, 1)),
    ]
    # a span crossing the new year ("the July-April period of 2031") is a fiscal one: not joined
    found = find_periods("Imports were $7 million in the July-April period of 2031.", D(2033, 5, 2))
    assert len(found) == 2
