"""Parts of a per-document table built from the previous publish's part and the table's new
chunks only, without reading the table (issue 18: an add-one's release read every stored
table whole, ~0.2 CPU-s of a 10k add-one, to rebuild the one part of each that changed).

Why it is exact: a per-document table (``documents``, ``sentences``, ``figures``) and the
reconciled ``facts`` and ``claims`` (:data:`STORED`) are kept by the IO manager as
content-addressed chunks (:mod:`pipeline.release.chunks`); a row's bucket is a function of its
``doc_id`` or, for a fact, its country pair (:mod:`pipeline.release.parts`) and its 64-bit
content hash a function of the row (:func:`~pipeline.release.reuse.row_hashes`), so both are
kept per chunk name (:class:`~pipeline.release.chunk_arrays.ChunkArrays`) and every bucket's
digest is computed from them as :meth:`~pipeline.release.reuse.BucketMemo.plan` computes it,
reading no chunk but the new ones. A claim's bucket is its fact's: a 64-bit hash of each
``fact_id`` is kept per chunk of facts and of claims, and each claim's bucket is looked up
among the facts' (a fact id hashes the fact's key, which holds its countries); a claim whose
fact is not among them, or facts whose id hashes repeat, take the path below. A changed bucket's rows are the rows of the previous publish's part
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
from dataclasses import dataclass, field
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
    BASIS,
    KEY_SOURCES,
    Part,
    PartPlan,
    arrow_buckets,
    arrow_ready,
    as_written,
    buckets_of,
    part_name,
    table_parts,
)
from pipeline.release.reuse import (
    FACT_KEYED,
    ROW_KEYED,
    BucketMemo,
    Carried,
    bucket_digests,
    fact_key_hashes,
    row_hashes,
)

STORED = ("documents", "sentences", "figures", "facts", "claims")
"""Tables handed to the store unread (:class:`StoredChunks`) when their check passed: the
report only counts the rows of sentences and figures and reads a few columns of documents
(from their file, as before). Documents too since round 52: reading all 100k documents, their
text included, to rebuild the one part an add-one changes cost 0.23-0.48 CPU-s at 100k. Facts
and claims since round 57 (issue 18): the report reads only the chunks holding the buckets it
needs (:meth:`StoredChunks.rows_where`), so an add-one reads their new chunks, not 216k facts
and 491k claims at 100k articles."""


@dataclass(frozen=True)
class StoredChunks:
    """A chunked table not read: its folder and chunks in row order, ``[(name, rows)]``.

    A chunk read by :meth:`rows_where` is kept for the next call (the report asks for the
    rows of a few buckets several times; a chunk is a content address, its rows never
    change), so at most the chunks asked for are held, as the whole table was before."""

    path: Path
    layout: list[tuple[str, int]]
    _read: dict[str, pa.Table] = field(default_factory=dict, compare=False, repr=False)

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

    def rows_where(self, mask: np.ndarray) -> pa.Table:
        """``read().filter(mask)`` (``mask``: one bool per row, in table order), reading only
        the chunks holding a selected row. ``ValueError``: a mask of another length, or a
        chunk whose rows differ from the recorded ones.

        Why (issue 18): the report reads facts and claims of the few buckets an add-one
        changed or shows; a bucket's rows sit in a few chunks, not in all ~250 at 100k."""
        mask = np.asarray(mask, dtype=bool)
        if len(mask) != self.num_rows:
            raise ValueError(f"{self.path}: a mask of {len(mask)} rows for {self.num_rows}")
        ends = np.cumsum([rows for _, rows in self.layout])
        starts = ends - [rows for _, rows in self.layout]
        touched = [i for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if mask[a:b].any()]
        if not touched:
            return self.schema().empty_table()
        pieces = []
        for i in touched:
            mine = mask[starts[i] : ends[i]]
            chunk = self._chunk(i)
            pieces.append(chunk if mine.all() else chunk.filter(pa.array(mine)))
        return pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]

    def _chunk(self, i: int) -> pa.Table:
        """The ``i``-th chunk's rows, read once (``ValueError``: rows other than recorded)."""
        name, rows = self.layout[i]
        chunk = self._read.get(name)
        if chunk is None:
            chunk = self._read[name] = self.chunk(name)
        if chunk.num_rows != rows:
            raise ValueError(f"{self.path}: chunk rows differ from the recorded ones")
        return chunk

    def ready(self) -> bool:
        """Whether the table goes to the store as Arrow as read (see ``arrow_ready``)."""
        return bool(self.layout) and arrow_ready(self.schema().empty_table())


