"""A file's sha256 remembered with its stat, so an unchanged file is not read and hashed again.

Why: adding one article to an archive of 100,000 spent about 13 s re-reading and hashing every
file (in ``raw_documents`` and again in the sensor every 30 s). A file whose stat matches the
stat it had when it was hashed is taken to hold the same bytes, the way ``git status`` and
``make`` do; everything else is hashed.

**The trust rule.** A remembered sha256 is used only when all of these hold:

- the file is a regular file and its ``(size, mtime_ns, ctime_ns, inode, device)`` equal the
  values recorded when it was hashed (the stat was taken before the read and again after it,
  and the entry is recorded only if both agree, so a write during the read is never trusted);
- the recorded ``mtime`` and ``ctime`` are older than the moment of that observation by more
  than ``TIMESTAMP_SLACK_NS`` (2 s). This is git's "racy clean" rule: a filesystem stores
  timestamps with some granularity (2 s on FAT, one kernel tick on ext4/xfs/btrfs), so a file
  rewritten within the same tick as the observation could keep its mtime. A file that changed
  that recently is hashed again on every run until it has been seen once with old timestamps.

Why ``ctime`` as well: a tool can put back a file's old ``mtime`` (``touch -d``, ``os.utime``,
``rsync -t``, an unpacked archive), but not its ``ctime``: the kernel sets ``ctime`` to the
current time on every write and every ``utime`` call, and only changing the system clock
rewinds it. So new bytes of the same size under the old mtime are still seen.

Assumption, documented rather than checked: the clock of the machine that wrote the files
agrees with this machine's clock within the slack (true of a local disk; an NFS server with a
skewed clock could defeat the racy rule, never the ctime comparison).

Storage: one Parquet file (``<data>/cache/files.parquet``) written atomically; concurrent
writers (a run and the sensor) replace it whole, the last one wins, and a lost entry only
costs a hash. Entries are verified against the live stat on every use, so a stale file is safe.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.files import write_atomic

TIMESTAMP_SLACK_NS = 2_000_000_000
"""Timestamps this close to (or after) the moment a file was observed make its entry "racy":
untrusted. 2 s is FAT's mtime granularity, the coarsest of common filesystems."""

_COLUMNS = ("name", "size", "mtime_ns", "ctime_ns", "inode", "device", "sha256", "seen_ns")
_SCHEMA = pa.schema(
    [
        ("name", pa.string()),
        ("size", pa.int64()),
        ("mtime_ns", pa.int64()),
        ("ctime_ns", pa.int64()),
        ("inode", pa.uint64()),
        ("device", pa.uint64()),
        ("sha256", pa.string()),
        ("seen_ns", pa.int64()),
    ]
)


@dataclass(frozen=True)
class Stamp:
    """What a file's stat says about its bytes: equal stamps (outside the racy window) are
    taken to mean equal bytes."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int

    @classmethod
    def of(cls, st: os.stat_result) -> Stamp:
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)

    def storable(self) -> bool:
        """Whether the columns of ``_SCHEMA`` hold this stamp: a timestamp after 2262 or before
        1677 (``touch -d 2300-01-01``, a broken archive) does not fit ``int64`` nanoseconds.
        Such a file is never remembered (hashed on every look), never a crash."""
        return (
            0 <= self.size < _I64
            and -_I64 <= self.mtime_ns < _I64
            and -_I64 <= self.ctime_ns < _I64
            and 0 <= self.inode < _U64
            and 0 <= self.device < _U64
        )


_I64 = 1 << 63
_U64 = 1 << 64


@dataclass(frozen=True)
class _Entry:
    stamp: Stamp
    sha256: str
    seen_ns: int
    """``time.time_ns()`` just before the stat that produced ``stamp``."""


class FileHashes:
    """``{file name: (stamp, sha256, seen_ns)}`` of one input folder, persisted at ``path``.

    ``path=None`` keeps it in memory only (tests, one-off runs). Not thread-safe.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._entries: dict[str, _Entry] = {}
        self._dirty = False
        self.trusted_count = 0
        self.hashed_count = 0

    @classmethod
    def load(cls, path: Path) -> FileHashes:
        """The entries stored at ``path``; empty when it is missing or unreadable."""
        hashes = cls(path)
        try:
            table = pq.read_table(path)
        except (FileNotFoundError, OSError, pa.ArrowInvalid):
            return hashes
        if table.schema.names != list(_COLUMNS):
            return hashes  # another layout: start over
        cols = [table.column(c).to_pylist() for c in _COLUMNS]
        for name, size, mtime, ctime, inode, device, sha, seen in zip(*cols, strict=True):
            hashes._entries[name] = _Entry(Stamp(size, mtime, ctime, inode, device), sha, seen)
        return hashes

    def __len__(self) -> int:
        return len(self._entries)

    def trusted(self, name: str, st: os.stat_result) -> str | None:
        """The remembered sha256 of ``name`` if ``st`` allows trusting it (see the module
        docstring), else ``None``: the caller must read and hash the file."""
        entry = self._entries.get(name)
        if entry is None or not stat.S_ISREG(st.st_mode) or entry.stamp != Stamp.of(st):
            return None
        newest = max(entry.stamp.mtime_ns, entry.stamp.ctime_ns)
        if newest + TIMESTAMP_SLACK_NS >= entry.seen_ns:
            return None  # racy: a rewrite within the same timestamp tick would look unchanged
        self.trusted_count += 1
        return entry.sha256

    def record(
        self, name: str, before: os.stat_result, after: os.stat_result, sha: str, seen_ns: int
    ) -> None:
        """Remember ``sha`` for ``name`` if the file's stat was the same ``before`` and
        ``after`` it was read (else it changed while read: forget it)."""
        self.hashed_count += 1
        stamp = Stamp.of(before)
        if not stat.S_ISREG(before.st_mode) or stamp != Stamp.of(after) or not stamp.storable():
            if self._entries.pop(name, None) is not None:
                self._dirty = True
            return
        entry = _Entry(stamp, sha, seen_ns)
        if self._entries.get(name) != entry:
            self._entries[name] = entry
            self._dirty = True

    def keep_only(self, names: Iterable[str]) -> None:
        """Forget files no longer in the folder."""
        live = set(names)
        gone = [name for name in self._entries if name not in live]
        for name in gone:
            del self._entries[name]
        self._dirty = self._dirty or bool(gone)

    def save(self) -> None:
        """Write the entries to ``path`` (atomically) if anything changed since the load."""
        if self.path is None or not self._dirty:
            return
        names = sorted(self._entries)
        entries = [self._entries[n] for n in names]
        columns = {
            "name": names,
            "size": [e.stamp.size for e in entries],
            "mtime_ns": [e.stamp.mtime_ns for e in entries],
            "ctime_ns": [e.stamp.ctime_ns for e in entries],
            "inode": [e.stamp.inode for e in entries],
            "device": [e.stamp.device for e in entries],
            "sha256": [e.sha256 for e in entries],
            "seen_ns": [e.seen_ns for e in entries],
        }
        table = pa.table(columns, schema=_SCHEMA)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
        self._dirty = False


def hashes_path(data: Path) -> Path:
    """Where a data folder keeps the file hashes of its input folder."""
    return Path(data, "cache", "files.parquet")


def observed_now() -> int:
    """The observation time to pass to ``FileHashes.record``: take it before the first stat."""
    return time.time_ns()
