"""A change stated between two named years is dated with the later one (NOTES: "a change between
two named years is dated with the later year"), a difference in money as a percentage or a
multiple is; a total over the same span keeps the span. Made-up sentences and amounts.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_difference_between_two_named_years_takes_the_later_year() -> None:
    rows = dated("Between 2024 and 2028, Peru's imports from Chile grew by $3.4 billion.")
    assert rows == {("abs_change", 3_400_000_000.0, D(2028, 1, 1), D(2028, 12, 31))}


def test_a_percentage_restating_that_difference_takes_the_same_year() -> None:
    rows = dated(
        "Between 2024 and 2028 Peru's imports from Chile grew by $3.4 billion (61.5 percent)."
    )
    assert ("pct_change", 61.5, D(2028, 1, 1), D(2028, 12, 31)) in rows
    assert ("abs_change", 3_400_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows


def test_near_miss_a_total_over_the_span_keeps_the_span() -> None:
    rows = dated("Between 2024 and 2028, Peru imported goods worth $34 billion from Chile.")
    assert rows == {("level", 34_000_000_000.0, D(2024, 1, 1), D(2028, 12, 31))}
