"""One matched period expression to (start, end) dates: how each kind of expression
(``period_patterns``) resolves against the document's date into a ``Period`` (``period_record``).

``_resolve`` dispatches on the pattern kind to a reader: whole years and spans of years, and
periods named relative to the document or to another period, are read here; months and days in
``period_resolve_months``; fiscal, compact and Iranian years in ``period_resolve_fiscal``.

A relative expression with no reference date stays pending (``Period.relative``) until
``resolve_pending`` is given a year; a fiscal year or a period named relative to another stays
open (``Period.fiscal``, ``anchor``, ``same_year``) until ``period_settle`` knows the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from pipeline.extract import period_resolve_fiscal as fiscal
from pipeline.extract import period_resolve_months as months
from pipeline.extract.period_patterns import _RELATIVE_OFFSET
from pipeline.extract.period_record import (  # noqa: F401 (importers read these here)
    Period,
    _latest_year,
    _month_end,
    _year_span,
    restated,
)
from pipeline.extract.period_resolve_base import (
    NO_DATE_NOTE,
    PAST_YEAR_NOTE,
    Span,
    _count,
    _full_year,
    _relative_year,
)

Reader = Callable[[str, re.Match[str], dict, Span, "dt.date | None"], "Period | None"]


def _past_years(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "over the past three years", "the past decade": the whole calendar years before the
    document's."""
    years = _count(g["n"]) if g.get("n") else 10 * (_count(g["dn"]) if g.get("dn") else 1)
    if ref is None:
        # pending: the years before the one the page's text may fix
        return Period(*span, kind, None, None, note=NO_DATE_NOTE, relative=("past", years))
    return Period(*span, kind, dt.date(ref.year - years, 1, 1), dt.date(ref.year - 1, 12, 31))


def _year_end(span: Span, year: int, ref: dt.date | None) -> Period:
    """The horizon "by the end of ``year``": no start, that year's last day (``future`` when
    the year has not begun at ``ref``)."""
    future = ref is not None and year > ref.year
    return Period(
        *span,
        "horizon",
        None,
        dt.date(year, 12, 31),
        note="target horizon: no start",
        future=future,
    )


