"""A date line in the German form, the day with its ordinal dot ("8. April 2031", as Austrian and
German sites print it under the headline), dates the page like "8 April 2031" (wrong-period kind,
round 12: "last year" on such a page). Made-up page text."""

import datetime as dt

from pipeline.ingest.published import find_published

_HEAD = "Site navigation\n\nExports to Chile cross a new mark\n\nPhoto © Agency\n\n"
_BODY = "\n\nChile's exports to Peru rose by 11.2% last year, the trade office said.\n"


def test_a_date_line_with_the_days_ordinal_dot_dates_the_page() -> None:
    assert find_published(_HEAD + "8. April 2031" + _BODY) == dt.date(2031, 4, 8)
    assert find_published(_HEAD + "8 April 2031" + _BODY) == dt.date(2031, 4, 8)


def test_near_miss_a_numbered_line_with_a_month_and_no_year_is_no_date() -> None:
    assert find_published(_HEAD + "8. April exports grew again" + _BODY) is None
