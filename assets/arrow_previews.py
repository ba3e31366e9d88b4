"""Metadata of the reconciled tables from Arrow, reading only the rows a preview shows.

Why (issue 18): ``reconcile_facts`` yields its tables as Arrow (the cached pairs' rows as
stored); turning all of them into pandas for a five-row preview, twelve overview facts and
forty conflicts cost O(archive) every add-one. Each helper hands the pandas preview functions
a subset that gives them the same result: the first rows (``assets.metadata.
arrow_frame_metadata``, shared with ``raw_documents``), or the rows that can rank first
(filtering keeps the rows' relative order, and the previews' sorts are stable).

Which rows can rank first is found from the leading sort keys alone (round 53): the disputed
facts (30k at 100k articles) were all turned into pandas, every column, twice per add-one
(0.8 CPU-s) for twelve overview rows and forty conflicts. A row ranks among the first ``limit``
only if its leading key is at most the ``limit``-th smallest leading key, so those rows (ties
included) are converted and the pandas functions rank them as before. Integer and boolean
columns are given the pandas dtype the larger conversion gave them (pyarrow makes an integer
column with a null float, a boolean one object), so the previews' text is the same.
"""

from __future__ import annotations

import heapq

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.arrow import from_arrow
from pipeline.contract.tables import pick
from pipeline.report.labels import pair_label
from pipeline.report.selections import STATUS_ORDER, conflicting_facts

DISPUTED = ("conflicting", "inconsistent")


def _is(table: pa.Table, column: str, values: tuple[str, ...]) -> pa.Array:
    found = pc.is_in(table.column(column), value_set=pa.array(values, pa.string()))
    return pc.fill_null(found, False)


def overview_candidates(facts: pa.Table, limit: int = 12) -> tuple[pd.DataFrame, int]:
    """(facts that can be among ``facts_overview``'s first ``limit``, the facts' count).

    The overview ranks disputed facts first, then USD levels, then the rest: if the disputed
    fill ``limit`` only they can rank first, else the disputed and USD levels if they do."""
    disputed = _is(facts, "resolution", DISPUTED)
    usd_level = pc.and_(_is(facts, "unit", ("USD",)), _is(facts, "measure", ("level",)))
    either = pc.or_(disputed, usd_level)
    if (pc.sum(disputed).as_py() or 0) >= limit:
        rows = facts.filter(disputed)
        return _converted(rows, _leading(_overview_keys(rows), limit)), facts.num_rows
    if (pc.sum(either).as_py() or 0) >= limit:
        return from_arrow(facts.filter(either)), facts.num_rows
    return from_arrow(facts), facts.num_rows


def _overview_keys(disputed: pa.Table) -> list[float] | None:
    """The size key ``facts_overview`` ranks disputed facts by (``-value``, else
    ``-value_max``, NaN as 0), computed as pandas computes it; ``None`` unless both value
    columns are float64."""
    columns = [disputed.column(name) for name in ("value", "value_max")]
    if not all(pa.types.is_float64(column.type) for column in columns):
        return None
    value, value_max = (c.to_numpy(zero_copy_only=False).astype(float) for c in columns)
    size = np.where(np.isnan(value), value_max, value)
    key = -size
    key[np.isnan(key)] = 0.0
    return key.tolist()


def _leading(keys: list | None, limit: int) -> np.ndarray | None:
    """Positions (ascending) of the rows whose key is at most the ``limit``-th smallest key:
    every row that can be among the first ``limit`` of a sort led by that key. ``None``
    (every row) without keys or with ``limit`` rows or fewer."""
    if keys is None or len(keys) <= limit or limit < 1:
        return None
    cutoff = heapq.nsmallest(limit, keys)[-1]
    return np.array([i for i, key in enumerate(keys) if key <= cutoff], dtype=np.int64)


def _converted(rows: pa.Table, positions: np.ndarray | None) -> pd.DataFrame:
    """``from_arrow(rows)`` limited to ``positions`` (in order), each column of the pandas
    dtype the whole conversion gives it: an integer column with a null in ``rows`` is float,
    a boolean one object, also where the kept rows hold no null."""
    if positions is None:
        return from_arrow(rows)
    kept = rows.take(pa.array(positions, pa.int64()))
    frame = from_arrow(kept)
    for name, kind in zip(rows.schema.names, rows.schema.types, strict=True):
        if not rows.column(name).null_count or kept.column(name).null_count:
            continue
        if pa.types.is_integer(kind):
            frame[name] = frame[name].astype("float64")
        elif pa.types.is_boolean(kind):
            frame[name] = frame[name].astype(object)
    return frame


def first_conflicts(
    facts: pa.Table, claims: pa.Table, limit: int = 40
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the first ``limit`` conflicting facts in ``conflicting_facts``' order, their claims):
    ``conflict_summary`` of these gives what it gives of the whole tables (its sort of
    already sorted facts keeps their order)."""
    rows = facts.filter(_is(facts, "resolution", ("conflicting",)))
    conflicts = _converted(rows, _leading(_conflict_keys(rows), limit))
    first = conflicting_facts(conflicts).head(limit)
    ids = pa.array(first["fact_id"].tolist(), pa.string())
    mine = pc.fill_null(pc.is_in(claims.column("fact_id"), value_set=ids), False)
    return first, from_arrow(claims.filter(mine))


def _conflict_keys(conflicts: pa.Table) -> list[tuple[int, str]]:
    """The two leading keys ``sort_facts`` orders facts by: status (actuals first) and the
    pair's label, from the values ``from_arrow`` gives (labels made once per distinct flow
    and pair)."""
    status, flow, reporter, partner = (
        conflicts.column(name).to_pylist()
        for name in pick("facts", "status", "flow", "reporter", "partner")
    )
    labels: dict[tuple, str] = {}
    keys = []
    for s, f, r, p in zip(status, flow, reporter, partner, strict=True):
        label = labels.get((f, r, p))
        if label is None:
            label = labels[(f, r, p)] = pair_label(f, r, p)
        keys.append((STATUS_ORDER.get(s, 9), label))
    return keys
