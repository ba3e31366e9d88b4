"""On a dated page, "the last N months" (round 14): where the N months before the page's month are
all the months of its year so far ("during the last 11 months" in December), the rolling span and
the year to date are one span, January to the month before the page's. Any other count stays a
rolling span with no year to end (left unread). Made-up sentences; countries, numbers and years
are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_the_last_months_of_a_december_page_are_its_year_so_far() -> None:
    got = dated(
        "date 2031-12-16\nDuring the last 11 months trade between Chile and Peru was estimated at "
        "$4.35 billion."
    )
    assert got == {("level", 4_350_000_000.0, D(2031, 1, 1), D(2031, 11, 30))}
    got = dated(
        "date 2031-07-04\nIn the last six months Chile's exports to Peru reached $1.2 billion."
    )
    assert got == {("level", 1_200_000_000.0, D(2031, 1, 1), D(2031, 6, 30))}


def test_the_last_months_across_a_new_year_stay_unread() -> None:
    # near miss: eleven months back from a March page cross into the year before; no year to date
    got = dated(
        "date 2031-03-16\nDuring the last 11 months trade between Chile and Peru was estimated at "
        "$4.35 billion."
    )
    assert got == {("level", 4_350_000_000.0, None, None)}
