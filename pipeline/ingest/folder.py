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
from typing import NamedTuple, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.arrow import contract_types, from_arrow, to_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.contract.tables import pick
from pipeline.ingest.documents import (
    DEFAULT_MAX_BYTES,
    DOCUMENT_COLUMNS,
    _doc_ids,
    _scan_names,
    _stem,
    display_name,
    document_from_bytes,
    read_input_stat,
    unread_row,
)
from pipeline.ingest.file_hashes import FileHashes, observed_now
from pipeline.ingest.file_manifest import trusted_shas
from pipeline.processes import shared_map, usable_cores

KnownMany = Callable[[list[str]], tuple[pd.DataFrame, list[bool]]]
"""``shas -> (the stored rows of the shas found, in order; found or not, per sha)``."""
KnownArrow = Callable[[list[str]], tuple[pa.Table | None, list[bool]]]
"""``KnownMany`` with the rows as stored in the cache (Arrow; ``None``: no rows)."""
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


def _gather(
    folder: Path,
    max_bytes: int,
    parse: Callable[[bytes], dict[str, object]],
    hashes: FileHashes | None,
    known_many: KnownMany | KnownArrow | None,
    workers: int | None,
) -> _Gathered:
    """The files of ``folder``, the stored rows of those their stat vouches for (looked up
    at once with ``known_many``) and the content rows of the others, read and parsed."""
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
    stored: pd.DataFrame | pa.Table | None = None
    hits: list[int] = []
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
    return _Gathered(files, names, stored, hits, contents)


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
    found = _gather(folder, max_bytes, parse, hashes, known_many, workers)
    return _documents_frame(found, hashes)


def ingest_folder_arrow(
    folder: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    parse: Callable[[bytes], dict[str, object]] = document_from_bytes,
    hashes: FileHashes | None = None,
    known_arrow: KnownArrow | None = None,
    workers: int | None = None,
) -> pa.Table:
    """``to_arrow(ingest_folder(...), "documents")`` (what the IO manager stored) with the
    rows the stat vouches for kept as Arrow: ``known_arrow`` (``TableMemo.arrow_rows_of``)
    gives them as stored in the cache, and only the files read are converted.

    Why (issue 18): at 100k articles ``raw_documents`` of an add-one converted 100k cached
    rows, 88 MB of text, to pandas and the IO manager converted them back to Arrow. Same
    table: the content columns are the cache's (written by ``to_arrow`` of the same
    contract), the named columns are set as there and every column is cast to its contract
    type. On doubt (fresh rows typed otherwise than the cached ones, a duplicate content, no
    rows, a column outside the contract) it assembles the frame as ``ingest_folder`` does
    and converts it, so the table is the same either way (``tests/pipeline/ingest``)."""
    found = _gather(folder, max_bytes, parse, hashes, known_arrow, workers)
    table = _documents_arrow(found)
    if table is not None:
        if hashes is not None:
            hashes.keep_only(found.names)
        return table
    if isinstance(found.stored, pa.Table):
        found = found._replace(stored=from_arrow(found.stored))
    return to_arrow(_documents_frame(found, hashes), "documents")


class _Gathered(NamedTuple):
    """What ``_gather`` found: file names, display names, the stored rows of the files at
    ``hits`` (in that order) and the content rows read, by position."""

    files: list[str]
    names: list[str]
    stored: pd.DataFrame | pa.Table | None
    hits: list[int]
    contents: dict[int, dict[str, object]]


def _documents_frame(found: _Gathered, hashes: FileHashes | None) -> pd.DataFrame:
    """The documents frame of what ``_gather`` found (``ingest_folder``'s rows)."""
    files, names = found.files, found.names
    stored = found.stored if found.stored is not None else pd.DataFrame()
    assert isinstance(stored, pd.DataFrame)
    frame = _content_frame(stored, found.hits, found.contents)
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


