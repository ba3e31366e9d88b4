"""Publishing a release: link the tables' objects into a staging folder, fsync, rename into
place in one step, then move ``LATEST``; identical content publishes nothing new.

Each table and attachment is stored once as a content-addressed object (``<data>/objects/``,
:mod:`pipeline.release.objects`) and the release folder hard-links it, so releases share the
files that did not change; the objects are durable before the first link is made.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.contract.tables import TABLES
from pipeline.files import fsync_dir, fsync_file
from pipeline.release.catalog import discard_release, verify_release
from pipeline.release.guard import Counts, check_shrink
from pipeline.release.input_reuse import DocumentHashes, InputMemo
from pipeline.release.layout import (
    ATTACHMENT_NAME,
    ATTACHMENTS,
    MANIFEST,
    SETTINGS,
    STAGING_PREFIX,
    ReleaseError,
    append_history,
    load_manifest,
    read_history,
    read_latest,
    read_pin,
    release_id_of,
    releases_dir,
    set_latest,
)
from pipeline.release.lock import clean_stale, writer_lock
from pipeline.release.objects import link_or_copy, object_path, store_bytes
from pipeline.release.part_memo import PartMemo, fingerprint
from pipeline.release.parts import (
    INPUTS,
    Part,
    PartPlan,
    input_parts,
    parse_part_line,
    part_line,
    parts_digest,
    table_parts,
)
from pipeline.release.reuse import BucketMemo, Carried
from pipeline.release.stamps import ObjectStamps
from pipeline.release.stored_parts import StoredChunks, stored_table_parts


class ReleaseBlocked(ReleaseError):
    """The candidate drops too much of the current release (the shrink guard)."""


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
    repaired: str | None = None
    """The first problem of a damaged folder of this release id that was replaced."""
    pinned: str | None = None
    """The release ``LATEST`` is pinned to (a rollback); ``LATEST`` did not move."""


Attachments = Callable[[str], Mapping[str, bytes]]
"""Files derived from a release's tables, by file name, made from its release id."""


def publish_release(
    data_dir: Path,
    tables: Mapping[str, pd.DataFrame],
    *,
    code_version: str,
    input_hashes: Mapping[str, str],
    run_id: str | None,
    attachments: Attachments | None = None,
    max_drop: float | None = None,
    settings: Mapping[str, object] | None = None,
) -> ReleaseResult:
    """Publish ``tables`` as a release and point ``LATEST`` at it, under the writer lock.

    The release id is the content hash of the tables, so publishing identical content again
    creates nothing (``created=False``) and only re-points ``LATEST`` if it moved elsewhere.
    ``input_hashes`` maps ``doc_id`` to the sha256 of the raw input bytes (a
    :class:`~pipeline.release.input_reuse.DocumentHashes` when they are the documents table's
    own: then the input parts are made from the documents parts); ``run_id`` is the
    orchestrator's run id (``None`` outside Dagster). Both are recorded in the manifest only, as
    are ``settings`` (JSON values the tables were made with: the confidence threshold, the
    corrections file's sha256), so none of them changes the release id.
    ``attachments(release_id)`` returns files derived from the tables (``{"report.md": bytes}``);
    it is called only for a new release, and its files are written into the staging folder
    and listed in the manifest with their sha256, but are not part of the release id.
    With ``max_drop``, a release dropping more than that share of the current release's ok
    documents or facts is refused (:class:`ReleaseBlocked`, :mod:`pipeline.release.guard`).
    A folder of the same release id that fails :func:`verify_release` (rotted or edited
    bytes) is replaced by the fresh copy (``repaired`` says what was wrong with it); a damaged
    shared object is replaced and re-linked in every release that linked it
    (:func:`pipeline.release.objects.store_bytes`), which ``repaired`` also reports.
    While a rollback pins ``LATEST`` (:func:`pipeline.release.catalog.rollback`) the release
    is still written but ``LATEST`` stays (``pinned`` names the release it is pinned to).
    Raises :class:`LockHeld` when another process is writing. A table may also be given as
    the Arrow table read from its intermediate file (:func:`~pipeline.release.parts
    .table_parts`), or as its chunks unread (``StoredChunks``: ``documents``, ``sentences``,
    ``figures``; :mod:`pipeline.release.stored_parts`).
    """
    missing = [name for name in TABLES if name not in tables]
    if missing:
        raise ReleaseError(f"cannot publish: missing tables {', '.join(missing)}")
    request = _Request(code_version, input_hashes, run_id, attachments, max_drop, settings)
    with writer_lock(data_dir, run_id):
        cleaned = tuple(clean_stale(data_dir))
        result = _publish_locked(data_dir, tables, request)
    return ReleaseResult(**{**result.__dict__, "cleaned": cleaned})


