"""The evaluation report lists, for a matched row, only the scored-on-match fields that differ."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.extract.evaluate import evaluate, format_report

_ROW = {
    "doc": "d1",
    "flow": "exports",
    "scope": "total",
    "reporter": "GEO",
    "partner": "ARM",
    "period_start": dt.date(2030, 1, 1),
    "period_end": dt.date(2030, 12, 31),
    "measure": "level",
    "value": 312400000.0,
    "unit": "USD",
    "status": "actual",
}


def _report(ours: dict, gold: dict) -> str:
    figures = pd.DataFrame([{**_ROW, "doc_id": "d1", **ours}]).drop(columns="doc")
    gold_rows = pd.DataFrame(
        [{**_ROW, "period_start": "2030-01-01", "period_end": "2030-12-31", **gold}]
    )
    return format_report(evaluate(figures, gold_rows))


def test_only_the_source_differs() -> None:
    out = _report(
        {"approx": False, "source_country": None}, {"approx": "false", "source_country": "GEO"}
    )
    assert "d1 exports 312400000.0: source None vs GEO" in out
    assert "approx" not in out.split("WRONG")[1].split("\n", 1)[1]


def test_only_approx_differs() -> None:
    out = _report(
        {"approx": True, "source_country": "GEO"}, {"approx": "false", "source_country": "GEO"}
    )
    assert "d1 exports 312400000.0: approx True vs False" in out
    assert "source" not in out.split("WRONG")[1].split("\n", 1)[1]


def test_nothing_differs_lists_nothing() -> None:
    out = _report(
        {"approx": False, "source_country": "GEO"}, {"approx": "false", "source_country": "GEO"}
    )
    assert "WRONG" not in out
