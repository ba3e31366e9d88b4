"""Extracted figures against gold: precision, recall and F1 on the full tuple and per field.

A figure matches a gold row when doc, flow, scope, pair (unordered for turnover), period,
measure, unit and status are equal and the value is within ``VALUE_TOLERANCE`` (relative).
``approx`` and ``source_country`` are scored on matched rows only, as the contract asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from pipeline.contract.gold import GoldSchema
from pipeline.contract.tables import model_columns

VALUE_TOLERANCE = 1e-3
GOLD_COLUMNS = list(model_columns(GoldSchema))


def _date(v: object) -> str:
    if pd.isna(v) or v == "":
        return ""
    return str(v)[:10]


def _pair(row: dict) -> tuple[str, ...]:
    pair = (str(row["reporter"]), str(row["partner"]))
    return tuple(sorted(pair)) if row["flow"] == "turnover" else pair


def _key(row: dict) -> tuple:
    return (
        row["doc"], row["flow"], row["scope"], _pair(row), _date(row["period_start"]),
        _date(row["period_end"]), row["measure"], row["unit"], row["status"],
    )  # fmt: skip


def _bool(v: object) -> bool:
    return str(v).strip().lower() in ("true", "1", "yes")


def _source(v: object) -> str:
    return "" if pd.isna(v) else str(v)


def _wrong_fields(pred: dict, gold: dict) -> str:
    """The matched row's fields that differ from gold, ours first ("approx False vs true,
    source None vs NGA"): only the ones that differ, compared as the scores compare them."""
    parts = []
    if bool(pred["approx"]) != _bool(gold["approx"]):
        parts.append(f"approx {bool(pred['approx'])} vs {_bool(gold['approx'])}")
    if _source(pred["source_country"]) != _source(gold["source_country"]):
        ours, theirs = _source(pred["source_country"]), _source(gold["source_country"])
        parts.append(f"source {ours or None} vs {theirs or None}")
    return ", ".join(parts)


def read_gold(path: str) -> pd.DataFrame:
    """Gold rows from a CSV with ``GOLD_COLUMNS`` (text, ``value`` as float).

    Raises ``OSError`` for a missing file and ``ValueError`` naming the problem for a file that
    is not such a CSV (missing columns, a value that is no number): ``tradefacts evaluate``
    printed pandas' ``KeyError: 'value'`` or a traceback (new-user trial, round 58).
    """
    try:
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a gold CSV ({str(exc).splitlines()[0]})") from None
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise ValueError(f"{path}: not a gold CSV: missing columns {', '.join(missing)}")
    try:
        return gold.assign(value=gold["value"].astype(float))
    except ValueError as exc:
        raise ValueError(f"{path}: a value is not a number ({exc})") from None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    full: Score
    fields: dict[str, Score]
    matched_field_accuracy: dict[str, float]
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    wrong_on_match: list[tuple[dict, dict]] = field(default_factory=list)


_FIELD_KEYS = {
    "value": lambda r: (
        r["doc"],
        round(float(r["value"]), 0)
        if abs(float(r["value"])) > 1000
        else round(float(r["value"]), 3),
    ),
    "flow": lambda r: (r["doc"], r["flow"], round(float(r["value"]), 3)),
    "pair": lambda r: (r["doc"], _pair(r), round(float(r["value"]), 3)),
    "period": lambda r: (
        r["doc"],
        _date(r["period_start"]),
        _date(r["period_end"]),
        round(float(r["value"]), 3),
    ),
    "status": lambda r: (r["doc"], r["status"], round(float(r["value"]), 3)),
    "approx": lambda r: (r["doc"], _bool(r["approx"]), round(float(r["value"]), 3)),
    "source_country": lambda r: (
        r["doc"],
        _source(r["source_country"]),
        round(float(r["value"]), 3),
    ),
}


def _multiset_score(pred: list[tuple], gold: list[tuple]) -> Score:
    remaining = list(gold)
    tp = 0
    for p in pred:
        if p in remaining:
            remaining.remove(p)
            tp += 1
    return Score(tp, len(pred) - tp, len(remaining))


def evaluate(figures: pd.DataFrame, gold: pd.DataFrame) -> Report:
    """Score ``figures`` (figures table, ``doc_id`` column) against ``gold`` (gold CSV columns)."""
    pred_rows = [{**r, "doc": r["doc_id"]} for r in figures.to_dict("records")]
    gold_rows = gold.to_dict("records")
    unmatched_gold = list(range(len(gold_rows)))
    matches: list[tuple[dict, dict]] = []
    spurious: list[dict] = []
    for p in pred_rows:
        hit = None
        for gi in unmatched_gold:
            g = gold_rows[gi]
            if _key(p) == _key(g) and math.isclose(
                float(p["value"]), float(g["value"]), rel_tol=VALUE_TOLERANCE
            ):
                hit = gi
                break
        if hit is None:
            spurious.append(p)
        else:
            unmatched_gold.remove(hit)
            matches.append((p, gold_rows[hit]))
    full = Score(len(matches), len(spurious), len(unmatched_gold))
    fields = {
        name: _multiset_score([key(r) for r in pred_rows], [key(r) for r in gold_rows])
        for name, key in _FIELD_KEYS.items()
    }
    wrong = [
        (p, g)
        for p, g in matches
        if bool(p["approx"]) != _bool(g["approx"])
        or _source(p["source_country"]) != _source(g["source_country"])
    ]
    accuracy = {
        "approx": sum(bool(p["approx"]) == _bool(g["approx"]) for p, g in matches) / len(matches)
        if matches
        else 1.0,
        "source_country": sum(
            _source(p["source_country"]) == _source(g["source_country"]) for p, g in matches
        )
        / len(matches)
        if matches
        else 1.0,
    }
    return Report(full, fields, accuracy, [gold_rows[i] for i in unmatched_gold], spurious, wrong)


def format_report(report: Report) -> str:
    """Plain-text table for the ``tradefacts evaluate`` command."""
    lines = [f"{'field':<16}{'precision':>10}{'recall':>10}{'f1':>10}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for name, s in [("FULL TUPLE", report.full), *report.fields.items()]:
        lines.append(
            f"{name:<16}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
        )
    for name, acc in report.matched_field_accuracy.items():
        lines.append(f"on matched rows: {name} accuracy {acc:.3f}")
    short = [c for c in GOLD_COLUMNS if c not in ("approx", "source_country")]
    for title, rows in (("MISSED", report.misses), ("SPURIOUS", report.spurious)):
        if rows:
            lines.append(f"{title} ({len(rows)}):")
            lines += [
                "  "
                + " ".join(_date(r[k]) if "period" in k else str(r[k]) for k in short)
                + (f"  [{r.get('text', '')}]" if r.get("text") else "")
                for r in rows
            ]
    if report.wrong_on_match:
        lines.append(f"WRONG approx/source on matched ({len(report.wrong_on_match)}):")
        for p, g in report.wrong_on_match:
            lines.append(f"  {p['doc']} {p['flow']} {p['value']}: " + _wrong_fields(p, g))
    return "\n".join(lines)
