"""Readers of period expressions made of months and days: month names and ranges ("in May",
"January-September 2024"), counted months, halves and quarters ("the first nine months", "Q3"),
rolling spans ("the year to September"), and calendar days ("as of August 1", "till June 22").

Each reader takes (kind, match, groups, span, ref) and returns a ``Period`` or None (the match is
no period). Moved out of ``period_resolve``'s dispatch unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pipeline.extract.iranian_calendar import iranian_months_to
from pipeline.extract.period_patterns import _ORDINAL, _RELATIVE_OFFSET
from pipeline.extract.period_record import Period, _latest_year, _month_end
from pipeline.extract.period_resolve_base import (
    NO_DATE_NOTE,
    Span,
    _count,
    _explicit_year,
    _full_year,
    _month,
    _months_span,
)

# "(trade was £6bn) at the end of the third quarter of 2031": a flow to the end of a quarter is
# the year to date, as "as of mid-2031" is January-June (NOTES, fo decisions); so is a flow "as
# of the third quarter of 2031" (NOTES, ft decisions)
_QUARTER_END = re.compile(
    r"\b(?:(?:at|by|as\s(?:of|at)|until|till|up\sto|through)\s(?:the\s)?end\sof\s(?:the\s)?"
    r"|as\s(?:of|at)\s(?:the\s)?)$",
    re.IGNORECASE,
)

# Months of a span word ("half-year", "quarter"; "year" and anything else: 12), by its first letters
_SPAN_MONTHS = {"half": 6, "quar": 3}


def month_range(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "January-September", "between May and June 2024", "April-June 2023/24"."""
    first, last = _month(g["m1"]), _month(g["m2"])
    if g.get("pair") and (last - first) % 12 != 1:
        return None  # "in May and August": two months, each its own figure's
    if g.get("py1") and not g.get("py2") and first <= last:  # "2030 (January-June)"
        year = int(g["py1"])
        return Period(*span, kind, dt.date(year, first, 1), _month_end(year, last))
    if g.get("py2"):  # "2022-23 (Apr-Jan)": as "Apr-Jan 2022-23"
        g = {**g, "sy1": g["py1"], "sy2": g["py2"]}
    if g.get("sy1"):
        # months of a split year: a range crossing the new year starts in the first year;
        # otherwise January-March lie in the second (fiscal years start from April on)
        y1 = int(g["sy1"])
        if _full_year(g["sy2"], y1) != y1 + 1:
            return None
        end_year = y1 + 1 if first > last or last < 4 else y1
        start = dt.date(end_year - (1 if first > last else 0), first, 1)
        return Period(*span, kind, start, _month_end(end_year, last))
    return _months_span(kind, span, g, ref, first, last)


