"""Small readers the period resolvers (``period_resolve``, ``period_resolve_months``,
``period_resolve_fiscal``) share: counts, month names, written years and the months-of-a-year span.

Moved out of ``period_resolve`` unchanged (that module held every kind's reading in one dispatch).
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.period_patterns import _COUNT, _RELATIVE_OFFSET, MONTHS
from pipeline.extract.period_record import Period, _latest_year, _month_end, _year_span

# One reader's arguments: the pattern kind, its match, the match's named groups, the match span
# (start, end) in the sentence, and the document date (None: the period stays pending).
Span = tuple[int, int]

NO_DATE_NOTE = "relative period but the document has no date header"


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _COUNT[token.lower()]


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _explicit_year(g: dict[str, str | None]) -> int | None:
    for key in ("y", "y2"):
        if g.get(key):
            return int(g[key])  # type: ignore[arg-type]
    return None


def _full_year(token: str, near: int | None = None) -> int:
    """A four-digit year from "2024" or "24" (a two-digit year: the century of ``near``, else 20xx;
    a one-digit one, as "2021-2" writes a split year: the decade of ``near``, the next after it)."""
    if len(token) == 4:
        return int(token)
    if len(token) == 1 and near:
        year = (near // 10) * 10 + int(token)
        return year + 10 if year < near else year
    century = (near // 100) * 100 if near else 2000
    year = century + int(token)
    return year + 100 if near and year < near else year


def _months_span(
    kind: str, span: Span, g: dict, ref: dt.date | None, first: int, last: int
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


# "in the past year" (``period_resolve``, ``period_joins.past_year_named``)
PAST_YEAR_NOTE = "the past year: twelve months, no calendar year"


def _relative_year(span: Span, kind: str, offset: int, ref: dt.date | None) -> Period:
    if ref is None:
        return Period(*span, kind, None, None, relative=("year", offset))
    return Period(*span, kind, *_year_span(ref.year + offset))
