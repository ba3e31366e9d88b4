"""A year that had not ended when the page was written, as data: that year to date.

A page can only report actual data for a year still under way up to some month of it: "exports
of $2.4bn in 2030" on a page of July 2030, or "trade this year rose to $236m" on an undated page
whose text fixes the year as 2030, is the part of 2030 the page reports ("the first half of
2030"); a base of the same sentence a year earlier ("from $148m") is the same months of 2029.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.period_record import Period, _month_end, whole_year

_PERIOD_RULE = re.compile(r"period=[a-z_]+")

Found = list[tuple[dict, Period | None]]


def _dated(p: Period | None) -> bool:
    return p is not None and p.period_start is not None and p.period_end is not None


def _part_of(year: int, found: Found) -> Period | None:
    """The page's first part-year period of ``year`` that is data, not a comparison base."""
    return next(
        (
            p
            for _, p in found
            if _dated(p)
            and not p.comparison  # type: ignore[union-attr]
            and p.period_start.year == p.period_end.year == year  # type: ignore[union-attr]
            and not whole_year(p)
        ),
        None,
    )


def _fiscal_year(p: Period | None) -> bool:
    """Twelve months that do not start in January ("FY2029-30", "the current financial year")."""
    if not _dated(p) or p.period_start.day != 1 or p.period_start.month == 1:  # type: ignore[union-attr]
        return False
    start = p.period_start  # type: ignore[union-attr]
    return p.period_end == _month_end(start.year + 1, start.month - 1)  # type: ignore[union-attr]


def _part_of_fiscal(span: Period, found: Found) -> Period | None:
    """The page's first period that is data and runs from the start of fiscal year ``span`` to a
    month before its end ("the first half of the current financial year", "July-December")."""
    return next(
        (
            p
            for _, p in found
            if _dated(p)
            and not p.comparison  # type: ignore[union-attr]
            and p.period_start == span.period_start  # type: ignore[union-attr]
            and p.period_end < span.period_end  # type: ignore[operator, union-attr]
        ),
        None,
    )


def _to_part(figure: dict, p: Period, part: Period, years: int = 0) -> tuple[dict, Period]:
    start, end = part.period_start, part.period_end
    assert start is not None and end is not None
    if years:  # the same months of another year (a part-year never starts on 29 February)
        start, end = start.replace(year=start.year + years), _month_end(end.year + years, end.month)
    p = replace(p, period_start=start, period_end=end, relative=None)
    return {**figure, "evidence": _PERIOD_RULE.sub("period=to_date", figure["evidence"])}, p


def to_date(found: Found, stated: Found, published: dt.date) -> Found:
    """An actual dated with the whole of a year that had not ended when the page was published
    ("exports of $2.4bn in 2030" on a page of July 2030) can only be that year to date: it takes
    the article's first part-year period of that year ("the first half of 2030"), if it has one
    (evidence ``period=to_date``); a whole earlier year its sentence compares it with ("and $2bn
    in the same period of 2029") takes the same months of that year."""
    found = _fiscal_to_date(found, stated, published)
    if published.month == 12 and published.day == 31:
        return found
    part = _part_of(published.year, found + stated)
    if part is None:
        return found

    def unfinished(figure: dict, p: Period | None) -> bool:
        return (
            figure["status"] == "actual" and whole_year(p) and p.period_start.year == published.year  # type: ignore[union-attr]
        )

    sentences = {f["sentence_id"] for f, p in found if unfinished(f, p)}
    out = []
    for figure, p in found:
        if unfinished(figure, p):
            figure, p = _to_part(figure, p, part)
        elif (
            figure["sentence_id"] in sentences
            and figure["status"] == "actual"
            and whole_year(p)
            and p.comparison  # type: ignore[union-attr]
            and p.period_start.year < published.year  # type: ignore[union-attr]
        ):
            figure, p = _to_part(figure, p, part, years=p.period_start.year - published.year)  # type: ignore[union-attr]
        out.append((figure, p))
    return out


def _fiscal_to_date(found: Found, stated: Found, published: dt.date) -> Found:
    """The fiscal-year form of ``to_date``: an actual dated with a whole fiscal year still under
    way at publication ("$86m during the current financial year" on a page of January 2030, when
    the year runs July-June) is the page's part of that fiscal year ("the first half of the
    current financial year", July-December); a whole earlier fiscal year of the same sentence
    that is its base ("against $90m during last fiscal year") is the same months of that year."""

    def unfinished(figure: dict, p: Period | None) -> bool:
        return (
            figure["status"] == "actual"
            and _fiscal_year(p)
            and not p.comparison  # type: ignore[union-attr]
            and p.period_start <= published < p.period_end  # type: ignore[operator, union-attr]
        )

    parts = {
        f["sentence_id"]: part
        for f, p in found
        if unfinished(f, p) and (part := _part_of_fiscal(p, found + stated)) is not None  # type: ignore[arg-type]
    }
    if not parts:
        return found
    out = []
    for figure, p in found:
        part = parts.get(figure["sentence_id"])
        if part is not None and unfinished(figure, p):
            figure, p = _to_part(figure, p, part)
        elif (
            part is not None
            and figure["status"] == "actual"
            and _fiscal_year(p)
            and p.comparison  # type: ignore[union-attr]
            and p.period_start < part.period_start  # type: ignore[operator, union-attr]
        ):
            years = p.period_start.year - part.period_start.year  # type: ignore[union-attr]
            figure, p = _to_part(figure, p, part, years=years)
        out.append((figure, p))
    return out


def _this_year(figure: dict, p: Period | None) -> bool:
    return (
        figure["status"] == "actual"
        and p is not None
        and p.relative == ("year", 0)
        and not (p.comparison or p.by_end or p.future)  # not "by the end of this year"
    )


def this_year_to_date(found: Found, stated: Found, year: int | None, skip: set) -> Found:
    """On an undated page whose text fixes the current year (``year``), an actual of "this year"
    ("trade with A this year also rose to $236m") is that year to date, as on a dated page: the
    page's first part-year period of ``year``; a base of the same sentence "a year earlier" takes
    the same months of the year before. Sentences in ``skip`` (relayed reports) keep theirs."""
    part = _part_of(year, found + stated) if year is not None else None
    if part is None:
        return found
    sentences = {f["sentence_id"] for f, p in found if _this_year(f, p)} - skip
    out = []
    for figure, p in found:
        if p is not None and figure["sentence_id"] in sentences and figure["status"] == "actual":
            if _this_year(figure, p):
                figure, p = _to_part(figure, p, part)
            elif p.relative == ("year", -1) and p.comparison:
                figure, p = _to_part(figure, p, part, years=-1)
        out.append((figure, p))
    return out


def to_a_day(figure: dict, p: Period | None) -> bool:
    """Data up to a day inside a year ("till June 22, 2030", "as of 30 June 2030"): a part of
    that year the page reports as its current data, which fixes "this year" as a part-year span
    does (NOTES, round 6). Only an actual figure's (a target "by June 2031" is no data) and not a
    year's last day (a whole year fixes nothing). A stock as of the end of a month ("as of the
    end of June 2030", "by the end of June 2030" for data) is data up to that day as well."""
    return (
        p is not None
        and p.kind in ("date", "to_month", "stock_date")
        and p.period_start is None
        and p.period_end is not None
        and (p.period_end.month, p.period_end.day) != (12, 31)
        and not (p.comparison or p.by_end or p.future)
        and figure.get("status", "actual") == "actual"
    )
