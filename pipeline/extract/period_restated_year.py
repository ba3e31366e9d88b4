"""The current year of an undated page that restates a relative part-year with its year.

"Trade was £6.7bn at the end of the third quarter of last year, the ambassador said ... Trade
was £6.7bn at the end of the third quarter of 2029": the same statistic, the same value, the
same months, once relative and once with the year written, are one figure, so "last year" is
2029 and the page's current year 2030. That restatement fixes the year more surely than any
other part-year the page reports (``document._text_year`` would take the stated 2029 part for
the current year and make "last year" 2028). Only equal values: a series of two years of the
same months ("£5.1bn in the third quarter of 2028 ... £6.7bn in that of last year") fixes
nothing this way.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.extract.periods import Period


def _months(shape: str) -> tuple[int, int] | None:
    """The months of a pending part-year ("relmonths:1:9", "months:4:6"), else None."""
    kind, _, rest = shape.partition(":")
    if kind not in ("relmonths", "months"):
        return None
    first, _, last = rest.partition(":")
    return (int(first), int(last)) if first.isdigit() and last.isdigit() else None


def _key(figure: dict) -> tuple:
    pair = frozenset((figure["reporter"], figure["partner"]))
    # not the scope: a restatement may name the coverage once ("trade in goods and services")
    return (figure["flow"], pair, figure["measure"], figure["value"])


def restated_year(found: Sequence[tuple[dict, Period | None]]) -> int | None:
    """The current year a restated relative part-year fixes (module doc), or None. ``found``:
    the page's figures with their periods before relative ones are resolved."""
    pending: dict[tuple, list[tuple[tuple[int, int], int]]] = {}
    for figure, p in found:
        if p is None or p.relative is None or p.comparison or "reporter" not in figure:
            continue
        months = _months(p.relative[0])
        if months is not None and months != (1, 12) and figure["status"] == "actual":
            pending.setdefault(_key(figure), []).append((months, p.relative[1]))
    if not pending:
        return None
    years = []
    for figure, p in found:
        if p is None or p.comparison or "reporter" not in figure or p.relative is not None:
            continue
        start, end = p.period_start, p.period_end
        if start is None or end is None or start.year != end.year:
            continue
        for months, offset in pending.get(_key(figure), ()):
            if (start.month, end.month) == months:
                years.append(end.year - offset)
    return max(years) if years else None
