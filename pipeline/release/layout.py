"""Where a release lives in a data folder, and reading it: ``releases/<id>/``, ``LATEST``,
the manifest, the content address of a release.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from pipeline.contract.hashing import file_sha256, short_id
from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.contract.tables import TABLES
from pipeline.files import write_atomic
from pipeline.release.parquet import read_parquet
from pipeline.release.parts import INPUTS, parse_part_line, parts_digest

MANIFEST = "manifest.json"


ATTACHMENTS = "attachments"
"""Manifest key listing the files derived from the tables (``report.md``, ``claims.png``)."""


SETTINGS = "settings"
"""Manifest key of the settings the tables were made with (``min_confidence``, ``corrections``:
path, sha256 and rows of the corrections file); recorded, not part of the release id."""

ATTACHMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


LATEST = "LATEST"


HISTORY = "HISTORY"
"""Append-only file in ``releases/``: one release id per line, in the order runs published
them (a release published again is appended again). ``gc`` and ``releases list`` order by it:
neither an edited manifest nor a skewed clock can change it."""


PIN = "PINNED"
"""File in ``releases/`` naming the release ``LATEST`` is pinned to (written by a rollback):
while it exists, publishing never moves ``LATEST``."""


LOCK = ".lock"


STAGING_PREFIX = ".staging-"


OBJECTS = "objects"
"""Folder in ``<data>`` holding each distinct release file once (:mod:`pipeline.release.objects`)."""


OBJECT_TMP_PREFIX = ".object.tmp-"

CHART_MEMO = "cache/chart"
"""The chart memo under the data folder (:mod:`pipeline.report.chart_memo`): its files may be
hard links to release objects, which ``gc`` does not count as a release's."""


SCRATCH_PREFIXES = (
    STAGING_PREFIX,
    f".{LATEST}.tmp-",
    f".{PIN}.tmp-",
    ".trash-",
    OBJECT_TMP_PREFIX,
)
"""Names of scratch entries: staging and trash folders in ``<data>``, LATEST and PINNED temp
files in ``releases/``, object temp files in ``objects/``; any of them found while holding the
lock belongs to a dead writer."""


RELEASE_ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")


class ReleaseError(RuntimeError):
    """A release could not be published or an existing release is damaged."""


class ReleaseDamaged(ReleaseError):
    """A file of a published release differs from its manifest: it is refused, never served."""


DAMAGED_HINT = (
    "`tradefacts releases verify` lists every problem; the next `tradefacts run` over the same "
    "input rewrites it, `tradefacts releases rollback ID` serves an intact release meanwhile"
)


class LockHeld(ReleaseError):
    """Another process holds the writer lock; raised at once rather than waiting."""


def release_id_of(file_hashes: Mapping[str, str], schema_version: str = SCHEMA_VERSION) -> str:
    """Content address of a release: the schema version and every table's sha256.

    A table's sha256 is its file's (schema <= 1.2, one file per table) or, for a table stored
    as parts (1.3), :func:`pipeline.release.parts.parts_digest` of its parts. A release is
    checked with the schema version its manifest records, so releases written before a bump
    keep verifying under the definition they were made with.
    """
    lines = [f"schema_version:{schema_version}"]
    lines += [f"{name}:{file_hashes[name]}" for name in sorted(file_hashes)]
    return short_id("\n".join(lines))


def releases_dir(data_dir: Path) -> Path:
    """Folder holding every release and ``LATEST``."""
    return Path(data_dir) / "releases"


def latest_text(data_dir: Path) -> str | None:
    """What ``LATEST`` holds, stripped, unchecked; ``None`` when there is no ``LATEST``."""
    try:
        return (releases_dir(data_dir) / LATEST).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None


def read_latest(data_dir: Path, *, strict: bool = False) -> str | None:
    """The current release id, or ``None`` when nothing has been published yet.

    Only a release id (16 hex digits) is ever returned, so ``LATEST`` holding a path such as
    ``../../elsewhere`` is never followed out of the data folder: it reads as ``None``, or
    with ``strict`` (readers about to serve a release) raises :class:`ReleaseError`.
    Publishing over such a ``LATEST`` replaces it.
    """
    value = latest_text(data_dir)
    if not value:
        return None
    if not RELEASE_ID_PATTERN.match(value):
        if strict:
            raise ReleaseError(
                f"{releases_dir(data_dir) / LATEST} holds {value[:80]!r}, which is not a release "
                "id (16 hex digits); `tradefacts releases rollback ID` sets it to one"
            )
        return None
    return value


def load_table(
    data_dir: Path,
    release_id: str,
    name: str,
    columns: Sequence[str] | None = None,
    *,
    verify: bool = True,
) -> pd.DataFrame:
    """One table of one release as a DataFrame (only ``columns`` if given).

    A 1.3 table is a folder of parts (:mod:`pipeline.release.parts`), read in part order.
    With ``verify`` (the default) the file is first checked against the release's manifest
    (:func:`check_table`), so flipped bits or an edited file raise :class:`ReleaseDamaged`
    instead of printing wrong values. Why the manifest's sha256 and not Parquet page
    checksums: hashing a 100k-row facts file (4.3 MB) took 5 ms against 970 ms to read it
    (``python -m benchmarks.reader_checksum``), it also covers the footer and the manifest, and
    page checksums would change the table bytes and with them every release id.
    """
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
    if verify:
        check_table(data_dir, release_id, name)
    return read_parquet(releases_dir(data_dir) / release_id / f"{name}.parquet", columns)


