"""The period of a change over a span of years (NOTES: a change between two named years or two
stated levels is dated with the later year; a level over the span keeps the span).

Split from ``figure_period`` (round 13, a move): "a 42% increase over the last three years,
bringing trade to $2.3bn in 2030", "between 2026 and 2030 imports grew by $9bn".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.extract.numbers import find_mentions
from pipeline.extract.period_record import Period, _month_end

if TYPE_CHECKING:
    from pipeline.extract.slots import Slot

# spans of years counted back from the year reached: "over the past decade", "in ten years"
PAST_SPANS = ("past_years", "years_span")


def pending_past(p: Period) -> bool:
    """A period still counted back from the page's date ("over the last three years")."""
    return p.relative is not None and p.relative[0] == "past"


def past_span_reached(
    past: Period,
    after: int,
    periods: list[Period],
    sentence: str = "",
    running: Period | None = None,
) -> Period | None:
    """ "a 42% increase over the last three years, bringing trade to $2.3bn in 2030" on a page
    with no date: the span ends with the year the change reaches (2028-2030); with the level it
    started from stated too ("grown 13 times: from $13m in 2025 to $362m in 2030"), a change
    between two levels, dated with the later year (NOTES), on a dated page too. None without
    such a year, or on a dated page without the earlier level."""
    years = [
        p
        for p in periods
        if p.start >= after
        and (p.kind == "year" or _year_end(p))
        and not p.comparison
        and p.period_end is not None
    ]
    if not years and pending_past(past):
        # "totaled $15.6bn in 2030, ..., and up 393% over the last 16 years", "In 2030 trade
        # reached $3bn, meaning that it doubled in ten years": the year of an amount the
        # sentence states before the change (not an event's: "2017 marks the start; in eight
        # years trade grew 73%"); else the year the page's figures run in ("... totaled $3bn.
        # Trade doubled in ten years")
        amount = any(m.kind == "money" for m in find_mentions(sentence[: past.start]))
        years = [p for p in reversed(periods) if p.end <= past.start and _data_year(p)][:amount]
        if not years and not any(p.kind == "year" for p in periods) and _data_year(running):
            years = [running]  # type: ignore[list-item]
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


def _year_end(p: Period) -> bool:
    """ "to $9.7bn by the end of 2029": a flow reached by a year's end is that year's (NOTES,
    fb), an end the change reaches as "in 2029" is."""
    end = p.period_end
    return p.kind == "horizon" and end is not None and (end.month, end.day) == (12, 31)


def _data_year(p: Period | None) -> bool:
    """A whole calendar year the sentence states as data, not as a base ("from 2029")."""
    if p is None:
        return False
    start, end = p.period_start, p.period_end
    return (
        p.kind == "year"
        and not p.comparison
        and start is not None
        and end is not None
        and (start.year, start.month, start.day, end.month, end.day) == (end.year, 1, 1, 12, 31)
    )


def span_reaching(chosen: Period, before: list[Period]) -> Period | None:
    """ "In the past two decades, trade has increased fivefold to $35.4bn in 2030" on a page
    with no date: a change the sentence dates with the year it reaches (``chosen``), after a span
    of years counted back (``before`` the figure) runs over that span up to that year (NOTES: a
    change over a span). None where the figure takes no such year or no such span is before it."""
    spans = [p for p in before if pending_past(p) and not p.comparison]
    if not spans or not _data_year(chosen) or chosen.start < spans[-1].end:
        return None
    end = chosen.period_end
    assert end is not None and spans[-1].relative is not None
    start = dt.date(end.year - spans[-1].relative[1] + 1, 1, 1)
    return replace(spans[-1], period_start=start, period_end=end, relative=None, note=None)


def over_span(
    chosen: Period, before: list[Period], slot: Slot, periods: list[Period], running: Period | None
) -> Period | None:
    """The period of a change over a span of years: the span a change takes (``chosen``) up to
    the year it reaches (:func:`past_span_reached`; ``running``: the period the page's figures
    run in), or the year a change takes (``chosen``) as the end of a span before it
    (:func:`span_reaching`); None where neither applies."""
    if pending_past(chosen) or chosen.kind in PAST_SPANS:
        return past_span_reached(chosen, slot.mention.end, periods, slot.sentence, running)
    return span_reaching(chosen, before)


def years_spanned(p: Period) -> bool:
    """A span of years a change or its two levels run over: two named ends ("between 2026 and
    2030") or a count back ("over the past two years"), dated, not a base."""
    return (p.span or p.kind in PAST_SPANS) and not p.comparison and p.period_start is not None


_NAMED_ENDS = re.compile(r"between\s", re.IGNORECASE)


def ends_named(p: Period, sentence: str) -> bool:
    """A span whose two ends two levels can take ("rose from $A to $B between 2026 and 2030"):
    a span of years (:func:`years_spanned`), or two months named as ends ("dipped from $A to $B
    between March and April 2030": $A is March's, $B April's; "in January-June" and "from
    January through October" are running totals, no ends)."""
    return years_spanned(p) or (
        p.kind == "month_range"
        and not p.comparison
        and p.period_start is not None
        and _NAMED_ENDS.match(sentence, p.start) is not None
    )


def span_start(span: Period) -> Period:
    """The period of the level a change over a span started from: the first end of two named
    ones (``span_end``), or the whole year before a counted span ("over the past two years ...
    from $7m to $36m" is a duration, and the level it started from stood in the year before)."""
    if span.kind not in PAST_SPANS:
        return span_end(span, last=False)
    assert span.period_start is not None
    year = span.period_start.year - 1
    return replace(span, period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31))


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
