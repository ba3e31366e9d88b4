"""How many rows of a published release table hold each value of a column, kept per part.

Why (issue 18): after each run, ``tradefacts run`` printed its summary from the new release's
``documents`` (status) and ``facts`` (resolution) read whole and hashed whole, and the shrink
guard read the current release's ``documents`` status whole, twice per run (the ``shrink_guard``
check and the publish). At 10k articles that was ~240 small Parquet files read per add-one for
three numbers, ten times that at 100k, though an add-one changes one or two of those parts.

A part is named in its release's manifest by the sha256 of its bytes, so what is counted from a
part's bytes holds for every part with that sha256: counts are kept by ``"<sha256> <column>"``
in ``<data>/cache/release-counts.json``, and only the parts without an entry are read. A part is
counted only after its bytes hashed to the sha256 the manifest records (a damaged part raises
:class:`~pipeline.release.layout.ReleaseDamaged` and records nothing), and the manifest itself
must give the release id (:func:`~pipeline.release.layout.table_files`). A part with an entry
is not read again: the counts answer for the bytes the manifest names. Whether the files still
hold those bytes is the release step's ``verify`` (run before the summary, under the same writer
lock) and ``tradefacts releases verify``'s business, not a count's.

The file holds only the entries of the last release whose count missed one (written with one
rename, a digest over the entries: a damaged or missing file is an empty memo and costs only
reading the parts again).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.files import write_atomic
from pipeline.release.layout import (
    DAMAGED_HINT,
    MANIFEST,
    ReleaseDamaged,
    load_manifest,
    parse_part_line,
    table_files,
)

COUNTS_FILE = Path("cache") / "release-counts.json"
VERSION = "release-counts-1"
"""Seeds the digest: a change of what an entry means empties the memo."""
NULL = "\0null"
"""The key counting a column's nulls (no text value of a table is this)."""


@dataclass(frozen=True)
class PartCounts:
    """One part (or a one-file table) of a release table and its column's value counts."""

    file: Path
    where: str
    """How a damage message names it: ``documents.parquet/part-00003.parquet``."""
    sha256: str
    counts: dict[str, int]


def _digest(entries: dict[str, dict[str, int]]) -> str:
    return sha256_hex(VERSION + json.dumps(entries, sort_keys=True))


def _load(data_dir: Path) -> dict[str, dict[str, int]]:
    try:
        stored = json.loads((Path(data_dir) / COUNTS_FILE).read_text("utf-8"))
        entries = {
            str(key): {str(value): int(n) for value, n in counts.items()}
            for key, counts in stored["entries"].items()
        }
        if stored["sha256"] != _digest(entries):
            return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}
    return entries


def _release_shas(manifest: dict) -> set[str]:
    """The sha256 of every table file and part a manifest names."""
    found: set[str] = set()
    for entry in manifest.get("files", {}).values():
        found.add(str(entry.get("sha256", "")))
        for line in entry.get("parts", ()):
            found.add(parse_part_line(line)[1])
    return found


def read_verified(
    release_id: str, file: Path, where: str, sha256: str, columns: Sequence[str]
) -> pa.Table:
    """``columns`` of one part read from bytes that hash to ``sha256`` (else
    :class:`ReleaseDamaged`, worded as :func:`~pipeline.release.layout.check_table`)."""
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ReleaseDamaged(
            f"release {release_id} is damaged: {where} cannot be read ({exc.strerror or exc}); "
            f"{DAMAGED_HINT}"
        ) from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != sha256:
        raise ReleaseDamaged(
            f"release {release_id} is damaged: {where} has sha256 {actual[:12]}…, {MANIFEST} "
            f"records {sha256[:12]}…; {DAMAGED_HINT}"
        )
    with pq.ParquetFile(pa.BufferReader(data)) as parquet:
        return parquet.read(columns=list(columns), use_threads=False)


def part_counts(data_dir: Path, release_id: str, table: str, column: str) -> list[PartCounts]:
    """Each part of ``table`` in part order (a one-file table: the file) with the number of its
    rows holding each value of ``column`` (text values as ``str``; nulls under :data:`NULL`).

    Parts without an entry in the memo are read (verified against the manifest) and their
    counts recorded. Raises :class:`ReleaseDamaged` for an unreadable or inconsistent manifest
    or a part read that does not match it; ``KeyError`` when the release has no such table."""
    data_dir = Path(data_dir)
    manifest = load_manifest(data_dir, release_id)
    if table not in manifest.get("files", {}):
        raise KeyError(table)
    path, parts, table_sha = table_files(data_dir, release_id, table, manifest)
    files = parts if parts is not None else [(path, path.name, table_sha)]
    memo = _load(data_dir)
    found: list[PartCounts] = []
    fresh = False
    for file, name, sha in files:
        where = f"{path.name}/{name}" if parts is not None else name
        key = f"{sha} {column}"
        counts = memo.get(key)
        if counts is None:
            values = read_verified(release_id, file, where, sha, [column]).column(column)
            counts = dict(Counter(NULL if v is None else str(v) for v in values.to_pylist()))
            memo[key] = counts
            fresh = True
        found.append(PartCounts(file, where, sha, counts))
    if fresh:
        live = _release_shas(manifest)
        kept = {k: v for k, v in memo.items() if k.split(" ", 1)[0] in live}
        body = {"version": VERSION, "entries": kept, "sha256": _digest(kept)}
        with suppress(OSError):  # a memo not written only costs reading the parts again
            (data_dir / COUNTS_FILE).parent.mkdir(parents=True, exist_ok=True)
            write_atomic(data_dir / COUNTS_FILE, json.dumps(body, sort_keys=True).encode())
    return found


def value_counts(data_dir: Path, release_id: str, table: str, column: str) -> dict[str, int]:
    """The rows of ``table`` holding each value of ``column``, over all its parts
    (:func:`part_counts`)."""
    total: Counter[str] = Counter()
    for part in part_counts(data_dir, release_id, table, column):
        total.update(part.counts)
    return dict(total)


def rows_with(
    release_id: str,
    parts: Sequence[PartCounts],
    column: str,
    value: str,
    columns: Sequence[str],
    limit: int,
) -> pd.DataFrame:
    """The first ``limit`` rows (table order) whose ``column`` is ``value``, as ``columns``: only
    the parts whose counts hold ``value`` are read (verified)."""
    frames: list[pd.DataFrame] = []
    found = 0
    for part in parts:
        if found >= limit:
            break
        if not part.counts.get(value):
            continue
        wanted = list(dict.fromkeys([*columns, column]))
        rows = from_arrow(read_verified(release_id, part.file, part.where, part.sha256, wanted))
        rows = rows[rows[column] == value][list(columns)].head(limit - found)
        frames.append(rows)
        found += len(rows)
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.concat(frames, ignore_index=True)
