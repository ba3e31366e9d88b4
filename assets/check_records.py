"""A schema check's record of passing chunks and slices, kept as a file beside the table; the
check's Dagster metadata names the file and its sha256.

Why (issue 18: disk per add-one): the record (``assets.chunk_validation``: every passing
chunk's name and its coarse slice hashes) was the ``passing_parts`` metadata of each check
evaluation, and Dagster stores an evaluation three times (the run's event log, the index's
event log and its check-execution table): ~92 kB of records per 10k add-one, ~0.28 MB of the
~1 MB the instance and store grew by, every run, ~10x that at 100k. The file is written once
per evaluation under a content address; the metadata holds ~100 bytes.

Trust: the metadata of Dagster's latest completed evaluation names the file and its sha256,
so the file vouches for exactly what that evaluation recorded; a missing or damaged file, or
one of another check, is no record (the check validates every chunk, as on a first run).
Files: ``<table folder>/check-records/<check>-<sha256, 16 hex>.json``
(:class:`pipeline.files.Blobs`; the checks of a table share the folder); a check keeps the file
it wrote and the one it read (the latest evaluation until this one's event is stored) and
deletes its others.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from pipeline.files import Blobs

FOLDER = "check-records"
FILE_KEY = "record_file"
SHA_KEY = "sha256"


def _blobs(table_folder: Path) -> Blobs:
    return Blobs(Path(table_folder) / FOLDER, ".json")


def read_record(table_folder: Path, check: str, reference: Mapping | None) -> dict | None:
    """The record ``reference`` (a check's metadata value) names, ``None`` when in doubt; a
    record stored inline (metadata of earlier versions) as it is."""
    if not isinstance(reference, Mapping):
        return None
    if FILE_KEY not in reference:
        return dict(reference)  # inline, as earlier versions stored it
    data = _blobs(table_folder).read(reference.get(FILE_KEY), reference.get(SHA_KEY), key=check)
    try:
        record = None if data is None else json.loads(data)
    except ValueError:
        return None
    return record if isinstance(record, dict) else None


def write_record(
    table_folder: Path, check: str, record: Mapping, previous: Mapping | None = None
) -> dict:
    """Store ``record`` for ``check``; the metadata value naming it. Other files of ``check``
    but the one ``previous`` named are deleted. On a failed write, the record inline."""
    blobs = _blobs(table_folder)
    try:
        name, sha = blobs.write(check, json.dumps(record, sort_keys=True).encode("utf-8"))
    except OSError:
        return dict(record)
    kept = {name, previous.get(FILE_KEY) if isinstance(previous, Mapping) else None}
    blobs.sweep({k for k in kept if isinstance(k, str)}, key=check)
    return {FILE_KEY: name, SHA_KEY: sha}
