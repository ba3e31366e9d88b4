"""Release store: immutable, content-addressed release folders and an atomically replaced LATEST.

Why this shape: a consumer reading ``releases/$(cat LATEST)/facts.parquet`` must never see a
partial release, and identical inputs must give an identical release. So every release is
written into a staging folder ``<data>/.staging-*`` beside ``releases/`` (not inside it: DuckDB's
``releases/*/facts.parquet`` glob matches dot-folders too), fsynced, renamed into place in one
step, and only then does ``LATEST`` move (temp file + ``os.replace`` + folder fsync). The release
id is a hash of the table bytes, which requires the Parquet bytes to be deterministic: stable row
order, fixed writer options, no pandas metadata and no wall clock inside the files
(``created_at`` lives in the manifest).

One writer at a time: :func:`writer_lock` (``releases/.lock``, ``fcntl.flock``) is held by
:func:`publish_release`, :func:`rollback`, :func:`gc` and the whole ``tradefacts run``. The kernel
drops the lock when its holder dies, so a SIGKILLed run never leaves a stale lock; the staging
folder it leaves is removed by the next writer (:func:`clean_stale`), and only while it holds the
lock, so it can never delete a live writer's folder.

Pure Python (no Dagster): the Dagster layer calls :func:`publish_release`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import functools
import hashlib
import json
import math
import os
import re
import shutil
import stat
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import SCHEMA_VERSION, TABLE_SCHEMAS

TABLES: tuple[str, ...] = ("documents", "sentences", "figures", "facts", "claims", "checks")
"""The tables every release holds, in manifest order."""

SORT_KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("doc_id", "position", "sentence_id"),
    "figures": ("doc_id", "sentence_id", "char_start", "char_end", "figure_id"),
    "facts": ("fact_id",),
    "claims": ("fact_id", "figure_id"),
    "checks": ("check_id",),
}
"""Row order of each published table; makes the bytes independent of upstream row order."""

MANIFEST = "manifest.json"
ATTACHMENTS = "attachments"
"""Manifest key listing the files derived from the tables (``report.md``, ``claims.png``)."""
_ATTACHMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
LATEST = "LATEST"
LOCK = ".lock"
STAGING_PREFIX = ".staging-"
_SCRATCH_PREFIXES = (STAGING_PREFIX, ".LATEST.tmp-", ".trash-")
"""Names of scratch entries: staging and trash folders in ``<data>``, LATEST temp files in
``releases/``; any of them found while holding the lock belongs to a dead writer."""
RELEASE_ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")
_WRITE_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 1_000_000,
}


class ReleaseError(RuntimeError):
    """A release could not be published or an existing release is damaged."""


class LockHeld(ReleaseError):
    """Another process holds the writer lock; raised at once rather than waiting."""


@dataclass(frozen=True)
class ReleaseResult:
    """What :func:`publish_release` did: the current release and whether it is new."""

    release_id: str
    path: Path
    created: bool
    parent: str | None
    rows: dict[str, int]
    cleaned: tuple[str, ...] = ()
    """Stale scratch entries (``.staging-*``...) of killed writers removed before publishing."""


Attachments = Callable[[str], Mapping[str, bytes]]
"""Files derived from a release's tables, by file name, made from its release id."""


# --------------------------------------------------------------------------- arrow conversion


@functools.cache
def _contract_types(table: str) -> dict[str, pa.DataType]:
    """Arrow type of each contract column, so all-null or empty columns keep their type."""
    model = TABLE_SCHEMAS.get(table)
    if model is None:
        return {}
    types: dict[str, pa.DataType] = {}
    for name, column in model.to_schema().columns.items():
        dtype = str(column.dtype).lower()
        if dtype in ("str", "string"):
            types[name] = pa.string()
        elif dtype.startswith("int"):
            types[name] = pa.int64()
        elif dtype.startswith("float"):
            types[name] = pa.float64()
        elif dtype in ("bool", "boolean"):
            types[name] = pa.bool_()
        elif dtype == "date":
            types[name] = pa.date32()
    return types


