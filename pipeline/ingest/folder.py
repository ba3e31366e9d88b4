"""The documents table of an input folder, built in bulk where stat vouches for the files.

Why beside :func:`pipeline.ingest.documents.ingest_folder` (issue 18): that function builds one
Python dict per file, and with ``RecordMemo`` loaded as 100k Python dicts (with their text) an
add-one at 100k articles spent ~4 CPU-s in per-file Python. Here the files a remembered stat
vouches for take their rows from the cache's Arrow table in one ``take``; only the other files
(new, changed, unreadable) are read and parsed one by one, as there. Same rows, same order,
same quarantine records: ``tests/pipeline/ingest`` compares both.

Why a module of its own: the per-document caches are versioned by the source of
``pipeline.ingest.documents`` and what it imports (the rows they hold come from there); this
module only assembles those rows, so changing it must not throw away every cache.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pandas as pd

from pipeline.contract.hashing import sha256_hex
from pipeline.contract.tables import pick
from pipeline.ingest.documents import (
    DEFAULT_MAX_BYTES,
    DOCUMENT_COLUMNS,
    EMPTY_SHA256,
    _doc_ids,
    _scan_names,
    _stem,
    display_name,
    document_from_bytes,
    read_input_stat,
)
from pipeline.ingest.file_hashes import FileHashes, observed_now
from pipeline.ingest.file_manifest import trusted_shas
from pipeline.processes import shared_map, usable_cores

KnownMany = Callable[[list[str]], tuple[pd.DataFrame, list[bool]]]
"""``shas -> (the stored rows of the shas found, in order; found or not, per sha)``."""
_NAMED = pick("documents", "doc_id", "path", "note", "duplicate_of")
"""Columns that come from a file's name and place, not from its bytes."""
PARALLEL_MIN_FILES = 2000
"""Files to parse below which one process parses them all (a worker's start costs more)."""
BATCH_FILES = 500
"""Files read and handed to the worker at a time; two batches wait for it at most."""


class SplitMemo(Protocol):
    """A ``parse`` whose lookup and store can be called apart from its computation
    (``TableMemo``): the parallel path computes the contents it does not know elsewhere."""

    compute: Callable[[bytes], dict[str, object]]

    def known(self, sha: str) -> dict[str, object] | None: ...

    def store(self, sha: str, row: dict[str, object]) -> dict[str, object]: ...


def ingest_folder(
    folder: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: Callable[[bytes], dict[str, object]] = document_from_bytes,
    hashes: FileHashes | None = None,
    known_many: KnownMany | None = None,
    workers: int | None = None,
) -> pd.DataFrame:
    """:func:`pipeline.ingest.documents.ingest_folder` with ``known_many`` (``TableMemo.
    rows_of``) looking up all files vouched for by ``hashes`` at once. With ``parse`` a memo
    (``SplitMemo``), ``PARALLEL_MIN_FILES`` files to read or more (a first run) and
    ``workers`` cores (default: all usable) above one, this process and one spawned worker
    share the parsing (``_read_contents_shared``): the same rows, records and counts."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"input folder not found: {folder}")
    scanned = _scan_names(folder)
    files = [file for file, _ in scanned]
    names = display_names(files)
    vouched: list[int] = []  # positions of the files whose stat vouches for a sha256
    shas: list[str] = []
    if hashes is not None and known_many is not None:
        # an oversize file is refused from its size alone: nothing to look up
        stats = [st if st is not None and st.st_size <= max_bytes else None for _, st in scanned]
        for i, sha in enumerate(trusted_shas(hashes, names, stats)):
            if sha is not None:
                vouched.append(i)
                shas.append(sha)
    stored, hits = pd.DataFrame(), []
    if vouched:
        assert known_many is not None
        stored, found = known_many(shas)
        hits = [i for i, ok in zip(vouched, found, strict=True) if ok]
    done = [False] * len(files)
    for i in hits:
        done[i] = True
    todo = [i for i, ok in enumerate(done) if not ok]
    if _parallel(todo, parse, workers):
        contents = _read_contents_shared(folder, files, names, todo, max_bytes, parse, hashes)
    else:
        contents = {
            i: _read_content(folder / files[i], names[i], max_bytes, parse, hashes) for i in todo
        }
    frame = _content_frame(stored, hits, contents)
    doc_ids = doc_ids_of(files)
    # The path relative to the input folder (the file's name): the release must not depend
    # on where the folder lives.
    frame["doc_id"] = [doc_id for doc_id, _ in doc_ids]
    frame["path"] = names
    frame["note"] = [note for _, note in doc_ids]
    frame["duplicate_of"] = None
    _mark_duplicates(frame)
    if hashes is not None:
        hashes.keep_only(names)
    if frame.empty:
        return pd.DataFrame(columns=DOCUMENT_COLUMNS)
    return frame[list(DOCUMENT_COLUMNS)]


def display_names(files: list[str]) -> list[str]:
    """``display_name`` of each file name; ASCII names (the usual folder) are as they are."""
    if "".join(files).isascii():
        return list(files)
    return [display_name(file) for file in files]


def doc_ids_of(files: list[str]) -> list[tuple[str, str | None]]:
    """``_doc_ids(files)``; for ASCII names without a case-blind stem collision (the usual
    folder) the stems, without the per-name work of the general rule."""
    stems = [_stem(file) for file in files]
    joined = "\0".join(stems)
    if files and joined.isascii() and len(set(joined.lower().split("\0"))) == len(files):
        return [(stem, None) for stem in stems]
    return _doc_ids(files)


def _read_content(
    path: Path,
    name: str,
    max_bytes: int,
    parse: Callable[[bytes], dict[str, object]],
    hashes: FileHashes | None,
) -> dict[str, object]:
    """The content columns of one file's row, read from disk (as ``ingest_folder`` does)."""
    seen = observed_now()
    raw, before, after = read_input_stat(path, max_bytes)
    if isinstance(raw, str):
        return {**document_from_bytes(b""), "sha256": EMPTY_SHA256, "reason": raw}
    content = parse(raw)
    if hashes is not None and before is not None and after is not None:
        hashes.record(name, before, after, str(content["sha256"]), seen)
    return content


