"""``tradefacts correct FIGURE_ID (--reject | --set FIELD=VALUE …) --reason …``: append a
correction to ``corrections.csv``.

Why a command: an analyst who sees a wrong figure (in ``tradefacts review``, ``conflicts`` or
``lineage``) fixes it without touching code; the command finds the figure in a published
release, writes its stable key (``pipeline/curate/corrections.py``) with the decision, reason,
author and date, and the next ``tradefacts run`` applies it. It never starts Dagster and never
edits a release: the correction is data, versioned with the input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from pathlib import Path

from assets.cli.options import data_option
from assets.cli.releases import guarded
from assets.environment import CORRECTIONS_ENV, DEFAULT_SEEDS, SEEDS_ENV
from pipeline.curate.corrections import CORRECTIONS_FILE, append_corrections, correction_rows
from pipeline.release.catalog import resolve_release
from pipeline.release.layout import load_manifest, load_table, recorded_corrections


def default_corrections(manifest: dict | None = None, seeds: Path | None = None) -> Path:
    """The corrections file the next ``tradefacts run`` over the same input reads.

    In order: ``TRADEFACTS_CORRECTIONS``; ``corrections.csv`` in ``seeds`` (``--seeds``) or in
    ``TRADEFACTS_SEEDS_DIR``; the file the release's run read (its manifest's
    ``settings.corrections.path``, so a release published with ``tradefacts run --seeds DIR``
    is corrected in ``DIR``); else ``seeds/corrections.csv``. Found by a new-user trial: the
    command wrote ``seeds/corrections.csv`` after a run over another folder, and no run read it.
    """
    explicit = os.environ.get(CORRECTIONS_ENV)
    if explicit:
        return Path(explicit)
    folder = seeds or os.environ.get(SEEDS_ENV)
    if folder:
        return Path(folder) / CORRECTIONS_FILE
    recorded = recorded_corrections(manifest).get("path")
    if recorded:
        return Path(recorded)
    return Path(DEFAULT_SEEDS) / CORRECTIONS_FILE


def _assignment(text: str) -> tuple[str, str]:
    field, sep, value = text.partition("=")
    if not sep or not field:
        raise argparse.ArgumentTypeError(f"{text!r}: expected FIELD=VALUE")
    return field.strip(), value.strip()


def cmd_correct(args: argparse.Namespace) -> int:
    release_id = resolve_release(args.data, args.release)
    figures = load_table(args.data, release_id, "figures")
    match = figures[figures["figure_id"] == args.figure_id]
    if match.empty:
        raise LookupError(f"figure {args.figure_id!r} is not in release {release_id}")
    figure = match.iloc[0].to_dict()
    sentences = load_table(args.data, release_id, "sentences")
    text = sentences.loc[sentences["sentence_id"] == figure["sentence_id"], "text"]
    rows = correction_rows(
        figure,
        str(text.iloc[0]) if len(text) else "",
        reject=args.reject,
        sets=dict(args.set or []),
        reason=args.reason,
        author=args.author,
        date=args.date,
    )
    path = args.corrections or default_corrections(load_manifest(args.data, release_id), args.seeds)
    append_corrections(path, rows)
    for row in rows.to_dict("records"):
        change = "reject" if row["action"] == "reject" else f"set {row['field']}={row['value']}"
        print(
            f"{path}: {change} figure {figure['figure_id']} {figure['text']!r} "
            f"(key {row['figure_key']}); applied by the next `tradefacts run`"
        )
    return 0


def add_correct_command(commands: argparse._SubParsersAction, handler_key: str) -> None:
    """Register ``correct`` on the ``tradefacts`` subcommand parser."""
    parser = commands.add_parser(
        "correct",
        help="append a correction of one figure (reject, or set a field) to corrections.csv",
        parents=[data_option()],
    )
    parser.add_argument("figure_id", help="figure_id from figures.parquet (or tradefacts review)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--reject", action="store_true", help="the figure is not a trade figure")
    what.add_argument(
        "--set",
        type=_assignment,
        action="append",
        metavar="FIELD=VALUE",
        help="correct one reading, e.g. period_end=2024-09-30 (repeatable)",
    )
    parser.add_argument("--reason", required=True, help="why, in one line")
    parser.add_argument("--author", default=getpass.getuser(), help="default: the login name")
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="YYYY-MM-DD (default: today)",
    )
    parser.add_argument("--release", help="release to find the figure in (default: LATEST)")
    parser.add_argument(
        "--corrections",
        type=Path,
        help=(
            f"the file to append to (env {CORRECTIONS_ENV}; default {CORRECTIONS_FILE} in --seeds, "
            "else in the input folder the release was built from)"
        ),
    )
    parser.add_argument(
        "--seeds",
        type=Path,
        help=f"input folder whose {CORRECTIONS_FILE} to append to (env {SEEDS_ENV})",
    )
    parser.set_defaults(**{handler_key: guarded(cmd_correct)})
