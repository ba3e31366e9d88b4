"""The current year that a comparison base fixes on a page without a date, wherever on the page
the base is written (NOTES, round 6: "a comparison base of this year ('compared to January-March
2020')" fixes the year; the sentence's own periods are fixed in ``periods._fixed_by_text``).

A base is a year-on-year one, so the page's current year is the year after it, when it is:
- "the same period of 2022" (always the same months a year or more earlier);
- a span of months of one year ("compared with January-March 2029");
- one month of a year ("compared with May 2029", "over March of 2029") when the page names the
  same month without a year as its data ("exports rose in May"): a month base of another month
  may be the month before ("up 4% from October 2030" in a report on November 2030).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.period_patterns import YEAR_NUMBER
from pipeline.extract.periods import _MAY_COMPARE, Period, _month_end, find_periods


def _undated_months(period: Period) -> int | None:
    """The month of a one-month period still waiting for its year ("in May", "March this
    year")."""
    if period.relative is None or not period.relative[0].startswith(("months:", "relmonths:")):
        return None
    _, first, last = period.relative[0].split(":")
    return int(last) if first == last else None


def _is_base(period: Period) -> bool:
    """A comparison base, or "the same period of 2029" however the sentence leads to it ("when in
    the same period of 2029 only $5m had been shipped"): the same months of an earlier year."""
    return period.comparison or period.same_year is not None


def _base_year(period: Period, months: set[int]) -> int | None:
    if not _is_base(period) or period.period_start is None or period.period_end is None:
        return None
    if period.same_year is not None:
        return period.same_year + 1
    start, end = period.period_start, period.period_end
    if start.year != end.year or (start.month, end.month) == (1, 12):
        return None  # a whole year fixes nothing ("trade in 2029" may be read in any later year)
    if start.month == end.month and end.month not in months:
        return None
    return end.year + 1


def base_fixed_year(texts: Sequence[str]) -> tuple[int, frozenset[int]] | None:
    """The year after the latest year-on-year comparison base the page writes (module
    docstring), with the months of its one-month bases; or None."""
    if not any(YEAR_NUMBER.search(text) and _MAY_COMPARE(text.lower()) for text in texts):
        return None  # no sentence can hold a dated base
    by_sentence = [find_periods(text, None) for text in texts]
    periods = [p for found in by_sentence for p in found]
    months = {m for p in periods if (m := _undated_months(p)) is not None}
    # data the page dates with a part of a year ("in October 2030") is its current data: a base
    # of that year or a later one is a month-on-month one ("down 2% from September 2030")
    latest = max((p.period_end.year for p in periods if _part_year_data(p)), default=0)
    bases = [
        (y, p)
        for text, found in zip(texts, by_sentence, strict=True)
        # a base beside a dated period of its sentence is that period's ("in 2030, up 5% over
        # the same period in 2029"): it says nothing of the page's current year; but a period
        # whose year the sentence does not write ("exports in May rose 14% on the same period of
        # 2029") was dated by the base itself, and the base fixes the page's year (round 6)
        if not any(_dated_data(p) and _year_written(text, p) for p in found)
        for p in found
        if (y := _base_year(p, months)) is not None
        # "the same period of 2030" is never month-on-month: it says 2030 is not the current
        # year even where the page dates other data in 2030 ("while January-August 2030 gave
        # only $2m"); it is a look-back only when the page has part-year data two years on
        and (y > latest + 1 or (p.same_year is not None and y >= latest))
    ]
    if not bases:
        return None
    # "between April and September last year, 38% up on the same period in 2029": the data are
    # of the year after the base, and the page was written the year after them
    looks_back = {
        id(p)
        for text, found in zip(texts, by_sentence, strict=True)
        if any(not q.comparison and _LAST_YEAR_WORDS.search(text, q.start, q.end) for q in found)
        for p in found
    }
    bases = [(y + (id(p) in looks_back), p) for y, p in bases]
    year = max(y for y, _ in bases)
    return year, frozenset(p.period_end.month for y, p in bases if y == year and _one_month(p))


# the words of a period named as the year before the page's ("last year", "the previous year")
_LAST_YEAR_WORDS = re.compile(r"\b(?:last|previous|past)\syear\b", re.IGNORECASE)


def _one_month(period: Period) -> bool:
    start, end = period.period_start, period.period_end
    return (
        start is not None and end is not None and (start.year, start.month) == (end.year, end.month)
    )


def to_base_year(
    found: list[tuple[dict, Period | None]], base: tuple[int, frozenset[int]] | None
) -> list[tuple[dict, Period | None]]:
    """A period ending with a base's month whose year its sentence does not write ("in May",
    "the year to the end of May", dated from an earlier paragraph's "In 2010") is of the year the
    base fixes ("compared with May 2013": May 2014)."""
    if base is None or not base[1]:
        return found
    year, months = base
    out = []
    for figure, p in found:
        if (
            p is not None
            and p.period_start is not None
            and p.period_end is not None
            and not p.comparison
            and p.period_end.month in months
            and p.period_end.year != year
            and _YEAR_UNWRITTEN.search(figure["evidence"])
        ):
            shift = year - p.period_end.year
            p = replace(
                p,
                period_start=_shifted(p.period_start, shift),
                period_end=_shifted(p.period_end, shift),
            )
        out.append((figure, p))
    return out


_YEAR_UNWRITTEN = re.compile(r"year=(?:relative|carried)\b")


def _shifted(day: dt.date, years: int) -> dt.date:
    # the last day of February moves to the last day of February
    end = _month_end(day.year + years, day.month)
    return day.replace(year=day.year + years, day=min(day.day, end.day))


def _year_written(text: str, period: Period) -> bool:
    return YEAR_NUMBER.search(text, period.start, period.end) is not None


def _dated_data(period: Period) -> bool:
    return not _is_base(period) and period.period_start is not None


def _part_year_data(period: Period) -> bool:
    start, end = period.period_start, period.period_end
    if _is_base(period) or start is None or end is None:
        return False
    return start.year == end.year and (start.month, end.month) != (1, 12)
