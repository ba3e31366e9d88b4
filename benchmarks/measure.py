"""Measurements taken in the benchmark's own process: timers, parse rates, accuracy against the
synthetic gold, quantulum3's rate, and a DuckDB query over a release's ``facts.parquet``."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.extract.evaluate import Score, evaluate
from pipeline.extract.numbers import find_mentions


def duckdb_conflicts(facts_path: Path) -> dict:
    """All conflicting facts of the pair with most conflicts, straight from Parquet."""
    import duckdb

    path = str(facts_path)
    with duckdb.connect() as con:
        top = con.execute(
            "select least(reporter, partner), greatest(reporter, partner), count(*) n "
            "from read_parquet(?) where resolution = 'conflicting' group by 1, 2 "
            "order by n desc, 1, 2 limit 1",
            [path],
        ).fetchone()
        if top is None:
            top = con.execute(
                "select least(reporter, partner), greatest(reporter, partner), count(*) n "
                "from read_parquet(?) group by 1, 2 order by n desc, 1, 2 limit 1",
                [path],
            ).fetchone()
    if top is None:
        return {"pair": None}
    a, b, _ = top
    query = (
        "select * from read_parquet(?) where resolution = 'conflicting' and "
        "((reporter = ? and partner = ?) or (reporter = ? and partner = ?))"
    )
    params = [path, a, b, b, a]
    with duckdb.connect() as con:
        started = time.perf_counter()
        rows = con.execute(query, params).fetchall()
        cold = time.perf_counter() - started
        warm = []
        for _ in range(5):
            started = time.perf_counter()
            con.execute(query, params).fetchall()
            warm.append(time.perf_counter() - started)
    return {
        "pair": f"{a}-{b}",
        "rows": len(rows),
        "cold_ms": cold * 1000,
        "warm_ms": statistics.median(warm) * 1000,
        "sql": query.replace("?", "$", 1),
    }


@dataclass
class Timer:
    wall: float = 0.0
    cpu: float = 0.0
    _w: float = field(default=0.0, repr=False)
    _c: float = field(default=0.0, repr=False)

    def __enter__(self) -> Timer:
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._w
        self.cpu = time.process_time() - self._c


def rate_on(texts: list[str], parse, min_cpu: float) -> float:
    """Sentences per CPU-second of ``parse`` over ``texts`` (repeated to ``min_cpu`` seconds)."""
    passes, elapsed = 0, 0.0
    while passes == 0 or elapsed < min_cpu:
        started = time.process_time()
        for text in texts:
            parse(text)
        elapsed += time.process_time() - started
        passes += 1
    return passes * len(texts) / elapsed


def accuracy(figures: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """``evaluate`` per article, summed (full tuple, per field, matched-row accuracies)."""
    figures = figures.assign(doc_id=figures["doc_id"].astype(str))
    by_fig = dict(tuple(figures.groupby("doc_id", sort=False)))
    by_gold = dict(tuple(gold.groupby("doc", sort=False)))
    no_fig, no_gold = figures.iloc[:0], gold.iloc[:0]
    full = Score()
    fields: dict[str, Score] = {}
    matched_ok: dict[str, float] = {}
    misses: list[dict] = []
    spurious: list[dict] = []
    for doc in sorted(set(by_fig) | set(by_gold)):
        report = evaluate(by_fig.get(doc, no_fig), by_gold.get(doc, no_gold))
        full.tp += report.full.tp
        full.fp += report.full.fp
        full.fn += report.full.fn
        for name, s in report.fields.items():
            total = fields.setdefault(name, Score())
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        for name, acc in report.matched_field_accuracy.items():
            matched_ok[name] = matched_ok.get(name, 0.0) + acc * report.full.tp
        misses.extend(report.misses)
        spurious.extend(report.spurious)

    def short(row: dict) -> dict:
        keep = ("doc", "flow", "scope", "reporter", "partner", "period_start", "period_end",
                "measure", "value", "unit", "status", "text")  # fmt: skip
        return {k: str(row[k])[:80] for k in keep if k in row}

    return {
        "gold": int(len(gold)),
        "extracted": int(len(figures)),
        "tp": full.tp,
        "fp": full.fp,
        "fn": full.fn,
        "precision": full.precision,
        "recall": full.recall,
        "f1": full.f1,
        "fields_f1": {name: s.f1 for name, s in fields.items()},
        "matched_accuracy": {k: v / full.tp if full.tp else 1.0 for k, v in matched_ok.items()},
        "sample_misses": [short(r) for r in misses[:15]],
        "sample_spurious": [short(r) for r in spurious[:15]],
    }


def quantulum_rates(texts: list[str]) -> dict:
    from benchmarks.quantulum_compare import quantulum_parser

    parse = quantulum_parser()
    return {
        "sample": len(texts),
        "quantulum3_per_cpu_s": rate_on(texts, parse, 0.0),
        "find_mentions_per_cpu_s": rate_on(texts, find_mentions, 1.0),
    }
