"""Deterministic Parquet: stable row order, fixed writer options, fsynced files.

The release id is a hash of the table bytes, so the same content must always give the same
bytes (for one pyarrow version): rows in key order, no pandas metadata, no clock in the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow, to_arrow
from pipeline.contract.tables import SORT_KEYS
from pipeline.files import fsync_file
from pipeline.release.chunks import (
    chunk_names,
    chunk_shapes,
    is_chunked,
    read_chunked,
    read_file,
)

WRITE_OPTIONS = {
    "compression": "zstd",
    "compression_level": 3,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 1_000_000,
}


def sort_rows(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Rows in a deterministic order: the table's key columns, then every column as tie-break."""
    keys = [c for c in SORT_KEYS.get(table, ()) if c in df.columns]
    if not keys:
        keys = [c for c in df.columns if df[c].map(lambda v: isinstance(v, list)).sum() == 0]
    if not keys or df.empty:
        return df.reset_index(drop=True)
    return df.sort_values(keys, kind="mergesort", na_position="last").reset_index(drop=True)


def write_parquet(
    df: pd.DataFrame, path: Path, table: str | None = None, *, sort: bool = True
) -> None:
    """Write ``df`` to ``path`` with fixed writer options, then fsync the file.

    With ``sort`` (and a known ``table``) rows are put in key order first, so the same content
    always gives the same bytes (for one pyarrow version).
    """
    frame = sort_rows(df, table) if (sort and table) else df
    pq.write_table(to_arrow(frame, table), path, **WRITE_OPTIONS)
    fsync_file(path)


def table_bytes(df: pd.DataFrame, table: str) -> bytes:
    """The bytes :func:`write_parquet` writes for ``df`` as contract ``table`` (an attachment
    such as ``mirror.parquet`` is written with the release's own options)."""
    import io

    sink = io.BytesIO()
    pq.write_table(to_arrow(sort_rows(df, table), table), sink, **WRITE_OPTIONS)
    return sink.getvalue()


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Read a Parquet file written by :func:`write_parquet` back into the frame shape stages use.

    ``path`` may be a table folder of a release (schema 1.3: ``facts.parquet/part-*.parquet``,
    :mod:`pipeline.release.parts`): its parts are read in name order and concatenated.
    """
    wanted = list(columns) if columns else None
    if is_chunked(path):  # an intermediate table of the IO manager (pipeline.release.chunks)
        return from_arrow(read_chunked(path, wanted))
    if Path(path).is_dir():
        parts = sorted(Path(path).glob("part-*.parquet"))
        if not parts:
            raise FileNotFoundError(f"{path} holds no part-*.parquet")
        tables = [read_file(p, wanted) for p in parts]
        return from_arrow(pa.concat_tables(tables) if len(tables) > 1 else tables[0])
    return from_arrow(read_file(path, wanted))


@dataclass(frozen=True)
class TableFile:
    """A table stored as Parquet and read only when asked, in whole or some columns.

    Why: a step that handles every table of a large corpus (the release) can then hold one
    table at a time instead of all of them.
    """

    path: Path

    def load(self, columns: Sequence[str] | None = None) -> pd.DataFrame:
        return read_parquet(self.path, columns)

    def load_arrow(self) -> pa.Table:
        """The whole table as Arrow, as stored (no pandas round trip)."""
        path = Path(self.path)
        if is_chunked(path):
            return read_chunked(path)
        if path.is_dir():
            parts = sorted(path.glob("part-*.parquet"))
            return pa.concat_tables([read_file(p) for p in parts])
        return read_file(path)

    def rows(self) -> int:
        """The row count, read from the Parquet footers only (a table folder: its parts'; a
        chunked table: the rows its writer recorded per chunk name, a footer where none is)."""
        path = Path(self.path)
        if is_chunked(path):
            shapes = chunk_shapes(path)
            names = chunk_names(path)
            return sum(
                shapes[p.name][0] if p.name in shapes else pq.ParquetFile(p).metadata.num_rows
                for p in names
            )
        else:
            parts = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
        return sum(pq.ParquetFile(p).metadata.num_rows for p in parts)
