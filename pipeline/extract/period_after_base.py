"""The last fallback of a figure's period: the span after the base it is compared with.

"Italy took €3.9bn of Greek exports, up 21% from 2029": the sentence names no period of its
own, the figure before it none, nor does the page; the change is measured against 2029, so the
figure is of the next span of the same shape (2030), as "grew 25% over 2029" is
(``figure_period._year_after_base``). "rose 28% compared to June 2029" is June 2030. Only where
nothing else dates the figure (its sentence, the figure before it, the page's period come
first), only against a base whose year is written (not "last year", not "the same period of
2029": its months are the main period's, unknown here), and only one base: two ("up 9% from
2028 and 30% from 2020") say nothing sure, and only a base period the comparison names directly
("from 2029", "compared to June 2029"), not a base amount's ("up from $8m in 2029": the amount
reached may be of any later time). On a dated page the span must end before the
publication date and lie in the year before it or the year of it: "758% higher than 1993" in a
2031 article is a change since then, not 1994's.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.period_joins import _whole_fiscal
from pipeline.extract.period_patterns import YEAR_NUMBER
from pipeline.extract.period_settle import _fiscal_span
from pipeline.extract.periods import Period, find_periods

# The base period right after the comparison word: "up 21% from 2029", "compared to June 2029",
# "than in 2029", "over the 2029 level"; not a base amount's period ("up from $800m in 2029": the
# amount reached may be of any later time)
_DIRECT = re.compile(
    r"\b(?:from|than|compared\s(?:to|with)|against|over|versus|vs\.?)\s(?:(?:the|in|of)\s){0,2}$",
    re.IGNORECASE,
)
_SHAPED = ("year", "month", "quarter", "half", "first_months", "month_range", "month_year_range")


def _fiscal_base(p: Period) -> bool:
    """A whole fiscal year by name written as one ("fiscal year 2029", "FY2029-30")."""
    return p.kind == "fiscal" and _whole_fiscal(p)


def _ended_recently(end: dt.date, published: dt.date | None) -> bool:
    """A span ending ``end`` ended before the page's date, in that year or the one before
    (always, on an undated page)."""
    return published is None or (end < published and end.year >= published.year - 1)


def _next_year(p: Period) -> Period | None:
    start, end = p.period_start, p.period_end
    if start is None or end is None or start.year != end.year:
        return None
    last = calendar.monthrange(end.year + 1, end.month)[1]
    return replace(
        p,
        comparison=False,
        period_start=dt.date(start.year + 1, start.month, 1),
        period_end=dt.date(end.year + 1, end.month, min(end.day, last)),
        note="no period of its own: the span after the base it is compared with",
    )


def _after_base(text: str, published: dt.date | None) -> Period | None:
    periods = find_periods(text, published)
    if any(not p.comparison for p in periods):
        return None  # the sentence has a period of its own the reader did not give the figure
    bases = [
        p
        for p in periods
        if (p.kind in _SHAPED or _fiscal_base(p))
        and p.relative is None
        and YEAR_NUMBER.search(text, p.start, p.end)
    ]
    if len(bases) == 1 and not _DIRECT.search(text, max(0, bases[0].start - 30), bases[0].start):
        return None
    if len(bases) != 1:
        return None
    if _fiscal_base(bases[0]):
        # "compared with fiscal year 2029 ($2.8m), down 88%": the next fiscal year, settled by
        # the figure's countries (``periods_after_base``)
        shape, year, months = bases[0].fiscal  # type: ignore[misc]
        return replace(
            bases[0],
            comparison=False,
            fiscal=(shape, int(year) + 1, months),
            note="no period of its own: the span after the base it is compared with",
        )
    after = _next_year(bases[0])
    if after is None or after.period_end is None:
        return None
    return after if _ended_recently(after.period_end, published) else None


def periods_after_base(
    found: list[tuple[dict, Period | None]], rows: list[dict], published: dt.date | None
) -> list[tuple[dict, Period | None]]:
    """``found`` with each actual figure that has no period dated after its sentence's one
    written comparison base (module doc); the evidence says ``period=inferred``."""
    text: dict | None = None
    out = []
    # the span inferred for the last figure: the figures after it that name no year and have
    # no period continue it, as they would continue a written one ("Trade reached $2.8bn, up
    # 35% compared with 2030. China's exports to Jordan reached $2.5bn, up 33%": both 2031)
    carried: Period | None = None
    for figure, period in found:
        if period is None and figure.get("status") == "actual" and "reporter" in figure:
            if text is None:
                text = {r["sentence_id"]: str(r["text"]) for r in rows}
            sentence = text.get(figure["sentence_id"], "")
            # (a sentence that names a year is dated by its base or not at all)
            after = _after_base(sentence, published) if YEAR_NUMBER.search(sentence) else carried
            if after is not None and after.fiscal is not None:
                after = _settled(after, figure, published)
            if after is not None:
                evidence = figure["evidence"].replace("period=none", "period=inferred")
                figure, period = {**figure, "evidence": evidence}, after
                carried = after
        elif period is not None:
            carried = None
        out.append((figure, period))
    return out


def _settled(after: Period, figure: dict, published: dt.date | None) -> Period | None:
    """A fiscal year after a fiscal base, dated in the fiscal calendar of the figure's countries
    (``period_settle._fiscal_span``); None where it has not ended before the publication date."""
    span = _fiscal_span(after.fiscal, (figure.get("reporter"), figure.get("partner")))  # type: ignore[arg-type]
    if span is None:
        return None
    start, end = span  # type: ignore[misc]
    if not _ended_recently(end, published):
        return None
    return replace(after, fiscal=None, period_start=start, period_end=end)
