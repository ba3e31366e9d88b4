"""A change 'over the past N years' on a page with no date, whose sentence names the year it
reaches: the span ends that year ("a 35% increase over the last three years, bringing trade to
$4.3bn in 2027": 2025-2027); with the level it started from stated too, a change between two
levels, dated with the later year (NOTES, fh decisions). Made-up sentences, other countries,
numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_change_over_the_past_years_ends_with_the_year_it_reaches() -> None:
    rows = dated(
        "The minister highlighted a 35% increase in trade between Peru and Chile over the last "
        "three years, bringing the overall volume to an estimated 4.3 billion USD in 2027."
    )
    assert ("pct_change", 35.0, D(2025, 1, 1), D(2027, 12, 31)) in rows


def test_a_change_between_two_levels_over_the_past_years_takes_the_later_year() -> None:
    rows = dated(
        "Over the past five years, trade between Peru and Chile has grown almost 11 times: from "
        "$17 million in 2021 to $185 million in 2026."
    )
    assert ("multiple", 11.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_near_miss_a_change_over_the_past_years_with_no_year_stays_undated() -> None:
    rows = dated(
        "Over the past five years, trade between Peru and Chile has grown almost 11 times."
    )
    assert rows == {("multiple", 11.0, None, None)}


def test_the_level_it_started_from_stated_after_the_level_reached_takes_the_later_year() -> None:
    rows = dated(
        "Trade between Peru and Chile has grown by 140 percent over the past three years, "
        "reaching $3.1 billion in 2026, up from $1.3 billion in 2023."
    )
    assert ("pct_change", 140.0, D(2026, 1, 1), D(2026, 12, 31)) in rows
    assert ("level", 1_300_000_000.0, D(2023, 1, 1), D(2023, 12, 31)) in rows


def test_near_miss_a_later_aside_after_the_level_reached_keeps_the_span() -> None:
    # no earlier level: the change still spans the years counted back from the one it reaches
    rows = dated(
        "Trade between Peru and Chile has grown by 140 percent over the past three years, "
        "reaching $3.1 billion in 2026, more than in any year since the agreement."
    )
    assert ("pct_change", 140.0, D(2024, 1, 1), D(2026, 12, 31)) in rows


def test_on_a_dated_page_the_level_it_started_from_also_takes_the_later_year() -> None:
    rows = dated(
        "date 2027-11-20\n\nTrade between Peru and Chile has grown by 140 percent over the past "
        "three years, reaching $3.1 billion in 2026, up from $1.3 billion in 2023."
    )
    assert ("pct_change", 140.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_near_miss_on_a_dated_page_without_the_earlier_level_the_span_stands() -> None:
    rows = dated(
        "date 2027-11-20\n\nTrade between Peru and Chile has grown by 140 percent over the past "
        "three years, reaching $3.1 billion in 2026."
    )
    assert ("pct_change", 140.0, D(2024, 1, 1), D(2026, 12, 31)) in rows
