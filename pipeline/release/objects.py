"""Content-addressed file objects shared by releases: each distinct file is stored once under
``<data>/objects/<sha256[:2]>/<sha256><suffix>`` and every release folder holding it is a hard
link to it (a copy where the filesystem refuses links).

Why hard links and not symlinks or a path in the manifest: ``releases/<id>/facts.parquet`` must
stay a plain file that pandas, pyarrow, DuckDB and Polars open as before, that survives copying
the release folder elsewhere, and that ``verify`` hashes like any other file. A link costs one
directory entry, so ten releases that differ in one table store the other tables once.

Crash safety (issue 18 item 2): an object is written to a scratch file in ``objects/``, fsynced,
made read-only and renamed into place, and its folder fsynced, before any release folder links
it; a writer killed in between leaves at worst an object no release links, which :func:`sweep`
(run by ``gc``) removes, and a scratch file the next writer removes (:func:`pipeline.release.lock
.clean_stale`). An object is never changed in place: a damaged one is replaced by a fresh file and
every release folder that linked the damaged file is re-linked to it (:func:`store_bytes`).

All functions run under the writer lock (:mod:`pipeline.release.lock`).
"""

from __future__ import annotations

import os
import shutil
import stat
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.contract.hashing import file_sha256, sha256_hex
from pipeline.files import fsync_dir, fsync_file, write_atomic
from pipeline.release.layout import (
    CHART_MEMO,
    OBJECT_TMP_PREFIX,
    OBJECTS,
    RELEASE_ID_PATTERN,
    releases_dir,
)
from pipeline.release.stamps import ObjectStamps

READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def objects_dir(data_dir: Path) -> Path:
    """Folder holding every object of the store at ``data_dir``."""
    return Path(data_dir) / OBJECTS


def object_path(data_dir: Path, sha256: str, suffix: str) -> Path:
    """Where the object of ``sha256`` (hex) lives; ``suffix`` (``.parquet``) is for people."""
    return objects_dir(data_dir) / sha256[:2] / f"{sha256}{suffix}"


@dataclass(frozen=True)
class StoredObject:
    """The object holding some bytes, and what :func:`store_bytes` had to do for it."""

    sha256: str
    path: Path
    written: bool
    """False when an intact object of these bytes already existed (nothing was written)."""
    repaired: str | None = None
    """Why an existing object of these bytes was replaced (it no longer had them)."""


def _scratch(data_dir: Path) -> Path:
    root = objects_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    return root / f"{OBJECT_TMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"


def _write_new(data_dir: Path, data: bytes, target: Path) -> None:
    """Put ``data`` at ``target`` durably in one rename (readers never see a partial object).

    The scratch file is in ``objects/`` itself (not the shard folder), where
    :func:`pipeline.release.lock.clean_stale` finds what a killed writer left; it is made
    read-only before the rename, so no link to it is ever writable.
    """
    created = not target.parent.is_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    if created:
        fsync_dir(target.parent.parent)
    write_atomic(target, data, fsync=True, scratch=_scratch(data_dir), mode=READ_ONLY)


def store_bytes(
    data_dir: Path, data: bytes, suffix: str, stamps: ObjectStamps | None = None
) -> StoredObject:
    """The object holding ``data``, written only if no intact one exists.

    An existing object is trusted only after hashing it (a 31 MB claims file of 100k articles
    hashes in about 50 ms, less than serialising it): linking rotted bytes into a new release
    would publish a release that fails ``verify`` from birth. A damaged object (bit rot, an edit
    through one of its links) is replaced, and every release file that was the damaged file (same
    inode) is re-linked to the fresh one, so one repair mends every release that shared it.
    With ``stamps``, an existing object whose stat stamp matches is not read again
    (:mod:`pipeline.release.stamps`).
    """
    sha = sha256_hex(data)
    target = object_path(data_dir, sha, suffix)
    try:
        before = target.lstat()
    except FileNotFoundError:
        _write_new(data_dir, data, target)
        return StoredObject(sha, target, written=True)
    if stat.S_ISREG(before.st_mode):
        try:
            actual = stamps.sha256(target, sha) if stamps is not None else file_sha256(target)
            if actual == sha:
                return StoredObject(sha, target, written=False)
            why = "its bytes changed"
        except OSError as exc:
            why = f"it cannot be read ({exc.strerror or exc})"
    else:
        why = "it is not a regular file"
    _write_new(data_dir, data, target)
    relinked = _relink_sharers(data_dir, target, (before.st_dev, before.st_ino))
    return StoredObject(
        sha,
        target,
        written=True,
        repaired=f"object {sha[:12]}…{suffix} was damaged ({why}); rewritten and re-linked in "
        f"{len(relinked)} release(s)",
    )


