"""``tradefacts review``: the figures held out of conflicts, each with why it is doubtful.

Why a command: a figure below the confidence threshold, or a fact where one source gives two
values, is never a conflict (issue 16, "precision first"); an analyst must still read it. Each
entry shows the sentence, what extraction read from it (flow, pair, period, value), the figure
as written, the extraction's ``confidence`` and ``evidence`` when figures carry them, and why
it was held out. Read-only: no Dagster, no lock. Rows come from
``pipeline/reconcile/review.py``, the same as the "Needs review" section of ``report.md``.

The threshold is the one the release was reconciled with (``settings.min_confidence`` in its
manifest), else ``DEFAULT_MIN_CONFIDENCE``; ``--min-confidence`` overrides it for reading only.
A claim without a ``confidence`` counts as 1.0: never doubtful for its confidence.
"""

from __future__ import annotations

import argparse
import json
import shutil
import textwrap

import pandas as pd

from assets.cli.options import data_option
from assets.cli.releases import guarded
from pipeline.contract.arrow import plain
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.reconcile.review import review_rows
from pipeline.release.catalog import resolve_release
from pipeline.release.layout import SETTINGS, load_manifest, load_table


def release_threshold(manifest: dict) -> float:
    """The confidence threshold recorded in a release's manifest, else the default."""
    value = (manifest.get(SETTINGS) or {}).get("min_confidence")
    return DEFAULT_MIN_CONFIDENCE if value is None else float(value)


def _evidence(data, release_id: str) -> dict[str, str]:
    """``figure_id -> evidence`` when the release's figures carry an ``evidence`` column."""
    figures = load_table(data, release_id, "figures")
    if "evidence" not in figures.columns:
        return {}
    known = figures[figures["evidence"].notna()]
    return dict(zip(known["figure_id"], known["evidence"].astype(str), strict=True))


def review_entries(data, release_id: str, threshold: float) -> pd.DataFrame:
    """``review_rows`` of a release plus ``evidence`` (null where figures give none)."""
    facts = load_table(data, release_id, "facts")
    claims = load_table(data, release_id, "claims")
    rows = review_rows(facts, claims, min_confidence=threshold)
    evidence = _evidence(data, release_id)
    return rows.assign(evidence=rows["figure_id"].map(evidence))


def _wrapped(label: str, text: str) -> list[str]:
    width = max(60, min(shutil.get_terminal_size((110, 24)).columns, 140))
    return textwrap.wrap(
        f"{label}{text}",
        width=width,
        initial_indent="  ",
        subsequent_indent="      ",
        break_on_hyphens=False,
        break_long_words=False,
    )


def entry_lines(row: dict) -> list[str]:
    """One figure to review: why, what was read, as written, sentence, document."""
    published = row.get("published")
    where = f"{row['doc_id']}" + (f" ({plain(published)})" if published is not None else "")
    confidence = row.get("confidence")
    lines = [f"[{row['reason']}] figure {row['figure_id']}  (fact {row['fact_id']})"]
    lines += _wrapped("why: ", str(row["why"]))
    lines += _wrapped("read: ", f"{row['read_as']}; source {row['source_country'] or '-'}")
    stated = f"{row['text']}"
    if confidence is not None and not pd.isna(confidence):
        stated += f"  (extraction confidence {float(confidence):.2f})"
    lines += _wrapped("stated as: ", stated)
    if isinstance(row.get("evidence"), str):
        lines += _wrapped("evidence: ", row["evidence"])
    if row.get("sentence"):
        lines += _wrapped("sentence: ", f"“{row['sentence']}”")
    lines += _wrapped("document: ", where)
    return lines


def cmd_review(args: argparse.Namespace) -> int:
    release_id = resolve_release(args.data, args.release)
    manifest = load_manifest(args.data, release_id)
    threshold = args.min_confidence
    if threshold is None:
        threshold = release_threshold(manifest)
    rows = review_entries(args.data, release_id, threshold)
    records = [{k: plain(v) for k, v in r.items()} for r in rows.to_dict("records")]
    if args.json:
        report = {"release_id": release_id, "min_confidence": threshold, "review": records}
        print(json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False))
        return 0
    n_facts = rows["fact_id"].nunique()
    print(
        f"release {release_id}: {len(rows)} figures to review in {n_facts} facts (held out of "
        f"conflicts: one source with two values, an unattributed figure against every named "
        f"side, or extraction confidence < {threshold:g})"
    )
    for row in records:
        print()
        print("\n".join(entry_lines(row)))
    return 0


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number from 0 to 1")
    return value


def add_review_command(commands: argparse._SubParsersAction, handler_key: str) -> None:
    """Register ``review`` on the ``tradefacts`` subcommand parser."""
    parser = commands.add_parser(
        "review",
        help="figures held out of conflicts: sentence, what was read, why doubtful",
        parents=[data_option()],
    )
    parser.add_argument("--release", help="release id or prefix (default: LATEST)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--min-confidence",
        type=_fraction,
        help="threshold to read with (default: the one the release was made with)",
    )
    parser.set_defaults(**{handler_key: guarded(cmd_review)})