def _recorded_parent(data_dir: Path, release_id: str) -> str | None:
    """The parent a damaged copy of ``release_id`` recorded, so its replacement keeps it (and a
    release is never its own parent)."""
    try:
        parent = load_manifest(data_dir, release_id).get("parent")
    except (OSError, ValueError, AttributeError):
        return None
    return parent if isinstance(parent, str) and parent != release_id else None


def _place(
    data_dir: Path,
    data: bytes,
    dest: Path,
    repairs: list[str],
    stamps: ObjectStamps | None = None,
) -> str:
    """Store ``data`` as an object (written only when no intact one exists) and link it at
    ``dest`` in the staging folder; returns its sha256. A damaged object it replaced is
    recorded in ``repairs``; ``stamps`` spare hashing an existing object proven intact."""
    stored = store_bytes(data_dir, data, dest.suffix, stamps)
    if stored.repaired:  # named with its table's folder: ``facts.parquet/part-00017.parquet``
        in_table = not dest.parent.name.startswith(STAGING_PREFIX)
        shown = f"{dest.parent.name}/{dest.name}" if in_table else dest.name
        repairs.append(f"{shown}: {stored.repaired}")
    link_or_copy(stored.path, dest)
    return stored.sha256


def _place_parts(
    data_dir: Path,
    folder: Path,
    parts: Iterable[Part | Carried],
    repairs: list[str],
    memo: PartMemo | None = None,
    stamps: ObjectStamps | None = None,
    placed: Callable[[str, str, int, int], None] | None = None,
) -> dict[str, object]:
    """Place each part in ``folder`` (created in the staging folder, fsynced); the table's
    manifest entry: folder name, digest of its parts, bytes, and one line per part.

    With ``memo``, a Parquet part whose rows were published before is linked from its intact
    object without being serialised (:mod:`pipeline.release.part_memo`); the bytes are the
    same either way. ``stamps`` (else the memo's) spare hashing existing objects. A
    ``Carried`` part (:mod:`pipeline.release.reuse`) is linked from its object as it is;
    ``placed(name, sha256, rows, bytes)`` hears of every part once its object is durable. The
    stamps keep each Parquet part's row count (``ObjectStamps.keep_rows``: a verify with them,
    ``release_schema``'s, then opens no footer); each object's sha256 is proven by then."""
    stamps = stamps if stamps is not None else (memo.stamps if memo is not None else None)
    folder.mkdir()
    lines, shas, total = [], {}, 0
    for part in parts:
        parquet = stamps is not None and part.name.endswith(".parquet")
        if isinstance(part, Carried):
            link_or_copy(part.path, folder / part.name)
            if parquet:  # proven intact by the bucket memo (stamp or hash)
                stamps.keep_rows(part.sha256, part.path)
            shas[part.name] = part.sha256
            lines.append(part_line(part.name, part.sha256, part.rows))
            total += part.size
            if placed is not None:
                placed(part.name, part.sha256, part.rows, part.size)
            continue
        key = fingerprint(part.table) if memo is not None and part.table is not None else None
        known = memo.lookup(key, part.rows, Path(part.name).suffix) if key and memo else None
        if known is not None:
            link_or_copy(known.path, folder / part.name)
            sha, size = known.sha256, known.size
            if parquet:  # proven intact by the part memo's lookup
                stamps.keep_rows(sha, known.path)
        else:
            sha = _place(data_dir, part.data, folder / part.name, repairs, stamps)
            size = len(part.data)
            if key and memo:
                memo.remember(key, sha, part.rows)
            if parquet:  # the bytes just stored, whose sha256 ``sha`` is
                stamps.keep_rows(sha, part.data)
        shas[part.name] = sha
        lines.append(part_line(part.name, sha, part.rows))
        total += size
        if placed is not None:
            placed(part.name, sha, part.rows, size)
    fsync_dir(folder)
    return {"path": folder.name, "sha256": parts_digest(shas), "bytes": total, "parts": lines}


