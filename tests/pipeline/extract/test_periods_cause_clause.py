"""A cause clause after a figure ("..., partly due to new rules from April this year") names when
the cause began, not the figure's period: the figure keeps the period its sentence states. Made-up
sentences; countries, numbers and years are not those of any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_period_in_a_cause_clause_does_not_date_the_figure() -> None:
    rows = dated(
        "In fiscal 2027-28, Bangladesh's garment exports to Chile rose 11.5 percent year-on-year "
        "to $410.25 million, partly due to relaxed rules for knitwear from April this year."
    )
    assert ("level", 410_250_000.0, D(2027, 7, 1), D(2028, 6, 30)) in rows
    rows = dated(
        "date 2030-06-02\nIn 2029, Chile's exports to Peru rose to $81 million, mainly owing to a "
        "tariff cut in March last year."
    )
    assert ("level", 81_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_near_miss_a_period_past_a_comma_without_a_cause_still_dates_the_figure() -> None:
    # no cause clause: the period after the amount's aside is its own
    rows = dated(
        "date 2030-06-02\nChile's exports to Peru rose to $81 million, mostly fruit, in March "
        "this year."
    )
    assert ("level", 81_000_000.0, D(2030, 3, 1), D(2030, 3, 31)) in rows
