"""The reconciled tables as Arrow: the cached pairs' rows stay as stored (issue 18).

Why: an add-one recomputes a few pairs and takes every other pair's facts, claims and checks
from the per-pair cache. Turning those rows into pandas (Python lists and dates), sorting them
with the fresh ones and turning them back into Arrow for the store cost O(archive) CPU each
run. Here the cached rows stay in the Arrow the cache stored (the contract's column types, as
``to_arrow`` made them), only the fresh rows are converted, and the orders of
``canonical_order`` are computed by Arrow on the same row sequence (fresh rows first, then the
cached ones in segment order), so the tables hold what ``to_arrow(canonical_order(...))`` gives.

A null in a sort column sorts as the text ``None``: what ``astype(str)`` gives the ``None``
that ``from_arrow`` reads a null as (cached rows), and a fresh row's ``None``. Where that
cannot be shown cheaply the caller takes the pandas path: column types that differ (a segment
written under other types), or a fresh null that is not ``None`` (``NaN`` reads ``nan``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.arrow import to_arrow, unify_null_columns
from pipeline.contract.tables import pick
from pipeline.ingest.cache import KEY_COLUMN

FACT_ORDER = list(
    pick("facts", "flow", "reporter", "partner", "period_end", "measure", "status", "fact_id")
)
CHECK_ORDER = ["subject", "check_id"]


def combined(fresh: pd.DataFrame, cached: pa.Table | None, table: str) -> pa.Table | None:
    """Fresh rows (converted) then cached rows (as stored, with or without ``_key``), without
    ``_key``: one table (its columns possibly in several chunks), or ``None`` if their column
    types differ."""
    rows = to_arrow(fresh.drop(columns=KEY_COLUMN), table)
    if cached is None or not cached.num_rows:
        return rows
    if KEY_COLUMN in cached.schema.names:
        cached = cached.drop_columns([KEY_COLUMN])
    cached = _item_lists(cached)
    if not rows.num_rows:
        return cached if cached.schema.names == rows.schema.names else None
    same = unify_null_columns([rows, cached])
    # chunks are not combined here: ``canonical_arrow`` takes every row anyway, and its
    # ``take`` writes one new chunk per column, so a combine would copy the archive once more
    return None if same is None else pa.concat_tables(same)


def stacked(cached: pa.Table | None, kept: pa.Table) -> pa.Table | None | bool:
    """The cached rows (with ``_key``) then ``kept`` (a previous output's rows, without it), as
    one table without ``_key`` for :func:`combined`; ``None`` if there are none, ``False`` if
    their column types differ."""
    parts = [_item_lists(kept)] if kept.num_rows else []
    if cached is not None and cached.num_rows:
        parts.insert(0, _item_lists(cached.drop_columns([KEY_COLUMN])))
    if len(parts) < 2:
        return parts[0] if parts else None
    same = unify_null_columns(parts)
    return False if same is None else pa.concat_tables(same)


def nulls_are_none(frame: pd.DataFrame, columns: list[str]) -> bool:
    """Whether every null of ``columns`` in ``frame`` (fresh rows) is ``None``."""
    for name in columns:
        column = frame[name]
        if any(value is not None for value in column[column.isna()]):
            return False
    return True


def _item_lists(table: pa.Table) -> pa.Table:
    """List columns read from Parquet name their items ``element``; ``to_arrow`` (pandas) names
    them ``item``, and the Parquet bytes written keep the name: cast to ``item``."""
    named = [pa.types.is_list(f.type) and f.type.value_field.name != "item" for f in table.schema]
    if not any(named):
        return table
    fields = [
        pa.field(f.name, pa.list_(f.type.value_type), f.nullable, f.metadata) if rename else f
        for f, rename in zip(table.schema, named, strict=True)
    ]
    return table.cast(pa.schema(fields, metadata=table.schema.metadata))


def _text_keys(table: pa.Table, columns: list[str]) -> list[pa.Array] | None:
    """The sort columns as the text ``str()`` gives their values (strings as they are, dates in
    ISO form, nulls ``None``); ``None`` if a column has another type."""
    keys = []
    for name in columns:
        column = table.column(name)
        if pa.types.is_date32(column.type):
            column = pc.cast(column, pa.string())  # ISO YYYY-MM-DD, as str(date)
        elif not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            return None
        keys.append(pc.fill_null(column, "None") if column.null_count else column)
    return keys


def rank_code(keys: list[pa.Array | pa.ChunkedArray]) -> np.ndarray | None:
    """One ``uint64`` per row that orders the rows as the text ``keys`` do, the first key
    first: each key's dense rank among its distinct values (code point order), combined in a
    mixed radix. Equal codes mean equal keys, so a stable sort by the code is the stable sort
    by the keys. ``None`` if the product of the keys' distinct counts exceeds 2**63.

    Why (issue 18): Arrow's multi-key sort compares the text of six low-cardinality keys
    (flow, countries, period, measure, status) per comparison; ranking each key's few
    distinct values and sorting integers took less than half the CPU at 430k facts."""
    code = np.zeros(len(keys[0]), dtype=np.uint64)
    radix = 1
    for key in keys:
        distinct = pc.unique(key)
        radix *= max(len(distinct), 1)
        if radix > 2**63:
            return None
        ordered = distinct.take(pc.sort_indices(distinct))
        rank = pc.index_in(key, value_set=ordered).to_numpy(zero_copy_only=False)
        code = code * np.uint64(len(ordered)) + rank.astype(np.uint64)
    return code


def _sort_indices(table: pa.Table, columns: list[str]) -> pa.Array | None:
    keys = _text_keys(table, columns)
    if keys is None:
        return None
    if not table.num_rows:
        return pa.array([], pa.int64())
    # the leading keys as one integer, the last (the unique id) compared as text
    code = rank_code(keys[:-1]) if len(keys) > 1 else None
    if code is not None:
        keys = [pa.array(code), keys[-1]]
    named = pa.table({f"c{i}": key for i, key in enumerate(keys)})
    return pc.sort_indices(named, sort_keys=[(f"c{i}", "ascending") for i in range(len(keys))])


def canonical_arrow(
    facts: pa.Table, claims: pa.Table, checks: pa.Table
) -> tuple[pa.Table, pa.Table, pa.Table] | None:
    """``canonical_order`` of the three tables by Arrow (stable sorts, code point order of
    text), or ``None`` where it might differ from the pandas sorts. The inputs' columns may be
    chunked; each column of the results is one chunk (what the release's memos fingerprint)."""
    facts_order = _sort_indices(facts, FACT_ORDER)
    checks_order = _sort_indices(checks, CHECK_ORDER)
    if facts_order is None or checks_order is None:
        return None
    facts = facts.take(facts_order).combine_chunks()  # no copy where take gave one chunk
    fact_ids = facts.column("fact_id")
    if pc.count_distinct(fact_ids).as_py() != facts.num_rows:
        return None  # follow_order's map needs unique fact ids
    where = pc.index_in(claims.column("fact_id"), value_set=fact_ids.combine_chunks())
    position = where.to_numpy(zero_copy_only=False).astype(np.float64)  # null: NaN, last
    claims = claims.take(pa.array(np.argsort(position, kind="stable").astype(np.int64)))
    return facts, claims.combine_chunks(), checks.take(checks_order).combine_chunks()
