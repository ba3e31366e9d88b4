"""``tradefacts releases list|show|diff|rollback|unpin|gc|verify`` and ``tradefacts lineage FACT_ID``.

Why a module of its own: these commands read and administer published releases and never start
Dagster, so they stay fast and independent of the run machinery in ``assets/cli/app.py``, which only
registers them (:func:`add_release_commands`) and wraps its run in :func:`with_writer_lock`.
Every failure is one line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from assets.cli.options import data_option
from pipeline.release import catalog
from pipeline.release.catalog import list_releases, resolve_release, rollback, verify_release
from pipeline.release.diff import diff_releases
from pipeline.release.layout import (
    ATTACHMENTS,
    LockHeld,
    ReleaseError,
    load_manifest,
    read_latest,
    releases_dir,
)
from pipeline.release.lineage import lineage
from pipeline.release.lock import acquire_lock, release_lock
from pipeline.report.labels import as_date, fact_value_label, pair_label, period_label

SIGPIPE_EXIT = 141
"""Exit status when stdout's reader went away early (128 + SIGPIPE, as a shell reports it)."""

HANDLER = "release_handler"
"""Attribute of the parsed arguments naming the function that runs a command of this module."""


def with_writer_lock(data: Path, run: Callable[[], int]) -> int:
    """``run()`` while holding the store's writer lock; exit code 1 if another writer has it
    or the data folder cannot hold it (a file, read-only)."""
    try:
        token = acquire_lock(data)
    except LockHeld as exc:
        print(f"tradefacts: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"tradefacts: cannot use data folder {data}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        return run()
    finally:
        release_lock(token)


def _fmt(value: object) -> str:
    """A count or an exact amount: ``1,111,360,000``, ``12.5``; never ``1.11136e+09``."""
    if value is None:
        return "null"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1e4 else f"{value:,.6f}".rstrip("0").rstrip(".")
    return str(value)


def _key_text(row: dict) -> str:
    """A fact's key in one line; a closed period as its two ISO days, an open one as ``facts``
    prints it (``by 2030`` for a target, ``?`` undated: round 53, it read ``…..2030-12-31``)."""
    start, end = row.get("period_start"), row.get("period_end")
    period = f"{start}..{end}" if as_date(start) and as_date(end) else period_label(start, end)
    pair = pair_label(str(row.get("flow")), str(row.get("reporter")), str(row.get("partner")))
    return (
        f"{row.get('flow')} {row.get('scope')} {pair} "
        f"{period} {row.get('measure')} {row.get('unit')} {row.get('status')}"
    )


def _value_text(row: dict) -> str:
    """``1.11bn USD (agreed)``: the value as ``tradefacts facts`` and the report print it (the
    range the claims span for a conflict)."""
    return f"{fact_value_label(row)} ({row.get('resolution')})"


def _change_text(old: dict, new: dict) -> str:
    """``old → new``; with the exact amounts too when the short labels cannot tell them apart."""
    before, after = _value_text(old), _value_text(new)
    if before == after and old.get("value") != new.get("value"):
        before += f" [{_fmt(old.get('value'))}]"
        after += f" [{_fmt(new.get('value'))}]"
    return f"{before} → {after}"


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))


# --------------------------------------------------------------------------- commands


def cmd_list(args: argparse.Namespace) -> int:
    releases = list_releases(args.data)
    pinned = catalog.read_pin(args.data)
    if args.json:
        _print_json(
            [
                {
                    "release_id": r.release_id,
                    "created_at": r.created_at,
                    "parent": r.parent,
                    "latest": r.is_latest,
                    "pinned": r.release_id == pinned,
                    "rows": {
                        n: e.get("rows") for n, e in (r.manifest or {}).get("files", {}).items()
                    },
                }
                for r in releases
            ]
        )
        return 0
    if not releases:
        print(f"no releases in {releases_dir(args.data)}")
    for r in releases:
        files = (r.manifest or {}).get("files", {})
        facts, docs = files.get("facts", {}).get("rows"), files.get("documents", {}).get("rows")
        mark = "*" if r.is_latest else " "
        print(
            f"{mark} {r.release_id}  {r.created_at or 'manifest unreadable':32}  "
            f"docs {_fmt(docs):>4}  facts {_fmt(facts):>5}  parent {r.parent or '-'}"
        )
    if pinned:
        print(f"LATEST is pinned to {pinned} (a rollback): {PIN_HINT}")
    return 0


