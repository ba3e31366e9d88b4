"""The Iranian (Solar Hijri) calendar that Iranian pages date their trade years with: the
Gregorian day of each year's 1 Farvardin and the length of its months (NOTES: fiscal years
beyond the list). Moved out of ``period_resolve`` unchanged.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Days in the months of the Iranian (Solar Hijri) year; the last has 29, or 30 in a leap year.
_IRANIAN_MONTHS = (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30)
# Leap years of the 33-year arithmetic cycle (year mod 33), which matches the astronomical
# calendar from 1343 to 1472 (1964-2093); 1 Farvardin 1399 was 20 March 2020.
_IRANIAN_LEAP = frozenset((1, 5, 9, 13, 17, 22, 26, 30))
_FARVARDIN_1399 = dt.date(2020, 3, 20)
# the Gregorian months by their first three letters (a complete list: any spelling of a month)
_MONTH_NUMBER = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)


def _nowruz(year: int) -> dt.date:
    """The Gregorian date of 1 Farvardin (Iranian new year, 20 or 21 March) of Iranian ``year``."""
    if year >= 1399:
        days = sum(366 if y % 33 in _IRANIAN_LEAP else 365 for y in range(1399, year))
        return _FARVARDIN_1399 + dt.timedelta(days=days)
    days = sum(366 if y % 33 in _IRANIAN_LEAP else 365 for y in range(year, 1399))
    return _FARVARDIN_1399 - dt.timedelta(days=days)


def running_year(day: dt.date) -> int:
    """The Iranian year running on Gregorian ``day``."""
    return day.year - 621 if day >= _nowruz(day.year - 621) else day.year - 622


# A Gregorian gloss right after an Iranian year, in brackets or a clause: "(started March 21,
# 2024)", "[ended on March 20, 2023]", "(March 21, 2023-March 19, 2024)", ", which started on
# March 20, 2024". The date's own year says which Iranian year is meant.
_GLOSS = re.compile(
    r"\s?(?:[(\[]|,\s(?:which\s)?)(?:(?P<cue>start(?:ed|ing|s)|beg(?:an|inning|ins)|from"
    r"|end(?:ed|ing|s)|to|through|till|until)\s(?:on\s)?)?"
    rf"(?:(?P<m>{_MONTH_NAMES})\s(?P<d>[0-3]?\d)(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)\s(?P<m2>{_MONTH_NAMES}))"
    r",?\s(?P<y>(?:19|20)\d\d)\b(?P<range>\s?[-–]|\sto\s)?",
    re.IGNORECASE,
)
_SLACK = dt.timedelta(days=2)  # a gloss a day or two off 1 Farvardin still names that year


def glossed_year(after: str) -> tuple[int, bool] | None:
    """(Iranian year, whether the gloss names its start) of a Gregorian gloss opening ``after``
    (the text right after an Iranian year expression), else None. A start ("started March 21,
    2024", the first day of a range) names the year it opens; an end ("ending March 19, 2024",
    a lone date after "the end of") the year it closes; any other day the year running on it."""
    m = _GLOSS.match(after)
    if m is None:
        return None
    month = _MONTH_NUMBER[(m["m"] or m["m2"]).lower()[:3]]
    try:
        day = dt.date(int(m["y"]), month, int(m["d"] or m["d2"]))
    except ValueError:
        return None
    cue = (m["cue"] or "").lower()
    if cue.startswith(("start", "beg", "from")) or (not cue and m["range"]):
        return running_year(day + _SLACK), True
    if cue:
        return running_year(day - _SLACK), False
    return running_year(day), False


def iranian_months_to(end: dt.date, months: int) -> tuple[dt.date, dt.date] | None:
    """(first day, ``end``) of the ``months`` Iranian months that end on ``end`` ("the six
    months to September 22": Farvardin to Shahrivar), where ``end`` is the last day of an
    Iranian month and not of a Gregorian one; else None."""
    if end.day == calendar.monthrange(end.year, end.month)[1] or not 1 <= months < 12:
        return None
    year = running_year(end)
    ends = [_nowruz(year) + dt.timedelta(days=sum(_IRANIAN_MONTHS[: k + 1]) - 1) for k in range(11)]
    ends.append(_nowruz(year + 1) - dt.timedelta(days=1))
    if end not in ends or ends.index(end) + 1 < months:
        return None
    first = ends.index(end) + 1 - months  # the months before the span's first one
    start = _nowruz(year) if first == 0 else ends[first - 1] + dt.timedelta(days=1)
    return start, end