def _documents_arrow(found: _Gathered) -> pa.Table | None:
    """``to_arrow(_documents_frame(found), "documents")`` built in Arrow from the stored
    Arrow rows, or ``None`` when in doubt (the caller then builds the frame)."""
    if not found.files:
        return None
    contract = contract_types("documents")
    if not set(DOCUMENT_COLUMNS) <= set(contract):
        return None  # a column whose type pandas would infer
    content = _content_arrow(found, contract)
    if content is None or content.num_rows != len(found.files):
        return None
    ok = pc.equal(content.column("status"), "ok")
    if ok.null_count:
        return None
    ok_shas = content.column("sha256").filter(ok)
    if ok_shas.null_count or pc.count_distinct(ok_shas).as_py() != len(ok_shas):
        return None  # a duplicate content: quarantined as ``_mark_duplicates`` does
    doc_ids = doc_ids_of(found.files)
    values = (  # doc_id, path, note and duplicate_of, set as ``_documents_frame`` sets them
        pa.array([doc_id for doc_id, _ in doc_ids], pa.string()),
        pa.array(found.names, pa.string()),
        pa.array([note for _, note in doc_ids], pa.string()),
        pa.nulls(len(found.files), pa.string()),
    )
    named = dict(zip(_NAMED, values, strict=True))
    columns = []
    for name in DOCUMENT_COLUMNS:
        column = named[name] if name in named else content.column(name)
        if column.type != contract[name]:
            column = column.cast(contract[name])
        columns.append(column)
    fields = [pa.field(name, contract[name]) for name in DOCUMENT_COLUMNS]
    return pa.Table.from_arrays(columns, schema=pa.schema(fields)).combine_chunks()


def _content_arrow(found: _Gathered, contract: dict[str, pa.DataType]) -> pa.Table | None:
    """The content columns of every file in folder order (``_content_frame`` in Arrow): the
    stored rows of the hits and the rows read, typed by the contract; ``None`` when the two
    are typed otherwise."""
    columns = [c for c in DOCUMENT_COLUMNS if c not in _NAMED]
    pieces: list[pa.Table] = []
    order: list[int] = []
    if found.hits:
        if not isinstance(found.stored, pa.Table):
            return None
        if not set(columns) <= set(found.stored.column_names):
            return None
        pieces.append(found.stored.select(columns))
        order += found.hits
    if found.contents:
        positions = sorted(found.contents)
        rows = pd.DataFrame([found.contents[i] for i in positions], columns=columns)
        pieces.append(to_arrow(rows, "documents"))
        order += positions
    if not pieces:
        return None
    for piece in pieces:
        if any(piece.schema.field(c).type != contract[c] for c in columns):
            return None
    table = pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]
    ranks = np.asarray(order, dtype=np.int64)
    if len(ranks) > 1 and (ranks[1:] < ranks[:-1]).any():  # an add-one's article comes last
        table = table.take(pa.array(np.argsort(ranks, kind="stable")))
    return table


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
        return unread_row(path, raw)
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
    prefetch = getattr(memo, "prefetch", None)

    def new_contents() -> Iterator[list[bytes]]:
        """Each batch's contents the memo does not know, the files read in order meanwhile."""
        for start in range(0, len(todo), BATCH_FILES):
            raws: dict[str, bytes] = {}
            read: list[tuple[int, str, bytes]] = []
            for i in todo[start : start + BATCH_FILES]:
                seen = observed_now()
                raw, before, after = read_input_stat(folder / files[i], max_bytes)
                if isinstance(raw, str):
                    rows[i] = unread_row(folder / files[i], raw)
                    continue
                sha = sha256_hex(raw)  # the row's sha256 (``document_from_bytes``)
                if hashes is not None and before is not None and after is not None:
                    hashes.record(names[i], before, after, sha, seen)
                read.append((i, sha, raw))
            if prefetch is not None:  # the batch's stored rows converted at once (TableMemo)
                prefetch([sha for _, sha, _ in read if sha not in pending])
            for i, sha, raw in read:
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
    if prefetch is not None:
        prefetch([])  # the last batch's rows are not kept
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
