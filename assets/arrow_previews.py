"""Metadata of the reconciled tables from Arrow, reading only the rows a preview shows.

Why (issue 18): ``reconcile_facts`` yields its tables as Arrow (the cached pairs' rows as
stored); turning all of them into pandas for a five-row preview, twelve overview facts and
forty conflicts cost O(archive) every add-one. Each helper hands the pandas preview functions
a subset that gives them the same result: the first rows, or the rows that can rank first
(filtering keeps the rows' relative order, and the previews' sorts are stable).
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from dagster import MetadataValue

from assets.metadata import markdown_table
from pipeline.contract.arrow import from_arrow
from pipeline.report.selections import conflicting_facts

PREVIEW_ROWS = 5  # markdown_table's default, as frame_metadata shows
DISPUTED = ("conflicting", "inconsistent")


def head_metadata(table: pa.Table) -> dict[str, MetadataValue]:
    """``frame_metadata(from_arrow(table))`` from its first rows."""
    text = markdown_table(from_arrow(table.slice(0, PREVIEW_ROWS)))
    if table.num_rows > PREVIEW_ROWS:
        text += f"\n\n_{table.num_rows - PREVIEW_ROWS} more rows_"
    return {
        "dagster/row_count": MetadataValue.int(table.num_rows),
        "preview": MetadataValue.md(text),
    }


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
        keep = disputed
    elif (pc.sum(either).as_py() or 0) >= limit:
        keep = either
    else:
        return from_arrow(facts), facts.num_rows
    return from_arrow(facts.filter(keep)), facts.num_rows


def first_conflicts(
    facts: pa.Table, claims: pa.Table, limit: int = 40
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the first ``limit`` conflicting facts in ``conflicting_facts``' order, their claims):
    ``conflict_summary`` of these gives what it gives of the whole tables (its sort of
    already sorted facts keeps their order)."""
    conflicts = from_arrow(facts.filter(_is(facts, "resolution", ("conflicting",))))
    first = conflicting_facts(conflicts).head(limit)
    ids = pa.array(first["fact_id"].tolist(), pa.string())
    mine = pc.fill_null(pc.is_in(claims.column("fact_id"), value_set=ids), False)
    return first, from_arrow(claims.filter(mine))
