"""A memo of release parts by their rows: a part whose rows were published before is linked from
its object without serialising it again (issue 18: an add-one costs what it changes).

Why: an add-one release changes one part of each document table and a few of facts and
claims, yet every one of the ~450 parts of a 10k release was written to Parquet (zstd) to learn
its sha256: 1.5 of the ~7 CPU-seconds of the release step. Writing a part's rows as an Arrow
IPC stream and hashing that costs a tenth as much.

The key (the part's *fingerprint*) is the sha256 of the part's Arrow IPC stream (schema with its
metadata, every value, validity), once its columns are compacted, and of each column's chunk
lengths, seeded with :func:`memo_version`: the source of ``pipeline.release.parts`` and all it
imports (``WRITE_OPTIONS`` included), pyarrow's version. Equal keys mean the same Arrow table
handed to the same Parquet writer with the same options, whose bytes are deterministic (what
release ids already rely on: an incremental and a recomputed release are byte-identical).
So a release reached through the memo has exactly the bytes, and the id, a fresh store
publishes; a memo that is lost, stale or unreadable only costs serialising again.

A hit is trusted only as far as the object is: the object named by the memo must exist and
hash to its sha256 (as :func:`~pipeline.release.objects.store_bytes` checks an object it
would reuse), else the part is serialised and stored as without a memo (which also repairs a
damaged object). Layout: ``<data>/cache/release-parts.json``, ``{"version", "entries":
{fingerprint: "sha256 rows"}, "sha256"}`` (the last over the entries, so a file damaged on disk
is a miss, not a wrong part); written with one rename; only the entries of the latest release
are kept (an add-one's unchanged parts are the previous release's).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.contract.hashing import file_sha256, sha256_hex
from pipeline.files import write_atomic
from pipeline.release.fingerprint import fingerprint as fingerprint
from pipeline.release.fingerprint import memo_version as memo_version
from pipeline.release.objects import object_path
from pipeline.release.stamps import ObjectStamps

MEMO_FILE = Path("cache") / "release-parts.json"
"""The memo, under the data folder."""


@dataclass(frozen=True)
class Known:
    """An intact object holding a part's bytes, found through the memo."""

    sha256: str
    path: Path
    size: int


@dataclass
class PartMemo:
    """The memo of one data folder, read at the start of a publish and written at its end."""

    data_dir: Path
    entries: dict[str, str] = field(default_factory=dict)
    used: dict[str, str] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0
    stamps: ObjectStamps | None = None
    """Objects whose stat stamp proves them intact without hashing (:mod:`~pipeline.release
    .stamps`); without it every hit object is hashed."""

    @classmethod
    def load(cls, data_dir: Path, stamps: ObjectStamps | None = None) -> PartMemo:
        """The memo of ``data_dir`` (empty when missing, unreadable, damaged or of other code)."""
        memo = cls(Path(data_dir), stamps=stamps)
        memo.entries = read_entries(memo.data_dir / MEMO_FILE, memo_version())
        return memo

    def lookup(self, key: str, rows: int, suffix: str) -> Known | None:
        """The intact object of the part fingerprinted ``key`` with ``rows`` rows, else None."""
        entry = self.entries.get(key)
        found = None
        if entry is not None:
            sha, recorded = entry.split(" ")
            path = object_path(self.data_dir, sha, suffix)
            with suppress(OSError):
                if int(recorded) == rows and self._sha256(path, sha) == sha:
                    found = Known(sha, path, path.stat().st_size)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
            self.used[key] = entry  # type: ignore[assignment]  # entry is set when found
        return found

    def _sha256(self, path: Path, sha: str) -> str:
        return self.stamps.sha256(path, sha) if self.stamps is not None else file_sha256(path)

    def remember(self, key: str, sha256: str, rows: int) -> None:
        """Record that the part fingerprinted ``key`` has the bytes of object ``sha256``."""
        self.used[key] = f"{sha256} {rows}"

    def save(self) -> None:
        """Keep the entries of this publish only; a memo that cannot be written is no error."""
        if self.used == self.entries:
            return
        write_entries(self.data_dir / MEMO_FILE, memo_version(), self.used)


def read_entries(path: Path, version: str) -> dict[str, str]:
    """The ``{key: value}`` entries a memo file at ``path`` holds for ``version``; empty when it is
    missing, unreadable, damaged (its sha256 does not match) or of other code. Shared by the
    release's memos (this one, ``input_reuse``)."""
    with suppress(OSError, ValueError, TypeError, AttributeError, KeyError):
        stored = json.loads(path.read_text("utf-8"))
        entries = stored["entries"]
        if stored["version"] == version and stored["sha256"] == _digest(entries):
            return {str(k): str(v) for k, v in entries.items()}
    return {}


def write_entries(path: Path, version: str, entries: Mapping[str, str]) -> None:
    """Write ``entries`` with ``version`` and their sha256 atomically; a memo that cannot be
    written is no error (the next publish recomputes what it would have saved)."""
    body = {"version": version, "entries": dict(entries), "sha256": _digest(entries)}
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(body, sort_keys=True).encode("utf-8"))


def _digest(entries: Mapping[str, str]) -> str:
    return sha256_hex(json.dumps(entries, sort_keys=True))
