"""The current year of an undated page that restates a relative part-year, or a relative whole
year, with its year.

"Trade was £6.7bn at the end of the third quarter of last year, the ambassador said ... Trade
was £6.7bn at the end of the third quarter of 2029": the same statistic, the same value, the
same months, once relative and once with the year written, are one figure, so "last year" is
2029 and the page's current year 2030. That restatement fixes the year more surely than any
other part-year the page reports (``document._text_year`` would take the stated 2029 part for
the current year and make "last year" 2028). Only equal values: a series of two years of the
same months ("£5.1bn in the third quarter of 2028 ... £6.7bn in that of last year") fixes
nothing this way. A whole year the same: "$25bn in 2029 ... $25bn last year" makes last year
2029 (NOTES: a restatement of a figure the page dates is the same row), the dated one also when it
is the base of a change ("from $25bn in 2029 to $30bn by 2031").
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
        if p.relative in (("year", -1), ("year", 0)):
            months = (1, 12)  # a whole year: "$25bn last year" after "$25bn in 2029"
        elif months == (1, 12):
            months = None
        if months is not None and figure["status"] == "actual":
            pending.setdefault(_key(figure), []).append((months, p.relative[1]))
    if not pending:
        return None
    years = []
    for figure, p in found:
        if p is None or "reporter" not in figure or p.relative is not None:
            continue
        start, end = p.period_start, p.period_end
        if start is None or end is None or start.year != end.year:
            continue
        whole = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        if p.comparison and not whole or figure["status"] != "actual":
            continue  # a whole year's base is that year's data ("from $25bn in 2029 to ...")
        for months, offset in pending.get(_key(figure), ()):
            if (start.month, end.month) == months and (months != (1, 12) or whole):
                years.append(end.year - offset)
    return max(years) if years else None
