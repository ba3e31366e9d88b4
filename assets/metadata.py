"""Shared asset settings and metadata: row counts, column docs and a Markdown preview (laid out
by ``pipeline/report/markdown.py``, the same as report.md)."""

from __future__ import annotations

import pandas as pd
from dagster import MetadataValue, TableColumn, TableColumnConstraints, TableSchema

from pipeline.contract.schemas import TABLE_SCHEMAS
from pipeline.ingest.cache import StageCache
from pipeline.report.markdown import md_cell, md_lines


def column_schema(table: str) -> dict[str, TableSchema]:
    """``dagster/column_schema`` of contract ``table``: name, type, nullability, uniqueness and
    description of each column, read from its pandera model, so the UI shows the column docs."""
    schema = TABLE_SCHEMAS[table].to_schema()
    columns = [
        TableColumn(
            name=name,
            type=str(column.dtype),
            description=column.description,
            constraints=TableColumnConstraints(nullable=column.nullable, unique=column.unique),
        )
        for name, column in schema.columns.items()
    ]
    return {"dagster/column_schema": TableSchema(columns=columns)}


def _cell(value: object, max_chars: int) -> str:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    text = md_cell(value)
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def markdown_table(df: pd.DataFrame, max_rows: int = 5, max_chars: int = 40) -> str:
    """The first ``max_rows`` rows of ``df`` as a Markdown table, cells cut at ``max_chars``."""
    columns = [str(c) for c in df.columns]
    if not columns:
        return "_no columns_"
    rows = df.head(max_rows).itertuples(index=False, name=None)
    lines = md_lines(
        [_cell(c, max_chars) for c in columns], [[_cell(v, max_chars) for v in row] for row in rows]
    )
    if len(df) > max_rows:
        lines.append(f"\n_{len(df) - max_rows} more rows_")
    elif df.empty:
        lines.append("\n_no rows_")
    return "\n".join(lines)


GROUP = "tradefacts"
KINDS = {"pandas", "parquet"}
PREVIEW_HIDDEN = ("text",)
"""Columns left out of previews in tables where they hold whole documents."""


def frame_metadata(df: pd.DataFrame, *, hide: tuple[str, ...] = ()) -> dict[str, MetadataValue]:
    """Row count and a preview of the first rows, attached to every materialisation."""
    shown = df.drop(columns=[c for c in hide if c in df.columns])
    return {
        "dagster/row_count": MetadataValue.int(len(df)),
        "preview": MetadataValue.md(markdown_table(shown)),
    }


def cached_stage_metadata(frame: pd.DataFrame, cache: StageCache) -> dict[str, MetadataValue]:
    """``frame_metadata`` plus how many documents came from the per-document cache."""
    return {
        **frame_metadata(frame),
        "cache_hits": MetadataValue.int(cache.hits),
        "cache_misses": MetadataValue.int(cache.misses),
    }
