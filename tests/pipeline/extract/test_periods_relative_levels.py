"""Periods of relative phrases and of per-year levels on pages with no publication date (NOTES:
"last year"/"this year" on a page with no publication date; the fj rule on a change over a stated
span; "in the middle of this year" as January-June; a per-year amount without a year). Made-up
sentences; countries, numbers and years are not those of any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


# --- "last year" at the end of a span of named years in its sentence -----------------------


def test_last_year_reached_at_the_end_of_a_stated_span() -> None:
    rows = dated(
        "Between 2026 and 2029, trade between Peru and Chile grew 41.5%, reaching USD 6.2 billion "
        "last year."
    )
    assert ("level", 6_200_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
    # a change between two named years is the later year's (NOTES)
    assert ("pct_change", 41.5, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_span_in_the_sentence_before_fixes_no_last_year() -> None:
    # a span of another statistic in the sentence before is a look-back: nothing fixes the year
    rows = dated(
        "Over the past years (2025-2029), trade in the region grew from $3.1 billion to $5.3 "
        "billion. Trade between Peru and Chile grew by 12.5% last year, reaching $740 million."
    )
    assert ("level", 740_000_000.0, None, None) in rows


# --- "in the middle of this year": January-June of the year the page fixes --------------------


def test_middle_of_this_year_after_a_named_year_is_its_first_half() -> None:
    rows = dated(
        "Trade between Kenya and Uganda reached 4.2 billion shillings in 2030 and in the middle "
        "of this year it stood at 1.7 billion shillings."
    )
    assert ("level", 1_700_000_000.0, D(2031, 1, 1), D(2031, 6, 30)) in rows


def test_this_year_alone_stays_undated() -> None:
    # near miss: no named year of data beside it, nothing fixes "this year"
    rows = dated(
        "Trade between Kenya and Uganda stood at 1.7 billion shillings in the middle of this "
        "year, the minister said."
    )
    assert ("level", 1_700_000_000.0, None, None) in rows


# --- a level stated per year, without a year -----------------------------------------------


def test_per_year_level_does_not_take_the_running_year() -> None:
    rows = dated(
        "In 2030, Chile's exports to Peru rose 8% to $2.4 billion.\n\n"
        "Chile exports about 1,300 products to Peru annually, valued at $2 billion, the minister "
        "noted."
    )
    assert ("level", 2_400_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 2_000_000_000.0, None, None) in rows


def test_level_without_per_year_keeps_the_running_year() -> None:
    # near miss: "a year earlier" is a comparison, not a per-year rate
    rows = dated(
        "In 2030, Chile's exports to Peru rose 8% to $2.4 billion.\n\n"
        "Chile's imports from Peru were $1.1 billion, up from a year earlier."
    )
    assert ("level", 1_100_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_per_year_level_after_a_change_keeps_its_period() -> None:
    # near miss: the level the previous sentence's change leads to is that period's
    rows = dated(
        "In 2030, Chile's exports to Peru rose 8% to $2.4 billion.\n\n"
        "This increase takes Chile's total trade with Peru to $3.5 billion annually."
    )
    assert ("level", 3_500_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
