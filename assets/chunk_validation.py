"""Schema checks of a chunked intermediate table that read and validate only its new chunks.

Why (issue 18 item 1): the IO manager stores each contract table as content-addressed Parquet
chunks (:mod:`pipeline.release.chunks`), so a chunk's file name already is the hash of its
bytes. A check that records the names of the chunks in which nothing failed can, on its next
evaluation, read and validate only the chunks whose names are not recorded, instead of reading
the whole table into pandas and hashing every row (0.2-0.5 CPU-s per check at 10k articles,
seven checks per run, whatever the run changed).

Why trusting a name is sound: equal chunk bytes read back into equal rows, and the validator
version covers what else decides the outcome: the schema version, the source of the pandera
models, pandera's, pyarrow's and the Arrow conversion's versions, the chunks' Arrow schema,
and the pandas dtype each column has when the **whole** table is read (an int or bool column
with a null anywhere is float or object; a chunk read alone may have no null, so its columns
are given the whole table's dtypes before validation, as a slice of the whole table has).

What is always checked on the whole table: uniqueness of the model's ``unique`` columns (a
duplicate may sit in an unchanged chunk): proven by the recorded 64-bit hashes of each chunk's
keys, trusted by chunk name, and the new chunks' keys (:mod:`pipeline.release.chunk_keys`);
on any doubt or repeated hash, by reading those columns of every chunk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from assets.partial_validation import (
    PARTS,
    UNIQUENESS,
    PartialResult,
    duplicate_cases,
    part_hashes,
    part_of_rows,
    row_hashes,
    unique_columns,
)
from pipeline.contract.arrow import from_arrow
from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.release.chunk_keys import keys_distinct
from pipeline.release.chunks import chunk_names, chunk_shapes, read_chunked, read_file

CHUNKS = "chunks"
"""Key of the passing chunk names in a check's ``PARTS_METADATA`` record."""
SLICES = "slices"
"""Key of the content hashes of the passing slices (rows of one key part within one chunk) of
the chunks the evaluation read: only those, so the record stays small (a few kB)."""
CHUNK_PARTS = "chunk_parts"
"""Key of ``{chunk name: content hashes of its COARSE_PARTS coarse slices}`` for every passing
chunk, read or not (an unread chunk's entry is carried from the previous record)."""
COARSE_PARTS = 16
"""Coarse slices per chunk (the rows of the key parts ``p`` with ``p % 16`` equal): ~250 rows
of a full chunk, 16 hashes per chunk in the record.

Why a second, coarse level (issue 18): ``SLICES`` covers only the chunks the previous
evaluation read, i.e. the ones the previous run changed; an add-one that changes a chunk the
previous one did not (a new article's facts and claims land in ~5 chunks, other ones each run)
found no slice of it recorded and validated the whole chunk: 19,012 facts, 12,944 claims and
3,106 checks rows of each 10k add-one (pandera: 2.3 of the 31.6 CPU-s of an add-one under
cProfile). With every passing chunk's coarse
slices recorded, only the coarse slices that changed are validated."""


def _has_nulls(
    files: Sequence[pq.ParquetFile], folder: Path, column: str, known: bool = False
) -> bool:
    """Whether ``column`` holds a null in any chunk: ``known`` (a chunk recorded with one),
    else the footers' statistics of ``files``, else the column."""
    if known:
        return True
    for file in files:
        meta = file.metadata
        index = meta.schema.names.index(column)
        for group in range(meta.num_row_groups):
            stats = meta.row_group(group).column(index).statistics
            if stats is None or not stats.has_null_count:
                return bool(read_chunked(folder, [column]).column(0).null_count)
            if stats.null_count:
                return True
    return False


