"""Parts of a per-document table built from the previous publish's part and the table's new
chunks only, without reading the table (issue 18: an add-one's release read every stored
table whole, ~0.2 CPU-s of a 10k add-one, to rebuild the one part of each that changed).

Why it is exact: a per-document table (``documents``, ``sentences``, ``figures``; :data:`STORED`) is kept by the
IO manager as content-addressed chunks (:mod:`pipeline.release.chunks`); a row's bucket is a
function of its ``doc_id`` (:mod:`pipeline.release.parts`) and its 64-bit content hash a
function of the row (:func:`~pipeline.release.reuse.row_hashes`), so both are kept per chunk
name (:class:`~pipeline.release.chunk_arrays.ChunkArrays`) and every bucket's digest is
computed from them as :meth:`~pipeline.release.reuse.BucketMemo.plan` computes it, reading
no chunk but the new ones. A changed bucket's rows are the rows of the previous publish's part
(the record names its object) less those of the chunks the table no longer lists, plus the
new chunks' rows of that bucket; a part is its bucket's rows sorted by the table's sort keys,
and when those keys are unique within the bucket that order needs no table order for ties.

Checks before a part is used: the rows' hashes, as a multiset, equal the hashes the kept
arrays give that bucket (so no row is missing, extra or changed); the old part's object is
intact (stamp or sha256) and has the schema of the chunks; no row of the old part repeats.
Anything else (no record or another bucket count, schema or build path, a kept array missing
or damaged, a tie in the sort keys) reads the table and builds as before
(:func:`~pipeline.release.parts.table_parts`): the same parts, release id and bytes either way
(tests compare them with a full recompute).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.contract.tables import SORT_KEYS
from pipeline.release.chunks import chunk_shapes, read_file
from pipeline.release.parts import (
    KEY_SOURCES,
    Part,
    PartPlan,
    arrow_ready,
    as_written,
    buckets_of,
    part_name,
    table_parts,
)
from pipeline.release.reuse import BucketMemo, Carried, bucket_digests, row_hashes

STORED = ("documents", "sentences", "figures")
"""Tables handed to the store unread (:class:`StoredChunks`) when their check passed: the
report only counts the rows of sentences and figures and reads a few columns of documents
(from their file, as before). Documents too since round 52: reading all 100k documents, their
text included, to rebuild the one part an add-one changes cost 0.23-0.48 CPU-s at 100k."""


@dataclass(frozen=True)
class StoredChunks:
    """A chunked table not read: its folder and chunks in row order, ``[(name, rows)]``."""

    path: Path
    layout: list[tuple[str, int]]

    @classmethod
    def of(cls, folder: Path) -> StoredChunks:
        """The table in ``folder`` (a chunked table's): chunk rows as its writer recorded them
        (:func:`~pipeline.release.chunks.chunk_shapes`), else from each chunk's footer."""
        folder = Path(folder)
        names = json.loads((folder / "chunks.json").read_text())
        shapes = chunk_shapes(folder)
        layout = [
            (n, shapes[n][0] if n in shapes else pq.ParquetFile(folder / n).metadata.num_rows)
            for n in names
        ]
        return cls(folder, layout)

    @classmethod
    def passed(cls, folder: Path, rows: int | None) -> StoredChunks | None:
        """The table in ``folder`` if it is a chunked table of ``rows`` rows (the row count its
        passing schema check saw) that goes to the store as read; else ``None``."""
        if rows is None or not (Path(folder) / "chunks.json").is_file():
            return None
        stored = cls.of(folder)
        return stored if stored.num_rows == rows and stored.ready() else None

    @property
    def num_rows(self) -> int:
        """Rows of the table."""
        return sum(rows for _, rows in self.layout)

    def __len__(self) -> int:
        return self.num_rows

    def schema(self) -> pa.Schema:
        """The Arrow schema the table has when read (list items named as written)."""
        first = self.path / self.layout[0][0]
        return as_written(pq.read_schema(first).empty_table()).schema

    def chunk(self, name: str) -> pa.Table:
        """One chunk's rows, as :meth:`read` gives them."""
        return as_written(read_file(self.path / name))

    def column(self, name: str) -> pa.ChunkedArray:
        """One column of the whole table, its chunks read in row order (``ValueError``: rows
        other than the recorded ones)."""
        tables = [read_file(self.path / chunk, [name]) for chunk, _ in self.layout]
        if [t.num_rows for t in tables] != [rows for _, rows in self.layout]:
            raise ValueError(f"{self.path}: chunk rows differ from the recorded ones")
        return pa.chunked_array([t.column(0) for t in tables], tables[0].schema.field(0).type)

    def read(self) -> pa.Table:
        """The whole table, as the release read it before (``ValueError``: other rows)."""
        tables = [self.chunk(name) for name, _ in self.layout]
        if [t.num_rows for t in tables] != [rows for _, rows in self.layout]:
            raise ValueError(f"{self.path}: chunk rows differ from the recorded ones")
        return pa.concat_tables(tables) if len(tables) > 1 else tables[0]

    def ready(self) -> bool:
        """Whether the table goes to the store as Arrow as read (see ``arrow_ready``)."""
        return bool(self.layout) and arrow_ready(self.schema().empty_table())


def stored_table_parts(
    frame: StoredChunks, table: str, plan: PartPlan, memo: BucketMemo
) -> Iterator[Part | Carried]:
    """:func:`~pipeline.release.parts.table_parts` of the table ``frame`` names: built from
    the memo's record and its new chunks when it can be, else read whole and built as before."""
    built = None
    # the bucket count of sentences and figures is the documents': known once they are planned
    if table in STORED and (table == "documents" or "documents" in plan.counts):
        built = _incremental(frame, table, plan.count(table, frame.num_rows), memo)
    if built is not None:
        yield from built
        return
    yield from table_parts(frame.read(), table, plan, (memo, frame.layout, "arrow"))


def _incremental(
    source: StoredChunks, table: str, n: int, memo: BucketMemo
) -> list[Part | Carried] | None:
    """The parts in name order, each changed bucket built from its old part and the new
    chunks (``None``: build as before). Notes the record as ``BucketMemo.plan`` does."""
    old = memo.records.get(table) or {}
    written = source.schema()
    schema = sha256_hex(written.serialize().to_pybytes())[:32]
    if (old.get("n"), old.get("path"), old.get("schema")) != (n, "arrow", schema):
        return None
    try:
        old_names = [str(name) for name, _ in old["chunks"]]
        before, lines = dict(old["digests"]), dict(old["parts"])
    except (KeyError, TypeError, ValueError):
        return None
    names = [name for name, _ in source.layout]
    if len(set(names)) != len(names):
        return None
    added = Counter(names) - Counter(old_names)
    removed = list((Counter(old_names) - Counter(names)).elements())
    hash_store, bucket_store = memo.row_store(table), memo.bucket_store(table, n)
    hashes, buckets = hash_store.load(names + removed), bucket_store.load(names + removed)
    read: dict[str, pa.Table] = {}
    fresh_hashes, fresh_buckets = {}, {}
    for name, rows in source.layout:
        if name in added and name not in read:
            chunk = read[name] = source.chunk(name)
            if chunk.num_rows != rows or not chunk.schema.equals(written, check_metadata=True):
                return None
            keys = from_arrow(chunk.select([c for c in KEY_SOURCES if c in chunk.column_names]))
            if len(hashes.get(name, ())) != rows:
                hashes[name] = fresh_hashes[name] = row_hashes(chunk)
            if len(buckets.get(name, ())) != rows:
                of = pd.Series(PartPlan().keys(table, keys).to_numpy(), dtype=object)
                buckets[name] = fresh_buckets[name] = buckets_of(of, n).astype(np.uint64)
    known = [(name, rows) for name, rows in source.layout]
    known += [(name, -1) for name in removed]
    for name, rows in known:
        if name not in hashes or name not in buckets or len(hashes[name]) != len(buckets[name]):
            return None
        if rows >= 0 and len(hashes[name]) != rows:
            return None
    all_hashes = np.concatenate([hashes[name] for name in names])
    all_buckets = np.concatenate([buckets[name] for name in names]).astype(np.int64)
    digests = bucket_digests(all_buckets, all_hashes)
    memo.note(table, n, "arrow", schema, source.layout, digests, all_hashes, all_buckets)
    memo.keep_arrays(table, names, (hash_store, fresh_hashes), (bucket_store, fresh_buckets))
    out: list[Part | Carried] = []
    gone = [(hashes[name], buckets[name].astype(np.int64)) for name in removed]
    new = [(read[name], hashes[name], buckets[name].astype(np.int64)) for name in added]
    for bucket_text, digest in digests.items():
        bucket = int(bucket_text)
        part = memo.carried(before, lines, bucket_text, digest)
        if part is not None:
            out.append(part)
            continue
        expected = all_hashes[all_buckets == bucket]
        built = _rebuilt(bucket, lines.get(bucket_text), memo, table, written, gone, new, expected)
        if built is None:
            memo.forget(table)
            return None
        out.append(Part(part_name(bucket), built, built.num_rows))
    return sorted(out, key=lambda p: p.name) if out else None


def _rebuilt(
    bucket: int,
    line: str | None,
    memo: BucketMemo,
    table: str,
    schema: pa.Schema,
    gone: list[tuple[np.ndarray, np.ndarray]],
    new: list[tuple[pa.Table, np.ndarray, np.ndarray]],
    expected: np.ndarray,
) -> pa.Table | None:
    """Bucket ``bucket``'s part rows, sorted: the old part's rows (object of ``line``) less
    the ``gone`` chunks' rows, plus the ``new`` chunks' rows of the bucket; ``None`` unless
    their hashes are ``expected`` (as a multiset) and their sort keys unique."""
    pieces, piece_hashes = [], []
    if line is not None:
        old = memo.intact(line)
        if old is None:
            return None
        rows = as_written(read_file(old.path))
        if not rows.schema.equals(schema, check_metadata=True):
            return None
        old_hashes = row_hashes(rows)
        if len(np.unique(old_hashes)) != len(old_hashes):
            return None
        dropped = [h[b == bucket] for h, b in gone]
        keep = ~np.isin(old_hashes, np.concatenate(dropped)) if dropped else None
        pieces.append(rows.filter(pa.array(keep)) if keep is not None else rows)
        piece_hashes.append(old_hashes[keep] if keep is not None else old_hashes)
    for chunk, hashes, buckets in new:
        mine = buckets == bucket
        pieces.append(chunk.filter(pa.array(mine)))
        piece_hashes.append(hashes[mine])
    if not pieces:
        return None
    got = np.concatenate(piece_hashes)
    if len(got) != len(expected) or not np.array_equal(np.sort(got), np.sort(expected)):
        return None
    rows = pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]
    keys = [c for c in SORT_KEYS[table] if c in rows.column_names]
    if rows.select(keys).group_by(keys).aggregate([]).num_rows != rows.num_rows:
        return None  # a tie: the part's order would need the table order
    order = pc.sort_indices(rows, sort_keys=[(k, "ascending") for k in keys])
    return rows.take(order).combine_chunks()
