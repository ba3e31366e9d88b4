"""A whole year a figure-less sentence states beside a comparison base, or around a decimal
number, dates the figures after it (pipeline/extract/stated_period.py, round 18). Made-up
sentences in several outlets' styles; countries, numbers and years are not those of any page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
YEAR_2030 = (D(2030, 1, 1), D(2030, 12, 31))


def test_a_year_beside_its_base_dates_the_next_sentence() -> None:
    # a statistics office's release: the year's rise against the year before, then the pair
    rows = dated(
        "In 2030, Chile's exports to Peru rose sharply compared with 2029.\n\n"
        "Chile's exports to Peru totalled $640 million."
    )
    assert ("level", 640_000_000.0, *YEAR_2030) in rows


def test_a_year_beside_a_base_after_than_dates_the_next_sentence() -> None:
    rows = dated(
        "Trade between Kenya and Egypt grew faster in 2030 than in 2029.\n\n"
        "Bilateral trade between Kenya and Egypt stands at $2.3 billion."
    )
    assert ("level", 2_300_000_000.0, *YEAR_2030) in rows


def test_two_years_of_data_still_date_nothing() -> None:
    # near miss: two years the flow moved in, neither a base: which one the figure has is open
    rows = dated(
        "Chile's exports to Peru fell in 2030 after rising in 2029.\n\n"
        "Chile's exports to Peru totalled $640 million."
    )
    assert ("level", 640_000_000.0, None, None) in rows


def test_a_decimal_number_does_not_end_the_clause() -> None:
    # a flow, a decimal aside, then its verb: one clause ("2.0" is no full stop)
    rows = dated(
        "In 2030 Chile's exports to Peru under version 2.0 of their accord rose.\n\n"
        "Chile's exports to Peru totalled $640 million."
    )
    assert ("level", 640_000_000.0, *YEAR_2030) in rows


def test_a_full_stop_still_ends_the_clause() -> None:
    # near miss: a flow, then a new sentence fragment with a verb of change: no year stated
    rows = dated(
        "In 2030 the talks covered Chile's exports to Peru; the fleet of 3.5-tonne trucks grew.\n\n"
        "Chile's exports to Peru totalled $640 million."
    )
    assert ("level", 640_000_000.0, None, None) in rows
