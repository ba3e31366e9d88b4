"""Shared asset settings and metadata: row counts, column docs and a Markdown preview (laid out
by ``pipeline/report/markdown.py``, the same as report.md).

The assets attach this metadata with ``context.add_asset_metadata``, not as the output's
metadata (``Output(metadata=...)``, ``add_output_metadata``, ``MaterializeResult(metadata=...)``):
Dagster copies an output's metadata into the step-output event as well as into the
materialisation, so every preview, the conflicts table and the release's report (its chart
inlined, ~0.3 MB) were stored once more in each run's event log (issue 18: 0.37 of the ~0.9 MB
an add-one at 10k articles added to it). The materialisation, which the UI, the CLI and the
checks read, carries the same metadata as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pyarrow as pa
from dagster import MetadataValue, TableColumn, TableColumnConstraints, TableSchema

from pipeline.contract.arrow import from_arrow
from pipeline.contract.schemas import TABLE_SCHEMAS
from pipeline.ingest.cache import StageCache
from pipeline.report.md_tables import md_cell, md_lines


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


def arrow_frame_metadata(
    table: pa.Table, *, hide: tuple[str, ...] = (), max_rows: int = 5
) -> dict[str, MetadataValue]:
    """``frame_metadata(from_arrow(table), hide=hide)`` converting only the first rows (the
    preview shows ``max_rows`` of them and counts the rest): the previews of the tables
    stages yield as Arrow (issue 18: no whole-table conversion for five rows)."""
    shown = table.drop_columns([c for c in hide if c in table.column_names])
    text = markdown_table(from_arrow(shown.slice(0, max_rows)), max_rows=max_rows)
    if table.num_rows > max_rows:
        text += f"\n\n_{table.num_rows - max_rows} more rows_"
    return {
        "dagster/row_count": MetadataValue.int(table.num_rows),
        "preview": MetadataValue.md(text),
    }


SENTENCE_PREVIEW_ROWS = 5
SENTENCE_PREVIEW_CHARS = 150
"""Short enough that the preview stays under the UI's 1,000 characters for inline Markdown."""


def _markdown_text(text: object, max_chars: int) -> str:
    """``text`` on one line, cut at ``max_chars``, with Markdown's inline markers escaped."""
    flat = " ".join(str(text).split())
    if len(flat) > max_chars:
        flat = flat[: max_chars - 1].rstrip() + "…"
    for marker in ("\\", "*", "_", "`", "[", "]", "<", "#"):
        flat = flat.replace(marker, "\\" + marker)
    return flat


def sentences_preview(
    sentences: pd.DataFrame,
    max_rows: int = SENTENCE_PREVIEW_ROWS,
    max_chars: int = SENTENCE_PREVIEW_CHARS,
    total: int | None = None,
) -> str:
    """The first sentences as a list under their document, read as prose.

    Why not a table: the UI sizes table columns by their longest word, so beside the ids the
    text column of a sentences table was a few characters wide and showed one word per line.
    """
    if sentences.empty:
        return "_no rows_"
    shown = sentences.head(max_rows)
    total = len(sentences) if total is None else total
    lines = [f"_The first {len(shown)} of {total:,} sentences, by document:_"]
    for doc_id, rows in shown.groupby("doc_id", sort=False):
        lines += ["", f"**{_markdown_text(doc_id, 80)}**", ""]
        lines += [
            f"- `#{int(position)}` {_markdown_text(text, max_chars)}"
            for position, text in zip(rows["position"], rows["text"], strict=True)
        ]
    return "\n".join(lines)


def arrow_stage_metadata(
    table: pa.Table, cache: StageCache, preview: Callable[[pd.DataFrame, int], str] | None = None
) -> dict[str, MetadataValue]:
    """:func:`cached_stage_metadata` of ``from_arrow(table)`` from its first rows only:
    ``preview(first rows, row count)`` replaces the default table preview."""
    shown = 5 if preview is None else SENTENCE_PREVIEW_ROWS
    head = from_arrow(table.slice(0, shown + 1))
    metadata = cached_stage_metadata(head, cache)
    metadata["dagster/row_count"] = MetadataValue.int(table.num_rows)
    if preview is not None:
        metadata["preview"] = MetadataValue.md(preview(head, table.num_rows))
    else:
        text = markdown_table(head.head(5))
        if table.num_rows > 5:
            text += f"\n\n_{table.num_rows - 5} more rows_"
        metadata["preview"] = MetadataValue.md(text)
    return metadata


def cached_stage_metadata(
    frame: pd.DataFrame, cache: StageCache, preview: str | None = None
) -> dict[str, MetadataValue]:
    """``frame_metadata`` plus how many documents came from the per-document cache;
    ``preview`` (Markdown) replaces the default table preview."""
    metadata = frame_metadata(frame)
    if preview is not None:
        metadata["preview"] = MetadataValue.md(preview)
    return {
        **metadata,
        "cache_hits": MetadataValue.int(cache.hits),
        "cache_misses": MetadataValue.int(cache.misses),
    }
