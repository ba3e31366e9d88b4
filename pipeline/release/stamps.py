"""Stat stamps of release objects whose bytes were hashed: an object whose stamp still matches is
trusted without reading it again (issue 18: an add-one release links ~2,000 unchanged parts at
100k articles, and hashing each of them, twice per run, was ~1 CPU-s).

Why a stamp is enough: an object is written once (read-only, one rename) and never changed in
place; the same trust the ingest gives unchanged input files. A stamp is ``(device, inode, size,
mtime_ns)`` of the object, recorded after its sha256 was checked or computed; any write through
any link changes the mtime (and a replaced object has another inode), so the next lookup hashes
it again. Not the ``ctime``: linking the object into a release changes it, so it would distrust
every object on every run. Racy stamps are never recorded (as git's racily clean index
entries): a file whose mtime is within :data:`RACY_NS` of the moment its bytes were checked
could still change within the same timestamp tick, so it is hashed again next time instead.

Layout: ``<data>/cache/object-stamps.json``, ``{"version", "stamps": {sha256: [dev, ino, size,
mtime_ns]}, "sha256"}`` (the last over the stamps: a damaged file is an empty cache), written
with one rename. Only the stamps of the latest publish are kept. ``verify`` and ``gc`` keep
hashing every byte; only the release step and the ``release_schema`` check use stamps.

Beside the stamps, ``"rows": {sha256: rows}`` (with its own ``"rows_sha256"``): the row count of
a Parquet object whose footer was read, so a verify with stamps does not open the footer of
every part again (442 parts at 10k articles, twice per run: the release step's verify and the
``release_schema`` check's). A row count is a function of the bytes, and the bytes are proven
by the sha256 (stamp or hash) before the count is looked up; a sha256 without a recorded count,
or a damaged record (its digest), reads the footer. Only the counts of this publish's objects
are kept: the publish keeps the count of every Parquet part it places (:meth:`keep_rows`), so
the ``release_schema`` check that follows a new release opens no footer (its stamps are not
saved: without this, each add-one's check opened every part's footer, 440 at 10k articles).
"""

from __future__ import annotations

import json
import os
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.hashing import file_sha256, sha256_hex
from pipeline.files import write_atomic
from pipeline.ingest.file_hashes import TIMESTAMP_SLACK_NS

STAMPS_FILE = Path("cache") / "object-stamps.json"
VERSION = "1"
ROWS_VERSION = "rows-1\0"
"""Seeds the digest of the row counts: a change of their meaning empties the record."""
RACY_NS = TIMESTAMP_SLACK_NS
"""A stamp is recorded only for a file last modified at least this long before its bytes were
checked: the ingest's racy-clean slack for input files, the same rule (2 s, FAT's granularity)."""


def stamp_of(path: Path) -> tuple[int, int, int, int]:
    """``(device, inode, size, mtime_ns)`` of ``path`` (following links: a release file is a
    hard link, so it has the object's stamp)."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@dataclass
class ObjectStamps:
    """The stamps of one data folder: read at the start of a publish, written at its end."""

    data_dir: Path
    known: dict[str, tuple[int, ...]] = field(default_factory=dict)
    fresh: dict[str, tuple[int, ...]] = field(default_factory=dict)
    hashed: int = 0
    trusted: int = 0
    known_rows: dict[str, int] = field(default_factory=dict)
    fresh_rows: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, data_dir: Path) -> ObjectStamps:
        """The stamps of ``data_dir`` (empty when missing, unreadable, damaged or of another
        version)."""
        stamps = cls(Path(data_dir))
        try:
            stored = json.loads((stamps.data_dir / STAMPS_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return stamps
        with suppress(ValueError, TypeError, AttributeError, KeyError):
            entries = stored["stamps"]
            if stored["version"] == VERSION and stored["sha256"] == _digest(entries):
                stamps.known = {str(k): tuple(int(x) for x in v) for k, v in entries.items()}
        with suppress(ValueError, TypeError, AttributeError, KeyError):
            rows = stored["rows"]
            if stored["rows_sha256"] == _digest(rows, ROWS_VERSION):
                stamps.known_rows = {str(k): int(v) for k, v in rows.items()}
        return stamps

    def rows(self, sha256: str) -> int | None:
        """The row count recorded for the Parquet bytes of ``sha256`` (``None``: not recorded,
        read the footer). The caller has proven the file holds those bytes."""
        rows = self.known_rows.get(sha256)
        if rows is not None:
            self.fresh_rows[sha256] = rows
        return rows

    def note_rows(self, sha256: str, rows: int) -> None:
        """Record the row count read from the footer of a file proven to hold ``sha256``."""
        self.fresh_rows[sha256] = rows

    def keep_rows(self, sha256: str, source: Path | bytes) -> None:
        """Keep the row count of the Parquet bytes of ``sha256`` for this publish: the recorded
        one, else read from the footer of ``source`` (the object's path or its bytes), which the
        caller has proven to hold those bytes. A footer that cannot be read records nothing
        (a verify then reads it, and reports it)."""
        if self.rows(sha256) is not None:
            return
        try:
            rows = pq.ParquetFile(pa.BufferReader(source) if isinstance(source, bytes) else source)
            self.note_rows(sha256, rows.metadata.num_rows)
        except Exception:  # a damaged file can fail in many ways; the verify reports it
            return

    def sha256(self, path: Path, expected: str) -> str:
        """The sha256 of the file at ``path``: ``expected`` without reading it when its stamp
        says it still holds the bytes hashed to ``expected``, else hashed (``OSError`` when it
        cannot be read). A matching hash renews the stamp (unless racy)."""
        before = time.time_ns()
        stamp = stamp_of(path)
        if self.known.get(expected) == stamp:
            self.trusted += 1
            self.fresh[expected] = stamp
            return expected
        actual = file_sha256(path)
        self.hashed += 1
        if actual == expected:
            self.note(expected, stamp, before)
        return actual

    def note(self, sha256: str, stamp: tuple[int, ...], checked_ns: int) -> None:
        """Record that the file of ``stamp`` held the bytes of ``sha256`` when they were
        checked at ``checked_ns`` (``time.time_ns()`` before reading or writing them)."""
        if stamp[3] < checked_ns - RACY_NS:
            self.fresh[sha256] = stamp

    def note_path(self, sha256: str, path: Path, checked_ns: int) -> None:
        """:meth:`note` with the stamp of ``path`` now (nothing when it cannot be read)."""
        with suppress(OSError):
            self.note(sha256, stamp_of(path), checked_ns)

    def save(self) -> None:
        """Keep the stamps of this publish only; stamps that cannot be written are no error."""
        if self.fresh == self.known and self.fresh_rows == self.known_rows:
            return
        entries = {k: list(v) for k, v in self.fresh.items()}
        body = {
            "version": VERSION,
            "stamps": entries,
            "sha256": _digest(entries),
            "rows": self.fresh_rows,
            "rows_sha256": _digest(self.fresh_rows, ROWS_VERSION),
        }
        with suppress(OSError):
            path = self.data_dir / STAMPS_FILE
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(body, sort_keys=True).encode("utf-8"))


def _digest(entries: dict, seed: str = "") -> str:
    return sha256_hex(seed + json.dumps(entries, sort_keys=True))
