"""The releases of a data folder: verify, list, resolve a reference, roll back, collect
garbage.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.contract.hashing import file_sha256
from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.contract.tables import TABLES
from pipeline.files import fsync_dir
from pipeline.release.layout import (
    ATTACHMENTS,
    LATEST,
    MANIFEST,
    PIN,
    RELEASE_ID_PATTERN,
    ReleaseError,
    latest_text,
    load_manifest,
    read_history,
    read_latest,
    read_pin,
    release_id_of,
    releases_dir,
    set_latest,
    write_pin,
)
from pipeline.release.lock import clean_stale, holds_lock, stale_entries, writer_lock
from pipeline.release.objects import links_in, sweep
from pipeline.release.parts import INPUTS, PART_PREFIX, parse_part_line, parts_digest
from pipeline.release.stamps import ObjectStamps


def verify_release(
    data_dir: Path, release_id: str, stamps: ObjectStamps | None = None
) -> list[str]:
    """Problems found in a published release (empty list: the release is intact).

    Checks that the manifest exists and parses, that every table it lists is present with the
    recorded sha256 and row count, that every attachment it lists has its recorded sha256, that
    no unexpected file sits in the folder, and that the folder name is the content hash of its
    tables.

    With ``stamps`` (:mod:`pipeline.release.stamps`), a file whose stat stamp says it still holds
    the bytes of its manifest sha256 is not read again (what the release step and its
    ``release_schema`` check use; ``tradefacts releases verify`` hashes every byte).
    """
    folder = releases_dir(data_dir) / release_id
    if folder.is_symlink() or (
        folder.exists() and folder.resolve().parent != releases_dir(data_dir).resolve()
    ):
        # Never followed: a reader must not serve files from outside the data folder.
        return [f"release {release_id}: {folder} leads outside the data folder (a link)"]
    if not folder.is_dir():
        return [f"release {release_id}: folder {folder} does not exist"]
    try:
        manifest = load_manifest(data_dir, release_id)
    except (OSError, ValueError) as exc:
        return [f"release {release_id}: unreadable {MANIFEST}: {exc}"]
    try:
        return _verify_files(folder, release_id, manifest, stamps)
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
        # A file that cannot be read, a manifest of the wrong shape: report it and go on to
        # the next release instead of stopping the whole verify.
        return [f"release {release_id}: cannot be checked: {exc!r}"]


def _sha256(
    path: Path, name: str, problems: list[str], expected: object, stamps: ObjectStamps | None
) -> str | None:
    """The file's sha256, or ``None`` with a problem added when it cannot be read (a part is
    named with its folder: ``facts.parquet/part-00017.parquet``). With ``stamps``, the
    ``expected`` sha256 when the file's stamp proves it."""
    try:
        if stamps is not None and isinstance(expected, str):
            return stamps.sha256(path, expected)
        return file_sha256(path)
    except OSError as exc:
        shown = (
            f"{path.parent.name}/{path.name}" if path.name.startswith(PART_PREFIX) else path.name
        )
        problems.append(f"{name}: cannot read {shown}: {exc.strerror or exc}")
        return None


def _verify_files(
    folder: Path, release_id: str, manifest: dict, stamps: ObjectStamps | None = None
) -> list[str]:
    """:func:`verify_release` once the manifest is read."""
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
        if "parts" in entry:  # schema 1.3: a folder of parts
            listed = {part: sha for part, sha, _ in map(parse_part_line, entry["parts"])}
            if parts_digest(listed) != entry.get("sha256"):  # the manifest disagrees with itself
                problems.append(f"{name}: the parts listed do not give the manifest's sha256")
            digest = _verify_parts(path, name, entry["parts"], problems, True, stamps)
            if digest is not None:
                hashes[name] = digest
            continue
        if not path.is_file():
            problems.append(f"{name}: file {path.name} is missing")
            continue
        actual = _sha256(path, name, problems, entry.get("sha256"), stamps)
        if actual is None:
            continue
        hashes[name] = actual
        if actual != entry.get("sha256"):
            problems.append(f"{name}: sha256 {actual[:12]}… != manifest {entry.get('sha256')}")
            continue
        _check_rows(path, name, entry.get("rows"), problems, stamps, actual)
    attachments = manifest.get(ATTACHMENTS, {})
    for name, entry in sorted(attachments.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"attachment {name} is missing")
        elif (
            actual := _sha256(path, name, problems, entry.get("sha256"), stamps)
        ) and actual != entry.get("sha256"):
            problems.append(f"{name}: sha256 {actual[:12]}… != manifest {entry.get('sha256')}")
    expected = {entry.get("path", f"{n}.parquet") for n, entry in files.items()} | {MANIFEST}
    expected |= set(attachments)
    inputs = manifest.get(INPUTS) or {}
    if "parts" in inputs:  # schema 1.3: the input hashes in parts (not part of the id)
        where = inputs.get("path", INPUTS)
        expected.add(where)
        _verify_parts(folder / where, INPUTS, inputs["parts"], problems, False, stamps)
    extra = sorted(p.name for p in folder.iterdir() if p.name not in expected)
    if extra:
        problems.append(f"unexpected files: {', '.join(extra)}")
    version = str(manifest.get("schema_version", SCHEMA_VERSION))
    if not problems and release_id_of(hashes, version) != release_id:
        problems.append(f"content hash {release_id_of(hashes, version)} != release id {release_id}")
    return problems