def _parallel(todo: list[int], parse: object, workers: int | None) -> bool:
    split = all(hasattr(parse, name) for name in ("known", "store", "compute"))
    return split and len(todo) >= PARALLEL_MIN_FILES and (workers or usable_cores()) > 1


def _compute_all(compute: Callable[[bytes], dict[str, object]], raws: list[bytes]) -> list:
    return [compute(raw) for raw in raws]


def _read_contents_shared(
    folder: Path,
    files: list[str],
    names: list[str],
    todo: list[int],
    max_bytes: int,
    memo: SplitMemo,
    hashes: FileHashes | None,
) -> dict[int, dict[str, object]]:
    """``_read_content`` of the files at ``todo`` with the new contents parsed by this process
    and one spawned worker (issue 18: a first run at 100k articles parsed 100k files on one
    core while the other idled). This process reads the files, in order, as ``_read_content``
    does (stat records, quarantine of unreadable and oversize files, memo lookups); the contents
    the memo does not know go in batches to the worker (one parsing, one waiting) or, while it
    has both, are parsed here. Parsing is a pure function of the bytes, so where it runs
    changes nothing; the memo stores the new rows in the order it would have met them, and a
    content met twice is computed once and counted a hit the second time, as in order."""
    rows: dict[int, dict[str, object]] = {}
    first_of: dict[int, str] = {}  # position -> content computed here for the first time
    again: dict[int, str] = {}  # position -> content computed here for an earlier file
    pending: set[str] = set()
    batches: list[list[str]] = []  # the contents to compute, batch by batch

    def new_contents() -> Iterator[list[bytes]]:
        """Each batch's contents the memo does not know, the files read in order meanwhile."""
        for start in range(0, len(todo), BATCH_FILES):
            raws: dict[str, bytes] = {}
            for i in todo[start : start + BATCH_FILES]:
                seen = observed_now()
                raw, before, after = read_input_stat(folder / files[i], max_bytes)
                if isinstance(raw, str):
                    rows[i] = {**document_from_bytes(b""), "sha256": EMPTY_SHA256, "reason": raw}
                    continue
                sha = sha256_hex(raw)  # the row's sha256 (``document_from_bytes``)
                if hashes is not None and before is not None and after is not None:
                    hashes.record(names[i], before, after, sha, seen)
                if sha in pending:
                    again[i] = sha
                    continue
                row = memo.known(sha)
                if row is not None:
                    rows[i] = row
                    continue
                pending.add(sha)
                raws[sha] = raw
                first_of[i] = sha
            if raws:
                batches.append(list(raws))
                yield list(raws.values())

    done = shared_map(functools.partial(_compute_all, memo.compute), new_contents())
    computed = {
        sha: memo.store(sha, row)
        for shas, parsed in zip(batches, done, strict=True)
        for sha, row in zip(shas, parsed, strict=True)
    }
    for i, sha in first_of.items():
        rows[i] = dict(computed[sha])
    for i, sha in again.items():
        rows[i] = memo.known(sha)
    return rows


def _content_frame(
    stored: pd.DataFrame, positions: list[int], contents: dict[int, dict[str, object]]
) -> pd.DataFrame:
    """The content columns of every file in folder order: the ``stored`` rows of the files at
    ``positions`` and the rows in ``contents`` (by position)."""
    columns = [c for c in DOCUMENT_COLUMNS if c not in _NAMED]
    parts = []
    if positions:
        parts.append(stored[columns].set_axis(positions))
    if contents:
        order = sorted(contents)
        parts.append(pd.DataFrame([contents[i] for i in order], columns=columns, index=order))
    if not parts:
        return pd.DataFrame(columns=columns)
    if len(parts) == 1:
        return parts[0].reset_index(drop=True)
    return pd.concat(parts).sort_index().reset_index(drop=True)


def _mark_duplicates(frame: pd.DataFrame) -> None:
    """Quarantine each ``ok`` row whose sha256 an earlier ``ok`` row has ("duplicate of")."""
    ok = (frame["status"] == "ok").to_numpy()
    if not ok.any():
        return
    first = frame.loc[ok].drop_duplicates("sha256")
    original = frame["sha256"].map(dict(zip(first["sha256"], first["doc_id"], strict=True)))
    duplicate = ok & (original != frame["doc_id"]).to_numpy()
    if not duplicate.any():
        return
    of = original[duplicate]
    frame.loc[duplicate, "status"] = "quarantined"
    frame.loc[duplicate, "reason"] = "duplicate of " + of
    frame.loc[duplicate, "duplicate_of"] = of
    frame.loc[duplicate, "text"] = None