def to_arrow(df: pd.DataFrame, table: str | None = None) -> pa.Table:
    """Convert a frame to an Arrow table without pandas metadata and with stable column types.

    List columns (``sources``, ``figure_ids``...) become ``list<string>`` even when all lists are
    empty; contract columns get the type their pandera model names, even when all values are null.
    """
    out = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    contract = _contract_types(table) if table else {}
    fields = []
    columns = []
    for field, column in zip(out.schema, out.columns, strict=True):
        wanted = contract.get(field.name)
        if pa.types.is_null(field.type) and wanted is None:
            wanted = pa.string()
        if (pa.types.is_list(field.type) or pa.types.is_large_list(field.type)) and (
            pa.types.is_null(field.type.value_type)
        ):
            wanted = pa.list_(pa.string())
        if wanted is not None and field.type != wanted:
            column = column.cast(wanted)
        fields.append(pa.field(field.name, column.type))
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """Convert an Arrow table back to pandas: plain Python lists, ``datetime.date`` values."""
    df = table.to_pandas(date_as_object=True)
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            df[field.name] = pd.Series(table.column(field.name).to_pylist(), dtype="object")
    return df


def plain(value: object) -> object:
    """A value read from a release as plain JSON-able Python (dates as ISO text, NaN as None)."""
    if isinstance(value, (list, tuple)) or not pd.api.types.is_scalar(value):
        return [plain(v) for v in value]
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return plain(value.item())
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def sort_rows(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Rows in a deterministic order: the table's key columns, then every column as tie-break."""
    keys = [c for c in SORT_KEYS.get(table, ()) if c in df.columns]
    if not keys:
        keys = [c for c in df.columns if df[c].map(lambda v: isinstance(v, list)).sum() == 0]
    if not keys or df.empty:
        return df.reset_index(drop=True)
    return df.sort_values(keys, kind="mergesort", na_position="last").reset_index(drop=True)


def write_parquet(
    df: pd.DataFrame, path: Path, table: str | None = None, *, sort: bool = True
) -> None:
    """Write ``df`` to ``path`` with fixed writer options, then fsync the file.

    With ``sort`` (and a known ``table``) rows are put in key order first, so the same content
    always gives the same bytes (for one pyarrow version).
    """
    frame = sort_rows(df, table) if (sort and table) else df
    pq.write_table(to_arrow(frame, table), path, **_WRITE_OPTIONS)
    _fsync_file(path)


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Read a Parquet file written by :func:`write_parquet` back into the frame shape stages use."""
    return from_arrow(pq.read_table(path, columns=list(columns) if columns else None))


@dataclass(frozen=True)
class TableFile:
    """A table stored as Parquet and read only when asked, in whole or some columns.

    Why: a step that handles every table of a large corpus (the release) can then hold one
    table at a time instead of all of them.
    """

    path: Path

    def load(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        return read_parquet(self.path, columns)


# --------------------------------------------------------------------------- filesystem helpers


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes renames durable; not every platform supports opening a directory.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _release_id(file_hashes: Mapping[str, str]) -> str:
    """Content address of a release: the schema version and every table's sha256."""
    lines = [f"schema_version:{SCHEMA_VERSION}"]
    lines += [f"{name}:{file_hashes[name]}" for name in sorted(file_hashes)]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def releases_dir(data_dir: Path) -> Path:
    """Folder holding every release and ``LATEST``."""
    return Path(data_dir) / "releases"


# --------------------------------------------------------------------------- writer lock

_held: dict[Path, list[int]] = {}  # lock path -> [fd, depth]; makes the lock re-entrant
_held_guard = threading.Lock()


@contextlib.contextmanager
def writer_lock(data_dir: Path) -> Iterator[None]:
    """Hold the single-writer lock of the store at ``data_dir``, or raise :class:`LockHeld`.

    Non-blocking: a second writer fails at once with the holder's pid instead of queueing
    behind a run that may take minutes. Re-entrant within a process, so ``tradefacts run`` can
    hold it for the whole run while :func:`publish_release` takes it again inside (``flock``
    alone would refuse a second descriptor of the same process).
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
                holder = os.read(fd, 32).decode(errors="replace").strip() or "unknown"
                os.close(fd)
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                raise LockHeld(f"another tradefacts run holds the lock (pid {holder})") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            entry = _held[path] = [fd, 0]
        entry[1] += 1
    try:
        yield
    finally:
        with _held_guard:
            entry[1] -= 1
            if entry[1] == 0:
                del _held[path]
                os.ftruncate(entry[0], 0)
                os.close(entry[0])  # closing the descriptor releases the flock


def holds_lock(data_dir: Path) -> bool:
    """Whether this process currently holds the writer lock of ``data_dir``."""
    with _held_guard:
        return (releases_dir(data_dir) / LOCK).resolve() in _held


def stale_entries(data_dir: Path) -> list[Path]:
    """Scratch files and folders (``.staging-*``, ``.LATEST.tmp-*``, ``.trash-*``) present now."""
    found: list[Path] = []
    for folder in (Path(data_dir), releases_dir(data_dir)):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.startswith(_SCRATCH_PREFIXES)]
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
        _fsync_dir(Path(data_dir))
        _fsync_dir(releases_dir(data_dir))
    return removed


# --------------------------------------------------------------------------- public API


def read_latest(data_dir: Path) -> str | None:
    """The current release id, or ``None`` when nothing has been published yet."""
    path = releases_dir(data_dir) / LATEST
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return value or None


def load_table(
    data_dir: Path, release_id: str, name: str, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """One table of one release as a DataFrame (only ``columns`` if given)."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
    return read_parquet(releases_dir(data_dir) / release_id / f"{name}.parquet", columns)


def load_manifest(data_dir: Path, release_id: str) -> dict:
    """The parsed ``manifest.json`` of a release."""
    path = releases_dir(data_dir) / release_id / MANIFEST
    return json.loads(path.read_text(encoding="utf-8"))


def set_latest(data_dir: Path, release_id: str) -> None:
    """Point ``LATEST`` at ``release_id`` atomically: readers see the old id or the new one."""
    root = releases_dir(data_dir)
    tmp = root / f".LATEST.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(release_id + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, root / LATEST)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(root)


def verify_release(data_dir: Path, release_id: str) -> list[str]:
    """Problems found in a published release (empty list: the release is intact).

    Checks that the manifest exists and parses, that every table it lists is present with the
    recorded sha256 and row count, that every attachment it lists has its recorded sha256, that
    no unexpected file sits in the folder, and that the folder name is the content hash of its
    tables.
    """
    folder = releases_dir(data_dir) / release_id
    if not folder.is_dir():
        return [f"release {release_id}: folder {folder} does not exist"]
    try:
        manifest = load_manifest(data_dir, release_id)
    except (OSError, ValueError) as exc:
        return [f"release {release_id}: unreadable {MANIFEST}: {exc}"]

    problems: list[str] = []
    if manifest.get("release_id") != release_id:
        problems.append(f"manifest release_id {manifest.get('release_id')!r} != {release_id!r}")
    files = manifest.get("files", {})
    missing = set(TABLES) - set(files)
    if missing:
        problems.append(f"manifest lists no entry for {', '.join(sorted(missing))}")
    hashes: dict[str, str] = {}
    for name, entry in sorted(files.items()):
        path = folder / entry.get("path", f"{name}.parquet")
        if not path.is_file():
            problems.append(f"{name}: file {path.name} is missing")
            continue
        actual = file_sha256(path)
        hashes[name] = actual
        if actual != entry.get("sha256"):
            problems.append(f"{name}: sha256 {actual[:12]}… != manifest {entry.get('sha256')}")
            continue
        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # a damaged file can fail in many ways; report, don't raise
            problems.append(f"{name}: not readable as Parquet: {exc}")
            continue
        if rows != entry.get("rows"):
            problems.append(f"{name}: {rows} rows != manifest {entry.get('rows')}")
    attachments = manifest.get(ATTACHMENTS, {})
    for name, entry in sorted(attachments.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"attachment {name} is missing")
        elif (actual := file_sha256(path)) != entry.get("sha256"):
            problems.append(f"{name}: sha256 {actual[:12]}… != manifest {entry.get('sha256')}")
    expected = {entry.get("path", f"{n}.parquet") for n, entry in files.items()} | {MANIFEST}
    expected |= set(attachments)
    extra = sorted(p.name for p in folder.iterdir() if p.name not in expected)
    if extra:
        problems.append(f"unexpected files: {', '.join(extra)}")
    if not problems and _release_id(hashes) != release_id:
        problems.append(f"content hash {_release_id(hashes)} != release id {release_id}")
    return problems


def publish_release(
    data_dir: Path,
    tables: Mapping[str, pd.DataFrame],
    *,
    code_version: str,
    input_hashes: dict[str, str],
    run_id: str | None,
    attachments: Attachments | None = None,
) -> ReleaseResult:
    """Publish ``tables`` as a release and point ``LATEST`` at it, under the writer lock.

    The release id is the content hash of the tables, so publishing identical content again
    creates nothing (``created=False``) and only re-points ``LATEST`` if it moved elsewhere.
    ``input_hashes`` maps ``doc_id`` to the sha256 of the raw input bytes; ``run_id`` is the
    orchestrator's run id (``None`` outside Dagster). Both are recorded in the manifest only.
    ``attachments(release_id)`` returns files derived from the tables (``{"report.md": bytes}``);
    it is called only for a new release, and its files are written into the staging folder
    and listed in the manifest with their sha256, but are not part of the release id.
    Raises :class:`LockHeld` when another process is writing.
    """
    missing = [name for name in TABLES if name not in tables]
    if missing:
        raise ReleaseError(f"cannot publish: missing tables {', '.join(missing)}")
    with writer_lock(data_dir):
        cleaned = tuple(clean_stale(data_dir))
        result = _publish_locked(
            data_dir,
            tables,
            code_version=code_version,
            input_hashes=input_hashes,
            run_id=run_id,
            attachments=attachments,
        )
    return ReleaseResult(**{**result.__dict__, "cleaned": cleaned})


def _write_attachments(staging: Path, files: Mapping[str, bytes]) -> dict[str, dict]:
    """Write derived files into ``staging``; their manifest entries (sha256, bytes) by name."""
    reserved = {f"{name}.parquet" for name in TABLES} | {MANIFEST}
    entries: dict[str, dict] = {}
    for name in sorted(files):
        if not _ATTACHMENT_NAME.match(name) or name in reserved:
            raise ReleaseError(f"cannot publish: invalid attachment name {name!r}")
        path = staging / name
        path.write_bytes(files[name])
        _fsync_file(path)
        entries[name] = {"sha256": file_sha256(path), "bytes": path.stat().st_size}
    return entries


def _publish_locked(
    data_dir: Path,
    tables: Mapping[str, pd.DataFrame],
    *,
    code_version: str,
    input_hashes: dict[str, str],
    run_id: str | None,
    attachments: Attachments | None = None,
) -> ReleaseResult:
    root = releases_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    parent = read_latest(data_dir)
    staging = Path(data_dir) / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        files: dict[str, dict] = {}
        for name in TABLES:
            path = staging / f"{name}.parquet"
            frame = tables[name]  # once: ``tables`` may load each table when asked
            write_parquet(frame, path, name)
            n_rows = len(frame)
            del frame
            files[name] = {
                "path": path.name,
                "sha256": file_sha256(path),
                "rows": int(n_rows),
                "bytes": path.stat().st_size,
                "schema_version": SCHEMA_VERSION,
            }
        release_id = _release_id({name: entry["sha256"] for name, entry in files.items()})
        final = root / release_id
        rows = {name: entry["rows"] for name, entry in files.items()}

        if final.exists():
            problems = verify_release(data_dir, release_id)
            if problems:
                raise ReleaseError(f"existing release {release_id} is damaged: {problems[0]}")
            if parent != release_id:
                set_latest(data_dir, release_id)
            return ReleaseResult(release_id, final, False, parent, rows)

        extras = _write_attachments(staging, attachments(release_id)) if attachments else {}
        manifest = {
            "release_id": release_id,
            "schema_version": SCHEMA_VERSION,
            "code_version": code_version,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds"),
            "parent": parent,
            "dagster_run_id": run_id,
            "inputs": {doc_id: input_hashes[doc_id] for doc_id in sorted(input_hashes)},
            "files": files,
        }
        if extras:
            manifest[ATTACHMENTS] = extras
        manifest_path = staging / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", "utf-8")
        _fsync_file(manifest_path)
        for path in staging.iterdir():
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        _fsync_dir(staging)
        try:
            os.rename(staging, final)
        except OSError:
            # Another writer published the same content first; theirs is as good as ours.
            if not final.is_dir():
                raise
            set_latest(data_dir, release_id)
            return ReleaseResult(release_id, final, False, parent, rows)
        _fsync_dir(root)
        _fsync_dir(staging.parent)
        set_latest(data_dir, release_id)
        return ReleaseResult(release_id, final, True, parent, rows)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


# --------------------------------------------------------------------------- administration


@dataclass(frozen=True)
class ReleaseInfo:
    """One release folder as :func:`list_releases` sees it (``manifest`` is None if unreadable)."""

    release_id: str
    created_at: str
    parent: str | None
    manifest: dict | None
    is_latest: bool


def list_releases(data_dir: Path) -> list[ReleaseInfo]:
    """Every release folder, oldest first by ``created_at`` (unreadable manifests first)."""
    root = releases_dir(data_dir)
    latest = read_latest(data_dir)
    found = []
    for path in root.iterdir() if root.is_dir() else ():
        if not (path.is_dir() and RELEASE_ID_PATTERN.match(path.name)):
            continue
        try:
            manifest: dict | None = load_manifest(data_dir, path.name)
        except (OSError, ValueError):
            manifest = None
        m = manifest or {}
        info = ReleaseInfo(
            path.name, m.get("created_at", ""), m.get("parent"), manifest, path.name == latest
        )
        found.append(info)
    return sorted(found, key=lambda r: (r.created_at, r.release_id))


def resolve_release(data_dir: Path, ref: str | None) -> str:
    """A release id from ``ref``: ``None``/``latest``, a full id, or an unambiguous prefix."""
    if ref is None or ref.lower() == "latest":
        latest = read_latest(data_dir)
        if latest is None:
            raise ReleaseError(f"no release published yet in {releases_dir(data_dir)}")
        return latest
    ids = [r.release_id for r in list_releases(data_dir)]
    if ref in ids:
        return ref
    matches = [i for i in ids if i.startswith(ref)]
    if len(matches) == 1:
        return matches[0]
    what = "is ambiguous" if matches else "matches no release"
    raise ReleaseError(f"release {ref!r} {what} in {releases_dir(data_dir)}")


def rollback(data_dir: Path, release_id: str) -> str | None:
    """Point ``LATEST`` back at an existing, verified release; returns the previous id.

    Only ``LATEST`` moves: no release folder is created, changed or deleted.
    """
    with writer_lock(data_dir):
        problems = verify_release(data_dir, release_id)
        if problems:
            raise ReleaseError(f"refusing to roll back to {release_id}: {problems[0]}")
        previous = read_latest(data_dir)
        if previous != release_id:
            set_latest(data_dir, release_id)
    return previous


@dataclass(frozen=True)
class GcResult:
    """What :func:`gc` removed (or would remove with ``dry_run``) and what it kept."""

    removed: tuple[str, ...]
    kept: tuple[str, ...]
    stale: tuple[str, ...]


def gc(data_dir: Path, keep: int, *, dry_run: bool = False) -> GcResult:
    """Delete all but the ``keep`` newest releases (by ``created_at``) and stale scratch.

    The release ``LATEST`` names is always kept, on top of ``keep``. A doomed folder is first
    moved out of ``releases/`` to ``<data>/.trash-*``, so no reader or glob ever finds a
    half-deleted release.
    """
    if keep < 0:
        raise ValueError("keep must be >= 0")
    with writer_lock(data_dir):
        latest = read_latest(data_dir)
        newest_first = [r.release_id for r in reversed(list_releases(data_dir))]
        kept = set(newest_first[:keep]) | ({latest} if latest else set())
        doomed = [i for i in newest_first if i not in kept]
        if dry_run:
            stale = tuple(p.name for p in stale_entries(data_dir))
        else:
            stale = tuple(clean_stale(data_dir))
            root = releases_dir(data_dir)
            for release_id in doomed:
                trash = Path(data_dir) / f".trash-{release_id}-{uuid.uuid4().hex[:8]}"
                os.rename(root / release_id, trash)
                _fsync_dir(root)
                shutil.rmtree(trash)
    return GcResult(tuple(doomed), tuple(i for i in newest_first if i in kept), stale)
