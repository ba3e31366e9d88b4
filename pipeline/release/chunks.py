"""A table kept as a folder of content-addressed Parquet chunks, rewritten only where it changed.

Why (issue 18): the intermediate tables between stages (``<data>/assets/``) were rewritten whole
on every run, 13 MB at 10k articles for an add-one that changes a few rows of each. Here a frame
is cut, **in its own row order**, into chunks at content-defined boundaries: before a row whose
key (the contract's row-group key, ``doc_id``/``fact_id``/``check_id``) differs from the previous
row's and hashes to 0 modulo ``M``. A boundary depends only on that row's key, so inserting or
removing one article's rows changes the chunk holding them and leaves every other chunk's rows,
and so its bytes, as they were. ``M`` is a power of two chosen from the table's shape (about
``TARGET_ROWS`` rows per chunk); it changes only when rows per key or the key count double.

Layout: ``<folder>/chunk-<sha256 of its bytes, 16 hex>.parquet`` and ``<folder>/chunks.json``
(the chunk names in row order). A chunk whose name exists is not written again. Crash safety:
chunks are written (atomically, by rename) before ``chunks.json`` is replaced in one rename, and
only then are chunks it no longer names deleted, so a reader sees the old table or the new one;
a crash leaves at most unreferenced chunks and scratch files, removed by the next write.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from pandas.util import hash_array

from pipeline.contract.arrow import to_arrow
from pipeline.contract.keys import ROW_GROUP_KEY
from pipeline.files import write_atomic

INDEX = "chunks.json"
"""The chunk names of a chunked table, in row order."""
TARGET_ROWS = 4096
"""Rows per chunk aimed at: few enough files that reading a table stays one pass of a few dozen
files at 10k articles, small enough that an add-one rewrites a few percent of a table."""
CHUNK_PREFIX = "chunk-"


def chunk_bounds(keys: pd.Series, target_rows: int = TARGET_ROWS) -> list[tuple[int, int]]:
    """``[(start, end)]`` row ranges covering ``keys`` in order, cut at content-defined keys.

    Rows of one key run are never split (a boundary only falls where the key changes).
    """
    n = len(keys)
    if n == 0:
        return []
    values = keys.astype(str).to_numpy(dtype=object)
    changes = np.r_[True, values[1:] != values[:-1]]
    keys_seen = int(changes.sum())
    per_chunk = max(1.0, target_rows * keys_seen / n)  # keys a chunk should hold
    modulus = np.uint64(2 ** int(math.log2(per_chunk)))  # power of two: stable as tables grow
    hashes = hash_array(values, categorize=False)
    cut = changes & (hashes % modulus == 0)
    cut[0] = True
    starts = np.flatnonzero(cut)
    ends = np.r_[starts[1:], n]
    return [(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]


def chunk_names(folder: Path) -> list[Path]:
    """The chunk files of a chunked table in row order (``FileNotFoundError`` if none)."""
    index = Path(folder) / INDEX
    return [Path(folder) / name for name in json.loads(index.read_text())]


def is_chunked(path: Path) -> bool:
    """Whether ``path`` is a chunked table's folder."""
    return (Path(path) / INDEX).is_file()


def write_chunked(
    frame: pd.DataFrame,
    folder: Path,
    table: str,
    options: dict,
    *,
    fsync: Callable[[Path], None],
    target_rows: int = TARGET_ROWS,
) -> tuple[int, int]:
    """Store ``frame`` (rows in its order) in ``folder`` as chunks of contract ``table``.

    ``options`` are the Parquet writer options; ``fsync(path)`` flushes a written chunk.
    Returns ``(chunks written, chunks in the table)``.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    arrow = to_arrow(frame, table)  # once, so every chunk has one schema
    bounds = chunk_bounds(frame[ROW_GROUP_KEY[table]], target_rows) if len(frame) else [(0, 0)]
    names: list[str] = []
    written = 0
    for start, end in bounds:
        data = parquet_bytes(arrow.slice(start, end - start), options)
        name = f"{CHUNK_PREFIX}{hashlib.sha256(data).hexdigest()[:16]}.parquet"
        names.append(name)
        path = folder / name
        # an unchanged chunk is kept; its file is compared, not trusted by name (reading it is
        # cheap next to a write), so a damaged or edited chunk is rewritten
        if not (path.is_file() and path.read_bytes() == data):
            write_atomic(path, data)
            fsync(path)
            written += 1
    write_atomic(folder / INDEX, json.dumps(names).encode())
    live = set(names)
    # chunks no longer indexed, and scratch files of a killed writer (``.chunk-….tmp-…``; the
    # caller holds the data folder's writer lock, so no other writer's scratch is live)
    for stale in [*folder.glob(f"{CHUNK_PREFIX}*.parquet"), *folder.glob(".*.tmp-*")]:
        if stale.name not in live:
            stale.unlink(missing_ok=True)
    return written, len(names)


def parquet_bytes(arrow: pa.Table, options: dict) -> bytes:
    """``arrow`` as the bytes of one Parquet file written with ``options`` (in memory: a
    content-addressed file is named by the hash of these bytes before it is written; the
    release's parts use it too)."""
    sink = pa.BufferOutputStream()
    pq.write_table(arrow, sink, **options)
    return sink.getvalue().to_pybytes()


def read_chunked(folder: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """The chunked table in ``folder`` as one Arrow table (rows in stored order)."""
    wanted = list(columns) if columns else None
    tables = [pq.read_table(p, columns=wanted) for p in chunk_names(folder)]
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]
