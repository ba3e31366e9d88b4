""" "2030 (January-June)", "2029-30 (Apr-Jan)": a year or a split year with its months in brackets
right after it is those months of that year, not the whole year and not the latest such months
before the page's date. Made-up sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
REF = D(2033, 8, 1)  # a page written years later: the months are the bracket's year's


def _spans(text: str) -> list[tuple]:
    return [(p.period_start, p.period_end) for p in find_periods(text, REF)]


def test_a_year_then_its_months_in_brackets() -> None:
    assert _spans("Peru's exports to Chile in 2030 (January-June) rose") == [
        (D(2030, 1, 1), D(2030, 6, 30))
    ]
    assert _spans("trade in 2030 (January to May) was") == [(D(2030, 1, 1), D(2030, 5, 31))]


def test_a_split_year_then_its_months_in_brackets() -> None:
    # a range crossing the new year starts in the first year
    assert _spans("trade for the year 2029-2030 (Apr-Jan) reached") == [
        (D(2029, 4, 1), D(2030, 1, 31))
    ]
    assert _spans("trade during 2029-30 (July-March) was") == [(D(2029, 7, 1), D(2030, 3, 31))]


def test_the_figure_takes_the_bracketed_months() -> None:
    rows = dated(
        "date 2033-08-01\nBilateral trade between Peru and Chile for the year 2029-30 "
        "(April-February) stood at $1.37 billion."
    )
    assert rows == {("level", 1_370_000_000.0, D(2029, 4, 1), D(2030, 2, 28))}


def test_near_miss_a_bracket_that_is_more_than_months_leaves_the_year() -> None:
    # "2030 (January-June: $1.9 billion)": the bracket holds a figure of its own, the year stays
    found = find_periods("exports reached $4.1 billion in 2030 (January-June: $1.9 billion)", REF)
    assert [(p.kind, p.period_start, p.period_end) for p in found][0] == (
        "year",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )
