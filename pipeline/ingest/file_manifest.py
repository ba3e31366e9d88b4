"""The remembered file hashes kept as columns, checked against a whole listing at once, and saved
as a small delta: what an add-one pays for the input folder is its listing and one stat per file.

Why (issue 18): at 100,000 articles every run of ``raw_documents`` and every 30-second tick of the
folder sensor loaded ``<data>/cache/files.parquet`` into 100k Python objects (~0.6 CPU-s), checked
each file's stat against its entry one by one (~1.6 CPU-s of Python beside the ~0.5 CPU-s the
``stat`` calls themselves cost) and, when one file was new, rewrote all 100k entries.

:class:`ColumnHashes` is :class:`pipeline.ingest.file_hashes.FileHashes` (same trust rule, same
interface, same base file) with three differences:

- the stored entries stay NumPy/Arrow columns; :meth:`ColumnHashes.trusted_many` applies the trust
  rule of ``file_hashes`` (same regular file, equal ``(size, mtime_ns, ctime_ns, inode, device)``,
  timestamps older than the observation by more than ``TIMESTAMP_SLACK_NS``) to every file of a
  listing in array operations;
- :meth:`ColumnHashes.save` writes only the entries this process recorded or forgot, as one delta
  file in ``files.parquet.d/`` (a forgotten file is a row without ``sha256``); ``load`` applies the
  deltas over the base in the order they were written. When the deltas hold more than
  ``COMPACT_FRACTION`` of the base (or there are more than ``MAX_DELTAS`` of them), the save writes
  the merged entries as a new base and then removes the deltas it merged;
- a delta that cannot be read is skipped (and removed by the next merge if it is torn).

What is stored is read only when it can be trusted to be what was written: base and deltas carry
Parquet page checksums (a flipped bit in a sha256 otherwise vouched for other bytes), text is
checked to be UTF-8, a row without a name, sha256 or stamp is no fact, and a stamp ``int64``
cannot hold (a timestamp past 2262) is never recorded. Anything else costs a hash, never a raise
out of ``raw_documents`` or the sensor. (100k-entry load: ~30 -> ~35 CPU-ms.)

Why this stays safe with concurrent writers (a run and the sensor) and crashes: every stored entry
is a fact "a file with this exact stat held these bytes" (recorded only when the stat before and
after the read agree), and every use checks it against the live stat, so an entry that is stale,
out of order or lost only costs one read and hash; a forgotten file's row only costs the same.
A crash between writing a new base and removing the merged deltas leaves deltas that are applied
again over it: the same facts again. The older ``FileHashes`` reading the same folder sees the base
only (so it hashes what the deltas hold) and its save writes a whole base, over which the newer
deltas apply as facts.

Not imported by ``pipeline.ingest.documents``: the per-document caches are versioned by that
module's import closure, and nothing here changes a row.
"""

from __future__ import annotations

import os
import stat
import time
import uuid
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.hashing import sha256_of_parts
from pipeline.files import write_atomic
from pipeline.ingest.documents import _scan_names, display_name, open_input
from pipeline.ingest.file_hashes import (
    _COLUMNS,
    _SCHEMA,
    TIMESTAMP_SLACK_NS,
    FileHashes,
    Stamp,
    _Entry,
    observed_now,
)

COMPACT_FRACTION = 0.05
"""Deltas holding more rows than this share of the base (and more than ``COMPACT_MIN_ROWS``)
are merged into a new base by the next save."""
COMPACT_MIN_ROWS = 2000
MAX_DELTAS = 64
_STAMP_FIELDS = ("size", "mtime_ns", "ctime_ns", "inode", "device")
_LIVE = np.dtype(
    [("size", "i8"), ("mtime_ns", "i8"), ("ctime_ns", "i8"), ("inode", "u8"), ("device", "u8")]
)


def deltas_dir(path: Path) -> Path:
    """The folder of the delta files of the base file ``path``."""
    return path.with_name(path.name + ".d")


class ColumnHashes(FileHashes):
    """:class:`FileHashes` with the stored entries as columns and saves as deltas (see the module
    docstring). ``_entries`` holds only the entries that differ from the base (``None``: the
    file was forgotten)."""

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path)
        self._names: list[str] = []
        self._index: dict[str, int] | None = None
        self._stamps = np.zeros(0, dtype=_LIVE)
        self._seen = np.zeros(0, dtype=np.int64)
        self._shas = pa.array([], pa.string())
        self._overlay: dict[str, _Entry | None] = {}
        self._mine: dict[str, _Entry | None] = {}
        self._merged: list[Path] = []

    @classmethod
    def load(cls, path: Path) -> ColumnHashes:
        """The base at ``path`` and its deltas; empty when the base is missing or unreadable."""
        hashes = cls(path)
        table = _read(Path(path))
        if table is not None:
            hashes._set_base(table)
        for delta in sorted(deltas_dir(Path(path)).glob("*.parquet")):
            if not delta.is_file():
                continue  # a folder or a device is no delta of ours: never read, never removed
            try:
                rows = _read(delta, missing_ok=False)
            except OSError:
                continue  # merged away by another process: its entries cost a hash at most
            hashes._merged.append(delta)  # unreadable or not ours: dropped when merged
            for row in rows.to_pylist() if rows is not None else []:
                sha = row["sha256"]
                stamp = Stamp(*(row[f] for f in _STAMP_FIELDS))
                hashes._overlay[row["name"]] = (
                    None if sha is None else _Entry(stamp, sha, row["seen_ns"])
                )
        return hashes

    def _set_base(self, table: pa.Table) -> None:
        table = table.drop_null()  # a row with a hole is no fact (a forgotten file's row)
        n = table.num_rows
        self._names = table.column("name").to_pylist()
        stamps = np.zeros(n, dtype=_LIVE)
        for field in _STAMP_FIELDS:
            stamps[field] = table.column(field).to_numpy()
        self._stamps = stamps
        self._seen = table.column("seen_ns").to_numpy()
        self._shas = table.column("sha256").combine_chunks()

    def _position(self) -> dict[str, int]:
        if self._index is None:
            self._index = {name: i for i, name in enumerate(self._names)}
        return self._index

    def _entry(self, name: str) -> _Entry | None:
        if name in self._overlay:
            return self._overlay[name]
        i = self._position().get(name)
        if i is None:
            return None
        row = self._stamps[i]
        stamp = Stamp(*(int(row[f]) for f in _STAMP_FIELDS))
        return _Entry(stamp, str(self._shas[i]), int(self._seen[i]))

    def __len__(self) -> int:
        overlay_new = sum(
            1 for n, e in self._overlay.items() if e is not None and n not in self._position()
        )
        gone = sum(1 for n, e in self._overlay.items() if e is None and n in self._position())
        return len(self._names) + overlay_new - gone

    def names(self) -> list[str]:
        """The names with an entry, sorted."""
        live = {n for n in self._names if self._overlay.get(n, True) is not None}
        live |= {n for n, e in self._overlay.items() if e is not None}
        return sorted(live)

    def trusted(self, name: str, st: os.stat_result) -> str | None:
        entry = self._entry(name)
        if entry is None or not stat.S_ISREG(st.st_mode) or entry.stamp != Stamp.of(st):
            return None
        if max(entry.stamp.mtime_ns, entry.stamp.ctime_ns) + TIMESTAMP_SLACK_NS >= entry.seen_ns:
            return None  # racy (file_hashes)
        self.trusted_count += 1
        return entry.sha256

    def trusted_many(
        self, names: list[str], stats: list[os.stat_result | None]
    ) -> list[str | None]:
        """``[self.trusted(name, st) ...]`` (``None`` for a ``None`` stat) in array operations."""
        out: list[str | None] = [None] * len(names)
        if not names:
            return out
        index = self._position()
        overlay = self._overlay
        at = np.fromiter(
            (-1 if n in overlay else index.get(n, -1) for n in names), np.int64, len(names)
        )
        regular = np.fromiter(
            (s is not None and stat.S_ISREG(s.st_mode) for s in stats), bool, len(stats)
        )
        try:
            live = np.array(
                [
                    (s.st_size, s.st_mtime_ns, s.st_ctime_ns, s.st_ino, s.st_dev)
                    if s is not None
                    else (0, 0, 0, 0, 0)
                    for s in stats
                ],
                dtype=_LIVE,
            )
        except OverflowError:  # a timestamp past 2262: such a stamp was never recorded
            fits = [s is not None and Stamp.of(s).storable() for s in stats]
            regular &= np.fromiter(fits, bool, len(stats))
            live = np.array(
                [
                    (s.st_size, s.st_mtime_ns, s.st_ctime_ns, s.st_ino, s.st_dev)
                    if s is not None and ok
                    else (0, 0, 0, 0, 0)
                    for s, ok in zip(stats, fits, strict=True)
                ],
                dtype=_LIVE,
            )
        known = (at >= 0) & regular
        where = np.where(known, at, 0)
        if len(self._names):
            base = self._stamps[where]
            ok = known & (base == live)
            newest = np.maximum(base["mtime_ns"], base["ctime_ns"])
            ok &= newest < self._seen[where] - TIMESTAMP_SLACK_NS  # no int64 wrap near 2262
            hits = np.flatnonzero(ok)
            shas = self._shas.take(pa.array(where[hits])).to_pylist()
            for i, sha in zip(hits.tolist(), shas, strict=True):
                out[i] = sha
            self.trusted_count += len(hits)
        for i, name in enumerate(names):
            if name in overlay and stats[i] is not None:
                out[i] = self.trusted(name, stats[i])
        return out

    def record(
        self, name: str, before: os.stat_result, after: os.stat_result, sha: str, seen_ns: int
    ) -> None:
        self.hashed_count += 1
        stamp = Stamp.of(before)
        entry: _Entry | None = _Entry(stamp, sha, seen_ns)
        if not stat.S_ISREG(before.st_mode) or stamp != Stamp.of(after) or not stamp.storable():
            entry = None  # changed while read (or a stamp the columns cannot hold): forget it
        if self._entry(name) != entry:
            self._overlay[name] = self._mine[name] = entry
            self._dirty = True

    def keep_only(self, names: Iterable[str]) -> None:
        live = set(names)
        gone = [n for n in self._names if n not in live and self._overlay.get(n, True) is not None]
        gone += [n for n, e in self._overlay.items() if e is not None and n not in live]
        for name in gone:
            self._overlay[name] = self._mine[name] = None
        self._dirty = self._dirty or bool(gone)

    def save(self) -> None:
        """Write this process's changes as one delta, or everything as a new base when the
        deltas have grown (see the module docstring)."""
        if self.path is None or not self._dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        grown = len(self._overlay) > max(COMPACT_MIN_ROWS, COMPACT_FRACTION * len(self._names))
        folder = deltas_dir(self.path)
        blocked = folder.exists() and not folder.is_dir()  # not ours: never a place for deltas
        if grown or blocked or len(self._merged) >= MAX_DELTAS or not self.path.exists():
            self._compact()
        else:
            folder.mkdir(exist_ok=True)
            name = f"{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}.parquet"
            table = _table(sorted(self._mine.items()))
            write_atomic(
                folder / name, lambda tmp: pq.write_table(table, tmp, write_page_checksum=True)
            )
            self._merged.append(folder / name)
        self._mine.clear()
        self._dirty = False

    def _compact(self) -> None:
        assert self.path is not None
        entries = [(n, self._entry(n)) for n in self.names()]
        table = _table(entries)
        write_atomic(
            self.path,
            lambda tmp: pq.write_table(table, tmp, compression="zstd", write_page_checksum=True),
        )
        for delta in self._merged:
            with suppress(OSError):  # gone already, or not ours to remove: applied again later
                delta.unlink(missing_ok=True)
        self._merged = []
        fresh = ColumnHashes(self.path)
        fresh._set_base(table)
        self._names, self._index = fresh._names, None
        self._stamps, self._seen, self._shas = fresh._stamps, fresh._seen, fresh._shas
        self._overlay = {}


def _read(path: Path, missing_ok: bool = True) -> pa.Table | None:
    """The stored rows at ``path`` in ``_SCHEMA``, or ``None`` when they are not trustworthy:
    torn, not Parquet, another layout, a page whose checksum fails (a flipped bit in a sha256
    must cost a hash, never vouch for other bytes: files written before the checksums have
    none to check) or text that is not UTF-8. A missing file raises ``OSError`` unless
    ``missing_ok``."""
    try:
        table = pq.read_table(path, page_checksum_verification=True)
        if table.schema.names != list(_COLUMNS):
            return None
        table = table.cast(_SCHEMA)
        table.validate(full=True)  # invalid UTF-8 would raise when read as str
    except FileNotFoundError:
        if missing_ok:
            return None
        raise
    except (OSError, ValueError, pa.ArrowException):  # ValueError: a name not UTF-8
        return None
    return table.filter(table.column("name").is_valid())


def _table(entries: list[tuple[str, _Entry | None]]) -> pa.Table:
    """The rows of ``entries`` (a ``None`` entry: a row with only the name)."""
    columns: dict[str, list] = {c: [] for c in _COLUMNS}
    for name, entry in entries:
        columns["name"].append(name)
        columns["sha256"].append(entry.sha256 if entry is not None else None)
        columns["seen_ns"].append(entry.seen_ns if entry is not None else 0)
        for field in _STAMP_FIELDS:
            columns[field].append(getattr(entry.stamp, field) if entry is not None else 0)
    return pa.table(columns, schema=_SCHEMA)


def trusted_shas(
    hashes: FileHashes, names: list[str], stats: list[os.stat_result | None]
) -> list[str | None]:
    """The remembered sha256 of each file its stat vouches for, else ``None``."""
    if isinstance(hashes, ColumnHashes):
        return hashes.trusted_many(names, stats)
    return [
        hashes.trusted(n, s) if s is not None else None for n, s in zip(names, stats, strict=True)
    ]


def fingerprint_listing(folder: Path, hashes: FileHashes | None = None) -> dict[str, str]:
    """``{file name: sha256}`` of the input articles; ``"unreadable"`` for files that fail.

    With ``hashes``, a file its stat vouches for is not read (the trust rule of
    :mod:`pipeline.ingest.file_hashes`, looked up for the whole listing in one
    :func:`trusted_shas` call); ``hashes`` learns the files read and forgets the files gone
    (the caller saves it). Without, every file is read: the truth the tests compare with.
    The one folder fingerprint (``pipeline.ingest.cache`` had a per-file copy of it, until
    issue 18 round 17)."""
    folder = Path(folder)
    scanned = _scan_names(folder)
    files = [name for name, _ in scanned]
    names = files if "".join(files).isascii() else [display_name(f) for f in files]
    stats = [st for _, st in scanned]
    known = trusted_shas(hashes, names, stats) if hashes is not None else [None] * len(names)
    out: dict[str, str] = {}
    for file, name, sha in zip(files, names, known, strict=True):
        out[name] = sha if sha is not None else _hash_file(folder / file, name, hashes)
    if hashes is not None:
        hashes.keep_only(out)
    return out


def _hash_file(path: Path, name: str, hashes: FileHashes | None) -> str:
    """The sha256 of one input file (``"unreadable"`` if it fails), recorded in ``hashes``."""
    seen = observed_now()
    opened = open_input(path)  # a FIFO or device is never read (it would block or not end)
    if isinstance(opened, str):
        return "unreadable"
    with opened as handle:
        try:
            before = os.fstat(handle.fileno())
            sha = sha256_of_parts(iter(lambda: handle.read(1 << 20), b""))
            after = os.fstat(handle.fileno())
        except OSError:
            return "unreadable"
    if hashes is not None:
        hashes.record(name, before, after, sha, seen)
    return sha


__all__ = ["ColumnHashes", "fingerprint_listing", "trusted_shas"]
