"""One writer at a time: the ``releases/.lock`` flock and the scratch its dead holders leave.

The kernel drops the lock when its holder dies, so a SIGKILLed run never leaves a stale lock;
the staging folder it leaves is removed by the next writer (:func:`clean_stale`), and only while
it holds the lock, so it can never delete a live writer's folder.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

from pipeline.files import fsync_dir
from pipeline.release.layout import (
    LOCK,
    OBJECTS,
    SCRATCH_PREFIXES,
    LockHeld,
    ReleaseError,
    releases_dir,
)

_held: dict[Path, list[int]] = {}  # lock path -> [fd, depth]; makes the lock re-entrant


_held_guard = threading.Lock()


def acquire_lock(data_dir: Path, run_id: str | None = None) -> Path | None:
    """Take the single-writer lock of the store at ``data_dir``, or raise :class:`LockHeld`.

    Non-blocking: a second writer fails at once with the holder's pid instead of queueing
    behind a run that may take minutes. Re-entrant within a process, so ``tradefacts run`` can
    hold it for the whole run while the run's IO manager and :func:`publish_release` take it
    again inside (``flock`` alone would refuse a second descriptor of the same process).
    ``run_id`` (a Dagster run) is written next to the pid: a step process of that same run
    (multiprocess executor) shares the lock its run worker holds instead of failing. Returns
    the token for :func:`release_lock` (``None`` when shared with the run's holder).
    """
    root = releases_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    path = (root / LOCK).resolve()
    with _held_guard:
        entry = _held.get(path)
        if entry is None:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                holder = os.pread(fd, 200, 0).decode(errors="replace").split()
                os.close(fd)
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if run_id and holder[1:2] == [run_id]:
                    return None  # held for this very run by its run worker
                raise LockHeld(held_message(holder)) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {run_id or ''}".strip().encode() + b"\n", 0)
            entry = _held[path] = [fd, 0]
        entry[1] += 1
    return path


def held_message(holder: list[str]) -> str:
    """What a second writer is told: the holder's pid and Dagster run id (as the lock file
    records them) and what to do. Why the advice: the bare pid left an operator guessing
    whether the change was lost (round 59's trial); it is not, the next run reads the inputs
    again."""
    pid = holder[0] if holder else "unknown"
    run = f", Dagster run {holder[1]}" if len(holder) > 1 else ""
    return (
        f"another tradefacts run holds the lock (pid {pid}{run}); nothing was written: run "
        "again when it ends"
    )


def release_lock(token: Path | None) -> None:
    """Give back one hold taken by :func:`acquire_lock`; the last one releases the flock."""
    if token is None:
        return
    with _held_guard:
        entry = _held[token]
        entry[1] -= 1
        if entry[1] == 0:
            del _held[token]
            os.ftruncate(entry[0], 0)
            os.close(entry[0])  # closing the descriptor releases the flock


@contextlib.contextmanager
def writer_lock(data_dir: Path, run_id: str | None = None) -> Iterator[None]:
    """Hold the single-writer lock of ``data_dir`` for the block (:func:`acquire_lock`)."""
    token = acquire_lock(data_dir, run_id)
    try:
        yield
    finally:
        release_lock(token)


def holds_lock(data_dir: Path) -> bool:
    """Whether this process currently holds the writer lock of ``data_dir``."""
    with _held_guard:
        return (releases_dir(data_dir) / LOCK).resolve() in _held


def stale_entries(data_dir: Path) -> list[Path]:
    """Scratch files and folders (``.staging-*``, ``.LATEST.tmp-*``, ``.trash-*``,
    ``objects/.object.tmp-*``) present now."""
    found: list[Path] = []
    for folder in (Path(data_dir), releases_dir(data_dir), Path(data_dir) / OBJECTS):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.startswith(SCRATCH_PREFIXES)]
    return sorted(found)


def clean_stale(data_dir: Path) -> list[str]:
    """Remove scratch left by killed writers; only under the lock, so none of it is live."""
    if not holds_lock(data_dir):
        raise ReleaseError("clean_stale needs the writer lock")
    removed = []
    for path in stale_entries(data_dir):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path.name)
    if removed:
        fsync_dir(Path(data_dir))
        fsync_dir(releases_dir(data_dir))
        fsync_dir(Path(data_dir) / OBJECTS)
    return removed