def _input_count(inputs: object) -> object:
    """How many documents a manifest's ``inputs`` entry lists: the ``rows`` of its stored
    parts (the manifest's current form: ``{"path", "parts", "rows"}``), or the length of an
    older manifest's inline list or mapping of documents; ``-`` when there is none."""
    if isinstance(inputs, dict) and "rows" in inputs:
        return inputs["rows"]
    return len(inputs) if isinstance(inputs, (list, dict)) and inputs else "-"


def cmd_show(args: argparse.Namespace) -> int:
    release_id = resolve_release(args.data, args.release)
    manifest = load_manifest(args.data, release_id)
    if args.json:
        _print_json(manifest)
        return 0
    latest = " (LATEST)" if read_latest(args.data) == release_id else ""
    print(f"release        {release_id}{latest}")
    for field in ("created_at", "parent", "code_version", "schema_version", "dagster_run_id"):
        print(f"{field:<15}{manifest.get(field) or '-'}")
    print(f"inputs         {_input_count(manifest.get('inputs'))} documents")
    for name, entry in manifest.get("files", {}).items():
        print(f"  {entry.get('path', name):<18} rows {entry.get('rows'):>6}  {entry.get('sha256')}")
    for name, entry in manifest.get(ATTACHMENTS, {}).items():
        print(f"  {name:<18} {'':>11}  {entry.get('sha256')}")
    return 0


def _changes(label: str, groups: dict, name, changed) -> list[str]:
    """``label: N added, N removed, N changed`` and one line per entry (``name(entry)``)."""
    counts = {k: len(v) for k, v in groups.items()}
    lines = [
        f"{label}: {counts['added']} added, {counts['removed']} removed, "
        f"{counts['changed']} changed"
    ]
    lines += [f"  + {name(d)}" for d in groups["added"]]
    lines += [f"  - {name(d)}" for d in groups["removed"]]
    lines += [f"  ~ {changed(d)}" for d in groups["changed"]]
    return lines


def _diff_text(diff: dict) -> list[str]:
    lines = [f"diff {diff['old']} → {diff['new']}"]
    if diff["code_version"][0] != diff["code_version"][1]:
        lines.append(f"code version {diff['code_version'][0]} → {diff['code_version'][1]}")
    before, after = diff.get("corrections") or [None, None]
    if before != after:
        short = [(sha or "none")[:12] for sha in (before, after)]
        lines.append(f"corrections file {short[0]} → {short[1]}")
    lines += _changes(
        "inputs",
        diff["inputs"],
        lambda d: (
            f"{d['doc_id']}  {d['sha256'][:12]}"
            + (f"  (quarantined: {d['quarantined']})" if d.get("quarantined") else "")
        ),
        lambda d: f"{d['doc_id']}  {d['old_sha256'][:12]} → {d['new_sha256'][:12]}",
    )
    statuses = diff.get("documents") or []  # absent from a diff made before round 57
    if statuses:
        lines.append(f"documents: {len(statuses)} read differently")
    for d in statuses:
        was = d["old_status"] + (f" ({d['old_reason']})" if d["old_reason"] else "")
        now = d["new_status"] + (f" ({d['new_reason']})" if d["new_reason"] else "")
        lines.append(f"  ~ {d['doc_id']}  {was} → {now}")
    lines += _changes(
        "facts",
        diff["facts"],
        lambda f: f"{_key_text(f)}: {_value_text(f)}",
        lambda f: f"{_key_text(f)}: {_change_text(f['old'], f['new'])}  [{', '.join(f['fields'])}]",
    )
    return lines