def _write_attachments(
    data_dir: Path,
    staging: Path,
    files: Mapping[str, bytes],
    repairs: list[str],
    stamps: ObjectStamps | None = None,
) -> dict[str, dict]:
    """Place derived files in ``staging``; their manifest entries (sha256, bytes) by name."""
    reserved = {f"{name}.parquet" for name in TABLES} | {MANIFEST, INPUTS}
    entries: dict[str, dict] = {}
    for name in sorted(files):
        if not ATTACHMENT_NAME.match(name) or name in reserved:
            raise ReleaseError(f"cannot publish: invalid attachment name {name!r}")
        sha = _place(data_dir, files[name], staging / name, repairs, stamps)
        entries[name] = {"sha256": sha, "bytes": len(files[name])}
    return entries


def _ok_rows(documents: pd.DataFrame | pa.Table | StoredChunks) -> int:
    """Rows of the documents table whose ``status`` is ``ok`` (a frame, Arrow as stored, or
    its chunks unread: then only their ``status`` column is read)."""
    if isinstance(documents, StoredChunks):
        return int(pc.sum(pc.equal(documents.column("status"), "ok")).as_py() or 0)
    if isinstance(documents, pa.Table):
        return int(pc.sum(pc.equal(documents["status"], "ok")).as_py() or 0)
    return int((documents["status"] == "ok").sum())


def _reuse(
    memo: BucketMemo, layouts: Mapping[str, list], name: str, frame: object
) -> tuple[BucketMemo, list | None, str]:
    """What :func:`~pipeline.release.parts.table_parts` needs to carry unchanged parts over."""
    return memo, layouts.get(name), "arrow" if isinstance(frame, pa.Table) else "pandas"


@dataclass(frozen=True)
class _Request:
    """What :func:`publish_release` records besides the tables (see there)."""

    code_version: str
    input_hashes: Mapping[str, str]
    run_id: str | None
    attachments: Attachments | None
    max_drop: float | None = None
    settings: Mapping[str, object] | None = None