def stored_table_parts(
    frame: StoredChunks, table: str, plan: PartPlan, memo: BucketMemo
) -> Iterator[Part | Carried]:
    """:func:`~pipeline.release.parts.table_parts` of the table ``frame`` names: built from
    the memo's record and its new chunks when it can be, else read whole and built as before."""
    built = None
    # the bucket count of sentences and figures is the documents', of claims the facts': known
    # once those are planned
    basis = BASIS.get(table)
    if table in STORED and (basis == table or basis in plan.counts):
        built = _incremental(frame, table, plan.count(table, frame.num_rows), memo, plan=plan)
    if built is not None:
        yield from built
        return
    yield from table_parts(frame.read(), table, plan, (memo, frame.layout, "arrow"))


def _incremental(
    source: StoredChunks, table: str, n: int, memo: BucketMemo, plan: PartPlan | None = None
) -> list[Part | Carried] | None:
    """The parts in name order, each changed bucket built from its old part and the new
    chunks (``None``: build as before). Notes the record as ``BucketMemo.plan`` does.
    ``plan``: the publish's plan (facts leave their fact-id hashes and buckets there, which
    claims are bucketed by; claims are not built without it)."""
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
    keyed, fact_keyed = table in ROW_KEYED, table in FACT_KEYED
    hash_store = memo.row_store(table)
    bucket_store = memo.bucket_store(table, n) if keyed else None
    key_store = memo.fact_key_store(table) if fact_keyed else None
    hashes = hash_store.load(names + removed)
    buckets = bucket_store.load(names) if bucket_store is not None else {}
    fact_keys = key_store.load(names) if key_store is not None else {}
    read: dict[str, pa.Table] = {}
    fresh_hashes, fresh_buckets, fresh_keys = {}, {}, {}
    for name, rows in source.layout:
        if name in added and name not in read:
            chunk = read[name] = source.chunk(name)
            if chunk.num_rows != rows or not chunk.schema.equals(written, check_metadata=True):
                return None
            if not _fits(hashes, name, rows):
                hashes[name] = fresh_hashes[name] = row_hashes(chunk)
            if keyed and not _fits(buckets, name, rows):
                keys = from_arrow(chunk.select([c for c in KEY_SOURCES if c in chunk.column_names]))
                of = pd.Series(PartPlan().keys(table, keys).to_numpy(), dtype=object)
                buckets[name] = fresh_buckets[name] = buckets_of(of, n).astype(np.uint64)
            if fact_keyed and not _fits(fact_keys, name, rows):
                hashed = fact_key_hashes(chunk.column("fact_id"))
                if hashed is None:
                    return None
                fact_keys[name] = fresh_keys[name] = hashed
    for name, rows in source.layout:
        if not _fits(hashes, name, rows):
            return None
        if keyed and not _fits(buckets, name, rows):
            return None
        if fact_keyed and not _fits(fact_keys, name, rows):
            return None
    if any(name not in hashes for name in removed):
        return None
    all_hashes = np.concatenate([hashes[name] for name in names])
    all_keys = np.concatenate([fact_keys[name] for name in names]) if fact_keyed else None
    if keyed:
        all_buckets = np.concatenate([buckets[name] for name in names]).astype(np.int64)
    else:  # claims: each its fact's bucket
        found = _claim_buckets(all_keys, plan, n)
        if found is None:
            return None
        all_buckets = found
    if table == "facts" and plan is not None:
        plan.fact_keys, plan.facts_source = (all_keys, all_buckets), source
    digests = bucket_digests(all_buckets, all_hashes)
    memo.note(table, n, "arrow", schema, source.layout, digests, all_hashes, all_buckets)
    memo.keep_arrays(
        table,
        names,
        (hash_store, fresh_hashes),
        (bucket_store, fresh_buckets) if bucket_store is not None else None,
        (key_store, fresh_keys) if key_store is not None else None,
    )
    offsets = np.cumsum([0, *(rows for _, rows in source.layout)])
    of_chunk = {name: all_buckets[offsets[i] : offsets[i + 1]] for i, name in enumerate(names)}
    out: list[Part | Carried] = []
    changed: list[int] = []
    for bucket_text, digest in digests.items():
        part = memo.carried(before, lines, bucket_text, digest)
        if part is not None:
            out.append(part)
        else:
            changed.append(int(bucket_text))
    if fact_keyed:  # a pair's rows sit in a few chunks: read them, not the old parts
        built_parts = _from_chunks(source, table, written, all_buckets, changed, read)
    else:
        gone = [hashes[name] for name in removed]
        new = [(read[name], hashes[name], of_chunk[name]) for name in added]
        built_parts = []
        for bucket in changed:
            expected = all_hashes[all_buckets == bucket]
            line = lines.get(str(bucket))
            built = _rebuilt(bucket, line, memo, table, written, gone, new, expected)
            if built is None:
                built_parts = None
                break
            built_parts.append(Part(part_name(bucket), built, built.num_rows))
    if built_parts is None:
        memo.forget(table)
        if table == "facts" and plan is not None:
            plan.fact_keys = plan.facts_source = None
        return None
    out.extend(built_parts)
    return sorted(out, key=lambda p: p.name) if out else None