def cmd_diff(args: argparse.Namespace) -> int:
    old = resolve_release(args.data, args.old)
    new = resolve_release(args.data, args.new)
    diff = diff_releases(args.data, old, new)
    if args.json:
        _print_json(diff)
    else:
        print("\n".join(_diff_text(diff)))
    return 0


PIN_HINT = "runs publish but leave LATEST until `tradefacts releases unpin`"


def cmd_rollback(args: argparse.Namespace) -> int:
    target = resolve_release(args.data, args.release)
    previous = rollback(args.data, target)
    print(f"LATEST: {previous or '-'} → {target}")
    print(f"LATEST is pinned to {target}: {PIN_HINT}")
    return 0


def cmd_unpin(args: argparse.Namespace) -> int:
    pinned = catalog.unpin(args.data)
    if pinned is None:
        print("LATEST was not pinned")
    else:
        print(f"unpinned {pinned}: the next run moves LATEST to the release it publishes")
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    result = catalog.gc(args.data, args.keep, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for release_id in result.removed:
        print(f"{verb} release {release_id}")
    for name in result.stale:
        print(f"{verb} stale {name}")
    print(
        f"{verb} {len(result.removed)} releases, {len(result.stale)} stale entries and "
        f"{len(result.objects)} shared files no kept release links; kept {len(result.kept)}"
        f"{_kept_beyond(args.data, args.keep, result.kept)}"
    )
    return 0


def _kept_beyond(data: Path, keep: int, kept: tuple[str, ...]) -> str:
    """Why gc kept more releases than ``--keep`` asked: " (1 newest asked; also abc12345:
    LATEST, pinned)". ``kept`` is newest first, the asked ones first (``catalog.gc``)."""
    extra = kept[keep:]
    if not extra:
        return ""
    latest, pinned = read_latest(data), catalog.read_pin(data)
    reasons = []
    for release_id in extra:
        why = [w for w, i in (("LATEST", latest), ("pinned", pinned)) if i == release_id]
        reasons.append(f"{release_id[:8]}: {', '.join(why or ['newest'])}")
    return f" ({keep} newest asked; also {'; '.join(reasons)}: gc never deletes these)"


def cmd_verify(args: argparse.Namespace) -> int:
    if not Path(args.data).is_dir():
        print(f"tradefacts: data folder {args.data} does not exist", file=sys.stderr)
        return 1
    if args.release:
        ids = [resolve_release(args.data, args.release)]
    else:
        ids = [r.release_id for r in list_releases(args.data)]
    failed = 0
    if not args.release:  # the whole store: LATEST must name one of its releases
        problems = catalog.latest_problems(args.data)
        failed += bool(problems)
        print(f"LATEST: {'ok' if not problems else 'FAILED'}")
        for problem in problems:
            print(f"  {problem}")
    for release_id in ids:
        problems = verify_release(args.data, release_id)
        failed += bool(problems)
        print(f"{release_id}: {'ok' if not problems else 'FAILED'}")
        for problem in problems:
            print(f"  {problem}")
    if not ids:
        print(f"no releases in {releases_dir(args.data)}")
    return 1 if failed else 0


def cmd_lineage(args: argparse.Namespace) -> int:
    release_id = resolve_release(args.data, args.release)
    data = lineage(args.data, release_id, args.fact_id)
    if args.json:
        _print_json(data)
        return 0
    fact = data["fact"]
    print(f"fact {fact['fact_id']}  {_key_text(fact)}  (release {release_id})")
    print(
        f"  value {_value_text(fact)}  range {_fmt(fact.get('value_min'))}.."
        f"{_fmt(fact.get('value_max'))}  sources {fact.get('sources')}"
    )
    print(f"  note  {fact.get('note')}")
    print(f"claims ({len(data['claims'])})")
    for c in data["claims"]:
        print(
            f"  {c['figure_id']}  {_fmt(c['value'])}  by {c.get('source_country') or '?'}  "
            f"published {c.get('published') or '?'}"
        )
    print(f"figures ({len(data['figures'])})")
    for f in data["figures"]:
        pair = pair_label(f["flow"], f["reporter"], f["partner"])
        print(
            f"  {f['figure_id']}  {f['text']!r}  {f['flow']} {pair}  "
            f"{_fmt(f['value'])} {f['unit']}  in {f['sentence_id']}"
        )
    print(f"sentences ({len(data['sentences'])})")
    for s in data["sentences"]:
        print(f"  {s['sentence_id']}: {s['text']}")
    print(f"documents ({len(data['documents'])})")
    for d in data["documents"]:
        print(f"  {d['doc_id']}  {d['path']}  sha256 {d['sha256']}")
    if data.get("corrections"):
        print(f"corrections ({len(data['corrections'])})")
    for c in data.get("corrections", []):
        change = "reject" if c["action"] == "reject" else f"set {c['field']}={c['value']}"
        print(
            f"  {c.get('current_figure_id') or c.get('figure_id')}  {c['figure_text']!r}  "
            f"{change}  by {c['author']} on {c['date']}: {c['reason']}"
        )
    for problem in data["problems"]:
        print(f"problem: {problem}")
    return 1 if data["problems"] else 0


# --------------------------------------------------------------------------- argparse wiring


def _reader_gone() -> int:
    """The reader of stdout closed it (``tradefacts facts | head``): no message, stdout pointed
    at the null device so that the flush at exit cannot fail again, and 141 (128 + SIGPIPE), the
    status a shell gives ``cat`` or ``seq`` cut off the same way."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return SIGPIPE_EXIT


def guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn expected errors into one line on stderr and exit code 1 (a closed pipe on stdout:
    quietly, 141)."""

    def run(args: argparse.Namespace) -> int:
        try:
            code = command(args)
            sys.stdout.flush()  # a pipe closed after the last write fails here, not at exit
            return code
        except BrokenPipeError:
            return _reader_gone()
        except (ReleaseError, LookupError, OSError, ValueError) as exc:
            print(f"tradefacts: {exc}".splitlines()[0], file=sys.stderr)
            return 1

    return run


def add_release_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``releases …`` and ``lineage`` on the ``tradefacts`` subcommand parser."""
    common = data_option()
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON instead of text")

    releases = commands.add_parser("releases", help="list, inspect, diff, verify, roll back, gc")
    sub = releases.add_subparsers(dest="releases_command", required=True)

    def add(name: str, command, summary: str, parents=(common,)) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=summary, parents=list(parents))
        parser.set_defaults(**{HANDLER: guarded(command)})
        return parser

    add("list", cmd_list, "every release, oldest first; * marks LATEST", (common, as_json))
    add("show", cmd_show, "a release's manifest", (common, as_json)).add_argument(
        "release", nargs="?", help="release id or unique prefix (default: LATEST)"
    )
    diff = add("diff", cmd_diff, "facts and inputs added, removed, changed", (common, as_json))
    diff.add_argument("old", help="the older release (id, prefix or 'latest')")
    diff.add_argument("new", help="the newer release (id, prefix or 'latest')")
    add("rollback", cmd_rollback, "point LATEST at a verified release and pin it").add_argument(
        "release", help="release id or unique prefix"
    )
    add("unpin", cmd_unpin, "let runs move LATEST again after a rollback")
    gc = add("gc", cmd_gc, "delete all but the N newest releases (LATEST is always kept)")
    gc.add_argument("--keep", type=int, required=True, metavar="N", help="releases to keep")
    gc.add_argument("--dry-run", action="store_true", help="only say what would be removed")
    add("verify", cmd_verify, "check files against the manifest (default: every release)")
    sub.choices["verify"].add_argument("release", nargs="?", help="release id or prefix")

    lineage_parser = commands.add_parser(
        "lineage", help="a fact's claims, figures, sentences, documents", parents=[common, as_json]
    )
    lineage_parser.add_argument("fact_id", help="fact_id from facts.parquet")
    lineage_parser.add_argument("--release", help="release id or prefix (default: LATEST)")
    lineage_parser.set_defaults(**{HANDLER: guarded(cmd_lineage)})
