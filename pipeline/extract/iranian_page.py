"""Relative years on a page whose periods are Iranian years (NOTES: "last year" said by a speaker
of a country that counts Iranian years, gk rule 3; "next year" in such a forecast, the fs rule).

An Iranian report that dates its figures "in the first four months of the current Iranian
calendar year" goes on with "in the first three months of the current year", "this year", "last
year", "the past year": the speaker counts in the same calendar, so these are Iranian years
(1 Farvardin to the day before the next), not calendar years. A page is such a page when one of
its sentences names an Iranian (or solar hijri) year and the page is about the trade of Iran or
of Afghanistan, whose solar year has the same days (NOTES: Afghanistan's solar year). Named
calendar years ("in 2023") and months of a named year stay as written.

The page's current Iranian year is the one running on the reference day (the publication date,
or the day :mod:`period_anchor` reads an undated page as of); without one the period is left
pending as an Iranian year, which that reading settles.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.iranian_calendar import _IRANIAN_MONTHS, _nowruz, running_year
from pipeline.extract.period_record import Period
from pipeline.extract.period_resolve_base import NO_DATE_NOTE
from pipeline.extract.periods import find_periods

# the calendar's name as the iranian_year pattern reads it ("the current Iranian calendar year",
# "the first three months of the current solar year")
_NAMES_CALENDAR = re.compile(r"\b(?:Iranian|solar)\s(?:calendar\s|hijri\s)?year\b", re.IGNORECASE)
_SOLAR_YEAR_ECONOMIES = frozenset(("IRN", "AFG"))
# ... and the Gregorian year said as such ("the current calendar year", Persian "سال جاری
# میلادی", round 58: eranico jd08): a relative year of that sentence stays a calendar year
_CALENDAR_YEAR = re.compile(r"\b(?:current|last|this|previous) calendar year\b", re.IGNORECASE)
# a year-part still waiting for its year: the first N months of this year ("relmonths:1:3"),
# or the latest such months ("months:1:3": "in the first quarter" with no year)
_FIRST_MONTHS = re.compile(r"^(rel)?months:1:(\d{1,2})$")
_NOTE = "a relative year on a page whose periods are Iranian years: the Iranian year"


def iranian_page(texts: Sequence[str], pair: Sequence[str]) -> bool:
    """Whether a page is about Iran's (or Afghanistan's) trade and names an Iranian year."""
    return bool(_SOLAR_YEAR_ECONOMIES & set(pair)) and any(_NAMES_CALENDAR.search(t) for t in texts)


def _first_months(year: int, months: int) -> tuple[dt.date, dt.date]:
    start = _nowruz(year)
    if months >= 12:
        return start, _nowruz(year + 1) - dt.timedelta(days=1)
    return start, start + dt.timedelta(days=sum(_IRANIAN_MONTHS[:months]) - 1)


def _shape(period: Period) -> tuple[int, int, bool] | None:
    """(year offset, months, latest) of a relative year or first months of one, read undated:
    "last year" (-1, 12), "the first three months of the current year" (0, 3), "in the first
    quarter" (0, 3, latest: the latest such months); "the past year" (-1, 12). Else None."""
    if period.comparison or period.fiscal is not None or period.anchor is not None:
        return None
    if period.kind == "relative_year":
        if period.relative is None:
            past = period.period_start is None and (period.note or "").startswith("the past year")
            return (-1, 12, False) if past else None
        shape, offset = period.relative
        return (offset, 12, False) if shape == "year" else None
    if period.kind in ("first_months", "half", "quarter") and period.relative is not None:
        m = _FIRST_MONTHS.match(period.relative[0])
        if m is None:
            return None
        return period.relative[1], int(m[2]), m[1] is None
    return None


def in_iranian_years(sentence: str, found: list[Period], ref: dt.date | None) -> list[Period]:
    """``found`` (the sentence's periods as read against ``ref``) with each relative year, or
    first months of one, read as the Iranian year it names (module docstring)."""
    if _CALENDAR_YEAR.search(sentence) and not _NAMES_CALENDAR.search(sentence):
        return found  # "the first 9 months of the current calendar year": the Gregorian one
    undated = {(p.start, p.end, p.kind): p for p in find_periods(sentence, None)}
    out = []
    for p in found:
        twin = undated.get((p.start, p.end, p.kind))
        shape = _shape(twin) if twin is not None else None
        if shape is None:
            out.append(p)
            continue
        offset, months, latest = shape
        if ref is None:
            iranian = replace(p, kind="iranian_year", relative=None, note=NO_DATE_NOTE)
            out.append(replace(iranian, gregorian=p))
            continue
        year = running_year(ref) + offset
        start, end = _first_months(year, months)
        if latest and end >= ref:
            start, end = _first_months(year - 1, months)
        iranian = replace(p, period_start=start, period_end=end, relative=None, note=_NOTE)
        out.append(replace(iranian, gregorian=p))
    return out


def for_countries(period: Period | None, countries: Sequence[str | None]) -> Period | None:
    """``period`` for a figure of ``countries`` (its reporter and partner): a relative
    year read as an Iranian year goes back to its calendar-year reading where none of them
    counts Iranian years (another pair's trade named on an Iranian page)."""
    if period is None or period.gregorian is None or _SOLAR_YEAR_ECONOMIES & set(countries):
        return period
    return period.gregorian
