"""How a fact reads to an analyst: period, pair, value and source labels.

The release report, the ``facts`` asset's conflict table in the Dagster UI, the chart and the
``tradefacts facts`` / ``conflicts`` commands all use these, so they show the same text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd
from dateutil.relativedelta import relativedelta

from pipeline.reconcile.intervals import human

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def as_date(value: object) -> dt.date | None:
    """A period bound as a ``date`` (``None`` for null, NaN, NaT)."""
    if pd.isna(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


def _month_end(day: dt.date) -> bool:
    return day == day + relativedelta(day=31)


def period_label(start: object, end: object) -> str:
    """``2024``, ``2024 Jan–Nov``, ``2025 H1``-style text for a fact's period; ``by 2030``."""
    start, end = as_date(start), as_date(end)
    if start is None and end is None:
        return "?"
    if start is None:
        return f"by {end.year}" if (end.month, end.day) == (12, 31) else f"by {end.isoformat()}"
    if end is None:
        return f"from {start.isoformat()}"
    whole_months = start.day == 1 and _month_end(end)
    if whole_months and start.year == end.year:
        if (start.month, end.month) == (1, 12):
            return str(start.year)
        if start.month == end.month:
            return f"{start.year} {MONTHS[start.month - 1]}"
        return f"{start.year} {MONTHS[start.month - 1]}–{MONTHS[end.month - 1]}"
    if whole_months and (start.month, end.month) == (1, 12):
        return f"{start.year}–{end.year}"
    return f"{start.isoformat()}..{end.isoformat()}"


def pair_label(flow: str, reporter: str, partner: str) -> str:
    """``KAZ–KGZ`` for turnover (unordered); for a directed flow the arrow points the way the
    goods or the money go, reporter first: ``KGZ→KAZ`` Kyrgyzstan's exports to Kazakhstan,
    ``KGZ←BLR`` its imports from Belarus, ``VNM←JPN`` Japan's investment in Viet Nam (the
    recipient reports). Round 52: imports once read ``KGZ→BLR``, against the goods."""
    if flow == "turnover":
        return f"{reporter}–{partner}"
    return f"{reporter}←{partner}" if flow in _INWARD else f"{reporter}→{partner}"


_INWARD = frozenset({"imports", "investment"})


def value_label(value: object, unit: str) -> str:
    """``2.15bn USD``, ``12.5%``, ``3x``; ``—`` for a null value."""
    if pd.isna(value):
        return "—"
    text = human(float(value), unit)
    return f"{text} {unit}" if unit not in ("percent", "times") else text


def fact_value_label(fact: Mapping) -> str:
    """The accepted value, or the range the claims span where there is none (a conflict)."""
    if not pd.isna(fact.get("value")):
        return value_label(fact["value"], fact["unit"])
    low, high = fact.get("value_min"), fact.get("value_max")
    if pd.isna(low):
        return "—"
    return f"{human(float(low), fact['unit'])}–{value_label(high, fact['unit'])}"


def source_label(source: object) -> str:
    """A claim's source as shown to an analyst (``unattributed`` for none)."""
    return source if isinstance(source, str) and source else "unattributed"
