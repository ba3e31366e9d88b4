"""The Iranian (Solar Hijri) calendar that Iranian pages date their trade years with: the
Gregorian day of each year's 1 Farvardin and the length of its months (NOTES: fiscal years
beyond the list). Moved out of ``period_resolve`` unchanged.
"""

from __future__ import annotations

import datetime as dt

# Days in the months of the Iranian (Solar Hijri) year; the last has 29, or 30 in a leap year.
_IRANIAN_MONTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30)
# Leap years of the 33-year arithmetic cycle (year mod 33), which matches the astronomical
# calendar from 1343 to 1472 (1964-2093); 1 Farvardin 1399 was 20 March 2020.
_IRANIAN_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_FARVARDIN_1399 = dt.date(2020, 3, 20)


def _nowruz(year: int) -> dt.date:
    """The Gregorian date of 1 Farvardin (Iranian new year, 20 or 21 March) of Iranian ``year``."""
    if year >= 1399:
        days = sum(366 if y % 33 in _IRANIAN_LEAP else 365 for y in range(1399, year))
        return _FARVARDIN_1399 + dt.timedelta(days=days)
    days = sum(366 if y % 33 in _IRANIAN_LEAP else 365 for y in range(year, 1399))
    return _FARVARDIN_1399 - dt.timedelta(days=days)
