"""A year named back: "that year", "in that same year", "the same year" (Spanish "ese año",
Portuguese "naquele ano", French "cette année-là" glossed so).

"Trade peaked in 2030. That year, it reached $1.9bn": the reference is the year last named,
in the sentence before the phrase, else in the sentence before it, else in the one before that
(a reader looks back no further). The phrase becomes a whole calendar year at its place among
the sentence's periods; a comparison word before it makes it a base as any period ("compared
with that year"). Unchanged where no year is named in reach: the figure then takes the period
it would have had.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.caseless import ascii_gate
from pipeline.extract.period_record import Period
from pipeline.extract.periods import _compared_before, find_periods, resolve_pending

_REFERENCE = re.compile(
    r"\b(?:(?:in|during|for|over|by\sthe\send\sof)\s)?(?:that(?:\ssame|\svery)?|the\ssame)\syear\b"
    # not "that year-on-year growth", "the same year-ago period"
    r"(?![-‐–](?:on|ago|earlier))",
    re.IGNORECASE,
)
# Every ``_REFERENCE`` match holds "that" or "same" (``ascii_gate``: exact on text that
# lower-cases exactly, any other text passes): most sentences with "year" are spared the scan.
_MAY_REFER = ascii_gate(("that", "same"))


def _calendar_year(period: Period) -> int | None:
    """The one calendar year a period lies in ("2030", "March 2030", "H1 2030"), else None (a
    fiscal year across two, a span, an unresolved "last year")."""
    start, end = period.period_start, period.period_end
    if start is None or end is None or start.year != end.year or period.span:
        return None
    return start.year


def _last_year(text: str, periods: list[Period], before: int | None = None) -> int | None:
    """The calendar year of the last period of ``text`` (ending before ``before``) that writes
    its year in digits and is no comparison base ("in March 2030", not "in March": a month
    whose year the page's date gives is no year the text named)."""
    years = [
        year
        for p in periods
        if (before is None or p.end <= before)
        and not p.comparison
        and (year := _calendar_year(p)) is not None
        and str(year) in text[p.start : p.end]
    ]
    return years[-1] if years else None


def year_named_before(earlier: tuple[str, ...], published: dt.date | None) -> int | None:
    """The calendar year the nearest of the (at most two) ``earlier`` sentences names last in
    digits (:func:`_last_year`), else ``None``: the year a phrase naming a year back refers to."""
    return next(
        (
            y
            for text in earlier[:2]
            if (y := _last_year(text, find_periods(text, published))) is not None
        ),
        None,
    )


def with_year_reference(
    sentence: str,
    periods: list[Period],
    earlier: tuple[str, ...],
    published: dt.date | None,
) -> list[Period]:
    """``periods`` of ``sentence`` with a whole-year period for each "that year" / "the same
    year" that is not part of a period already read; ``earlier`` holds the texts of the
    sentences before it, nearest first (at most two are read). Unchanged when the phrase is
    absent or no year is named in reach."""
    if any(p.kind == "said_period" for p in periods):
        periods = _said_named_before(sentence, periods, earlier[:1], published)
    if "year" not in sentence or not _MAY_REFER(sentence) or _REFERENCE.search(sentence) is None:
        return periods
    added: list[Period] = []
    back: int | None = None
    looked = False
    for found in _REFERENCE.finditer(sentence):
        s, e = found.span()
        if any(p.start < e and s < p.end for p in periods):
            continue  # read already ("the same year-ago period" is a period of its own)
        year = _last_year(sentence, periods, s)
        if year is None:
            if not looked:
                looked = True
                back = year_named_before(earlier, published)
            year = back
        if year is None:
            continue
        months = next((p for p in periods if _OF.fullmatch(sentence, p.end, s)), None)
        if months is not None:
            # "In October of that year": those months of the year named back, one period
            moved = _in_year(months, year)
            if moved is not None:
                periods = [moved if p is months else p for p in periods]
            continue
        period = Period(s, e, "year", dt.date(year, 1, 1), dt.date(year, 12, 31))
        if _compared_before(sentence, s):
            period = replace(period, comparison=True)
        added.append(period)
    if not added:
        return periods
    return sorted([*periods, *added], key=lambda p: p.start)


# between a period of months and the reference: "October of that year", "the first half of the
# same year"
_OF = re.compile(r"\s(?:of\s)?")


def _in_year(period: Period, year: int) -> Period | None:
    """``period``'s months (within one calendar year) in ``year``, with no year still to
    resolve; None for a period across two years or without dates."""
    if period.relative is not None:  # "In October of that year" on a page with no date
        shape, offset = period.relative
        if not shape.startswith("months:") or offset != 0:
            return None
        moved = resolve_pending(period, year)
        return moved if moved.period_start and moved.period_start.year == year else None
    start, end = period.period_start, period.period_end
    if start is None or end is None or start.year != end.year:
        return None
    last = calendar.monthrange(year, end.month)[1]
    return replace(
        period,
        period_start=dt.date(year, start.month, min(start.day, last)),
        period_end=dt.date(year, end.month, min(end.day, last) if end.day < 28 else last),
        relative=None,
        note=None,
    )


_THIS_PERIOD = re.compile(r"(?:this|that)\speriod", re.IGNORECASE)


def _said_named_before(
    sentence: str, periods: list[Period], earlier: tuple[str, ...], published: dt.date | None
) -> list[Period]:
    """ "In that period" / "during this period" with no dated period before it in its sentence:
    the last period the sentence before names, dated in digits ("GUS published a breakdown of
    A's trade with B for 2030. Exports reached 1.7bn zloty in that period": 2030, fw24),
    whether or not that sentence had a figure; unchanged (the figure's main period, as
    ``period_resolve`` reads it) when that sentence names none."""
    out = []
    named: Period | None | bool = False  # (read once, when first needed)
    for p in periods:
        if (
            p.kind == "said_period"
            and p.period_start is None
            and _THIS_PERIOD.fullmatch(sentence, p.start, p.end)
            and not any(q.end <= p.start and q.period_start and not q.comparison for q in periods)
        ):
            if named is False:
                named = next(
                    (
                        q
                        for text in earlier
                        for q in reversed(find_periods(text, published))
                        if q.period_start is not None
                        and q.period_end is not None
                        and not q.comparison
                        and q.fiscal is None
                        and str(q.period_end.year) in text[q.start : q.end]
                    ),
                    None,
                )
            if isinstance(named, Period):
                p = replace(
                    p,
                    kind=named.kind,
                    period_start=named.period_start,
                    period_end=named.period_end,
                    anchor=None,
                    span=named.span,
                )
        out.append(p)
    return out
