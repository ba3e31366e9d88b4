"""Contract tables to Arrow and back with stable column types, and release values to plain
Python.

Why in the contract: the per-document cache and the release both store tables as Parquet, and
both need an all-null or empty column to keep the type its pandera model names.
"""

from __future__ import annotations

import datetime as dt
import functools

import pandas as pd
import pyarrow as pa

from pipeline.contract.schemas import ARROW_TYPE, TABLE_SCHEMAS


@functools.cache
def contract_types(table: str) -> dict[str, pa.DataType]:
    """Arrow type of each contract column of ``table`` (column name -> ``pa.DataType``; ``{}``
    for a table outside the contract), so all-null or empty columns keep their type. Columns
    whose model marks their Arrow type "inferred" are left out (pyarrow infers them)."""
    model = TABLE_SCHEMAS.get(table)
    if model is None:
        return {}
    types: dict[str, pa.DataType] = {}
    for name, column in model.to_schema().columns.items():
        if (column.metadata or {}).get(ARROW_TYPE) == "inferred":
            continue  # keeps the type pyarrow infers, as before the column was in the model
        dtype = str(column.dtype).lower()
        if dtype in ("str", "string"):
            types[name] = pa.string()
        elif dtype.startswith("int"):
            types[name] = pa.int64()
        elif dtype.startswith("float"):
            types[name] = pa.float64()
        elif dtype in ("bool", "boolean"):
            types[name] = pa.bool_()
        elif dtype == "date":
            types[name] = pa.date32()
    return types


def to_arrow(df: pd.DataFrame, table: str | None = None) -> pa.Table:
    """Convert a frame to an Arrow table without pandas metadata and with stable column types.

    List columns (``sources``, ``figure_ids``...) become ``list<string>`` even when all lists are
    empty; contract columns get the type their pandera model names, even when all values are null.
    """
    out = pa.Table.from_pandas(df.reset_index(drop=True), preserve_index=False)
    contract = contract_types(table) if table else {}
    fields = []
    columns = []
    for field, column in zip(out.schema, out.columns, strict=True):
        wanted = contract.get(field.name)
        if pa.types.is_null(field.type) and wanted is None:
            wanted = pa.string()
        if (pa.types.is_list(field.type) or pa.types.is_large_list(field.type)) and (
            pa.types.is_null(field.type.value_type)
        ):
            wanted = pa.list_(pa.string())
        if wanted is not None and field.type != wanted:
            column = column.cast(wanted)
        fields.append(pa.field(field.name, column.type))
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=pa.schema(fields))


def _python_lists(column: pa.ChunkedArray) -> list[list | None]:
    """``column.to_pylist()`` of a list column; for lists of strings a quarter cheaper: the
    items of every list converted at once, then cut at the offsets (issue 18: the facts'
    three list columns took 0.12 of the 0.2 CPU-s of reading the facts table at 10k)."""
    if not pa.types.is_string(column.type.value_type) or pa.types.is_large_list(column.type):
        return column.to_pylist()
    out: list[list | None] = []
    for chunk in column.chunks:
        offsets = chunk.offsets.to_numpy().tolist()  # a sliced chunk's own offsets
        items = chunk.values.to_numpy(zero_copy_only=False).tolist()  # str; None if null
        if chunk.null_count:
            valid = chunk.is_valid().to_numpy(zero_copy_only=False).tolist()
            out.extend(
                items[start:end] if ok else None
                for start, end, ok in zip(offsets[:-1], offsets[1:], valid, strict=True)
            )
        else:
            out.extend(
                items[start:end] for start, end in zip(offsets[:-1], offsets[1:], strict=True)
            )
    return out


def from_arrow(table: pa.Table) -> pd.DataFrame:
    """Convert an Arrow table back to pandas: plain Python lists, ``datetime.date`` values."""
    df = table.to_pandas(date_as_object=True)
    for field in table.schema:
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            df[field.name] = pd.Series(_python_lists(table.column(field.name)), dtype="object")
    return df


def plain(value: object) -> object:
    """A value read from a release as plain JSON-able Python (dates as ISO text, NaN as None)."""
    if isinstance(value, (list, tuple)) or not pd.api.types.is_scalar(value):
        return [plain(v) for v in value]
    if pd.isna(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return plain(value.item())
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def unify_null_columns(tables: list[pa.Table]) -> list[pa.Table] | None:
    """``tables`` (same column names) cast to one schema where they differ only in columns
    that are all null in some of them (``to_arrow`` types an all-null column without a contract
    type as string): such a column takes the type of the tables holding values in it, as pandas
    would infer it from their rows together. ``None`` if that does not give one schema."""
    if not tables or all(t.schema.equals(tables[0].schema) for t in tables):
        return tables
    names = tables[0].schema.names
    if any(t.schema.names != names for t in tables):
        return None
    fields = []
    for i in range(len(names)):
        if len({str(t.schema.field(i).type) for t in tables}) == 1:
            fields.append(tables[0].schema.field(i))
            continue
        valued = {
            str(t.schema.field(i).type): t.schema.field(i)
            for t in tables
            if t.column(i).null_count < t.num_rows
        }
        if len(valued) != 1:
            return None
        fields.append(next(iter(valued.values())))
    schema = pa.schema(fields)
    try:
        return [t.cast(schema) for t in tables]
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
