"""'The same period the previous year' (no "of" between them) is the main period a year back,
as "the same period of the previous year" is. Made-up sentences, other countries, numbers and
years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_the_same_period_the_previous_year_is_a_year_back() -> None:
    rows = dated(
        "Peru's exports to Chile fell in January-May 2029. The exports amounted to nearly "
        "$45 million, a drop when compared to the approximate $71 million recorded during the "
        "same period the previous year."
    )
    assert ("level", 71_000_000.0, D(2028, 1, 1), D(2028, 5, 31)) in rows
    assert ("level", 45_000_000.0, D(2029, 1, 1), D(2029, 5, 31)) in rows


def test_near_miss_the_same_period_alone_is_the_main_period() -> None:
    rows = dated(
        "Peru's exports to Chile amounted to $45 million in January-May 2029, while imports "
        "were $71 million in the same period."
    )
    assert ("level", 71_000_000.0, D(2029, 1, 1), D(2029, 5, 31)) in rows
