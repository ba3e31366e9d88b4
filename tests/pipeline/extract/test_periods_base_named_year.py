"""An undated page whose year is fixed by a relative period set against a named whole year in one
sentence (wrong-period kind, round 12): "last year ... compared with 2029" makes last year 2030,
"this year, from $X in 2029" makes this year 2030. Made-up sentences, other countries, numbers and
years than any real page. Near misses: a series "from $X in 2028 to $Y last year", a look-back
"compared with pre-pandemic 2027".
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_last_year_compared_with_a_named_year_is_the_year_after_it() -> None:
    rows = dated(
        "Last year, exports from Chile to Peru totaled $4.2 billion, a decrease of 3.1% compared "
        "with 2029, the statistics office said."
    )
    assert ("level", 4_200_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("pct_change", -3.1, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_part_of_this_year_from_an_amount_in_a_named_year() -> None:
    rows = dated(
        "Trade between Chile and Peru increased to $38.6 million from January to September this "
        "year, from $27.1 million in 2029, the agency said."
    )
    assert ("level", 38_600_000.0, D(2030, 1, 1), D(2030, 9, 30)) in rows


def test_near_miss_a_series_from_a_named_year_to_last_year_fixes_nothing() -> None:
    rows = dated(
        "Exports from Chile to Peru have been growing steadily, from $58.2 million in 2028 to "
        "$142.7 million last year, the agency said."
    )
    assert ("level", 142_700_000.0, None, None) in rows


def test_near_miss_a_look_back_to_a_years_levels_fixes_nothing() -> None:
    rows = dated(
        "Last year, exports from Chile to Peru totaled $4.2 billion, up 12% compared with "
        "pre-pandemic 2027, the statistics office said."
    )
    assert ("level", 4_200_000_000.0, None, None) in rows


def test_yearless_months_against_a_named_year_are_the_year_after_it() -> None:
    # months without a year are a part of the page's current year, as "this year" is
    rows = dated(
        "Between January and May, Chile's exports to Peru rose 6.4% to $51.8 million compared "
        "with 2033, the agency said."
    )
    assert ("level", 51_800_000.0, D(2034, 1, 1), D(2034, 5, 31)) in rows


def test_near_miss_yearless_months_against_a_look_back_fix_nothing() -> None:
    # a pre-crisis level is a look-back years before, not the year before the months
    rows = dated(
        "Between January and May, Chile's exports to Peru rose 6.4% to $51.8 million compared "
        "with pre-pandemic 2031 levels, the agency said."
    )
    assert ("level", 51_800_000.0, None, None) in rows


def test_two_consecutive_bases_of_last_year_fix_it_as_the_year_after_the_latest() -> None:
    # NOTES fy S7: bases that are the two years just before "last year" fix it
    rows = dated(
        "Chile's imports from Peru surpassed $2 billion last year, up 38% compared with 2029 and "
        "71% compared with 2028, the central bank governor said."
    )
    assert ("level", 2_000_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("pct_change", 71.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_two_bases_years_apart_fix_nothing() -> None:
    # a look-back several years before beside the year before: not the two years just before
    rows = dated(
        "Chile's imports from Peru surpassed $2 billion last year, up 38% compared with 2029 and "
        "71% compared with 2025, the central bank governor said."
    )
    assert ("level", 2_000_000_000.0, None, None) in rows


def test_a_single_base_of_a_percentage_alone_fixes_last_year() -> None:
    # NOTES fz rule 5 as settled in round 18: a percentage's single base fixes "last year" as an
    # amount's does (the year after the base)
    rows = dated(
        "Chile's exports to Peru grew 17% last year compared with 2041, the customs service said."
    )
    assert ("pct_change", 17.0, D(2042, 1, 1), D(2042, 12, 31)) in rows


def test_near_miss_a_record_since_a_year_is_no_base() -> None:
    # "the fastest since 2038" marks a span, not the year before: nothing is fixed
    rows = dated(
        "Chile's exports to Peru grew 17% last year, the fastest since 2038, the customs service "
        "said."
    )
    assert ("pct_change", 17.0, None, None) in rows


def test_a_named_base_after_the_relative_period_of_a_change() -> None:
    # "grew 12% last year from 2027": 2027 is the base, the change is last year's (2028)
    rows = dated(
        "Exports from Chile to Peru grew 12% last year from 2027, the statistics office said."
    )
    assert ("pct_change", 12.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    rows = dated("Chile's exports to Peru saw a 9% drop last year from 2027, the agency said.")
    assert ("pct_change", -9.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    # near miss: a change from one named year to another is not set against a base
    rows = dated("Exports from Chile to Peru grew 12% from 2027 to 2029, the agency said.")
    assert ("pct_change", 12.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
