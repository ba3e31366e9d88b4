"""Iranian (solar hijri) years named by number, and the current Iranian year of a page without a
publication date fixed by them. Made-up sentences in Iranian outlets' styles; countries, numbers
and years are not those of any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def _spans(text: str) -> list[tuple]:
    return [(p.kind, p.period_start, p.period_end) for p in find_periods(text, None)]


def test_a_solar_year_by_its_number_is_read() -> None:
    # 1 Farvardin 1406 is 21 March 2027; 1407 starts on 20 March 2028
    whole = ("iranian_year", D(2027, 3, 21), D(2028, 3, 19))
    assert _spans("Exports rose to $0.8 billion in 1406 (solar year).") == [whole]
    assert _spans("Trade hit $0.8 billion in the current solar year 1406.") == [whole]
    assert _spans("Trade with Georgia reached $0.8 billion in the year 1406.") == [whole]
    # "the current Iranian calendar year in 1406": the number after "in"
    assert _spans("in the first four months of the current Iranian calendar year in 1406") == [
        ("iranian_year", D(2027, 3, 21), D(2027, 7, 22))
    ]


def test_a_number_that_is_no_year_stays_unread() -> None:
    # near misses: amounts and counts of the same digits are no Iranian year
    for text in (
        "Iran exported 1,406 tonnes of dates to Armenia.",
        "Iran exported 1406 tonnes of dates to Armenia in the year.",
        "The deal was worth $1406 million to the year 1,406 traders.",
        "Some 1406 trucks crossed the border (solar panels year).",
    ):
        assert [p for p in find_periods(text, None) if p.kind == "iranian_year"] == []


def test_the_first_month_of_the_iranian_year() -> None:
    assert _spans("in the first month of the Iranian calendar year 1406") == [
        ("iranian_year", D(2027, 3, 21), D(2027, 4, 20))
    ]


def test_a_past_iranian_year_by_name_fixes_the_current_one() -> None:
    # an undated page: "the past Iranian calendar year 1408" makes the current one 1409
    rows = dated(
        "Iran's exports to Armenia rose 12 percent in the past Iranian calendar year 1408 "
        "(ended on March 20).\n\n"
        "Iran's non-oil exports to Armenia rose to $55 million in the first month of the "
        "current Iranian calendar year."
    )
    assert ("pct_change", 12.0, D(2029, 3, 20), D(2030, 3, 20)) in rows
    assert ("level", 55_000_000.0, D(2030, 3, 21), D(2030, 4, 20)) in rows


def test_a_named_year_alone_fixes_no_current_year() -> None:
    # near miss: a whole year stated as data may be read in any later year (NOTES)
    rows = dated(
        "Iran's exports to Armenia reached $480 million in the year 1405, the official said.\n\n"
        "In the first two months of the current Iranian year, Iran's exports to Armenia stood "
        "at $90 million."
    )
    assert ("level", 480_000_000.0, D(2026, 3, 21), D(2027, 3, 20)) in rows
    assert ("level", 90_000_000.0, None, None) in rows
