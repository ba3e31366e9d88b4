"""Durable file writes shared by every stage: one atomic replace, and fsync of files and folders.

Why one function: a reader (another process, the next run, a consumer of a release) must see a
file's old bytes or its new bytes, never a half-written file, and a writer killed mid-write must
leave no partial file under the real name. The recipe is the same everywhere (write a scratch file
in the same folder, optionally fsync it, ``os.replace`` it over the name, optionally fsync the
folder) and is written once here. It sits below every stage (``contract`` included), imports none
of them, and is imported by ingest caches, the chart memo, release objects and ``LATEST``, and
the Dagster IO manager.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
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
