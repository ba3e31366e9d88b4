"""The period of a change over a span of years (NOTES: a change between two named years or two
stated levels is dated with the later year; a level over the span keeps the span).

Split from ``figure_period`` (round 13, a move): "a 42% increase over the last three years,
bringing trade to $2.3bn in 2030", "between 2026 and 2030 imports grew by $9bn".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from pipeline.extract.period_record import _month_end
from pipeline.extract.periods import Period


def pending_past(p: Period) -> bool:
    """A period still counted back from the page's date ("over the last three years")."""
    return p.relative is not None and p.relative[0] == "past"


def past_span_reached(past: Period, after: int, periods: list[Period]) -> Period | None:
    """ "a 42% increase over the last three years, bringing trade to $2.3bn in 2030" on a page
    with no date: the span ends with the year the change reaches (2028-2030); with the level it
    started from stated too ("grown 13 times: from $13m in 2025 to $362m in 2030"), a change
    between two levels, dated with the later year (NOTES), on a dated page too. None without
    such a year, or on a dated page without the earlier level."""
    years = [
        p
        for p in periods
        if p.start >= after and p.kind == "year" and not p.comparison and p.period_end is not None
    ]
    if not years:
        return None
    end = years[0].period_end
    assert end is not None
    if any(
        p.comparison
        and p.start >= after
        # "..., reaching $2.2bn in 2030, up from $0.9bn in 2027": the level it started from
        # stated after the one it reached
        and (p.start < years[0].start or (p.period_end is not None and p.period_end < end))
        for p in periods
    ):
        start = dt.date(end.year, 1, 1)
    elif past.relative is not None:
        start = dt.date(end.year - past.relative[1] + 1, 1, 1)
    else:
        return None  # a dated page: the span counted back from its date stands
    return replace(past, period_start=start, period_end=end, relative=None, note=None)


def span_end(span: Period, last: bool = True) -> Period:
    """One end of a span between two named points: the whole year at that end ("between 2026
    and 2030": 2030), or its month when the points are the same month some years apart
    ("between July 2030 and July 2031": two months compared, not thirteen summed; NOTES)."""
    start, end = span.period_start, span.period_end
    assert start is not None and end is not None
    years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if last:
        return replace(
            span, period_start=dt.date(end.year, 1 if years else end.month, 1), span=False
        )
    stop = dt.date(start.year, 12, 31) if years else _month_end(start.year, start.month)
    return replace(span, period_end=stop, span=False)


def change_over_span(period: Period | None, measure: str) -> Period | None:
    """ "Between 2026 and 2030 imports grew by $9bn": a difference between two named years is
    dated with the later one, as a percentage or multiple is (NOTES); a level over the span
    ("a total of $9bn between 2026 and 2030") keeps it."""
    if measure != "abs_change" or period is None or not period.span or period.period_end is None:
        return period
    return span_end(period)