def _relink_sharers(data_dir: Path, fresh: Path, old: tuple[int, int]) -> list[str]:
    """Re-link every release file that is the file ``old`` (device, inode) to ``fresh``."""
    relinked = []
    root = releases_dir(data_dir)
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if folder.is_symlink() or not (folder.is_dir() and RELEASE_ID_PATTERN.match(folder.name)):
            continue
        for path in release_files(folder):
            st = path.lstat()
            if (st.st_dev, st.st_ino) == old and stat.S_ISREG(st.st_mode):
                replace_with_link(data_dir, fresh, path)
                relinked.append(folder.name)
    return relinked


def link_or_copy(source: Path, dest: Path) -> bool:
    """Hard-link the object ``source`` at the new name ``dest``; copy it (fsynced, read-only)
    where links are refused (another filesystem, FAT, a share without link support). True when
    linked, False when copied."""
    try:
        os.link(source, dest)
        return True
    except (OSError, NotImplementedError):  # EXDEV, EPERM, a platform without links
        shutil.copyfile(source, dest)
        fsync_file(dest)
        dest.chmod(READ_ONLY)
        return False


def replace_with_link(data_dir: Path, source: Path, dest: Path) -> None:
    """Swap the existing file ``dest`` for the object ``source`` in one rename (a reader opens
    the old file or the new one, never a missing or partial one)."""
    write_atomic(
        dest, lambda tmp: link_or_copy(source, tmp), fsync=True, scratch=_scratch(data_dir)
    )


def release_files(folder: Path) -> list[Path]:
    """Every file of a release folder, in name order: its own files and those of its table
    folders (schema 1.3 parts, ``inputs/``), one level deep; links are not followed."""
    found = []
    for path in sorted(folder.iterdir()) if folder.is_dir() and not folder.is_symlink() else ():
        if path.is_dir() and not path.is_symlink():
            found += sorted(path.iterdir())
        else:
            found.append(path)
    return found


def links_in(folders: list[Path]) -> Counter[tuple[int, int]]:
    """How many names the given release folders hold of each file (device, inode)."""
    found: Counter[tuple[int, int]] = Counter()
    for folder in folders:
        for path in release_files(folder):
            st = path.lstat()
            found[(st.st_dev, st.st_ino)] += 1
    return found


def sweep(
    data_dir: Path, *, dry_run: bool = False, leaving: Counter[tuple[int, int]] | None = None
) -> list[str]:
    """Delete the objects no release links (hard-link count 1: only ``objects/`` names them).

    Why the link count and not a scan of manifests: it is exactly "some release folder holds
    this file", needs one ``stat`` per object and no manifest to be readable (a release whose
    manifest rotted still keeps its files). A release that holds a copy (no link support)
    does not need the object, so removing it loses nothing; publishing writes it again when a
    later release wants it. Only under the writer lock: no publish is between writing an
    object and linking it. Returns the removed objects' names (``<sha256><suffix>``).
    ``leaving`` (:func:`links_in` of releases about to be deleted) discounts their links, so a
    dry run names what a real ``gc`` would remove. Links from the chart memo (``CHART_MEMO``)
    are not a release's: an object only the memo holds is removed, the memo's name keeps the
    bytes.
    """
    leaving = (leaving or Counter()) + _memo_links(data_dir)
    removed = []
    root = objects_dir(data_dir)
    for bucket in sorted(root.iterdir()) if root.is_dir() else ():
        if not bucket.is_dir() or bucket.is_symlink():
            continue
        for path in sorted(bucket.iterdir()):
            if path.is_symlink() or not path.is_file():
                continue
            st = path.stat()
            if st.st_nlink - leaving[(st.st_dev, st.st_ino)] <= 1:
                removed.append(path.name)
                if not dry_run:
                    path.unlink()
        if not dry_run and not any(bucket.iterdir()):
            bucket.rmdir()
    if removed and not dry_run:
        fsync_dir(root)
    return removed


def _memo_links(data_dir: Path) -> Counter[tuple[int, int]]:
    """How many names the chart memo holds of each file (device, inode)."""
    found: Counter[tuple[int, int]] = Counter()
    folder = Path(data_dir) / CHART_MEMO
    for path in sorted(folder.glob("*.png")) if folder.is_dir() else ():
        try:
            st = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
            found[(st.st_dev, st.st_ino)] += 1
    return found
