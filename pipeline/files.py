"""Durable file writes shared by every stage: one atomic replace, and fsync of files and folders.

Why one function: a reader (another process, the next run, a consumer of a release) must see a
file's old bytes or its new bytes, never a half-written file, and a writer killed mid-write must
leave no partial file under the real name. The recipe is the same everywhere (write a scratch file
in the same folder, optionally fsync it, ``os.replace`` it over the name, optionally fsync the
folder) and is written once here. It sits below every stage (``contract`` included), imports none
of them, and is imported by ingest caches, the chart memo, release objects and ``LATEST``, and
the Dagster IO manager.

:class:`Blobs` is the one layout of the stores that keep a small file per key named by its
content's digest and trust it only against the sha256 an index records (the release's per-chunk
arrays, the report's section memo, the schema checks' records): the write-verify-sweep protocol
is written once, on top of :func:`write_atomic`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable, Collection
from pathlib import Path


def scratch_name(path: Path) -> Path:
    """The default scratch file for writing ``path``: a hidden sibling
    ``.<name>.tmp-<pid>-<random>`` (the pid says which process left it; the random part keeps
    threads and processes writing the same name apart)."""
    return path.with_name(f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:12]}")


def write_atomic(
    path: Path,
    data: bytes | Callable[[Path], object],
    *,
    fsync: bool = False,
    scratch: Path | None = None,
    mode: int | None = None,
) -> None:
    """Make ``path`` hold ``data`` in one rename: readers see the old file or the new one.

    ``data`` is the bytes, or a writer called with the scratch path that writes the whole file
    there (for streaming writers such as ``pyarrow.parquet.write_table``). ``scratch`` is where
    to write first (default :func:`scratch_name`; it must be on ``path``'s filesystem, so
    ``os.replace`` is a rename). ``mode`` (``stat`` bits) is set on the scratch file before the
    rename, so the file never appears under ``path`` with other permissions. With ``fsync`` the
    file's bytes are flushed before the rename and the folder's entry after it, so the new file
    survives a power cut once this returns (``LATEST``, release objects); without it a crash
    may lose the write but never tears it (caches, memos).

    ``path``'s folder must exist. Any exception (from the writer, a full disk, a failed fsync)
    leaves ``path`` as it was and removes the scratch file, then propagates.
    """
    path = Path(path)
    tmp = Path(scratch) if scratch is not None else scratch_name(path)
    try:
        if isinstance(data, (bytes, bytearray, memoryview)):
            with open(tmp, "wb") as fh:
                fh.write(data)
                if fsync:
                    fh.flush()
                    os.fsync(fh.fileno())
        else:
            data(tmp)
            if fsync:
                fsync_file(tmp)
        if mode is not None:
            tmp.chmod(mode)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)  # gone after a successful rename; the partial file otherwise
    if fsync:
        fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    """Flush a file's bytes to disk."""
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (renames) to disk where the platform allows it."""
    # Directory fsync makes renames durable; not every platform supports opening a directory.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


DIGEST_HEX = 16
"""Hex digits of a blob's sha256 in its file name (the full digest is recorded by its index)."""


class Blobs:
    """A folder of small files (blobs), one per key and content, named
    ``<key>-<sha256[:16]><suffix>``, each trusted only when its bytes hash to the sha256 an
    index records.

    Why one class: the per-chunk arrays of the release (:mod:`pipeline.release.chunk_arrays`),
    the report's per-bucket section memo (:mod:`pipeline.report.section_memo`) and the schema
    checks' records (``assets.check_records``) all keep a file per key written once when its
    content changes (so an add-one writes only what it changed, issue 18) and follow one
    protocol, written once here: (1) write the blobs, each in one rename
    (:func:`write_atomic`); (2) only then replace the index naming them (the caller's: a JSON
    file, or a Dagster event); (3) only then delete the blobs no index names
    (:meth:`sweep`). A crash between any two steps leaves the old index naming files that
    exist, or the new one naming files that exist; a blob damaged or gone since is a miss
    (:meth:`read` returns ``None``) and the caller computes it again.

    ``fsync`` is off by default: every caller today keeps a cache or a record whose loss costs
    recomputation, never a wrong answer (a file torn by a power cut fails its sha256), so an
    fsync per blob would buy only warmth after a power cut.
    """

    def __init__(self, folder: Path, suffix: str, *, fsync: bool = False) -> None:
        self.folder = Path(folder)
        self.suffix = suffix
        self.fsync = fsync

    def name(self, key: str, sha256: str) -> str:
        """The file name of ``key``'s blob whose bytes hash to ``sha256``."""
        if not key or "/" in key or key.startswith("."):
            raise ValueError(f"not a blob key: {key!r}")
        return f"{key}-{sha256[:DIGEST_HEX]}{self.suffix}"

    def write(self, key: str, data: bytes) -> tuple[str, str]:
        """Store ``data`` as ``key``'s blob (creating the folder); its ``(file name, sha256)``
        for the index. A file of that name already holding these bytes is left as it is (an
        unchanged blob costs a read, no write). Errors (``OSError``) propagate: whether a
        failed write matters is the caller's to say."""
        sha = hashlib.sha256(data).hexdigest()
        name = self.name(key, sha)
        path = self.folder / name
        if not (path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data, fsync=self.fsync)
        return name, sha

    def read(self, name: object, sha256: object, key: str | None = None) -> bytes | None:
        """The bytes of blob ``name`` when they hash to ``sha256``; ``None`` (a miss) when the
        file is missing or unreadable, the bytes differ, or ``name`` is no blob name of this
        folder (of ``key``, when given) for that digest: an index is data, never a path to
        follow elsewhere."""
        if not (isinstance(name, str) and isinstance(sha256, str) and len(sha256) == 64):
            return None
        tail = f"-{sha256[:DIGEST_HEX]}{self.suffix}"
        if "/" in name or name.startswith(".") or not name.endswith(tail) or name == tail:
            return None
        if key is not None and name != f"{key}{tail}":
            return None
        try:
            data = (self.folder / name).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def unnamed(self, live: Collection[str], key: str | None = None) -> list[Path]:
        """Files of the folder no index names: every file not in ``live`` (the index's own
        file must be in it when it shares the folder), or with ``key`` only that key's blobs
        and scratch files (several keys' indexes share one folder); a killed writer's scratch
        file is one of them."""
        if not self.folder.is_dir():
            return []
        live = set(live)
        found = []
        for path in sorted(self.folder.iterdir()):
            name = path.name
            if name in live or not path.is_file():
                continue
            scratch = key is not None and name.startswith(f".{key}-") and ".tmp-" in name
            if key is None or name.startswith(f"{key}-") or scratch:  # scratch: a killed writer's
                found.append(path)
        return found

    def sweep(self, live: Collection[str], key: str | None = None) -> list[Path]:
        """Delete :meth:`unnamed` files (call after the index naming ``live`` is in place); the
        ones deleted. A file that cannot be deleted stays for the next sweep."""
        gone = []
        for path in self.unnamed(live, key):
            with contextlib.suppress(OSError):
                path.unlink()
                gone.append(path)
        return gone
