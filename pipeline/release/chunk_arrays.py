"""Arrays kept per chunk of a chunked table, one small file each, so a run writes only the
arrays of its new chunks.

Why (issue 18: bytes written per add-one): the key hashes of the schema checks
(:mod:`pipeline.release.chunk_keys`) were one file per table holding every chunk's hashes,
rewritten whole by each add-one that changed a chunk: 3.7 MB of the 18.5 MB a 10k add-one
wrote, ~10x that at 100k. A chunk's name is the hash of its bytes, so an array computed from
a chunk holds for as long as the table lists that name: it is written once.

Layout: ``<folder>/<chunk stem>-<sha256 of the array's bytes, 16 hex>.u64`` (little-endian
``uint64``) and ``<folder>/index.json``: ``{"version", "entries": {chunk name: [file name,
sha256]}, "sha256": digest of version and entries}``. An entry is trusted only when the index's
digest and version match and the file's bytes hash to the recorded sha256; anything else is a
missing entry (the caller computes it again). The files are :class:`pipeline.files.Blobs`
(written, verified and swept there, as the report's section memo and the checks' records are).
Crash safety: the new arrays' files are written (each in one rename) before the index is
replaced in one rename, and only then are files it no longer names deleted, so a reader sees
the old index or the new one, each naming files that exist. Writes are cache writes (no fsync):
a lost one costs recomputing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import suppress
from pathlib import Path

import numpy as np

from pipeline.contract.hashing import sha256_hex
from pipeline.files import Blobs, write_atomic

INDEX = "index.json"
SUFFIX = ".u64"


def _digest(version: str, entries: Mapping[str, list[str]]) -> str:
    return sha256_hex(json.dumps([version, entries], sort_keys=True))


class ChunkArrays:
    """The per-chunk arrays kept in ``folder`` for one ``version`` (what an array depends on
    besides its chunk's bytes)."""

    def __init__(self, folder: Path, version: str) -> None:
        self.folder = Path(folder)
        self.version = version
        self.blobs = Blobs(self.folder, SUFFIX)
        self.entries: dict[str, list[str]] = {}
        with suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
            stored = json.loads((self.folder / INDEX).read_text("utf-8"))
            entries = stored["entries"]
            if stored["version"] == version and stored["sha256"] == _digest(version, entries):
                self.entries = {str(k): [str(v[0]), str(v[1])] for k, v in entries.items()}

    def load(self, names: Sequence[str]) -> dict[str, np.ndarray]:
        """``{chunk name: array}`` of the ``names`` recorded and intact (the others absent)."""
        out: dict[str, np.ndarray] = {}
        for name in names:
            entry = self.entries.get(name)
            data = None if entry is None else self.blobs.read(entry[0], entry[1])
            if data is not None and len(data) % 8 == 0:
                out[name] = np.frombuffer(data, dtype="<u8")
        return out

    def save(self, fresh: Mapping[str, np.ndarray], names: Sequence[str]) -> None:
        """Record ``fresh`` arrays and keep the entries of ``names`` only (the table's chunks
        now); nothing is written when that changes nothing. A failed write is no error."""
        keep = {n: self.entries[n] for n in names if n in self.entries and n not in fresh}
        if not fresh and keep == self.entries:
            return
        with suppress(OSError):
            for name, array in fresh.items():
                data = np.ascontiguousarray(array, dtype="<u8").tobytes()
                keep[name] = list(self.blobs.write(Path(name).stem, data))
            self.folder.mkdir(parents=True, exist_ok=True)
            body = {"version": self.version, "entries": keep}
            body["sha256"] = _digest(self.version, keep)
            write_atomic(self.folder / INDEX, json.dumps(body, sort_keys=True).encode("utf-8"))
            self.entries = keep
            self.blobs.sweep({entry[0] for entry in keep.values()} | {INDEX})