def _horizon(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "by 2030", "within five years": a target's end year with no start."""
    if g.get("y") or g.get("ye"):
        return _year_end(span, int(g["y"] or g["ye"]), ref)
    years = _count(g["n"])
    if ref is None:
        return Period(*span, kind, None, None, relative=("horizon", years))
    end = dt.date(ref.year + years, 12, 31)
    # "in the next three years" ends past the article's year as "by 2030" does: an actual in
    # the same sentence ("has now reached $5bn") is not dated by it (``period_settle.reached_by``)
    future = years > 0
    return Period(*span, kind, None, end, note="target horizon: no start", future=future)


# the note of a stock counted at a year's start: the end of the year before (``_stock_date``)
STOCK_AT_START_NOTE = "stock at a year's start: the year before's end"


def _stock_date(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "as of late last year", "at the end of 2030", "at the beginning of this year": the day
    a stock is counted, read as the horizon "by the end of" a year (no start); a year's start is
    the end of the year before (NOTES)."""
    edge = next((g[e] for e in ("e1", "e2", "e3", "e4", "e5", "e6") if g.get(e)), "") or ""
    back = -1 if edge.lower() in ("beginning", "start", "early") else 0
    note = STOCK_AT_START_NOTE if back else None
    if g.get("y"):
        return replace(
            _year_end(span, int(g["y"]) + back, ref), note=note or "target horizon: no start"
        )
    offset = _RELATIVE_OFFSET[g["rel"].lower()] if g.get("rel") else 0
    if ref is None:
        return Period(*span, "horizon", None, None, relative=("horizon", offset + back), note=note)
    return replace(
        _year_end(span, ref.year + offset + back, ref), note=note or "target horizon: no start"
    )


def _since(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "since 2019": from that year's start to the document date."""
    end = ref if ref is not None else None
    note = None if end else "open end: no document date"
    return Period(*span, kind, dt.date(int(g["y"]), 1, 1), end, note=note)


def _said_period(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    return Period(*span, kind, None, None, anchor=0)  # the main period, once the figure is known


def _same_period(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "the same period of 2023", "the same period last year", "the same period"."""
    if g.get("y") or g.get("y3") or g.get("y4"):
        year = int(g["y"] or g["y3"] or g["y4"])
        return Period(*span, kind, *_year_span(year), same_year=year)
    if not (g.get("rel") or g.get("rel2")):
        return Period(*span, kind, None, None, anchor=0)  # "the same period": the main period
    return replace(_relative_year(span, kind, -1, ref), anchor=-1)


_CHANGE_IN_BRACKET = re.compile(
    r"\b(?:up|down|by|rose|fell|increased?|decreased?|grew|declined?|dropped|plus|minus)\b|[+−-]\s?[$\d]",
    re.IGNORECASE,
)


def _year_earlier(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "a year earlier", "two years ago": the main period moved back that many years; a
    bracketed level's "year on year" ("($377m year on year)") too, not a change's ("(up $37m
    year on year)" compares the figure's own period with the year before)."""
    if g.get("yoy"):
        text = match.string
        bracket = text[text.rfind("(", 0, match.start()) + 1 : match.start()]
        if _CHANGE_IN_BRACKET.search(bracket):
            return None
    years = _count(g["n"]) if g.get("n") else 1
    return replace(_relative_year(span, kind, -years, ref), anchor=-years)


def _month_earlier(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    # moved from the main period once the figure is known; no reading of its own
    return Period(*span, kind, None, None, anchor=0, anchor_months=-1)


def _later(kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None) -> Period:
    """ "a year later", "the following month", "the next month", "the month after": the main period moved
    forward one year (month) once the figure is known, as "a year earlier" moves it back."""
    if (
        g.get("unit") or g.get("unit2") or g.get("unit3") or g.get("unit4") or ""
    ).lower() == "month":
        return Period(*span, kind, None, None, anchor=0, anchor_months=1)
    return Period(*span, kind, None, None, anchor=1)


def _year_range(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "2019-2023", "from 2019 to 2023": the whole years between (``span``: a change between
    them is dated with the later year); "the three years to 2023": 2021-2023, a span of that
    length, which a change keeps (NOTES: as "over the past N years")."""
    if g.get("y5"):
        y2 = int(g["y5"])
        return Period(*span, kind, dt.date(y2 - _count(g["n5"]) + 1, 1, 1), dt.date(y2, 12, 31))
    y1, y2 = int(g["y1"] or g["y3"]), int(g["y2"] or g["y4"])
    if y2 <= y1:
        return None
    if g.get("y1") and y2 == y1 + 1:
        # "2016-2017", "2016–2017": a split year written with both years in full, read as
        # "2016-17" is (NOTES: split years without "fiscal": the fiscal year of a pair's country
        # that counts one, else the two calendar years)
        return Period(*span, "year", None, None, fiscal=("split", y1, 12))
    return Period(*span, kind, dt.date(y1, 1, 1), dt.date(y2, 12, 31), span=True)


def _relative_year_kind(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "last year", "this year", "the year before last"."""
    if g.get("the") and g["rel"].lower() == "past":
        # "in the past year": the twelve months before the statement, no calendar year
        return Period(*span, kind, None, None, note=PAST_YEAR_NOTE)
    if g.get("year_end") or g.get("year_end2"):
        # "by the end of the year": the running year's end, read as "by 2024" (``_horizon``)
        if ref is None:
            return Period(*span, "horizon", None, None, relative=("horizon", 0))
        return _year_end(span, ref.year, ref)
    offset = -2 if g.get("before_last") else _RELATIVE_OFFSET[g["rel"].lower()]
    return _relative_year(span, kind, offset, ref)


def _year(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """A written year ("in 2024"), or a split year ("2023-24") left to the fiscal settling."""
    y1 = int(g["y"])
    if g.get("y2") or g.get("y4"):
        y2 = int(g["y4"]) if g.get("y4") else _full_year(g["y2"], y1)
        if y2 == y1 + 1:
            return Period(*span, kind, None, None, fiscal=("split", y1, 12))
    return Period(*span, kind, *_year_span(y1))


DECADE_NOTE = "a decade: no year of its own"


def _decade(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """A decade ("the 1990s", "the early 2000s"): a period without dates (``DECADE_NOTE``), so
    that its first year is not read as the figure's year, nor another sentence's year carried."""
    return Period(*span, kind, None, None, note=DECADE_NOTE)


# The reader of each pattern kind; any kind not listed is a written year (``_year``).
_READERS: dict[str, Reader] = {
    "decade": _decade,
    "compact": fiscal.compact,
    "fiscal_range": fiscal.fiscal_range,
    "fiscal": fiscal.fiscal,
    "iranian_year": fiscal.iranian_year,
    "month_range": months.month_range,
    "month_year_range": months.month_year_range,
    "rolling": months.rolling,
    "quarters_to": months.rolling,
    "date": months.date,
    "mid_year": months.mid_year,
    "to_month": months.to_month,
    "as_of": months.as_of,
    "first_days": months.first_days,
    "ordinal_month": months.ordinal_month,
    "month": months.month,
    "first_months": months.year_part,
    "half": months.year_part,
    "quarter": months.year_part,
    "relative_month": months.relative_month,
    "past_years": _past_years,
    "years_span": _past_years,
    "horizon": _horizon,
    "stock_date": _stock_date,
    "since": _since,
    "said_period": _said_period,
    "same_period": _same_period,
    "year_earlier": _year_earlier,
    "month_earlier": _month_earlier,
    "later": _later,
    "year_range": _year_range,
    "relative_year": _relative_year_kind,
}


def _resolve(kind: str, match: re.Match[str], ref: dt.date | None) -> Period | None:
    """The ``Period`` a match of pattern ``kind`` names, read against the document date ``ref``
    (None: relative periods stay pending); None when the match is no period after all."""
    return _READERS.get(kind, _year)(
        kind, match, match.groupdict(), (match.start(), match.end()), ref
    )


def resolve_pending(period: Period, ref_year: int) -> Period:
    """Fill a relative period once a reference year is known (e.g. inferred for the document)."""
    if period.relative is None:
        return period
    shape, offset = period.relative
    if shape == "horizon":
        return replace(period, period_end=dt.date(ref_year + offset, 12, 31), relative=None)
    if shape == "past":
        start, end = dt.date(ref_year - offset, 1, 1), dt.date(ref_year - 1, 12, 31)
        return replace(period, period_start=start, period_end=end, relative=None)
    year = ref_year + offset
    if shape == "year":
        start, end = _year_span(year)
    else:
        _, m1, m2 = shape.split(":")
        cross = 1 if int(m1) > int(m2) else 0
        start, end = dt.date(year - cross, int(m1), 1), _month_end(year, int(m2))
    return replace(period, period_start=start, period_end=end, relative=None)