def _publish_locked(
    data_dir: Path, tables: Mapping[str, pd.DataFrame], request: _Request
) -> ReleaseResult:
    code_version, input_hashes = request.code_version, request.input_hashes
    run_id, attachments = request.run_id, request.attachments
    max_drop = request.max_drop
    root = releases_dir(data_dir)
    root.mkdir(parents=True, exist_ok=True)
    parent = read_latest(data_dir)
    pinned = read_pin(data_dir)

    def log(release_id: str) -> None:
        history = read_history(data_dir)
        if not history or history[-1] != release_id:
            append_history(data_dir, release_id)

    def point_latest(release_id: str) -> None:
        log(release_id)
        if pinned is None and parent != release_id:  # a pinned LATEST stays (rollback)
            set_latest(data_dir, release_id)

    staging = Path(data_dir) / f"{STAGING_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    repairs: list[str] = []  # damaged objects replaced on the way (issue 18 item 2)
    stamps = ObjectStamps.load(data_dir)  # objects proven intact by their stat (saved below)
    try:
        files: dict[str, dict] = {}
        plan = PartPlan()
        memo = PartMemo.load(data_dir, stamps)
        buckets = BucketMemo.load(data_dir, object_path, stamps)
        layouts = getattr(tables, "layouts", {})  # chunk layouts of the tables read (reuse.py)
        inputs_memo = InputMemo(data_dir, stamps)
        for name in TABLES:
            frame = tables[name]  # once: ``tables`` may load each table when asked
            n_rows = len(frame)
            if name == "documents":
                ok_documents = _ok_rows(frame)
            parts = (
                stored_table_parts(frame, name, plan, buckets)
                if isinstance(frame, StoredChunks)
                else table_parts(frame, name, plan, _reuse(buckets, layouts, name, frame))
            )
            if name == "documents":  # the input parts mirror its parts (input_reuse.py)
                parts = inputs_memo.noting(parts)
            # Parts serialised in memory and hashed first: an unchanged part is only linked.
            files[name] = {
                **_place_parts(
                    data_dir,
                    staging / f"{name}.parquet",
                    parts,
                    repairs,
                    memo,
                    placed=lambda *part, table=name: buckets.placed(table, *part),
                ),
                "rows": int(n_rows),
                "schema_version": SCHEMA_VERSION,
            }
            del frame
        memo.save()  # the objects it names are durable (store_bytes fsynced them)
        buckets.save()
        shared = getattr(tables, "buckets", None)  # the report's memos key on them
        if isinstance(shared, dict):
            shared.update(buckets.row_buckets())
        if max_drop is not None and (
            reason := check_shrink(data_dir, Counts(ok_documents, files["facts"]["rows"]), max_drop)
        ):
            raise ReleaseBlocked(f"release blocked: {reason}")
        release_id = release_id_of({name: entry["sha256"] for name, entry in files.items()})
        final = root / release_id
        rows = {name: entry["rows"] for name, entry in files.items()}

        repaired = repairs[0] if repairs else None
        damaged_folder = False
        if final.exists():
            problems = verify_release(data_dir, release_id, stamps)
            if not problems:  # intact, or mended by replacing a damaged object it links
                point_latest(release_id)
                return ReleaseResult(
                    release_id, final, False, parent, rows, repaired=repaired, pinned=pinned
                )
            # Same id, same content: the fresh copy is what the id names. Refusing would block
            # every publish of this input until someone deleted the folder by hand.
            repaired, damaged_folder = problems[0], True

        extras = (
            _write_attachments(data_dir, staging, attachments(release_id), repairs, stamps)
            if attachments
            else {}
        )
        documents = [parse_part_line(line) for line in files["documents"]["parts"]]
        mirrored = (
            inputs_memo.parts(documents) if isinstance(input_hashes, DocumentHashes) else None
        )
        placed: list[tuple[str, str, int, int]] = []
        inputs = _place_parts(
            data_dir,
            staging / INPUTS,
            mirrored if mirrored is not None else input_parts(input_hashes, plan),
            repairs,
            stamps=stamps,
            placed=lambda *part: placed.append(part),
        )
        if isinstance(input_hashes, DocumentHashes):
            inputs_memo.remember(documents, placed)
            inputs_memo.save()  # the objects it names are durable (store_bytes fsynced them)
        # mirrored parts list each document once (a doc_id falls in one bucket): as many rows
        n_inputs = sum(rows for _, _, rows, _ in placed) if mirrored else len(input_hashes)
        manifest = {
            "release_id": release_id,
            "schema_version": SCHEMA_VERSION,
            "code_version": code_version,
            "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds"),
            "parent": parent if parent != release_id else _recorded_parent(data_dir, release_id),
            "dagster_run_id": run_id,
            INPUTS: {"path": INPUTS, "rows": n_inputs, "parts": inputs["parts"]},
            "files": files,
        }
        if extras:
            manifest[ATTACHMENTS] = extras
        if request.settings is not None:
            manifest[SETTINGS] = dict(request.settings)
        manifest_path = staging / MANIFEST
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", "utf-8")
        fsync_file(manifest_path)
        manifest_path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # objects already are
        fsync_dir(staging)
        log(release_id)  # before the rename: every release folder is in the history
        if damaged_folder:
            # LATEST may name the damaged copy; it names no folder until the rename below.
            discard_release(data_dir, release_id)
        try:
            os.rename(staging, final)
        except OSError:
            # Another writer published the same content first; theirs is as good as ours.
            if not final.is_dir():
                raise
            point_latest(release_id)
            return ReleaseResult(release_id, final, False, parent, rows, pinned=pinned)
        fsync_dir(root)
        fsync_dir(staging.parent)
        point_latest(release_id)
        return ReleaseResult(
            release_id, final, True, parent, rows, repaired=repaired, pinned=pinned
        )
    finally:
        stamps.save()  # what was proven intact stays so, whatever happened to this publish
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
