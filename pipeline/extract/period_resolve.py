"""One matched period expression to (start, end) dates: how each kind of expression
(``period_patterns``) resolves against the document's date into a ``Period`` (``period_record``).

A relative expression with no reference date stays pending (``Period.relative``) until
``resolve_pending`` is given a year; a fiscal year or a period named relative to another stays
open (``Period.fiscal``, ``anchor``, ``same_year``) until ``period_settle`` knows the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil.relativedelta import relativedelta

from pipeline.extract.iranian_calendar import _IRANIAN_MONTHS, _nowruz
from pipeline.extract.period_patterns import _COUNT, _ORDINAL, _RELATIVE_OFFSET, MONTHS
from pipeline.extract.period_record import (  # noqa: F401 (importers read these here)
    Period,
    _latest_year,
    _month_end,
    _year_span,
    restated,
)


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _COUNT[token.lower()]


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _explicit_year(g: dict[str, str | None]) -> int | None:
    for key in ("y", "y2"):
        if g.get(key):
            return int(g[key])  # type: ignore[arg-type]
    return None


def _months_span(
    kind: str, span: tuple[int, int], g: dict, ref: dt.date | None, first: int, last: int
) -> Period:
    """Months ``first``..``last`` (``first`` > ``last``: the range crosses into a new year) of the
    year the text names, of a year relative to ``ref``, or of the latest such span before ``ref``."""
    year = _explicit_year(g)
    rel = g.get("rel")
    cross = 1 if first > last else 0
    if year is None and rel:
        if ref is None:
            return Period(
                *span,
                kind,
                None,
                None,
                relative=(f"relmonths:{first}:{last}", _RELATIVE_OFFSET[rel.lower()]),
            )
        year = ref.year + _RELATIVE_OFFSET[rel.lower()]
    if year is None:
        if ref is None:
            return Period(*span, kind, None, None, relative=(f"months:{first}:{last}", 0))
        year = _latest_year(last, ref)
    return Period(*span, kind, dt.date(year - cross, first, 1), _month_end(year, last))


def _resolve(kind: str, match: re.Match[str], ref: dt.date | None) -> Period | None:
    g = match.groupdict()
    span = (match.start(), match.end())

    def build(start: dt.date | None, end: dt.date | None, **extra: object) -> Period:
        return Period(*span, kind, start, end, **extra)  # type: ignore[arg-type]

    if kind == "compact":
        return _compact(span, g)
    if kind == "fiscal_range":
        if g.get("a1"):
            # two split years: each second year is the next one, and the last is the later
            a, b = int(g["a1"]), int(g["b1"]) if g.get("b1") else None
            if b is None or _full_year(g["a2"], a) != a + 1 or _full_year(g["b2"], b) != b + 1:
                return None
            first, last = ("split", a), ("split", b)
        elif g.get("a3") or g.get("a4"):
            if g.get("b1"):
                return None
            a = _full_year(g["a3"] or g["a4"])
            b = _full_year(g["b3"] or g["b4"], a)
            first, last = ("named", a), ("named", b)
        else:
            return None
        if last[1] <= first[1]:
            return None
        return build(None, None, fiscal=("range", *first, *last))
    if kind == "fiscal":
        months = _count(g["n"]) if g.get("n") else 12
        if g.get("fpart"):
            months = 3 if g["fpart"].lower() == "quarter" else 6
        if g.get("fy3"):
            g = {**g, "fy1": g["fy3"], "fy2": g["fy4"], "frel": None}
        if g.get("frel") or g.get("fbare"):
            frel = (g["frel"] or "this").lower()
            offset = -1 if frel.startswith(("just", "recently")) else _RELATIVE_OFFSET[frel]
            ordinal = ref.toordinal() if ref else 0
            anchor = -1 if frel in ("previous", "preceding") else None
            # "the first 9 months of the financial year": the latest such months that ended
            shape = "latest" if g.get("fbare") else "rel"
            return build(None, None, fiscal=(shape, offset, months, ordinal), anchor=anchor)
        y1 = _full_year(g["fy1"])
        if g.get("fy2"):
            if _full_year(g["fy2"], y1) != y1 + 1:
                return None
            return build(None, None, fiscal=("split", y1, months))
        return build(None, None, fiscal=("named", y1, months))
    if kind == "iranian_year":
        if g.get("y"):
            year = int(g["y"])
        elif ref is None:
            return build(None, None, note="relative period but the document has no date header")
        else:
            # the Iranian year running at ``ref``, or the one before it ("the past year")
            year = ref.year - 621 if ref >= _nowruz(ref.year - 621) else ref.year - 622
            if g.get("rel") and g["rel"].lower() in ("past", "last", "previous"):
                year -= 1
        start = _nowruz(year)
        if g.get("n"):
            # "the first 11 months of the Iranian year": Farvardin to Bahman
            months = _count(g["n"])
            if not 1 <= months < 12:
                return None
            return build(start, start + dt.timedelta(days=sum(_IRANIAN_MONTHS[:months]) - 1))
        return build(start, _nowruz(year + 1) - dt.timedelta(days=1))
    if kind == "month_range":
        first, last = _month(g["m1"]), _month(g["m2"])
        if g.get("pair") and (last - first) % 12 != 1:
            return None  # "in May and August": two months, each its own figure's
        if g.get("sy1"):
            # months of a split year: a range crossing the new year starts in the first year;
            # otherwise January-March lie in the second (fiscal years start from April on)
            y1 = int(g["sy1"])
            if _full_year(g["sy2"], y1) != y1 + 1:
                return None
            end_year = y1 + 1 if first > last or last < 4 else y1
            return build(
                dt.date(end_year - (1 if first > last else 0), first, 1), _month_end(end_year, last)
            )
        return _months_span(kind, span, g, ref, first, last)
    if kind == "month_year_range":
        return build(
            dt.date(int(g["y1"]), _month(g["m1"]), 1), _month_end(int(g["y2"]), _month(g["m2"]))
        )
    if kind in ("rolling", "quarters_to"):
        # "the year to September 2019": the twelve months ending with that month; "the six months
        # ended June", "the June quarter", "four quarters to the end of Q2": the months it names
        span_word, q = (g.get("span") or g.get("span2") or "").lower(), int(g.get("q") or 0)
        months = (
            _count(g["n"]) * (3 if q else 1) if g.get("n") else _SPAN_MONTHS.get(span_word[:4], 12)
        )
        if not 1 <= months <= 12:
            return None
        last, kind = (q * 3 if q else _month(g["m1"] or g["m2"])), "rolling"
        first = (last - months) % 12 + 1
        written = g.get("y") or g.get("y2")
        if written:
            return _months_span(kind, span, {"y": written}, ref, first, last)
        return _months_span(kind, span, {}, ref, first, last)
    if kind == "date":
        return _date_period(span, g)
    if kind == "mid_year":
        year = int(g["y"])
        return build(dt.date(year, 1, 1), dt.date(year, 6, 30))
    if kind == "to_month":
        # "until August 2031": January to the end of that month
        year = int(g["y"])
        return build(dt.date(year, 1, 1), _month_end(year, _month(g["m1"])))
    if kind == "as_of":
        # "as of August 1 ... since the beginning of the year": up to the day before that date
        m = _month(g["m1"])
        year = int(g["y"]) if g.get("y") else (ref.year if ref else None)
        if year is None:
            return build(None, None, note="relative period but the document has no date header")
        day = dt.date(year, m, int(g["d"]))
        end = day - dt.timedelta(days=1) if day.day == 1 else day
        return build(dt.date(year, 1, 1), end)
    if kind == "first_days":
        days = _count(g["n"])
        if g.get("m1"):
            m = _month(g["m1"])
            if g.get("y"):
                year = int(g["y"])
            elif ref is None:
                return build(None, None, note="relative period but the document has no date header")
            else:
                # the latest such days that end before the article
                year = (
                    ref.year
                    if dt.date(ref.year, m, 1) + dt.timedelta(days - 1) < ref
                    else ref.year - 1
                )
            first = dt.date(year, m, 1)
        elif ref is None:
            return build(None, None, note="relative period but the document has no date header")
        else:
            # "this month": the month of the article; "last month": the one before it
            first = dt.date(ref.year, ref.month, 1)
            if _RELATIVE_OFFSET[g["rel"].lower()] < 0:
                first -= relativedelta(months=1)
        return build(first, first + dt.timedelta(days=days - 1))
    if kind == "month":
        m = _month(g["m1"] or g["m2"])
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
        return build(dt.date(year, m, 1), _month_end(year, m))
    if kind in ("first_months", "half", "quarter"):
        if kind == "first_months":
            if not (g.get("first") or g.get("y") or g.get("rel") or _months_lead(match)):
                return None  # "over the last six months", "within 12 months": not a year's start
            months = _count(g["n"]) * (3 if g.get("qs") else 1)
            first, last = 1, months
            if g.get("final"):
                if not (g.get("y") or g.get("rel")):
                    return None  # "the last two quarters": rolling, no year to end
                first, last = 13 - months, 12  # "the last four months of 2023": Sep-Dec
        elif kind == "half":
            h = int(g["h"]) if g.get("h") else _ORDINAL[g["o"].lower()]
            first, last = 6 * h - 5, 6 * h
        else:
            q = int(g["q"] or g["q3"]) if g.get("q") or g.get("q3") else _ORDINAL[g["o"].lower()]
            q2 = int(g["q2"]) if g.get("q2") else _ORDINAL[g["o2"].lower()] if g.get("o2") else q
            if q2 < q:
                return None
            first, last = 3 * q - 2, 3 * q2
            g = {**g, "y": g.get("yq") or g.get("y")}  # "2024Q3"
        if not 1 <= last <= 12:
            return Period(*span, kind, None, None, note=f"no such month span: {match.group(0)!r}")
        if g.get("ys"):
            # months counted from the start of a split (fiscal) year: settled by the countries
            y1 = int(g["y"])
            if _full_year(g["ys"], y1) != y1 + 1:
                return None
            return build(None, None, fiscal=("part", y1, first, last))
        return _months_span(kind, span, g, ref, first, last)
    if kind == "relative_month":
        if ref is None:
            return build(None, None, note="relative period but the document has no date header")
        first = dt.date(ref.year, ref.month, 1)
        if _RELATIVE_OFFSET[g["rel"].lower()] < 0:
            first = first - relativedelta(months=1)
        return build(first, _month_end(first.year, first.month))
    if kind == "past_years":
        years = _count(g["n"])
        if ref is None:
            return build(None, None, note="relative period but the document has no date header")
        return build(dt.date(ref.year - years, 1, 1), dt.date(ref.year - 1, 12, 31))
    if kind == "horizon":
        if g.get("y"):
            year = int(g["y"])
            future = ref is not None and year > ref.year
            return build(
                None, dt.date(year, 12, 31), note="target horizon: no start", future=future
            )
        years = _count(g["n"])
        if ref is None:
            return Period(*span, kind, None, None, relative=("horizon", years))
        return build(None, dt.date(ref.year + years, 12, 31), note="target horizon: no start")
    if kind == "since":
        end = ref if ref is not None else None
        return build(
            dt.date(int(g["y"]), 1, 1), end, note=None if end else "open end: no document date"
        )
    if kind == "said_period":
        return build(None, None, anchor=0)  # the main period itself, once the figure is known
    if kind == "same_period":
        if g.get("y") or g.get("y3") or g.get("y4"):
            year = int(g["y"] or g["y3"] or g["y4"])
            return build(*_year_span(year), same_year=year)
        if not (g.get("rel") or g.get("rel2")):
            return build(None, None, anchor=0)  # "the same period": the main period itself
        return replace(_relative_year(span, kind, -1, ref), anchor=-1)
    if kind == "year_earlier":
        years = _count(g["n"]) if g.get("n") else 1
        return replace(_relative_year(span, kind, -years, ref), anchor=-years)
    if kind == "month_earlier":
        # moved from the main period once the figure is known; no reading of its own
        return build(None, None, anchor=0, anchor_months=-1)
    if kind == "year_range":
        y1, y2 = int(g["y1"] or g["y3"]), int(g["y2"] or g["y4"])
        if y2 <= y1:
            return None
        return build(dt.date(y1, 1, 1), dt.date(y2, 12, 31), span=True)
    if kind == "relative_year":
        if g.get("the") and g["rel"].lower() == "past":
            # "in the past year": the twelve months before the statement, no calendar year
            return build(None, None, note="the past year: twelve months, no calendar year")
        offset = -2 if g.get("before_last") else _RELATIVE_OFFSET[g["rel"].lower()]
        return _relative_year(span, kind, offset, ref)
    y1 = int(g["y"])
    if g.get("y2") or g.get("y4"):
        y2 = int(g["y4"]) if g.get("y4") else _full_year(g["y2"], y1)
        if y2 == y1 + 1:
            return build(None, None, fiscal=("split", y1, 12))
    return build(*_year_span(y1))


def _compact(span: tuple[int, int], g: dict) -> Period | None:
    """ "4M23": months 1-4 of 2023; "3Q23": July-September; "10MFY23", "2HFY24": the months
    counted from the start of that fiscal year, settled by the figure's countries."""
    year = _full_year(g["y4"] or g["y2"])
    if g.get("n"):
        first, last = 1, int(g["n"])
    elif g.get("h") or g.get("h2"):
        h = int(g["h"] or g["h2"])
        first, last = 6 * h - 5, 6 * h
    else:
        q = int(g["q"] or g["q2"])
        first, last = 3 * q - 2, 3 * q
    if g.get("fy") and g["fy"].strip() == "FY":
        return Period(*span, "compact", None, None, fiscal=("named_part", year, first, last))
    return Period(*span, "compact", dt.date(year, first, 1), _month_end(year, last))