def month_year_range(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "from March 2023 to February 2024": each end with its own year. The same month some
    years apart ("between July 2030 and July 2031") compares two months, as two named years
    do: a ``span`` whose change is dated with the later month (``change_span.span_end``).
    "from 2005 to September 2023", "(2030-March 2031)": from the first year's January."""
    for y1, m2, y2 in (("y1b", "m2b", "y2b"), ("y1c", "m2c", "y2c")):
        if g.get(y1):
            if int(g[y2]) < int(g[y1]):
                return None
            start = dt.date(int(g[y1]), 1, 1)
            return Period(*span, kind, start, _month_end(int(g[y2]), _month(g[m2])))
    start = dt.date(int(g["y1"]), _month(g["m1"]), 1)
    end = _month_end(int(g["y2"]), _month(g["m2"]))
    return Period(*span, kind, start, end, span=start.month == end.month and end.year > start.year)


def rolling(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "the year to September 2019": the twelve months ending with that month; "the six months
    ended June", "the June quarter", "four quarters to the end of Q2": the months it names."""
    span_word, q = (g.get("span") or g.get("span2") or "").lower(), int(g.get("q") or 0)
    months = _count(g["n"]) * (3 if q else 1) if g.get("n") else _SPAN_MONTHS.get(span_word[:4], 12)
    if not 1 <= months <= 12:
        return None
    last, kind = (q * 3 if q else _month(g["m1"] or g["m2"])), "rolling"
    first = (last - months) % 12 + 1
    written = g.get("y") or g.get("y2")
    period = _months_span(kind, span, {"y": written} if written else {}, ref, first, last)
    day = g.get("d1") or g.get("d2")
    if day and months < 12 and period.period_end is not None and not q:
        # "the six months to September 22": a day that ends an Iranian month, not a Gregorian
        # one, counts the months of the Iranian calendar (NOTES: Iranian years)
        try:
            end = period.period_end.replace(day=int(day.rstrip("stndrh")))
        except ValueError:
            return period
        months_to = iranian_months_to(end, months)
        if months_to is not None:
            return replace(period, period_start=months_to[0], period_end=months_to[1])
    return period


def mid_year(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "mid-2024", "in the middle of this year": the first half of that year."""
    if not g.get("y"):
        return _months_span(kind, span, g, ref, 1, 6)
    year = int(g["y"])
    return Period(*span, kind, dt.date(year, 1, 1), dt.date(year, 6, 30))


def to_month(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "until August 2031", "through March this year": January to the end of that month."""
    if not g.get("y"):
        if g.get("ytd"):  # "this year through August": the page's year
            g = {**g, "rel": "this"}
        return _months_span(kind, span, g, ref, 1, _month(g["m1"]))
    year = int(g["y"])
    return Period(*span, kind, dt.date(year, 1, 1), _month_end(year, _month(g["m1"])))


def as_of(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "as of August 1 ... since the beginning of the year": up to the day before that date."""
    m = _month(g["m1"])
    year = int(g["y"]) if g.get("y") else (ref.year if ref else None)
    if year is None:
        return Period(*span, kind, None, None, note=NO_DATE_NOTE)
    day = dt.date(year, m, int(g["d"]))
    end = day - dt.timedelta(days=1) if day.day == 1 else day
    return Period(*span, kind, dt.date(year, 1, 1), end)


def first_days(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "the first 20 days of March", "the first ten days of this month"."""
    days = _count(g["n"])
    if g.get("m1"):
        m = _month(g["m1"])
        if g.get("y"):
            year = int(g["y"])
        elif ref is None:
            return Period(*span, kind, None, None, note=NO_DATE_NOTE)
        else:
            # the latest such days that end before the article
            ended = dt.date(ref.year, m, 1) + dt.timedelta(days - 1) < ref
            year = ref.year if ended else ref.year - 1
        first = dt.date(year, m, 1)
    elif ref is None:
        return Period(*span, kind, None, None, note=NO_DATE_NOTE)
    else:
        # "this month": the month of the article; "last month": the one before it
        first = dt.date(ref.year, ref.month, 1)
        if _RELATIVE_OFFSET[g["rel"].lower()] < 0:
            first -= relativedelta(months=1)
    return Period(*span, kind, first, first + dt.timedelta(days=days - 1))


def month(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """One month: "in May 2024", "in December last year", "in September alone"."""
    m = _month(g["m1"] or g["m2"] or g["m3"] or g["m4"] or g["m5"])
    year = _explicit_year(g)
    if year is None and g.get("rel"):
        # "in December last year", "in May this year"
        offset = _RELATIVE_OFFSET[g["rel"].lower()]
        if ref is None:
            return Period(*span, kind, None, None, relative=(f"relmonths:{m}:{m}", offset))
        year = ref.year + offset
    if year is None:
        # "In September alone": the latest such month before the document date.
        if ref is None:
            return Period(*span, kind, None, None, relative=(f"months:{m}:{m}", 0))
        year = _latest_year(m, ref)
    return Period(*span, kind, dt.date(year, m, 1), _month_end(year, m))


def ordinal_month(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "the second month of 2030": February of that year, a month as "in February 2030" is;
    "by the end of the second month of 2030": January to its end, as "by the end of February"."""
    m = _ORDINAL[g["o"].lower()]
    if not 1 <= m <= 12:
        return None
    if _QUARTER_END.search(match.string, max(0, match.start() - 30), match.start()):
        return _months_span("to_month", span, g, ref, 1, m)
    return _months_span("month", span, g, ref, m, m)


_LAST_QUARTER = {"final": 4, "last": 4}  # "the final quarter of 2023" (period_patterns)


def year_part(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """Months counted from a year's start ("the first nine months"), a half ("H1", "the second
    half") or quarters ("Q3", "the first two quarters") of a named, relative or latest year."""
    if kind == "first_months":
        months = _count(g["n"]) * (3 if g.get("qs") else 1)
        if g.get("past") and not (g.get("y") or g.get("rel") or g.get("qs")):
            return _past_months(kind, span, ref, months)
        if not (g.get("first") or g.get("y") or g.get("rel") or _months_lead(match)):
            return None  # "over the last six months", "within 12 months": not a year's start
        first, last = 1, months
        if g.get("final"):
            if not (g.get("y") or g.get("rel")):
                # "the last two quarters": rolling, no year to end; but "during the last 11
                # months" on a December page are the months of its year so far, whichever way
                # it is read (the rolling span ends with the month before the page's)
                if g.get("qs") or ref is None or months != ref.month - 1:
                    return None
                return _months_span(kind, span, {}, ref, 1, months)
            first, last = 13 - months, 12  # "the last four months of 2023": Sep-Dec
    elif kind == "half":
        o = (g.get("o") or "").lower()
        # "the latter half of 2030": the second
        h = int(g["h"]) if g.get("h") else 1 if g.get("hy") else 2 if o == "latter" else _ORDINAL[o]
        first, last = 6 * h - 5, 6 * h
    else:
        o = (g.get("o") or "").lower()
        q = (
            int(g["q"] or g["q3"])
            if g.get("q") or g.get("q3")
            else _LAST_QUARTER.get(o) or _ORDINAL[o]
        )
        q2 = int(g["q2"]) if g.get("q2") else _ORDINAL[g["o2"].lower()] if g.get("o2") else q
        if q2 < q:
            return None
        first, last = 3 * q - 2, 3 * q2
        g = {**g, "y": g.get("yq") or g.get("y")}  # "2024Q3"
        if _QUARTER_END.search(match.string, max(0, match.start() - 30), match.start()):
            first = 1  # "at the end of the third quarter": the year to date (NOTES)
    if not 1 <= last <= 12:
        return Period(*span, kind, None, None, note=f"no such month span: {match.group(0)!r}")
    if (
        kind == "first_months"
        and first == 1
        and ref is not None
        and (g.get("rel") or "").lower() in ("this", "current")
        and last >= ref.month
    ):
        # "in nine months of this year" on an April page: the calendar's months have not all
        # passed; where the figure's country counts a fiscal year (Pakistan's July-June) they
        # are that year's first months, settled by the countries (``period_settle``); the
        # calendar's until then
        calendar = _months_span(kind, span, g, ref, first, last)
        return replace(calendar, fiscal=("unpassed", 0, last, ref.toordinal()))
    if g.get("ys"):
        # months counted from the start of a split (fiscal) year: settled by the countries
        y1 = int(g["y"])
        if _full_year(g["ys"], y1) != y1 + 1:
            return None
        return Period(*span, kind, None, None, fiscal=("part", y1, first, last))
    return _months_span(kind, span, g, ref, first, last)


def _past_months(kind: str, span: Span, ref: dt.date | None, months: int) -> Period:
    """ "In the past seven months" with no year (NOTES hf rule 1, gu rule 5): statistics offices
    report year-to-date windows, so on a page dated after the Nth month it is January to the Nth
    month of the publication year (a September page's "past seven months": January-July); on an
    undated page, the first N months of "this year" (fixed as any "this year" is). A window that
    cannot be the year so far (12 months on a March page) is a rolling span: no calendar dates."""
    if months < (ref.month if ref else 12):  # the first N months of "this year"
        return _months_span(kind, span, {"rel": "this"}, ref, 1, months)
    return Period(*span, kind, None, None, note="the past N months: a rolling span, no calendar")


def relative_month(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "this month", "last month": the document's month or the one before it."""
    if ref is None:
        return Period(*span, kind, None, None, note=NO_DATE_NOTE)
    first = dt.date(ref.year, ref.month, 1)
    if _RELATIVE_OFFSET[g["rel"].lower()] < 0:
        first = first - relativedelta(months=1)
    return Period(*span, kind, first, _month_end(first.year, first.month))


def _day(g: dict, i: str) -> tuple[int, int]:
    """(month, day) of ``_DAY_MONTH`` number ``i`` ("June 30" or "30th of June")."""
    if g.get(f"m{i}"):
        return _month(g[f"m{i}"]), int(g[f"d{i}"].rstrip("stndrh"))
    return _month(g[f"n{i}"]), int(g[f"e{i}"].rstrip("stndrh"))


def date(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """A calendar day with its year ("date" pattern): "till June 22, 2031" ends an open period;
    "March 21, 2030 - January 20, 2031" is a range of days; a day alone dates no figure (an
    undated ``Period`` that ``find_periods`` drops). Raises ValueError on a day its month lacks.

    A range whose end's year is named relative ("from April 1, 2029 to March 31 this year") ends
    in the publication year (or the one before it); without a publication date it is dropped,
    so that its "this year" does not date the figure as a whole year (round 47); a single day
    with a relative year is left to the other patterns."""
    month, day = _day(g, "b")
    if g.get("rel"):
        if not (g.get("ma") or g.get("na")):
            return None
        if ref is None:
            return Period(*span, "date", None, None, note=NO_DATE_NOTE)
        end = dt.date(ref.year + _RELATIVE_OFFSET[g["rel"].lower()], month, day)
    else:
        end = dt.date(int(g["y"]), month, day)
    if g.get("ma") or g.get("na"):
        first_month, first_day = _day(g, "a")
        if g.get("ya"):
            year = int(g["ya"])
        else:
            year = end.year if (first_month, first_day) <= (month, day) else end.year - 1
        start = dt.date(year, first_month, first_day)
        return (
            Period(*span, "date", start, end) if start < end else Period(*span, "date", None, None)
        )
    if g.get("cue"):
        return Period(*span, "date", None, end, note="open start: a period up to a day")
    return Period(*span, "date", None, None)


_MONTHS_LEAD = re.compile(r"(?:\b(?:in|for|during|of)\s(?:the\s)?|^)$", re.IGNORECASE)


def _months_lead(match: re.Match[str]) -> bool:
    """ "in eight months", "for 5 months", "eight-month": months counted from the year's start."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _MONTHS_LEAD.search(before) is not None or "-" in match.group(0)
