"""Where a release lives in a data folder, and reading it: ``releases/<id>/``, ``LATEST``,
the manifest, the content address of a release.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from pipeline.contract.hashing import short_id
from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.contract.tables import TABLES
from pipeline.release.parquet import fsync_dir, read_parquet

MANIFEST = "manifest.json"


ATTACHMENTS = "attachments"
"""Manifest key listing the files derived from the tables (``report.md``, ``claims.png``)."""


SETTINGS = "settings"
"""Manifest key of the settings the tables were made with (``min_confidence``, ``corrections``:
path, sha256 and rows of the corrections file); recorded, not part of the release id."""

ATTACHMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


LATEST = "LATEST"


LOCK = ".lock"


STAGING_PREFIX = ".staging-"


SCRATCH_PREFIXES = (STAGING_PREFIX, ".LATEST.tmp-", ".trash-")
"""Names of scratch entries: staging and trash folders in ``<data>``, LATEST temp files in
``releases/``; any of them found while holding the lock belongs to a dead writer."""


RELEASE_ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")


class ReleaseError(RuntimeError):
    """A release could not be published or an existing release is damaged."""


class LockHeld(ReleaseError):
    """Another process holds the writer lock; raised at once rather than waiting."""


def release_id_of(file_hashes: Mapping[str, str]) -> str:
    """Content address of a release: the schema version and every table's sha256."""
    lines = [f"schema_version:{SCHEMA_VERSION}"]
    lines += [f"{name}:{file_hashes[name]}" for name in sorted(file_hashes)]
    return short_id("\n".join(lines))


def releases_dir(data_dir: Path) -> Path:
    """Folder holding every release and ``LATEST``."""
    return Path(data_dir) / "releases"


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
    fsync_dir(root)
