"""The same month some years apart ("between July 2030 and July 2031") compares two months, as
two named years do ("between 2029 and 2030"): a change is dated with the later month, a change
"from $X to $Y" starts in the earlier month and reaches the later one; a level over the span
keeps the span. Two different months ("between March 2030 and February 2031") stay one range.
Made-up sentences; countries, amounts and months are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
JULY_30 = (D(2030, 7, 1), D(2030, 7, 31))
JULY_31 = (D(2031, 7, 1), D(2031, 7, 31))


def test_a_change_between_the_same_month_of_two_years_is_the_later_months() -> None:
    rows = dated(
        "date 2031-09-07\nAccording to the observatory, between July 2030 and July 2031 Laotian "
        "exports to Nepal increased by $670m (66%) from $1bn to $1.7bn."
    )
    assert rows == {
        ("abs_change", 670_000_000.0, *JULY_31),
        ("pct_change", 66.0, *JULY_31),
        ("level", 1_000_000_000.0, *JULY_30),
        ("level", 1_700_000_000.0, *JULY_31),
    }


def test_a_percentage_from_month_to_month_a_year_apart() -> None:
    rows = dated(
        "date 2031-05-02\nFrom March 2030 to March 2031, Laotian imports from Nepal fell 12% to "
        "$1.7bn, the customs office said."
    )
    assert ("pct_change", -12.0, D(2031, 3, 1), D(2031, 3, 31)) in rows


def test_two_different_months_stay_one_range() -> None:
    # near miss: March to February is a run of twelve months, not two months compared
    rows = dated(
        "date 2031-05-02\nBetween March 2030 and February 2031, Laotian imports from Nepal fell "
        "12% to $1.7bn, the customs office said."
    )
    assert ("pct_change", -12.0, D(2030, 3, 1), D(2031, 2, 28)) in rows


def test_a_total_over_the_span_keeps_the_span() -> None:
    # near miss: a level summed over the span is no change between its ends
    rows = dated(
        "date 2031-09-07\nBetween July 2030 and July 2031, Laotian exports to Nepal totalled "
        "$1.7bn, the observatory said."
    )
    assert ("level", 1_700_000_000.0, D(2030, 7, 1), D(2031, 7, 31)) in rows
