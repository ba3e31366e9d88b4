"""Release store: immutable, content-addressed release folders and an atomically replaced LATEST.

Why this shape: a consumer reading ``releases/$(cat LATEST)/facts.parquet`` must never see a
partial release, and identical inputs must give an identical release. So every release is
written into a sibling staging folder, fsynced, renamed into place in one step, and only then
does ``LATEST`` move (temp file + ``os.replace``). The release id is a hash of the table bytes,
which requires the Parquet bytes to be deterministic: stable row order, fixed writer options,
no pandas metadata and no wall clock inside the files (``created_at`` lives in the manifest).

Pure Python (no Dagster): the Dagster layer calls :func:`publish_release`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import stat
import uuid
from collections.abc import Mapping
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
LATEST = "LATEST"
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


@dataclass(frozen=True)
class ReleaseResult:
    """What :func:`publish_release` did: the current release and whether it is new."""

    release_id: str
    path: Path
    created: bool
    parent: str | None
    rows: dict[str, int]


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


def read_parquet(path: Path) -> pd.DataFrame:
    """Read a Parquet file written by :func:`write_parquet` back into the frame shape stages use."""
    return from_arrow(pq.read_table(path))


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


def _sha256_file(path: Path) -> str:
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


# --------------------------------------------------------------------------- public API


def read_latest(data_dir: Path) -> str | None:
    """The current release id, or ``None`` when nothing has been published yet."""
    path = releases_dir(data_dir) / LATEST
    try:
        value = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return value or None


def load_table(data_dir: Path, release_id: str, name: str) -> pd.DataFrame:
    """One table of one release as a DataFrame."""
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
    return read_parquet(releases_dir(data_dir) / release_id / f"{name}.parquet")


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
    recorded sha256 and row count, that no unexpected file sits in the folder, and that the
    folder name is the content hash of its tables.
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
        actual = _sha256_file(path)
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
    expected = {entry.get("path", f"{n}.parquet") for n, entry in files.items()} | {MANIFEST}
    extra = sorted(p.name for p in folder.iterdir() if p.name not in expected)
    if extra:
        problems.append(f"unexpected files: {', '.join(extra)}")
    if not problems and _release_id(hashes) != release_id:
        problems.append(f"content hash {_release_id(hashes)} != release id {release_id}")
    return problems


def publish_release(
    data_dir: Path,
    tables: dict[str, pd.DataFrame],
    *,
    code_version: str,
    input_hashes: dict[str, str],
    run_id: str | None,
) -> ReleaseResult:
    """Publish ``tables`` as a release and point ``LATEST`` at it.

    The release id is the content hash of the five tables, so publishing identical content again
    creates nothing (``created=False``) and only re-points ``LATEST`` if it moved elsewhere.
    ``input_hashes`` maps ``doc_id`` to the sha256 of the raw input bytes; ``run_id`` is the
    orchestrator's run id (``None`` outside Dagster). Both are recorded in the manifest only.
    """
    missing = [name for name in TABLES if name not in tables]
    if missing:
        raise ReleaseError(f"cannot publish: missing tables {', '.join(missing)}")
    root = releases_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    parent = read_latest(data_dir)
    staging = root / f".staging-{os.getpid()}-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        files: dict[str, dict] = {}
        for name in TABLES:
            path = staging / f"{name}.parquet"
            write_parquet(tables[name], path, name)
            files[name] = {
                "path": path.name,
                "sha256": _sha256_file(path),
                "rows": int(len(tables[name])),
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

        manifest = {
            "release_id": release_id,
            "schema_version": SCHEMA_VERSION,
            "code_version": code_version,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "parent": parent,
            "dagster_run_id": run_id,
            "inputs": {doc_id: input_hashes[doc_id] for doc_id in sorted(input_hashes)},
            "files": files,
        }
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
        set_latest(data_dir, release_id)
        return ReleaseResult(release_id, final, True, parent, rows)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
