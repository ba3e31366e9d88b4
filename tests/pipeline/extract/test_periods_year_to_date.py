"""An undated page whose sentence gives a whole year of a statistic and then part of "this year"
of the same statistic: the latest full year and the year to date, so "this year" is the next
year (NOTES, fk decisions). Made-up sentences, other countries, numbers and years than any real
page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_whole_year_then_the_months_of_this_year_fixes_this_year() -> None:
    rows = dated(
        "Trade between Peru and Chile reached $5.37 billion in 2027, and amounted to "
        "$4.1 billion in the first nine months of this year, an increase of 21% year on year."
    )
    assert ("level", 4_100_000_000.0, D(2028, 1, 1), D(2028, 9, 30)) in rows
    assert ("pct_change", 21.0, D(2028, 1, 1), D(2028, 9, 30)) in rows
    assert ("level", 5_370_000_000.0, D(2027, 1, 1), D(2027, 12, 31)) in rows


def test_near_miss_another_pairs_whole_year_fixes_nothing() -> None:
    # the whole year is another statistic's (Peru-Bolivia): "this year" stays undated
    rows = dated(
        "Peru's exports to Bolivia reached $5.37 billion in 2027, while trade between Peru and "
        "Chile amounted to $4.1 billion in the first nine months of this year."
    )
    assert ("level", 4_100_000_000.0, None, None) in rows


# --- apart: a yearless part-year, the statistic's whole year, and a forecast for the year after
# (NOTES, fn decisions: the whole year bounds the page's year from below, the forecast from above).
# Apart means a sentence between them: in adjacent sentences the fk one-grain rule fixes the year
# in either order without a forecast (NOTES, decisions for ft).

_APART = (
    "In January-August, trade between Peru and Chile grew 14% to $3.6 billion. "
    "The figures were published by the statistics office. "
    "In 2026, trade between Peru and Chile rose 3% to $4.8 billion. "
)


def test_a_part_year_apart_from_a_whole_year_and_a_forecast_takes_the_next_year() -> None:
    rows = dated(
        _APART + "The minister said trade between Peru and Chile could reach $6 billion in 2027."
    )
    assert ("level", 3_600_000_000.0, D(2027, 1, 1), D(2027, 8, 31)) in rows
    assert ("pct_change", 14.0, D(2027, 1, 1), D(2027, 8, 31)) in rows
    assert ("level", 4_800_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_near_miss_without_the_forecast_the_part_year_stays_undated() -> None:
    # the whole year alone may be a look-back years before the page: nothing bounds it above
    rows = dated(_APART + "The minister said trade between Peru and Chile would keep growing.")
    assert ("level", 3_600_000_000.0, None, None) in rows


def test_near_miss_a_forecast_two_years_on_fixes_nothing() -> None:
    rows = dated(
        _APART + "The minister said trade between Peru and Chile could reach $6 billion in 2029."
    )
    assert ("level", 3_600_000_000.0, None, None) in rows