def _check_rows(
    path: Path,
    name: str,
    recorded: object,
    problems: list[str],
    stamps: ObjectStamps | None = None,
    sha256: str | None = None,
) -> None:
    """Add a problem unless the Parquet file at ``path`` reads and has ``recorded`` rows. With
    ``stamps``, the row count they hold for ``sha256`` (the file's proven sha256) is taken
    instead of opening its footer; a count read is recorded there."""
    rows = stamps.rows(sha256) if stamps is not None and sha256 is not None else None
    if rows is None:
        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:  # a damaged file can fail in many ways; report, don't raise
            problems.append(f"{name}: not readable as Parquet: {exc}")
            return
        if stamps is not None and sha256 is not None:
            stamps.note_rows(sha256, rows)
    if rows != recorded:
        problems.append(f"{name}: {rows} rows != manifest {recorded}")


def _verify_parts(
    folder: Path,
    name: str,
    lines: list[str],
    problems: list[str],
    parquet: bool,
    stamps: ObjectStamps | None = None,
) -> str | None:
    """Check a parted table (or the input hashes) against its manifest lines: every part
    present with its sha256 (and rows, for Parquet), nothing else in the folder. Returns the
    digest of the parts as found (``None`` when a part could not be hashed)."""
    if not folder.is_dir() or folder.is_symlink():
        problems.append(f"{name}: folder {folder.name} is missing")
        return None
    found: dict[str, str] = {}
    listed = set()
    for line in lines:
        part, sha, rows = parse_part_line(line)
        listed.add(part)
        path = folder / part
        if not path.is_file():
            problems.append(f"{name}: part {folder.name}/{part} is missing")
            continue
        actual = _sha256(path, name, problems, sha, stamps)
        if actual is None:
            continue
        found[part] = actual
        if actual != sha:
            problems.append(f"{name}: {folder.name}/{part} sha256 {actual[:12]}… != manifest")
        elif parquet:
            _check_rows(path, f"{name} {part}", rows, problems, stamps, actual)
    extra = sorted(p.name for p in folder.iterdir() if p.name not in listed)
    if extra:
        problems.append(f"{name}: unexpected files in {folder.name}: {', '.join(extra)}")
    return parts_digest(found) if len(found) == len(listed) else None


def latest_problems(data_dir: Path) -> list[str]:
    """What is wrong with ``LATEST`` (empty list: it names a release folder of this store).

    Missing or empty, not a release id (a path is never followed), or naming no release
    folder. Whether that release is intact is :func:`verify_release`'s business.
    """
    value = latest_text(data_dir)
    where = releases_dir(data_dir) / LATEST
    if value is None:
        return [f"LATEST is missing ({where}): no release is current"]
    if not value:
        return [f"LATEST is empty ({where}): no release is current"]
    if not RELEASE_ID_PATTERN.match(value):
        return [f"LATEST holds {value[:80]!r}, which is not a release id; it is not followed"]
    if not (releases_dir(data_dir) / value).is_dir():
        return [f"LATEST names {value}, which names no release folder in {where.parent}"]
    return []


@dataclass(frozen=True)
class ReleaseInfo:
    """One release folder as :func:`list_releases` sees it (``manifest`` is None if unreadable)."""

    release_id: str
    created_at: str
    parent: str | None
    manifest: dict | None
    is_latest: bool


def list_releases(data_dir: Path) -> list[ReleaseInfo]:
    """Every release folder, oldest first in publication order (:func:`publication_order`)."""
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
    rank = publication_order(data_dir, [r.release_id for r in found])
    return sorted(found, key=lambda r: rank[r.release_id])


