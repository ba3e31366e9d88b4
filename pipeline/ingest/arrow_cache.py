"""Per-document caches read as Arrow: the rows of 100k cached documents without pandas.

Why a module beside :mod:`pipeline.ingest.cache` (issue 18): reading a stage's whole cache into
pandas, sorting it there and handing the frame to the IO manager, which turned it back into
Arrow, was most of the CPU of the sentences and figures stages of an add-one at 100k articles,
and loading the documents cache as 100k Python dicts most of ``raw_documents``'. Here the rows
stay Arrow from the cache segment to the IO manager. Beside, not in, ``cache.py``: the reconcile
caches' code version covers that module's source, and this one changes no cached row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow, to_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.ingest.cache import (
    _KEYS_METADATA,
    KEY_COLUMN,
    StageCache,
    cached_per_document,
    computed_keys,
)


def load_arrow(
    cache: StageCache, wanted: Iterable[str] | None = None
) -> tuple[pa.Table | None, set[str]]:
    """``cache.load(wanted)`` as one Arrow table (``None``: no rows) and the stored keys: each
    key's rows from one segment, as there, not converted to pandas."""
    tables: list[pa.Table] = []
    seen: set[str] = set()
    wanted_set = set(wanted) if wanted is not None else None
    for segment in cache._segments():
        try:
            table = pq.read_table(segment)
        except (FileNotFoundError, OSError, pa.ArrowInvalid):
            continue  # merged away by another run, or a torn file: recompute instead
        keys = set(json.loads((table.schema.metadata or {}).get(_KEYS_METADATA, b"[]")))
        new = keys - seen
        if wanted_set is not None:
            new &= wanted_set
        if not new:
            continue
        if new != keys:
            table = table.filter(pc.is_in(table[KEY_COLUMN], value_set=pa.array(list(new))))
        seen |= new
        tables.append(table.replace_schema_metadata(None))
    if not tables:
        return None, seen
    if len(tables) == 1:
        return tables[0], seen
    return pa.concat_tables(tables, promote_options="permissive"), seen


def cached_rows(
    cache: StageCache,
    documents: pd.DataFrame,
    compute: Callable[[pd.DataFrame], pd.DataFrame],
) -> pa.Table:
    """``to_arrow(cached_per_document(cache, documents, compute), cache.table)`` without
    turning the cached rows into pandas and back (issue 18: at 100k articles the sentences
    stage of an add-one converted 784k cached rows to pandas, sorted them there and the IO
    manager converted them back to Arrow). Falls back to the pandas path when the cached and
    fresh rows do not have one Arrow schema or document keys repeat."""
    keys = document_keys(documents["doc_id"], documents["sha256"])
    if len(set(keys)) != len(keys):  # never for unique doc ids: the pandas path decides
        return to_arrow(cached_per_document(cache, documents, compute), cache.table)
    stored, known = load_arrow(cache, keys)
    hit = [k in known for k in keys]
    missing = documents[~pd.Series(hit, index=documents.index, dtype=bool)]
    fresh = compute(missing)
    key_of = dict(
        zip(missing["doc_id"], [k for k, h in zip(keys, hit, strict=True) if not h], strict=True)
    )
    fresh = fresh.assign(**{KEY_COLUMN: fresh["doc_id"].map(key_of)})
    cache.save(fresh, computed_keys(fresh, key_of), live=keys)
    cache.hits += sum(hit)
    cache.misses += len(missing)
    new = to_arrow(fresh.drop(columns=KEY_COLUMN), cache.table)
    keys_of_new = pa.array(fresh[KEY_COLUMN].tolist(), pa.string())  # text even with no rows
    new = new.append_column(KEY_COLUMN, keys_of_new)
    if stored is not None and stored.num_rows:
        same = set(new.schema.names) <= set(stored.schema.names)
        if not same or stored.select(new.schema.names).schema != new.schema:
            # doubt (another schema in the cache): the pandas path decides the types (the
            # fresh rows are stored now, so it computes nothing again)
            return to_arrow(cached_per_document(cache, documents, compute), cache.table)
        new = pa.concat_tables([stored.select(new.schema.names), new])
    rank = pc.index_in(new.column(KEY_COLUMN), value_set=pa.array(keys, type=pa.string()))
    if not _ascending(rank):  # an add-one's new article after the archive: already in order
        new = new.take(pc.sort_indices(rank))  # Arrow's sort is stable: rows keep their order
    return new.drop_columns([KEY_COLUMN]).combine_chunks()


def document_keys(doc_ids: Iterable[str], shas: Iterable[str]) -> list[str]:
    """``[document_key(d, s) ...]`` without two Python calls per document (issue 18: 100k
    documents, twice per add-one); the same text hashed the same way."""
    digest = hashlib.sha256
    return [digest(f"{d}\0{s}".encode()).hexdigest() for d, s in zip(doc_ids, shas, strict=True)]


def _ascending(rank: pa.Array | pa.ChunkedArray) -> bool:
    """Whether ``rank`` (no nulls) never decreases: then the stable sort by it is the identity
    and the ``take`` that would copy every row (784k sentences at 100k articles) is skipped."""
    if rank.null_count:
        return False
    values = rank.to_numpy(zero_copy_only=False) if isinstance(rank, pa.Array) else None
    if values is None:
        values = rank.combine_chunks().to_numpy(zero_copy_only=False)
    return bool(len(values) < 2 or (values[1:] >= values[:-1]).all())


def _rows_at(table: pa.Table, positions: pa.Array | pa.ChunkedArray) -> pa.Table:
    """``table.take(positions)``; a slice when the positions are one ascending run (a folder
    read in the order its rows were cached: no copy of 100k documents' text)."""
    at = positions.to_numpy(zero_copy_only=False) if len(positions) else None
    if at is not None and at[-1] - at[0] == len(at) - 1 and (np.diff(at) == 1).all():
        return table.slice(int(at[0]), len(at))
    return table.take(positions)


