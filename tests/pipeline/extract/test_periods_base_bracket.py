"""A base amount with its conversion in brackets ("from $412.6m (Shs1.5tn) for the period ended
February 2030") is still a base: the period after the bracket is the base's, read as the main
period's length. Made-up sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_base_with_a_bracketed_conversion_keeps_the_main_periods_length() -> None:
    rows = dated(
        "Uganda's exports to Kenya increased to $603.3m (Shs2.8 trillion) for the year ended "
        "February 2029, from $453.9m (Shs1.7 trillion) for the period ended February 2028."
    )
    assert ("level", 453_900_000.0, D(2027, 3, 1), D(2028, 2, 29)) in rows
    assert ("level", 1_700_000_000_000.0, D(2027, 3, 1), D(2028, 2, 29)) in rows


def test_near_miss_the_level_reached_after_a_bracketed_base_stays_its_own() -> None:
    rows = dated(
        "Uganda's exports to Kenya rose from $453.9m (Shs1.7 trillion) to $603.3m "
        "(Shs2.8 trillion) in 2029."
    )
    assert ("level", 603_300_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