def check_table(data_dir: Path, release_id: str, name: str) -> None:
    """Raise :class:`ReleaseDamaged` unless table ``name`` has the sha256 its manifest records
    and the manifest's table hashes give the release id (cost: one read of the file).
    """

    path, parts, table_sha = table_files(data_dir, release_id, name)
    files = parts or []
    for file, shown, sha in files or [(path, path.name, table_sha)]:
        where = f"{path.name}/{shown}" if files else shown
        try:
            actual = file_sha256(file)
        except OSError as exc:
            raise _damaged(release_id, f"{where} cannot be read ({exc.strerror or exc})") from None
        if actual != sha:
            raise _damaged(
                release_id, f"{where} has sha256 {actual[:12]}…, {MANIFEST} records {sha[:12]}…"
            )
    if files:
        listed = {shown for _, shown, _ in files}
        extra = sorted(p.name for p in path.iterdir() if p.name not in listed)
        if extra:
            raise _damaged(
                release_id, f"{path.name} holds files its manifest does not list: {extra[0]}"
            )


def _damaged(release_id: str, why: str) -> ReleaseDamaged:
    return ReleaseDamaged(f"release {release_id} is damaged: {why}; {DAMAGED_HINT}")


def table_files(
    data_dir: Path, release_id: str, name: str, manifest: dict | None = None
) -> tuple[Path, list[tuple[Path, str, str]] | None, str]:
    """``(table path, [(part file, part name, its sha256)], table sha256)`` of table ``name`` as
    the manifest records them, its parts in part order (schema 1.3); the list is ``None`` for a
    table stored as one file (whose sha256 is the table's). Raises
    :class:`ReleaseDamaged` unless the manifest is readable, its parts give the table's recorded
    sha256 and the table hashes give the release id; the table's files are not read."""

    def damaged(why: str) -> ReleaseDamaged:
        return _damaged(release_id, why)

    try:
        manifest = load_manifest(data_dir, release_id) if manifest is None else manifest
        entries = manifest["files"]
        recorded = {table: entry["sha256"] for table, entry in entries.items()}
        entry = entries[name]
        version = str(manifest.get("schema_version", SCHEMA_VERSION))
        parts = [parse_part_line(line) for line in entry.get("parts", ())]
        if "parts" in entry and parts_digest({p: s for p, s, _ in parts}) != recorded[name]:
            raise ValueError(f"the parts of {name} do not give its recorded sha256")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise damaged(f"{MANIFEST} unreadable or incomplete ({exc!r})") from None
    if release_id_of(recorded, version) != release_id:
        raise damaged(f"the table hashes in {MANIFEST} do not give the release id")
    path = releases_dir(data_dir) / release_id / entry.get("path", f"{name}.parquet")
    if "parts" in entry:
        return path, [(path / p, p, sha) for p, sha, _ in parts], recorded[name]
    return path, None, recorded[name]


def load_manifest(data_dir: Path, release_id: str) -> dict:
    """The parsed ``manifest.json`` of a release."""
    path = releases_dir(data_dir) / release_id / MANIFEST
    return json.loads(path.read_text(encoding="utf-8"))


def recorded_corrections(manifest: dict | None) -> dict:
    """The corrections file a release's run read, as its manifest records it under
    ``settings.corrections`` (``{"path", "rows", "sha256"}``); ``{}`` when it records none."""
    return ((manifest or {}).get("settings") or {}).get("corrections") or {}


def load_inputs(data_dir: Path, release_id: str, manifest: dict | None = None) -> dict[str, str]:
    """``{doc_id: sha256 of the raw input}`` a release was made from.

    Schema <= 1.2 manifests hold the mapping itself under ``inputs``; 1.3 manifests name its
    parts (``inputs/part-*.json``, bucketed like ``documents``), which are read here. A part
    that is missing or unreadable raises ``OSError``/``ValueError`` like an unreadable manifest.
    """
    manifest = load_manifest(data_dir, release_id) if manifest is None else manifest
    inputs = manifest.get(INPUTS) or {}
    if "parts" not in inputs:
        return dict(inputs)
    folder = releases_dir(data_dir) / release_id / inputs.get("path", INPUTS)
    found: dict[str, str] = {}
    for line in inputs["parts"]:
        name, _, _ = parse_part_line(line)
        found.update(json.loads((folder / name).read_text(encoding="utf-8")))
    return dict(sorted(found.items()))


def set_latest(data_dir: Path, release_id: str) -> None:
    """Point ``LATEST`` at ``release_id`` atomically: readers see the old id or the new one."""
    _replace_file(releases_dir(data_dir), LATEST, release_id)


def read_history(data_dir: Path) -> list[str]:
    """Release ids in the order they were published (oldest first; ids may repeat)."""
    try:
        text = (releases_dir(data_dir) / HISTORY).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line for line in text.split() if RELEASE_ID_PATTERN.match(line)]


def append_history(data_dir: Path, release_id: str) -> None:
    """Record that ``release_id`` was just published (under the writer lock), durably."""
    with open(releases_dir(data_dir) / HISTORY, "a", encoding="utf-8") as fh:
        fh.write(release_id + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def read_pin(data_dir: Path) -> str | None:
    """The release ``LATEST`` is pinned to by a rollback, or ``None`` when it is not pinned."""
    try:
        value = (releases_dir(data_dir) / PIN).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return value or None


def write_pin(data_dir: Path, release_id: str) -> None:
    """Pin ``LATEST`` to ``release_id`` (atomically, like ``LATEST`` itself)."""
    _replace_file(releases_dir(data_dir), PIN, release_id)


def _replace_file(root: Path, name: str, release_id: str) -> None:
    """Write ``root/name`` holding ``release_id`` durably in one rename (its scratch file,
    ``.<name>.tmp-<pid>-…``, is one of :data:`SCRATCH_PREFIXES`)."""
    write_atomic(root / name, (release_id + "\n").encode("utf-8"), fsync=True)
