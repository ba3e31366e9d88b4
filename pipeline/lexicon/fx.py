"""Money in one currency: annual average exchange rates and ``value_usd``.

Rates are ``usd_rates.csv`` beside this module (local currency units per US dollar, annual
averages: World Bank WDI ``PA.NUS.FCRF``, years 2017-2023; its header names the export and where
it was read). Why in ``lexicon/``: extraction puts ``value_usd`` on every figure and
reconciliation compares claims across currencies, so both stages read the same data file.

The stated value is never replaced: ``value_usd`` is a column beside it. A money figure whose
rate cannot be had gets ``value_usd`` null and ``value_usd_note`` saying why (which year's rate
is missing, or that the period has no bound), never a guessed rate.

Which rate converts a period (decided here, documented in CONTRACT.md):
- US dollars are converted at 1 whatever the period;
- a period within one calendar year: that year's annual average;
- a period spanning years (a fiscal year April-March, "2019-2023" cumulative): the mean of the
  years' rates weighted by the days of the period in each year (the average rate over the
  period, as far as annual averages tell it); every year needs a rate;
- a period without a start or an end (no period stated, a target "by 2030", "since 2015"):
  no rate, since the years the money was counted in are unknown.

Claims of one fact key stated in different currencies ("500 billion roubles" and "$5.4 billion")
are compared after conversion (``pipeline/reconcile/resolve.py``), allowing ``FX_MARGIN`` on top
of their stated precision: an annual average is not the rate of the day a trade was invoiced,
and sources convert at different rates (monthly, official or market).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from pathlib import Path

import pandas as pd

import pipeline.lexicon as _lexicon  # noqa: F401  (code versions of its users cover usd_rates.csv)

RATES_FILE = Path(__file__).resolve().parent / "usd_rates.csv"

FX_MARGIN = 0.05
"""Relative allowance for a conversion at the annual average rate (each side)."""

MONEY_MEASURES = ("level", "abs_change")
"""Measures stated in a currency; the same tuple as ``contract.schemas.MONEY_MEASURES`` (lexicon
may not import contract: both sit first in the flow; a test keeps them equal)."""


@functools.cache
def usd_rates(path: Path = RATES_FILE) -> dict[tuple[str, int], float]:
    """``{(currency, year): units per US dollar}`` from the rates file (``#`` lines skipped)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {(r["currency"], int(r["year"])): float(r["lcu_per_usd"]) for r in rows}


def is_money(unit: object) -> bool:
    return isinstance(unit, str) and len(unit) == 3 and unit.isupper()


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def year_weights(start: object, end: object) -> tuple[dict[int, float] | None, str | None]:
    """``{year: share of the period's days}`` (shares sum to 1), or ``None`` and why."""
    start, end = _date(start), _date(end)
    if start is None and end is None:
        return None, "no period, so no year for a rate"
    if start is None or end is None:
        bound = "start" if start is None else "end"
        return None, f"period has no {bound}, so its years are unknown"
    days = (end - start).days + 1
    weights = {}
    for year in range(start.year, end.year + 1):
        first = max(start, dt.date(year, 1, 1))
        last = min(end, dt.date(year, 12, 31))
        weights[year] = ((last - first).days + 1) / days
    return weights, None


def usd_factor(unit: object, start: object, end: object) -> tuple[float | None, str | None]:
    """US dollars per one ``unit`` over the period ``start``..``end`` (module doc), or ``None``
    and why. ``unit`` must be a currency code."""
    if unit == "USD":
        return 1.0, None
    weights, why = year_weights(start, end)
    if weights is None:
        return None, why
    rates = usd_rates()
    missing = [y for y in weights if (unit, y) not in rates]
    if missing:
        years = ", ".join(map(str, missing))
        return None, f"no {years} average rate for {unit} in {RATES_FILE.name}"
    return sum(share / rates[(unit, y)] for y, share in weights.items()), None


def to_usd(
    value: float, unit: object, measure: object, start: object, end: object
) -> tuple[float | None, str | None]:
    """``value`` in US dollars at the average rate of its period, or ``None`` and why (``None``
    and no reason for figures that are not money: percentages, multiples, percent changes)."""
    if not is_money(unit) or measure not in MONEY_MEASURES:
        return None, None
    factor, why = usd_factor(unit, start, end)
    if factor is None:
        return None, why
    return float(value) * factor, None


def with_value_usd(figures: pd.DataFrame) -> pd.DataFrame:
    """``figures`` plus ``value_usd`` (float; null where not money or no rate) and
    ``value_usd_note`` (why a money figure has none; else null), computed afresh. Pure; the
    stated ``value`` and ``unit`` are kept."""
    pairs = [
        to_usd(v, u, m, s, e)
        for v, u, m, s, e in zip(
            figures["value"],
            figures["unit"],
            figures["measure"],
            figures["period_start"],
            figures["period_end"],
            strict=True,
        )
    ]
    return figures.assign(
        value_usd=pd.Series([p[0] for p in pairs], index=figures.index, dtype="float64"),
        value_usd_note=pd.Series([p[1] for p in pairs], index=figures.index, dtype="object"),
    )
