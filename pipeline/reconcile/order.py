"""The row orders of ``canonical_order`` (:mod:`pipeline.reconcile.resolve`), computed by Arrow.

Why: the orders were pandas sorts, ``sort_values(columns, key=astype(str))`` of the facts and a
``mergesort`` of the claims by their fact's position: 0.2 CPU-s of a 10k add-one, whose
reconciliation recomputes one pair but sorts every fact again (issue 18). Arrow's
``sort_indices`` gives the same order at a fraction of the cost: it is stable, as pandas'
multi-column sort (``np.lexsort``) and ``mergesort`` are, so ties keep their input order; it
compares strings by their UTF-8 bytes, which is code point order, as Python compares ``str``.
``astype(str)`` leaves no nulls in object columns; a null it leaves (pandas' string dtype) or
text Arrow cannot hold (a lone surrogate) falls back to the pandas sort.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def text_order(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """Row positions of ``frame`` sorted by the ``str`` text of ``columns`` (the first column
    first), stable, nulls first: what ``frame.sort_values(columns, na_position="first",
    key=lambda s: s.astype(str))`` gives."""
    if not len(frame):
        return np.arange(0, dtype=np.int64)
    try:
        table = pa.table(
            {
                f"c{i}": pa.array(frame[column].astype(str).to_numpy(dtype=object), pa.string())
                for i, column in enumerate(columns)
            }
        )
    except (pa.ArrowException, UnicodeError):
        table = None
    if table is None or any(column.null_count for column in table.columns):
        shown = frame[columns].reset_index(drop=True)
        return (
            shown.sort_values(columns, na_position="first", key=lambda s: s.astype(str))
            .index.to_numpy()
            .astype(np.int64)
        )
    keys = [(f"c{i}", "ascending") for i in range(len(columns))]
    return pc.sort_indices(table, sort_keys=keys).to_numpy().astype(np.int64)


def follow_order(ids: pd.Series, ordered: pd.Series) -> np.ndarray:
    """Row positions of ``ids`` sorted by where each id sits in ``ordered`` (unique ids), stable;
    ids absent from ``ordered`` last: ``sort_values(key=map(position), kind="mergesort")``."""
    position = pd.Series(np.arange(len(ordered), dtype=np.float64), index=ordered.to_numpy())
    where = ids.map(position).to_numpy(dtype=np.float64)
    return np.argsort(where, kind="stable").astype(np.int64)
