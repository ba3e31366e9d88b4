"""The rows of some documents of a stored table, read without reading the whole table.

Why (issue 18): a per-document stage of an add-one run works on one new article, yet it read
its whole upstream table into pandas (784k sentences with their text at 100k articles, for the
sentences of one article), and pyarrow's threads decoding and converting it were most of the
stage's wall time. A chunked table (:mod:`pipeline.release.chunks`) keeps each chunk's min and
max of every column in its Parquet footer; a chunk whose ``doc_id`` range holds none of the
wanted ids is not opened past its footer. The ranges are only bounds (the row order is the
documents' name order, not ``doc_id`` order), so a chunk they admit is read and filtered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow
from pipeline.release.chunks import chunk_names, is_chunked, read_file
from pipeline.release.parquet import TableFile, read_parquet


def _may_hold(meta: pq.FileMetaData, column: str, values: list[str]) -> bool:
    """Whether a file's footer statistics leave room for one of ``values`` in ``column``."""
    for group in range(meta.num_row_groups):
        row_group = meta.row_group(group)
        paths = [row_group.column(i).path_in_schema for i in range(row_group.num_columns)]
        if column not in paths:
            return True
        stats = row_group.column(paths.index(column)).statistics
        if stats is None or not stats.has_min_max:
            return True  # no bounds recorded: read it
        low, high = stats.min, stats.max
        if not isinstance(low, str) or not isinstance(high, str):
            return True
        if any(low <= v <= high for v in values):
            return True
    return False


def rows_of(
    source: TableFile | pd.DataFrame,
    column: str,
    values: Iterable[str],
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """The rows of ``source`` whose ``column`` is in ``values``, in stored order (a fresh
    index), limited to ``columns`` if given; a frame is filtered as it is."""
    wanted = sorted({str(v) for v in values})
    if isinstance(source, pd.DataFrame):
        rows = source[source[column].isin(wanted)]
        return (rows[list(columns)] if columns else rows).reset_index(drop=True)
    path = Path(source.path)
    if not is_chunked(path):  # a single file of a data folder written before chunking
        whole = read_parquet(path, _with_key(columns, column))
        return rows_of(whole, column, wanted, columns)
    frame = from_arrow(arrow_rows_of(source, column, wanted, columns))
    return frame[list(columns)] if columns else frame


def arrow_rows_of(
    source: TableFile,
    column: str,
    values: Iterable[str],
    columns: Sequence[str] | None = None,
) -> pa.Table:
    """:func:`rows_of` of a chunked table (:func:`is_chunked`) as Arrow, as stored (``column``
    read too): what a caller converts a part at a time (the ``figures`` step of a full run,
    issue 18)."""
    wanted = sorted({str(v) for v in values})
    path = Path(source.path)
    if not is_chunked(path):
        raise ValueError(f"{path} is not a chunked table")
    read = _with_key(columns, column)
    tables = []
    value_set = pa.array(wanted, type=pa.string())
    for chunk in chunk_names(path):
        if wanted and not _may_hold(pq.read_metadata(chunk), column, wanted):
            continue
        if not wanted:
            break
        table = read_file(chunk, read)
        tables.append(table.filter(pc.is_in(table[column], value_set=value_set)))
    if not tables:  # no rows: the table's columns, empty, with their stored types
        schema = pq.read_schema(chunk_names(path)[0])
        tables = [schema.empty_table().select(read) if read else schema.empty_table()]
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def _with_key(columns: Sequence[str] | None, column: str) -> list[str] | None:
    """The columns to read for ``columns`` (all when ``None``), the filtered ``column`` too."""
    if not columns:
        return None
    return [*columns, column] if column not in columns else list(columns)


def rows_in(table: pa.Table, values: Iterable[str], column: str = "doc_id") -> pa.Table:
    """The rows of ``table`` whose ``column`` is in ``values``, in their order."""
    value_set = pa.array(sorted({str(v) for v in values}), type=pa.string())
    return table.filter(pc.is_in(table[column], value_set=value_set))


def rows_where(source: TableFile, mask: np.ndarray) -> pa.Table:
    """``source.load_arrow().filter(mask)`` (``mask``: a boolean per stored row, in stored
    order), reading only the chunks that hold a selected row; each chunk's row count comes from
    its footer. Reconciliation's add-one wants the figures of a few pairs: at 100k articles
    it decoded every figure chunk to keep a few thousand rows. A mask that does not fit the
    footers' row counts, or a table that is not chunked, takes the whole read (its errors too).
    """
    path = Path(source.path)
    mask = np.asarray(mask, dtype=bool)
    names = chunk_names(path) if is_chunked(path) else []
    counts = [pq.read_metadata(chunk).num_rows for chunk in names]
    if not names or sum(counts) != len(mask):
        return source.load_arrow().filter(pa.array(mask))
    tables, start = [], 0
    for chunk, rows in zip(names, counts, strict=True):
        mine = mask[start : start + rows]
        start += rows
        if mine.any():
            tables.append(read_file(chunk).filter(pa.array(mine)))
    if not tables:  # no row selected: the table's columns, empty, with their stored types
        return pq.read_schema(names[0]).empty_table()
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]