def publication_order(data_dir: Path, release_ids: list[str]) -> dict[str, tuple]:
    """A sort key per release id, oldest first: the order runs last published them in
    (``releases/HISTORY``), which neither an edited manifest nor a skewed clock changes.

    Releases the history does not list (published before it existed) come first, among
    themselves by their manifest's ``created_at``.
    """
    last_seen = {release_id: i for i, release_id in enumerate(read_history(data_dir))}

    def created_at(release_id: str) -> str:
        try:
            return str(load_manifest(data_dir, release_id).get("created_at", ""))
        except (OSError, ValueError, AttributeError):
            return ""

    return {
        r: (1, last_seen[r], r) if r in last_seen else (0, created_at(r), r) for r in release_ids
    }


def resolve_release(data_dir: Path, ref: str | None) -> str:
    """A release id from ``ref``: ``None``/``latest``, a full id, or an unambiguous prefix."""
    if ref is None or ref.lower() == "latest":
        latest = read_latest(data_dir, strict=True)
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
    """Point ``LATEST`` back at an existing, verified release and pin it there; returns the
    previous id.

    Only ``LATEST`` and the pin move: no release folder is created, changed or deleted. Why
    pinned: otherwise the next run over unchanged input moved ``LATEST`` forward again and the
    rollback was undone. Runs still publish their releases while ``LATEST`` is pinned, but do
    not move it, until :func:`unpin`.
    """
    with writer_lock(data_dir):
        problems = verify_release(data_dir, release_id)
        if problems:
            raise ReleaseError(f"refusing to roll back to {release_id}: {problems[0]}")
        previous = read_latest(data_dir)
        write_pin(data_dir, release_id)  # first: a run never sees the new LATEST unpinned
        if previous != release_id:
            set_latest(data_dir, release_id)
    return previous


def unpin(data_dir: Path) -> str | None:
    """Let runs move ``LATEST`` again; returns the release it was pinned to (``None``: it was
    not pinned). ``LATEST`` itself stays until the next publish."""
    with writer_lock(data_dir):
        pinned = read_pin(data_dir)
        (releases_dir(data_dir) / PIN).unlink(missing_ok=True)
        fsync_dir(releases_dir(data_dir))
    return pinned


def discard_release(data_dir: Path, release_id: str) -> None:
    """Delete a release folder; only under the writer lock.

    It is first moved out of ``releases/`` to ``<data>/.trash-*`` in one rename, so no reader
    or glob ever finds a half-deleted release (a killed writer's trash is removed by the next).
    """
    if not holds_lock(data_dir):
        raise ReleaseError("discard_release needs the writer lock")
    root = releases_dir(data_dir)
    trash = Path(data_dir) / f".trash-{release_id}-{uuid.uuid4().hex[:8]}"
    os.rename(root / release_id, trash)
    fsync_dir(root)
    shutil.rmtree(trash)


@dataclass(frozen=True)
class GcResult:
    """What :func:`gc` removed (or would remove with ``dry_run``) and what it kept."""

    removed: tuple[str, ...]
    kept: tuple[str, ...]
    stale: tuple[str, ...]
    objects: tuple[str, ...] = ()
    """Objects (``<sha256><suffix>``) no kept release links any more, deleted with them."""


def gc(data_dir: Path, keep: int, *, dry_run: bool = False) -> GcResult:
    """Delete all but the ``keep`` newest releases (in publication order) and stale scratch.

    Always kept, on top of ``keep``: the release ``LATEST`` names, the one it is pinned to,
    and the newest (after a rollback ``LATEST`` is older; the newest may be wanted back).
    A doomed folder is first moved out of ``releases/`` to ``<data>/.trash-*``, so no reader
    or glob ever finds a half-deleted release. Then every object no remaining release links
    is deleted (:func:`pipeline.release.objects.sweep`: by hard-link count), including those a
    killed writer stored but never linked.
    """
    if keep < 0:
        raise ValueError("keep must be >= 0")
    with writer_lock(data_dir):
        always = {read_latest(data_dir), read_pin(data_dir)} - {None}
        newest_first = [r.release_id for r in reversed(list_releases(data_dir))]
        kept = set(newest_first[: max(keep, 1)]) | always
        doomed = [i for i in newest_first if i not in kept]
        if dry_run:
            stale = tuple(p.name for p in stale_entries(data_dir))
            leaving = links_in([releases_dir(data_dir) / i for i in doomed])
            objects = sweep(data_dir, dry_run=True, leaving=leaving)
        else:
            stale = tuple(clean_stale(data_dir))
            for release_id in doomed:
                discard_release(data_dir, release_id)
            objects = sweep(data_dir)
    kept_ids = tuple(i for i in newest_first if i in kept)
    return GcResult(tuple(doomed), kept_ids, stale, tuple(objects))
