"""Paths into schema-1.3 releases for tests: a small table is one part in its folder."""

from __future__ import annotations

from pathlib import Path


def part(release: Path, table: str) -> Path:
    """The one part file of ``table`` in the release folder ``release`` (small tables have
    one bucket: ``<table>.parquet/part-00000.parquet``)."""
    parts = sorted((release / f"{table}.parquet").glob("part-*.parquet"))
    assert len(parts) == 1, parts
    return parts[0]