class TableMemo:
    """:class:`pipeline.ingest.cache.RecordMemo` (same interface and counters) keeping the
    stored rows as one Arrow table, with ``rows_of`` taking many rows at once: for
    ``pipeline.ingest.folder.ingest_folder(parse=memo, known_many=memo.rows_of)``.

    Why: ``RecordMemo`` turns every stored row, with its text, into a Python dict (~1.5 CPU-s
    of an add-one at 100k articles, issue 18)."""

    def __init__(self, cache: StageCache, compute: Callable[[bytes], dict[str, object]]) -> None:
        self.cache, self.compute = cache, compute
        self._table, _ = load_arrow(cache)
        self._index: dict[str, int] | None = None
        self._saved: dict[str, dict[str, object]] = {}
        self._fresh: dict[str, dict[str, object]] = {}
        self._used: set[str] = set()
        self._prefetched: dict[str, dict[str, object]] = {}

    def _position(self, sha: str) -> int | None:
        if self._table is None:
            return None
        if self._index is None:
            keys = self._table.column(KEY_COLUMN).to_pylist()
            self._index = {key: i for i, key in enumerate(keys)}
        return self._index.get(sha)

    def _stored_rows(self, positions: list[int]) -> pd.DataFrame:
        assert self._table is not None
        rows = self._table.take(pa.array(positions, type=pa.int64()))
        return from_arrow(rows.drop_columns([KEY_COLUMN]))

    def prefetch(self, shas: Iterable[str]) -> None:
        """Convert the stored rows of ``shas`` at once for the ``known`` calls that follow
        (replacing those prefetched before): one Arrow ``take`` and one pandas conversion
        instead of one per ``known`` (~3 ms each: ~300 CPU-s of a first run at 100k articles
        whose stat stamps do not vouch, issue 18). The rows are those ``known`` gives alone
        (``from_arrow`` of one row): where an integer or boolean column of the rows taken holds
        a null (pandas would make the column's other values floats or objects), nothing is
        prefetched and ``known`` converts each row by itself."""
        self._prefetched = {}
        wanted = {}
        for sha in shas:
            position = self._position(sha)
            if position is not None:
                wanted[sha] = position
        if len(wanted) < 2:
            return
        assert self._table is not None
        rows = self._table.take(pa.array(list(wanted.values()), type=pa.int64()))
        rows = rows.drop_columns([KEY_COLUMN])
        for column in rows.columns:
            kind = column.type
            if column.null_count and (pa.types.is_integer(kind) or pa.types.is_boolean(kind)):
                return
        records = from_arrow(rows).to_dict("records")
        self._prefetched = dict(zip(wanted, records, strict=True))

    def known(self, sha: str) -> dict[str, object] | None:
        """A copy of the row of content ``sha`` if it was computed before, else ``None``."""
        position = self._position(sha)
        if position is not None:
            row = self._prefetched.get(sha)
            if row is None:
                row = self._stored_rows([position]).to_dict("records")[0]
        else:
            row = self._saved.get(sha) or self._fresh.get(sha)
            if row is None:
                return None
        self._used.add(sha)
        self.cache.hits += 1
        return dict(row)

    def rows_of(self, shas: list[str]) -> tuple[pd.DataFrame, list[bool]]:
        """The stored rows of the contents ``shas`` found in the cache (in the order of
        ``shas``) and, for each sha, whether it was found (one Arrow ``take``, no loop)."""
        if self._table is None or not shas:
            return pd.DataFrame(), [False] * len(shas)
        wanted = pa.array(shas, type=pa.string())
        found = pc.index_in(wanted, value_set=self._table.column(KEY_COLUMN))
        hit = found.is_valid()
        positions = found.filter(hit)
        frame = self._stored_rows(positions.to_pylist())
        mask = hit.to_pylist()
        self._used.update(wanted.filter(hit).to_pylist())
        self.cache.hits += len(frame)
        return frame, mask

    def arrow_rows_of(self, shas: list[str]) -> tuple[pa.Table | None, list[bool]]:
        """``rows_of`` with the rows as stored (Arrow, without the key column; ``None``: no
        table), for ``pipeline.ingest.folder.ingest_folder_arrow``: no pandas conversion."""
        if self._table is None or not shas:
            return None, [False] * len(shas)
        wanted = pa.array(shas, type=pa.string())
        found = pc.index_in(wanted, value_set=self._table.column(KEY_COLUMN))
        hit = found.is_valid()
        rows = _rows_at(self._table, found.filter(hit)).drop_columns([KEY_COLUMN])
        self._used.update(wanted.filter(hit).to_pylist())
        self.cache.hits += rows.num_rows
        return rows, hit.to_pylist()

    def __call__(self, raw: bytes) -> dict[str, object]:
        key = sha256_hex(raw)
        row = self.known(key)
        if row is not None:
            return row
        return dict(self.store(key, self.compute(raw)))

    def store(self, sha: str, row: dict[str, object]) -> dict[str, object]:
        """Keep ``row``, computed from a content ``sha`` not known before (a miss), as
        ``__call__`` does; for callers computing the rows elsewhere (``folder.
        _read_contents_shared``)."""
        self._used.add(sha)
        self.cache.misses += 1
        self._fresh[sha] = row
        return row

    def flush(self) -> None:
        rows = pd.DataFrame([{**row, KEY_COLUMN: key} for key, row in self._fresh.items()])
        self.cache.save(rows, self._fresh, live=self._used)
        self._saved.update(self._fresh)
        self._fresh.clear()
