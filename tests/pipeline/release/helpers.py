"""Test helpers for releases: paths into schema-1.3 releases (a small table is one part in its
folder) and a sentences table of many documents to chunk."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd


def part(release: Path, table: str) -> Path:
    """The one part file of ``table`` in the release folder ``release`` (small tables have
    one bucket: ``<table>.parquet/part-00000.parquet``)."""
    parts = sorted((release / f"{table}.parquet").glob("part-*.parquet"))
    assert len(parts) == 1, parts
    return parts[0]


def sentence_rows(docs: Iterable[int]) -> pd.DataFrame:
    """A ``sentences`` table of three sentences per document ``d0000``.. for each number in
    ``docs``, in document order: enough documents make several chunks."""
    rows = [
        {
            "sentence_id": f"d{d:04d}:{p}",
            "doc_id": f"d{d:04d}",
            "position": p,
            "text": f"Sentence {p} of document {d}.",
            "char_start": 40 * p,
            "char_end": 40 * p + 30,
        }
        for d in docs
        for p in range(3)
    ]
    return pd.DataFrame(rows)