def _from_chunks(
    source: StoredChunks,
    table: str,
    schema: pa.Schema,
    buckets: np.ndarray,
    changed: list[int],
    read: dict[str, pa.Table],
) -> list[Part] | None:
    """The parts of the ``changed`` buckets built from the table's own chunks: the rows of
    those buckets (``buckets``: each row's, in table order) read from the chunks holding them
    (:meth:`StoredChunks.rows_where`; chunks already ``read`` are not read again), each
    bucket's rows then sorted by the table's sort keys (a stable sort: ties keep the table
    order), which is the part :func:`~pipeline.release.parts.table_parts` cuts from the whole
    table. ``None``: a chunk of another schema or row count (the caller builds as before).

    Why not from the old part (as the document tables): a fact or claim row's hash
    (:func:`~pipeline.release.reuse.row_hashes`) goes through ``repr`` of its list columns, so
    hashing an old part's rows again cost more than reading the few chunks of a country pair,
    which sit together in the table's order (by flow, reporter, partner)."""
    if not changed:
        return []
    source._read.update({name: rows for name, rows in read.items()})
    try:
        rows = source.rows_where(np.isin(buckets, np.asarray(changed, dtype=np.int64)))
    except (ValueError, pa.ArrowInvalid):
        return None
    if not rows.schema.equals(schema, check_metadata=True):
        return None
    of_row = buckets[np.isin(buckets, np.asarray(changed, dtype=np.int64))]
    keys = [(k, "ascending") for k in SORT_KEYS[table] if k in rows.column_names]
    built = []
    for bucket in changed:
        mine = rows.filter(pa.array(of_row == bucket))
        order = pc.sort_indices(mine, sort_keys=keys) if keys else None
        part = (mine.take(order) if order is not None else mine).combine_chunks()
        built.append(Part(part_name(bucket), part, part.num_rows))
    return built


def _fits(arrays: dict[str, np.ndarray], name: str, rows: int) -> bool:
    """Whether ``arrays`` holds chunk ``name``'s array of ``rows`` values (an empty chunk's
    array too: absent is not empty)."""
    return name in arrays and len(arrays[name]) == rows


def _claim_buckets(keys: np.ndarray | None, plan: PartPlan | None, n: int) -> np.ndarray | None:
    """The bucket of each claim whose ``fact_id`` hashes to ``keys``: its fact's (``int64``);
    ``None`` when the facts' id hashes are not known or repeat, or a claim has no fact (the
    whole-table path gives such a claim the bucket of its own ``fact_id``)."""
    if keys is None or plan is None:
        return None
    facts = _fact_index(plan, n)
    if facts is None:
        return None
    ids, of_fact = facts
    if not len(ids):
        return None if len(keys) else np.zeros(0, dtype=np.int64)
    where = np.minimum(np.searchsorted(ids, keys), len(ids) - 1)
    if not np.array_equal(ids[where], keys):
        return None
    return of_fact[where]


def _fact_index(plan: PartPlan, n: int) -> tuple[np.ndarray, np.ndarray] | None:
    """``(sorted fact-id hashes, bucket of each)`` of the facts planned, from their chunks'
    arrays or the Arrow columns the whole-table path bucketed; ``None``: unknown, or two facts
    whose id hashes are equal (then which fact a claim belongs to needs the text)."""
    if plan.fact_keys is not None:
        keys, of_fact = plan.fact_keys
    elif plan.arrow_facts is not None and not plan.fact_pairs:
        ids, pairs = plan.arrow_facts
        keys = fact_key_hashes(ids)
        if keys is None:
            return None
        of_fact = arrow_buckets(pairs, n)
    else:
        return None
    if len(keys) != len(of_fact):
        return None
    order = np.argsort(keys, kind="stable")
    ids = keys[order]
    if len(ids) > 1 and (ids[1:] == ids[:-1]).any():
        return None
    return ids, np.asarray(of_fact, dtype=np.int64)[order]


def _rebuilt(
    bucket: int,
    line: str | None,
    memo: BucketMemo,
    table: str,
    schema: pa.Schema,
    gone: list[np.ndarray],
    new: list[tuple[pa.Table, np.ndarray, np.ndarray]],
    expected: np.ndarray,
) -> pa.Table | None:
    """Bucket ``bucket``'s part rows, sorted: the old part's rows (object of ``line``) less
    the rows of the ``gone`` chunks (their row hashes: a row's bucket is a function of its
    content, so a gone row with an old part row's hash is that row), plus the ``new`` chunks'
    rows of the bucket; ``None`` unless their hashes are ``expected`` (as a multiset) and their
    sort keys unique."""
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
        keep = ~np.isin(old_hashes, np.concatenate(gone)) if gone else None
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