def whole_table_dtypes(
    files: Sequence[pq.ParquetFile],
    folder: Path,
    schema: pa.Schema,
    nulls: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Columns whose pandas dtype depends on nulls elsewhere in the table: ``{column: dtype}``
    as the whole table reads them (int with a null: float64; bool with a null: object).
    ``files``: the chunks whose footers tell; ``nulls``: columns the other chunks' recorded
    shapes (``chunks.chunk_shapes``) hold a null in."""
    out: dict[str, str] = {}
    for field in schema:
        integer = pa.types.is_integer(field.type)
        if (integer or pa.types.is_boolean(field.type)) and _has_nulls(
            files, folder, field.name, field.name in nulls
        ):
            out[field.name] = "float64" if integer else "object"
    return out


def chunk_validator_version(table: str, schema: pa.Schema, dtypes: Mapping[str, str]) -> str:
    """What a recorded passing chunk depends on besides its bytes."""
    import pandera

    from assets.versioning import source_version

    text = "|".join(
        [
            table,
            SCHEMA_VERSION,
            source_version("pipeline.contract.schemas", "pipeline.contract.arrow"),
            pandera.__version__,
            pa.__version__,
            pd.__version__,
            schema.to_string(show_schema_metadata=False),
            ",".join(f"{c}:{d}" for c, d in sorted(dtypes.items())),
        ]
    )
    return "chunks-" + hashlib.sha256(text.encode()).hexdigest()[:16]


def _read_rows(
    paths: Sequence[Path], starts: Sequence[int], dtypes: Mapping[str, str]
) -> pd.DataFrame | None:
    """The rows of the chunks ``paths`` as pandas, indexed by their position in the whole
    table (``starts``: each chunk's first row), with the whole table's dtypes."""
    if not paths:
        return None
    tables = [read_file(p) for p in paths]
    frame = from_arrow(pa.concat_tables(tables) if len(tables) > 1 else tables[0])
    frame.index = pd.Index(
        np.concatenate([np.arange(s, s + t.num_rows) for s, t in zip(starts, tables, strict=True)])
    )
    return frame.astype(dict(dtypes)) if dtypes else frame


def _slices(
    subset: pd.DataFrame, table: str, chunk_of: np.ndarray
) -> tuple[np.ndarray, dict, np.ndarray, dict]:
    """Each row's slice (its chunk and its key's part, ``partial_validation.part_of_rows``) and
    ``{slice: content hash}``: the sorted 64-bit hashes of the slice's rows; the same for the
    coarse slices (its chunk and its part modulo ``COARSE_PARTS``)."""
    parts = part_of_rows(subset, table)
    rows = row_hashes(subset)
    slices = chunk_of * PARTS + parts
    coarse = chunk_of * COARSE_PARTS + parts % COARSE_PARTS
    return slices, part_hashes(rows, slices), coarse, part_hashes(rows, coarse)


def _chunk_parts(
    paths: Sequence[Path], bad_chunks: set, carried: Mapping[str, list], coarse_hashes: Mapping
) -> dict[str, list[str]]:
    """``CHUNK_PARTS`` of this evaluation: each passing chunk's coarse slice hashes, computed
    for the chunks read, carried for the others (a chunk without an entry has none)."""
    read: dict[int, list[str]] = {}
    for key, digest in sorted(coarse_hashes.items(), key=lambda item: int(item[0])):
        read.setdefault(int(key) // COARSE_PARTS, []).append(digest)
    out = {}
    for i, path in enumerate(paths):
        hashes = read.get(i) if i in read else carried.get(path.name)
        if i not in bad_chunks and hashes:
            out[path.name] = hashes
    return out


def all_distinct(ids: pa.Table) -> bool:
    """Whether every column of ``ids`` holds text with no value twice (at most one null), told
    by Arrow without turning the ids into Python strings (``duplicate_cases`` on the whole
    column cost 0.18 CPU-s of the seven checks of a 10k add-one, Arrow 0.07). ``False`` also
    for a column that is not text: the caller lists duplicates the pandas way."""
    return all(
        (pa.types.is_string(column.type) or pa.types.is_large_string(column.type))
        and pc.count_distinct(column, mode="all").as_py() == ids.num_rows
        for column in ids.columns
    )


def validate_chunked(
    table: str,
    folder: Path,
    previous: Mapping | None,
    validate: Callable[[str, pd.DataFrame], pd.DataFrame],
    also: Mapping | None = None,
) -> PartialResult:
    """``validate(table, rows)`` on the rows of ``folder`` that ``previous`` (a
    ``PARTS_METADATA`` record, or ``None``) does not vouch for, plus uniqueness over the whole
    table. Failure indexes are row positions in the whole table, as read by the IO manager.

    ``also``: the record of another check of the same contract table (``curated_figures``'
    check takes ``figures``'); what it vouches for is trusted too when its validator version
    is this one. Sound as the own record is: chunks and slices are named by their content, and
    the version covers the model, the schema and the whole table's dtypes. Why (issue 18):
    ``curated_figures`` without corrections links the chunks of ``figures``, whose check has
    just validated the new chunk; validating it again cost ~60 ms of a 10k add-one (pandera's
    fixed cost per call, ~40 ms for 24 rows of the figures model, and the slices' row hashes).

    Three levels: a chunk recorded as passing is not read at all; in a chunk that is not, each
    slice (the rows of one key part, ``partial_validation.PARTS``) whose content hash was
    recorded as passing is not validated again, nor is a row whose coarse slice
    (``COARSE_PARTS``) has a recorded hash. Why: a new article usually lands in the chunk the
    previous one changed (the table's tail), so most of that chunk's rows were validated by the
    previous run, in slices of ~1/256 of the table; a chunk the previous run did not change has
    only its coarse slices recorded (carried from run to run).
    """
    paths = chunk_names(folder)
    shapes = chunk_shapes(folder)  # rows and nulls of the chunks written: no footer opened
    unknown = {i: pq.ParquetFile(p) for i, p in enumerate(paths) if p.name not in shapes}
    counts = [unknown[i].metadata.num_rows if i in unknown else shapes[p.name][0]
              for i, p in enumerate(paths)]  # fmt: skip
    starts = np.r_[0, np.cumsum(counts)[:-1]].tolist()
    schema = (unknown.get(0) or pq.ParquetFile(paths[0])).schema_arrow
    nulls = frozenset().union(*(shapes[p.name][1] for p in paths if p.name in shapes))
    dtypes = whole_table_dtypes(list(unknown.values()), folder, schema, nulls)
    version = chunk_validator_version(table, schema, dtypes)
    trusted, trusted_slices, carried = set(), set(), {}
    for record in (previous, also):
        if isinstance(record, Mapping) and record.get("validator") == version:
            chunks = set(record.get(CHUNKS) or [])
            trusted |= chunks
            trusted_slices |= set(record.get(SLICES) or [])
            for n, h in (record.get(CHUNK_PARTS) or {}).items():
                if n in chunks and isinstance(h, list):
                    carried.setdefault(n, list(h))
    trusted_coarse = {h for hashes in carried.values() for h in hashes}
    changed = [i for i, p in enumerate(paths) if p.name not in trusted]
    read = _read_rows([paths[i] for i in changed], [starts[i] for i in changed], dtypes)
    failures, slice_hashes, coarse_hashes, subset = pd.DataFrame(), {}, {}, None
    if read is not None:
        chunk_of = np.repeat(np.asarray(changed, dtype=np.int64), [counts[i] for i in changed])
        slices, slice_hashes, coarse, coarse_hashes = _slices(read, table, chunk_of)
        fresh = [int(k) for k, h in slice_hashes.items() if h not in trusted_slices]
        fresh_coarse = [int(k) for k, h in coarse_hashes.items() if h not in trusted_coarse]
        subset = read[np.isin(slices, fresh) & np.isin(coarse, fresh_coarse)]
        if len(subset):
            failures = validate(table, subset)
    if len(failures) and "check" in failures:
        failures = failures[failures["check"].astype(str) != UNIQUENESS]
    keys = [k for k in unique_columns(table) if k in schema.names]  # missing: the model says
    proven = bool(keys) and keys_distinct(folder, paths, keys)
    ids = read_chunked(folder, keys) if keys and not proven else None
    if ids is not None and not all_distinct(ids):  # else no duplicate: nothing to list
        found = [f for f in (failures, duplicate_cases(from_arrow(ids), table)) if len(f)]
        failures = pd.concat(found) if found else pd.DataFrame()
    failures = failures.reset_index(drop=True)
    if len(failures) and ("index" not in failures or failures["index"].isna().any()):
        passing, passing_slices = [], []  # a failure of a column or the table: none recorded
        bad_chunks = set(range(len(paths)))
    else:
        bad = np.asarray(sorted({int(i) for i in failures["index"]}) if len(failures) else [])
        ends = np.cumsum(counts)
        bad_chunks = set(np.searchsorted(ends, bad, side="right").tolist())
        passing = [p.name for i, p in enumerate(paths) if i not in bad_chunks]
        bad_slices = set(slices[np.isin(read.index, bad)].tolist()) if read is not None else set()
        passing_slices = sorted(h for k, h in slice_hashes.items() if int(k) not in bad_slices)
    return PartialResult(
        failures,
        {
            "validator": version,
            CHUNKS: passing,
            SLICES: passing_slices,
            CHUNK_PARTS: _chunk_parts(paths, bad_chunks, carried, coarse_hashes),
        },
        rows_validated=0 if subset is None else len(subset),
        rows=sum(counts),
    )
