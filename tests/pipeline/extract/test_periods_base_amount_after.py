"""A base amount named after its base period, or compared with "more than the", takes the base
period, not the figure's: "compared with the same period last year of $533 million", "up 5
percent from the March 2030 value amounting to $533 million", "more than the $533 million in
the same period last year". Near misses: a bound "more than $533 million" keeps its own period;
a comma after the base period ends it ("compared with the same period last year, imports of
$X") . Made-up sentences.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_base_period_then_of_amount() -> None:
    rows = dated(
        "date 2031-04-02\nExports from Chile to Peru reached $560 million in the first quarter of "
        "2031, compared with the same period last year of $533 million."
    )
    assert ("level", 533_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows
    assert ("level", 560_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_base_month_value_amounting_to() -> None:
    rows = dated(
        "date 2031-04-02\nExports from Chile to Peru reached $560 million in March 2031, up 5 "
        "percent from the March 2030 value amounting to $533 million."
    )
    assert ("level", 533_000_000.0, D(2030, 3, 1), D(2030, 3, 31)) in rows
    assert ("pct_change", 5.0, D(2031, 3, 1), D(2031, 3, 31)) in rows


def test_more_than_the_amount_of_a_base_period() -> None:
    rows = dated(
        "date 2031-04-02\nExports from Chile to Peru reached $560 million in the first quarter, "
        "more than the $533 million in the same period last year."
    )
    assert ("level", 533_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows
    assert ("level", 560_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_near_miss_more_than_a_bound_keeps_its_period() -> None:
    rows = dated(
        "date 2031-04-02\nExports from Chile to Peru reached more than $533 million in the first "
        "quarter of 2031."
    )
    assert rows == {("level", 533_000_000.0, D(2031, 1, 1), D(2031, 3, 31))}