# Months of a span word ("half-year", "quarter"; "year" and anything else: 12), by its first letters
_SPAN_MONTHS = {"half": 6, "quar": 3}


def _day(g: dict, i: str) -> tuple[int, int]:
    """(month, day) of ``_DAY_MONTH`` number ``i`` ("June 30" or "30th of June")."""
    if g.get(f"m{i}"):
        return _month(g[f"m{i}"]), int(g[f"d{i}"].rstrip("stndrh"))
    return _month(g[f"n{i}"]), int(g[f"e{i}"].rstrip("stndrh"))


def _date_period(span: tuple[int, int], g: dict) -> Period:
    """A calendar day with its year ("date" pattern): "till June 22, 2031" ends an open period;
    "March 21, 2030 - January 20, 2031" is a range of days; a day alone dates no figure (an
    undated ``Period`` that ``find_periods`` drops). Raises ValueError on a day its month lacks."""
    month, day = _day(g, "b")
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


def _relative_year(span: tuple[int, int], kind: str, offset: int, ref: dt.date | None) -> Period:
    if ref is None:
        return Period(*span, kind, None, None, relative=("year", offset))
    return Period(*span, kind, *_year_span(ref.year + offset))


def _full_year(token: str, near: int | None = None) -> int:
    """A four-digit year from "2024" or "24" (a two-digit year: the century of ``near``, else 20xx)."""
    if len(token) == 4:
        return int(token)
    century = (near // 100) * 100 if near else 2000
    year = century + int(token)
    return year + 100 if near and year < near else year


_MONTHS_LEAD = re.compile(r"(?:\b(?:in|for|during|of)\s(?:the\s)?|^)$", re.IGNORECASE)


def _months_lead(match: re.Match[str]) -> bool:
    """ "in eight months", "for 5 months", "eight-month": months counted from the year's start."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _MONTHS_LEAD.search(before) is not None or "-" in match.group(0)


def resolve_pending(period: Period, ref_year: int) -> Period:
    """Fill a relative period once a reference year is known (e.g. inferred for the document)."""
    if period.relative is None:
        return period
    shape, offset = period.relative
    if shape == "horizon":
        return replace(period, period_end=dt.date(ref_year + offset, 12, 31), relative=None)
    year = ref_year + offset
    if shape == "year":
        start, end = _year_span(year)
    else:
        _, m1, m2 = shape.split(":")
        cross = 1 if int(m1) > int(m2) else 0
        start, end = dt.date(year - cross, int(m1), 1), _month_end(year, int(m2))
    return replace(period, period_start=start, period_end=end, relative=None)
