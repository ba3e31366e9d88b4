"""Months of fiscal years counted in another calendar's months: Nepal's year runs from 1 Shrawan
of the Bikram Sambat (BS) calendar and its "first eight months" end on the last day of Falgun
(13 or 14 March), not on the Gregorian day eight months after 16 July; Iran's year runs from
1 Farvardin in Solar Hijri months. A part of such a year (its first months, half, the same months
a year earlier) ends on that calendar's month end.

BS month lengths follow no rule (they are set each year from astronomical tables), so they come
from ``nepali_datetime``, which ships the published BS table for 1975-2100 BS (1918-2044 AD).
"""

from __future__ import annotations

import datetime as dt

import nepali_datetime

from pipeline.extract.iranian_calendar import _IRANIAN_MONTHS, _nowruz

_DAY = dt.timedelta(days=1)


def _bs(day: dt.date) -> nepali_datetime.date | None:
    try:
        return nepali_datetime.date.from_datetime_date(day)
    except (ValueError, OverflowError):
        return None


def _bs_month_start(year: int, month: int) -> dt.date | None:
    """The Gregorian day of the first of BS ``month`` of BS ``year`` (month may run past 12)."""
    more, month = divmod(month - 1, 12)
    try:
        return nepali_datetime.date(year + more, month + 1, 1).to_datetime_date()
    except (ValueError, OverflowError):
        return None


def months_end(country: str | None, start: dt.date, months: int) -> dt.date | None:
    """The last day of the ``months``-th month from ``start``, the first day of a fiscal year (or
    of a month) of ``country`` counted in another calendar's months; None where ``country``
    counts in Gregorian months or ``start`` opens no month of its calendar."""
    if months < 1:
        return None
    if country == "NPL":
        bs = _bs(start)
        if bs is None or bs.day != 1:
            return None
        following = _bs_month_start(bs.year, bs.month + months)
        return None if following is None else following - _DAY
    if country == "IRN" and months < 12:
        year = start.year - 621
        if _nowruz(year) != start:
            return None
        return start + dt.timedelta(days=sum(_IRANIAN_MONTHS[:months]) - 1)
    return None


def months_between(country: str | None, start: dt.date, end: dt.date) -> int | None:
    """How many whole months of ``country``'s other calendar ``start``..``end`` spans (12 at
    most), where it starts on a month's first day and ends on a month's last; else None."""
    for months in range(1, 13):
        last = months_end(country, start, months)
        if last is None or last > end:
            return None
        if last == end:
            return months
    return None
