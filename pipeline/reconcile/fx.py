"""Money in one currency: annual average exchange rates, ``value_usd``, and claims of one fact
compared across currencies.

Rates are ``data/usd_rates.csv`` (local currency units per US dollar, annual averages: World
Bank WDI ``PA.NUS.FCRF``, years 2017-2023; its header names the export and where it was read). The stated value is never replaced: ``value_usd`` is a column beside
it, and a figure whose currency and year have no rate gets ``value_usd`` null with
``value_usd_note`` saying which rate is missing, never a guessed rate.

Claims of one fact key stated in different currencies ("500 billion roubles" and "$5.4 billion")
are compared after conversion, allowing ``FX_MARGIN`` on top of their stated precision: an
annual average is not the rate of the day a trade was invoiced, and sources convert at
different rates (monthly, official or market).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from pathlib import Path

import pandas as pd

from pipeline.reconcile import data as _data  # noqa: F401  (the code version covers the CSV)

RATES_FILE = Path(__file__).resolve().parent / "data" / "usd_rates.csv"

FX_MARGIN = 0.05
"""Relative allowance for a conversion at the annual average rate (each side)."""

MONEY_MEASURES = ("level", "abs_change")


@functools.cache
def usd_rates(path: Path = RATES_FILE) -> dict[tuple[str, int], float]:
    """``{(currency, year): units per US dollar}`` from the rates file (``#`` lines skipped)."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {(r["currency"], int(r["year"])): float(r["lcu_per_usd"]) for r in rows}


def is_money(unit: object) -> bool:
    return isinstance(unit, str) and len(unit) == 3 and unit.isupper()


def rate_year(start: object, end: object) -> tuple[int | None, str | None]:
    """The calendar year whose average rate converts a period, or why there is none."""
    start = start if isinstance(start, dt.date) else None
    end = end if isinstance(end, dt.date) else None
    if start is None and end is None:
        return None, "no period, so no year for a rate"
    if start is not None and end is not None and start.year != end.year:
        return None, f"period {start.year}-{end.year} spans years; no single annual rate"
    return (end or start).year, None  # type: ignore[union-attr]


def usd_per_unit(unit: str, year: int | None) -> tuple[float | None, str | None]:
    """US dollars per one ``unit`` in ``year``, or ``None`` and why."""
    if unit == "USD":
        return 1.0, None
    if year is None:
        return None, "no year for a rate"
    rate = usd_rates().get((unit, year))
    if rate is None:
        return None, f"no {year} average rate for {unit} in {RATES_FILE.name}"
    return 1.0 / rate, None


def to_usd(
    value: float, unit: object, measure: object, start: object, end: object
) -> tuple[float | None, str | None]:
    """``value`` in US dollars at the annual average rate of its period, or ``None`` and why
    (``None`` and no reason for figures that are not money: percentages, multiples)."""
    if not is_money(unit) or measure not in MONEY_MEASURES:
        return None, None
    if unit == "USD":
        return float(value), None
    year, why = rate_year(start, end)
    if year is None:
        return None, why
    factor, why = usd_per_unit(str(unit), year)
    if factor is None:
        return None, why
    return float(value) * factor, None


def with_value_usd(figures: pd.DataFrame) -> pd.DataFrame:
    """``figures`` plus ``value_usd`` (null where not money or no rate) and ``value_usd_note``
    (why it is null for a money figure). Pure; the stated ``value`` and ``unit`` are kept."""
    out = figures.copy()
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
    out["value_usd"] = pd.Series([p[0] for p in pairs], index=figures.index, dtype="float64")
    out["value_usd_note"] = pd.Series([p[1] for p in pairs], index=figures.index, dtype="object")
    return out
