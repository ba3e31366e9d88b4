"""Which of the facts an analyst must look at are real, and which real disputes are missed.

``python tests/realnews/disputes.py [--split dev] [--prefix ca,sa] [--json] [-v]``

A fact that is ``conflicting``, ``needs_review`` or ``inconsistent`` asks a person to look. Some
are real (the page gives one authority two values for one thing, two authorities disagree, the
parts do not add up to the total); others are made by extraction errors (a misread period, pair
or flow makes two unrelated figures share a key). This yardstick tells them apart without reading:
it reconciles, with the same ``reconcile_all``, (a) the figures the extractor finds on the split's
pages and (b) the gold rows of the same pages turned into figure rows (stated precision from the
gold value's digits: ``9500000000`` is 9.5bn +- 50M, ``12.5`` percent +- 0.05), and compares the
two sets of facts by fact key, per resolution:

- ``ours``: our facts with that resolution; ``gold``: the gold reconciliation's;
- ``both``: ours whose key the gold reconciliation also gives that resolution;
- ``ours_only``: made by extraction (or by a reconcile rule on misread claims), split into
  ``key_in_gold`` (gold has the key with another resolution: a value misread or an extra claim)
  and ``new_key`` (gold has no such key: a misread flow, pair, period, scope or measure);
- ``gold_only``: missed (the dispute a perfect reading would show).

``--json`` prints the summaries only (no keys, values or notes), so it is safe on held-back
pages; ``-v`` lists the ours-only and gold-only facts (key, note) and is refused unless every
page is a development page outside the held-back id ranges. Page texts come from the
git-ignored folder, as for ``score.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from pipeline.contract.keys import FACT_KEY, FactKey
from pipeline.reconcile.resolve import reconcile_all

try:  # run as a script (python tests/realnews/disputes.py) or imported by the tests
    from calibrate import HERE, extracted, page_arguments, prefixes, split_docs
except ImportError:
    from tests.realnews.calibrate import HERE, extracted, page_arguments, prefixes, split_docs
RESOLUTIONS = ("conflicting", "needs_review", "inconsistent")
SCALES = tuple(Decimal(10) ** e for e in (12, 9, 6, 3))
HELD_BACK = ("ij", "ik", "il", "im", "in", "io", "ip", "iq", "ir", "is", "it")
"""Doc id prefixes of pages kept back for a later measurement: never listed row by row."""


def stated_rounding(text: str) -> float:
    """Half the step of a gold value's last digit as a page would write it: at the largest scale
    (thousand, million, billion, trillion) it reaches, as the extractor reads "$9.5 billion"
    (+- 50M) or "$600 million" (+- 500k): ``9500000000`` -> 5e7, ``600000000`` -> 5e5,
    ``20666000000`` -> 5e5; below a thousand the decimals the row gives (``12.5`` -> 0.05,
    ``17`` -> 0.5); ``0`` -> 0."""
    try:
        number = abs(Decimal(str(text).strip()))
    except InvalidOperation:
        return 0.0
    if not number.is_finite() or number == 0:
        return 0.0
    scale = next((s for s in SCALES if number >= s), Decimal(1))
    mantissa = format((number / scale).normalize(), "f")
    decimals = len(mantissa.split(".", 1)[1]) if "." in mantissa else 0
    return float(scale * Decimal(10) ** -decimals / 2)


def _day(value: object) -> dt.date | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    text = str(value).strip()[:10]
    return dt.date.fromisoformat(text) if text else None


def gold_figures(gold: pd.DataFrame) -> pd.DataFrame:
    """Gold rows (``gold.csv``'s columns, read as text) as figure rows ``reconcile_all`` takes:
    one figure per row, ``rounding`` from the value's digits, no confidence (all trusted)."""
    rows = []
    for i, row in enumerate(gold.to_dict("records")):
        source = str(row.get("source_country") or "").strip()
        rows.append(
            {
                "figure_id": f"gold-{i:05d}",
                "doc_id": row["doc"],
                "sentence_id": f"{row['doc']}-gold-{i:05d}",
                "flow": row["flow"],
                "scope": row["scope"],
                "reporter": row["reporter"],
                "partner": row["partner"],
                "period_start": _day(row["period_start"]),
                "period_end": _day(row["period_end"]),
                "measure": row["measure"],
                "unit": row["unit"],
                "status": row["status"],
                "value": float(row["value"]),
                "rounding": stated_rounding(row["value"]),
                "approx": str(row["approx"]).strip().lower() == "true",
                "source_country": source or None,
                "text": str(row["value"]),
                "evidence": "",
            }
        )
    return pd.DataFrame(rows)


def fact_keys(facts: pd.DataFrame) -> dict[tuple, str]:
    """Each current fact's key (dates as ISO text, turnover pair sorted) -> its resolution."""
    return {_key(row): row["resolution"] for row in _current(facts).to_dict("records")}


def _key(row: dict) -> tuple[str, ...]:
    key = FactKey.of(row)
    return tuple(
        "" if v is None else str(v)[:10] if name.startswith("period") else str(v)
        for name, v in zip(FACT_KEY, key, strict=True)
    )


def compare(ours: pd.DataFrame, gold: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Per resolution in ``RESOLUTIONS``: counts and the keys of ours-only and gold-only facts
    (``ours`` and ``gold``: facts tables)."""
    mine, theirs = fact_keys(ours), fact_keys(gold)
    out: dict[str, dict[str, object]] = {}
    for resolution in RESOLUTIONS:
        a = {k for k, r in mine.items() if r == resolution}
        b = {k for k, r in theirs.items() if r == resolution}
        only = sorted(a - b)
        out[resolution] = {
            "ours": len(a),
            "gold": len(b),
            "both": len(a & b),
            "ours_only": len(only),
            "ours_only_key_in_gold": sum(k in theirs for k in only),
            "ours_only_new_key": sum(k not in theirs for k in only),
            "gold_only": len(b - a),
            "ours_only_keys": only,
            "gold_only_keys": sorted(b - a),
        }
    return out


def reconcile_both(docs: list[str], pages: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(our facts, the gold rows' facts) of ``docs``; the documents' publication dates serve
    both sides."""
    documents, sentences, figures = extracted(docs, pages)
    gold = pd.read_csv(HERE / "gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold["doc"].isin(docs)]
    ours = reconcile_all(figures, sentences, documents).facts
    theirs = reconcile_all(gold_figures(gold), None, documents).facts
    return ours, theirs


def summary(table: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    """``compare``'s counts without the keys."""
    return {
        r: {k: v for k, v in row.items() if not k.endswith("_keys")} for r, row in table.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    page_arguments(parser)
    parser.add_argument("--json", action="store_true", help="summaries only, as JSON")
    parser.add_argument("-v", action="store_true", help="list ours-only and gold-only facts")
    args = parser.parse_args(argv)
    docs = split_docs(args.split, args.pages, prefixes(args.prefix))
    if not docs:
        print(f"no page of split {args.split!r} under {args.pages}", file=sys.stderr)
        return 2
    if args.v and (args.split != "dev" or any(d.startswith(HELD_BACK) for d in docs)):
        print("-v lists rows: development pages outside the held-back ids only", file=sys.stderr)
        return 2
    ours, theirs = reconcile_both(docs, args.pages)
    table = compare(ours, theirs)
    counts = summary(table)
    if args.json:
        print(json.dumps({"split": args.split, "pages": len(docs), "resolutions": counts}))
        return 0
    print(f"split {args.split}: {len(docs)} pages, {len(ours)} facts ours, {len(theirs)} gold")
    head = ("ours", "gold", "both", "ours_only", "ours_only_key_in_gold", "ours_only_new_key")
    print(f"{'resolution':14s} " + " ".join(f"{h:>9s}" for h in (*head[:4], "in_gold", "new_key"))
          + f" {'gold_only':>9s}")  # fmt: skip
    for resolution, row in counts.items():
        cells = " ".join(f"{row[h]:9d}" for h in head)
        print(f"{resolution:14s} {cells} {row['gold_only']:9d}")
    if args.v:
        notes = {**_notes(theirs, "gold"), **_notes(ours, "ours")}
        for resolution, row in table.items():
            for label in ("ours_only_keys", "gold_only_keys"):
                for key in row[label]:  # type: ignore[union-attr]
                    side = "ours" if label.startswith("ours") else "gold"
                    print(f"  {resolution} {label[:-5]}: {' '.join(key)} | "
                          f"{notes.get((side, key), '')}")  # fmt: skip
    return 0


def _notes(facts: pd.DataFrame, side: str) -> dict[tuple, str]:
    return {
        (side, _key(row)): f"{list(row['doc_ids'])} {row['note']}"
        for row in _current(facts).to_dict("records")
    }


def _current(facts: pd.DataFrame) -> pd.DataFrame:
    return facts[~facts["superseded_by"].map(lambda v: isinstance(v, str))]


if __name__ == "__main__":
    sys.exit(main())
