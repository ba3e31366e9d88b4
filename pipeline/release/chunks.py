"""A table kept as a folder of content-addressed Parquet chunks, rewritten only where it changed.

Why (issue 18): the intermediate tables between stages (``<data>/assets/``) were rewritten whole
on every run, 13 MB at 10k articles for an add-one that changes a few rows of each. Here a frame
is cut, **in its own row order**, into chunks at content-defined boundaries: before a row whose
key (the contract's row-group key, ``doc_id``/``fact_id``/``check_id``) differs from the previous
row's and hashes to 0 modulo ``M``. A boundary depends only on that row's key, so inserting or
removing one article's rows changes the chunk holding them and leaves every other chunk's rows,
and so its bytes, as they were. ``M`` is a power of two chosen from the table's shape (about
``TARGET_ROWS`` rows per chunk); it changes only when rows per key or the key count double.

Layout: ``<folder>/chunk-<sha256 of its bytes, 16 hex>.parquet``, ``<folder>/chunks.json``
(the chunk names in row order) and ``<folder>/chunk-memo.json`` (``MEMO``: the chunks by the
fingerprint of their rows, so an unchanged chunk is not serialised again, and the stat stamps
of the chunks proven intact, so an unchanged chunk is not read and hashed again; for a table
written with its pairs' input digests, those digests and the chunk names they describe, see
:func:`pair_digests`). A chunk whose name exists is not written again. Crash safety:
chunks are written (atomically, by rename) before ``chunks.json`` is replaced in one rename, and
only then are chunks it no longer names deleted, so a reader sees the old table or the new one;
a crash leaves at most unreferenced chunks and scratch files, removed by the next write.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pandas.util import hash_array

from pipeline.contract.arrow import to_arrow
from pipeline.contract.keys import ROW_GROUP_KEY
from pipeline.files import write_atomic
from pipeline.release.fingerprint import fingerprint
from pipeline.release.stamps import RACY_NS, stamp_of

INDEX = "chunks.json"
"""The chunk names of a chunked table, in row order."""
TARGET_ROWS = 4096
"""Rows per chunk aimed at: few enough files that reading a table stays one pass of a few dozen
files at 10k articles, small enough that an add-one rewrites a few percent of a table."""
CHUNK_PREFIX = "chunk-"
MEMO = "chunk-memo.json"
"""``{memo key: chunk name}`` of the last write: a slice whose rows were written before is named
from its Arrow fingerprint (a fifth of the CPU of serialising it to Parquet, ~0.4 CPU-s of the
seven tables of a 10k add-one) and its chunk file checked against its name, not serialised."""


@dataclass(frozen=True)
class PairedRows:
    """A reconciled table's rows with ``{pair: digest}`` of the inputs they were computed from,
    the map an IO manager stores with the chunks (``write_chunked(..., pairs=digests)``)."""

    rows: pa.Table
    digests: Mapping[str, str]


def chunk_bounds(
    keys: pd.Series | pa.ChunkedArray | pa.Array, target_rows: int = TARGET_ROWS
) -> list[tuple[int, int]]:
    """``[(start, end)]`` row ranges covering ``keys`` in order, cut at content-defined keys.

    Rows of one key run are never split (a boundary only falls where the key changes).

    Only the first key of each run is hashed (a boundary can fall nowhere else), and an Arrow
    text column without nulls (a per-document stage's table) finds its runs in Arrow, so only
    those keys become Python strings (issue 18: at 100k articles 784k sentence rows were
    turned into strings and hashed to cut at ~100k document ids). Same bounds as hashing
    every row's ``str`` key: equal text is equal UTF-8, and ``hash_array`` hashes each value
    alone; any other Arrow column takes the pandas path.
    """
    n = len(keys)
    if n == 0:
        return []
    runs = _arrow_runs(keys) if isinstance(keys, pa.ChunkedArray | pa.Array) else None
    if runs is None:
        series = keys.to_pandas() if isinstance(keys, pa.ChunkedArray | pa.Array) else keys
        values = series.astype(str).to_numpy(dtype=object)
        runs = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
        firsts = values[runs]
    else:
        runs, firsts = runs
    per_chunk = max(1.0, target_rows * len(runs) / n)  # keys a chunk should hold
    modulus = np.uint64(2 ** int(math.log2(per_chunk)))  # power of two: stable as tables grow
    hashes = hash_array(firsts, categorize=False)
    starts = runs[hashes % modulus == 0]
    if not len(starts) or starts[0] != 0:
        starts = np.r_[0, starts]
    ends = np.r_[starts[1:], n]
    return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]


def _arrow_runs(keys: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, np.ndarray] | None:
    """The first row of each run of equal keys and those keys (an object array of ``str``),
    found in Arrow; ``None`` unless ``keys`` is text without nulls."""
    kind = keys.type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)) or keys.null_count:
        return None
    column = keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys
    changes = np.ones(len(column), dtype=bool)
    if len(column) > 1:
        differs = pc.not_equal(column.slice(1), column.slice(0, len(column) - 1))
        changes[1:] = differs.to_numpy(zero_copy_only=False)
    runs = np.flatnonzero(changes)
    firsts = column.take(pa.array(runs, type=pa.int64())).to_numpy(zero_copy_only=False)
    return runs, firsts.astype(object)


def chunk_names(folder: Path) -> list[Path]:
    """The chunk files of a chunked table in row order (``FileNotFoundError`` if none)."""
    index = Path(folder) / INDEX
    return [Path(folder) / name for name in json.loads(index.read_text())]


def is_chunked(path: Path) -> bool:
    """Whether ``path`` is a chunked table's folder."""
    return (Path(path) / INDEX).is_file()


def write_chunked(
    frame: pd.DataFrame | pa.Table,
    folder: Path,
    table: str,
    options: dict,
    *,
    fsync: Callable[[Path], None],
    target_rows: int = TARGET_ROWS,
    pairs: Mapping[str, str] | None = None,
) -> tuple[int, int]:
    """Store ``frame`` (rows in its order) in ``folder`` as chunks of contract ``table``.

    ``options`` are the Parquet writer options; ``fsync(path)`` flushes a written chunk.
    ``pairs``: ``{pair: digest of its inputs}`` the rows were computed from (the reconciled
    tables); kept in the memo with the chunk names, for :func:`pair_digests`. Returns
    ``(chunks written, chunks in the table)``.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # once, so every chunk has one schema; an Arrow table (a per-document stage's) is as stored
    arrow = frame if isinstance(frame, pa.Table) else to_arrow(frame, table)
    key = ROW_GROUP_KEY[table]
    keys = arrow.column(key) if isinstance(frame, pa.Table) else frame[key]
    bounds = chunk_bounds(keys, target_rows) if len(frame) else [(0, 0)]
    memo, stamps = load_memo(folder)
    fresh_stamps: dict[str, list[int]] = {}
    fingerprints: dict[str, str] = {}
    shapes: dict[str, list] = {}
    names: list[str] = []
    written = 0
    for start, end in bounds:
        rows = arrow.slice(start, end - start)
        key = memo_key(rows, options)
        name = memo.get(key)
        # a remembered chunk is trusted only if its file still hashes to its name
        if name is None or not _intact(folder / name, stamps, fresh_stamps):
            data = parquet_bytes(rows, options)
            name = f"{CHUNK_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}.parquet"
            path = folder / name
            # an unchanged chunk is kept; its file is compared, not trusted by name (reading it
            # is cheap next to a write), so a damaged or edited chunk is rewritten
            if not (path.is_file() and path.read_bytes() == data):
                if not _link_a_twin(folder, name, data, path):
                    write_atomic(path, data)
                fsync(path)
                written += 1
        names.append(name)
        fingerprints[key] = name
        nulls = [f.name for f, c in zip(rows.schema, rows.columns, strict=True) if c.null_count]
        shapes[name] = [rows.num_rows, nulls]
    write_atomic(folder / INDEX, json.dumps(names).encode())
    save_memo(folder, fingerprints, fresh_stamps, shapes, None if pairs is None else (names, pairs))
    live = set(names)
    # chunks no longer indexed, and scratch files of a killed writer (``.chunk-….tmp-…``; the
    # caller holds the data folder's writer lock, so no other writer's scratch is live)
    for stale in [*folder.glob(f"{CHUNK_PREFIX}*.parquet"), *folder.glob(".*.tmp-*")]:
        if stale.name not in live:
            stale.unlink(missing_ok=True)
    return written, len(names)


def link_chunked(
    source: Path, folder: Path, *, fsync: Callable[[Path], None]
) -> tuple[int, int] | None:
    """Store in ``folder`` the table chunked in ``source`` by hard-linking its chunks: what
    :func:`write_chunked` of ``source``'s rows writes there, without reading a row. ``None``
    when it cannot (``source`` not chunked, a chunk not intact, links refused): the caller then
    writes the rows. Returns ``(chunks linked, chunks in the table)`` as ``write_chunked``.

    Why (issue 18): ``curated_figures`` without corrections is ``figures`` row for row. It read
    every chunk of ``figures`` (491k rows at 100k articles) for the IO manager to cut the same
    rows at the same keys, fingerprint every chunk and find each one's twin in ``figures``. The
    rows are the same and the chunk bounds a function of them (:func:`chunk_bounds`), so the
    chunks are the same files: the same names as ``write_chunked`` gives them when it reads back
    its own bytes, as here. The caller must store the same contract table with the same writer
    options as ``source`` was.

    A chunk is linked only while it hashes to its name (a trusted stat stamp, as
    :func:`_intact`); the memo entries, stamps and shapes of ``source`` carry over, as a link is
    the same file (same stamp, same bytes). Crash safety as ``write_chunked``: the chunks first,
    then ``chunks.json`` in one rename, then chunks no longer named are deleted."""
    source, folder = Path(source), Path(folder)
    try:
        names = [path.name for path in chunk_names(source)]
    except (OSError, ValueError):
        return None
    memo, stamps = load_memo(source)
    shapes = {name: [rows, sorted(nulls)] for name, (rows, nulls) in chunk_shapes(source).items()}
    fresh: dict[str, list[int]] = {}
    for name in names:
        if not _intact(source / name, stamps, fresh):
            return None
    folder.mkdir(parents=True, exist_ok=True)
    linked = 0
    for name in names:
        path, original = folder / name, source / name
        try:
            if path.is_file() and os.path.samefile(path, original):
                continue
            scratch = folder / f".{name}.tmp-link"
            scratch.unlink(missing_ok=True)
            os.link(original, scratch)
            os.replace(scratch, path)
        except OSError:
            (folder / f".{name}.tmp-link").unlink(missing_ok=True)
            return None
        fsync(path)
        linked += 1
    live = set(names)
    write_atomic(folder / INDEX, json.dumps(names).encode())
    save_memo(
        folder,
        {key: name for key, name in memo.items() if name in live},
        {name: stamp for name, stamp in fresh.items() if name in live},
        {name: shape for name, shape in shapes.items() if name in live},
    )
    for stale in [*folder.glob(f"{CHUNK_PREFIX}*.parquet"), *folder.glob(".*.tmp-*")]:
        if stale.name not in live:
            stale.unlink(missing_ok=True)
    return linked, len(names)


def _link_a_twin(folder: Path, name: str, data: bytes, path: Path) -> bool:
    """Make ``path`` a hard link to a sibling table's chunk holding exactly ``data``, in one
    rename; False when there is none or links are refused (the caller writes the bytes).

    Why (issue 18: disk per add-one): ``curated_figures`` without corrections is ``figures``
    row for row, so its chunks were byte-identical copies (2.3 MB at 10k articles, and each
    changed chunk written twice per add-one). Chunk names are content addresses, so only a
    sibling's file of the same name can hold the bytes; it is compared in full, not trusted by
    name. Sharing is safe because a chunk is never changed in place: writes replace it by a
    rename, and a sibling deletes only its own name.
    """
    for peer in sorted(folder.parent.iterdir()):
        twin = peer / name
        if peer == folder or not twin.is_file():
            continue
        scratch = folder / f".{name}.tmp-link"
        try:
            if twin.read_bytes() != data:
                continue
            scratch.unlink(missing_ok=True)
            os.link(twin, scratch)
            os.replace(scratch, path)
            return True
        except OSError:  # another filesystem, a twin just deleted: write the bytes instead
            scratch.unlink(missing_ok=True)
    return False


def memo_key(rows: pa.Table, options: dict) -> str:
    """What names a chunk's rows in the memo: their Arrow fingerprint (``fingerprint``: the IPC
    stream hashed, with the parts code and pyarrow's version) and the writer ``options``."""
    text = f"{fingerprint(rows)}\0{json.dumps(options, sort_keys=True)}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _intact(path: Path, stamps: dict[str, list[int]], fresh: dict[str, list[int]]) -> bool:
    """Whether chunk ``path`` exists and its bytes hash to the 16 hex digits in its name.

    A chunk whose stat stamp (``stamps``: device, inode, size, mtime_ns, recorded when its
    bytes last hashed to its name) is unchanged is trusted without reading it (issue 18: every
    chunk of seven tables was read and hashed on each write, 150 MB at 100k articles): a chunk
    is replaced only by a rename (another inode) and any write changes its mtime. The same rule
    as the release objects' stamps (:mod:`pipeline.release.stamps`), racy stamps included: a
    chunk modified within ``RACY_NS`` of its check is hashed again next time. ``fresh`` gets
    the stamps that hold now."""
    before = time.time_ns()
    try:
        stamp = list(stamp_of(path))
        if stamps.get(path.name) == stamp:
            fresh[path.name] = stamp
            return True
        data = path.read_bytes()
    except OSError:
        return False
    if path.name != f"{CHUNK_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}.parquet":
        return False
    if stamp[3] < before - RACY_NS:
        fresh[path.name] = stamp
    return True


def load_memo(folder: Path) -> tuple[dict[str, str], dict[str, list[int]]]:
    """``{memo key: chunk name}`` of the table's last write and ``{chunk name: stat stamp}`` of
    its chunks proven intact (both empty when missing or damaged)."""
    try:
        stored = json.loads((Path(folder) / MEMO).read_text("utf-8"))
        entries = {str(k): str(v) for k, v in stored["entries"].items()}
        if stored["sha256"] != _digest(entries):
            return {}, {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}, {}
    try:  # damaged or missing stamps: every chunk is hashed, the entries still hold
        stamps = {str(k): [int(x) for x in v] for k, v in stored["stamps"].items()}
        if stored["stamps_sha256"] != _digest(stamps):
            stamps = {}
    except (ValueError, TypeError, KeyError, AttributeError):
        stamps = {}
    return entries, stamps


def save_memo(
    folder: Path,
    entries: dict[str, str],
    stamps: dict[str, list[int]] | None = None,
    shapes: dict[str, list] | None = None,
    pairs: tuple[list[str], Mapping[str, str]] | None = None,
) -> None:
    """Replace the memo with ``entries``, the chunks' ``stamps`` and ``shapes`` (one rename; a
    memo lost only costs serialising, and reading footers) and ``pairs``: ``(chunk names in
    row order, {pair: digest})``, the pairs' input digests of the rows in those chunks (none:
    :func:`pair_digests` answers ``None`` until a write gives them again)."""
    stamps, shapes = stamps or {}, shapes or {}
    body = {
        "entries": entries,
        "sha256": _digest(entries),
        "stamps": stamps,
        "stamps_sha256": _digest(stamps),
        "shapes": shapes,
        "shapes_sha256": _digest(shapes),
    }
    if pairs is not None:
        names, digests = pairs
        body["pairs"] = {"chunks": list(names), "digests": dict(digests)}
        body["pairs_sha256"] = _digest(body["pairs"])
    write_atomic(Path(folder) / MEMO, json.dumps(body, sort_keys=True).encode("utf-8"))


def pair_digests(folder: Path) -> dict[str, str] | None:
    """``{pair: digest}`` the chunked table in ``folder`` was computed from: what the write
    whose chunk list ``chunks.json`` holds now gave to :func:`write_chunked` as ``pairs``.
    ``None`` when there is none or it cannot be vouched for: no ``chunks.json``, a memo that
    is missing, damaged or has no pairs, or a memo written with another chunk list.

    Why the chunk list (issue 18, reconcile as a merge into its previous output): the memo is
    replaced after ``chunks.json`` (one rename each), so a write killed between the two leaves
    the new rows with the previous write's digests. Chunk names are content addresses, so equal
    lists are equal rows, and the digests are used only while they describe the rows stored."""
    folder = Path(folder)
    try:
        names = json.loads((folder / INDEX).read_text("utf-8"))
        stored = json.loads((folder / MEMO).read_text("utf-8"))
        pairs = stored["pairs"]
        if stored["pairs_sha256"] != _digest(pairs) or pairs["chunks"] != names:
            return None
        return {str(pair): str(digest) for pair, digest in pairs["digests"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def chunk_shapes(folder: Path) -> dict[str, tuple[int, frozenset[str]]]:
    """``{chunk name: (rows, columns holding a null)}`` of the chunks the table's last write
    named, as the writer saw their rows (empty when the memo is missing or damaged).

    Why (issue 18): the schema checks opened every chunk's Parquet footer for its row count
    and null statistics (~1,300 files at 100k articles, each check, each run). A chunk name is
    the hash of its bytes and the shape a function of them, so a recorded shape holds for
    that name; a chunk without one (a write that crashed before the memo, a memo of another
    writer) is read from its footer by the caller."""
    try:
        stored = json.loads((Path(folder) / MEMO).read_text("utf-8"))
        shapes = stored["shapes"]
        if stored["shapes_sha256"] != _digest(shapes):
            return {}
        return {
            str(name): (int(rows), frozenset(str(c) for c in nulls))
            for name, (rows, nulls) in shapes.items()
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def _digest(entries: dict) -> str:
    return hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()


def parquet_bytes(arrow: pa.Table, options: dict) -> bytes:
    """``arrow`` as the bytes of one Parquet file written with ``options`` (in memory: a
    content-addressed file is named by the hash of these bytes before it is written; the
    release's parts use it too)."""
    sink = pa.BufferOutputStream()
    pq.write_table(arrow, sink, **options)
    return sink.getvalue().to_pybytes()


def read_file(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """One Parquet file as Arrow: what ``pq.read_table(path, columns=columns)`` returns.

    Why not ``pq.read_table`` (issue 18): for each call it builds a dataset (filesystem
    resolution, a fragment, a scanner and its thread pool), ~1.1 ms of CPU on top of reading;
    an add-one at 10k articles read ~700 small chunk and part files one by one (0.8 CPU-s,
    ten times that at 100k). ``ParquetFile.read`` on one thread returns the same table for
    ~0.25 ms per file. Where the two differ (a column the file lacks: ``read_table`` raises,
    ``ParquetFile.read`` would return no such column; a column asked twice) ``read_table``
    answers, so callers see the same tables and errors as before.
    """
    with pq.ParquetFile(path) as file:
        if columns is not None:
            wanted = list(columns)
            names = set(file.schema_arrow.names)
            if len(set(wanted)) != len(wanted) or not set(wanted) <= names:
                return pq.read_table(path, columns=wanted)
            return file.read(columns=wanted, use_threads=False)
        return file.read(use_threads=False)


def read_chunked(folder: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The chunked table in ``folder`` as one Arrow table (rows in stored order)."""
    return read_chunks(folder, columns)[0]


def read_chunks(
    folder: Path, columns: Sequence[str] | None = None
) -> tuple[pa.Table, list[tuple[str, int]]]:
    """:func:`read_chunked` and the chunks read, ``[(chunk name, rows)]`` in row order (what
    the release's bucket memo compares: :mod:`pipeline.release.reuse`)."""
    wanted = list(columns) if columns else None
    names = chunk_names(folder)
    tables = [read_file(p, wanted) for p in names]
    layout = [(p.name, t.num_rows) for p, t in zip(names, tables, strict=True)]
    return (pa.concat_tables(tables) if len(tables) > 1 else tables[0]), layout
