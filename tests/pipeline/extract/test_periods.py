"""Period expressions on made-up sentences."""

import datetime as dt

from pipeline.extract.periods import find_periods, resolve_pending

REF = dt.date(2031, 8, 14)
D = dt.date


def spans(text: str, ref: dt.date | None = REF):
    return [(p.period_start, p.period_end, p.comparison) for p in find_periods(text, ref)]


def test_year() -> None:
    assert spans("in 2029 it grew") == [(D(2029, 1, 1), D(2029, 12, 31), False)]


def test_month_range_any_dash() -> None:
    for dash in ["-", "–", "—", " – ", " to "]:
        assert spans(f"in February{dash}October 2030")[0][:2] == (D(2030, 2, 1), D(2030, 10, 31))


def test_abbreviated_months() -> None:
    assert spans("Jan–Sep 2030")[0][:2] == (D(2030, 1, 1), D(2030, 9, 30))


def test_first_months_half_quarter() -> None:
    assert spans("in the first seven months of 2030")[0][:2] == (D(2030, 1, 1), D(2030, 7, 31))
    assert spans("in the second half of 2029")[0][:2] == (D(2029, 7, 1), D(2029, 12, 31))
    assert spans("in the third quarter of 2030")[0][:2] == (D(2030, 7, 1), D(2030, 9, 30))
    assert spans("in Q2 2030")[0][:2] == (D(2030, 4, 1), D(2030, 6, 30))
    assert spans("in H1 2031")[0][:2] == (D(2031, 1, 1), D(2031, 6, 30))


def test_relative_years_use_document_date() -> None:
    assert spans("last year")[0][:2] == (D(2030, 1, 1), D(2030, 12, 31))
    assert spans("the current year")[0][:2] == (D(2031, 1, 1), D(2031, 12, 31))


def test_first_half_without_year_is_latest_completed() -> None:
    assert spans("in the first half")[0][:2] == (D(2031, 1, 1), D(2031, 6, 30))


def test_relative_without_date_is_pending() -> None:
    (period,) = find_periods("this year", None)
    assert period.period_start is None and period.relative == ("year", 0)
    resolved = resolve_pending(period, 2027)
    assert (resolved.period_start, resolved.period_end) == (D(2027, 1, 1), D(2027, 12, 31))


def test_target_horizons_have_only_an_end() -> None:
    assert spans("by 2035")[0][:2] == (None, D(2035, 12, 31))
    assert spans("over the next three years")[0][:2] == (None, D(2034, 12, 31))


def test_comparison_base_is_flagged() -> None:
    found = spans("in 2030, 4 times more than in 2029")
    assert found == [
        (D(2030, 1, 1), D(2030, 12, 31), False),
        (D(2029, 1, 1), D(2029, 12, 31), True),
    ]
    assert spans("up 8% compared to the previous year")[0][2] is True


def test_more_than_an_amount_is_not_a_comparison_base() -> None:
    found = spans("exports reached more than USD 88 mn in the first five months of 2030")
    assert found == [(D(2030, 1, 1), D(2030, 5, 31), False)]


def test_a_month_abbreviation_inside_a_word_is_no_month() -> None:
    # "mar" in "market", "dec" in "decades": no period; real month names still are.
    import datetime as dt

    from pipeline.extract.periods import find_periods

    ref = dt.date(2031, 5, 1)
    assert find_periods("Exports in market terms rose 4% to $2bn.", ref) == []
    assert find_periods("Trade for decades grew to $3bn.", ref) == []
    (march,) = find_periods("Exports in March 2030 rose to $2bn.", ref)
    assert (march.period_start, march.period_end) == (dt.date(2030, 3, 1), dt.date(2030, 3, 31))


def test_a_span_from_a_year_to_a_month() -> None:
    # round 31 (gs10): "From 2005 to September 2023" runs from the year's January
    got = spans("From 2005 to September 2023 the investment was $95m.")
    assert [s[:2] for s in got] == [(D(2005, 1, 1), D(2023, 9, 30))]
    got = spans("Between 2011 and March 2019 it was $9m.")
    assert [s[:2] for s in got] == [(D(2011, 1, 1), D(2019, 3, 31))]


def test_near_miss_a_year_then_a_month_without_from_is_two_periods() -> None:
    # no "from"/"between": "in 2030, and September 2031" are two periods of their own
    assert len(spans("It was $5m in 2030, and $6m in September 2031.")) == 2
