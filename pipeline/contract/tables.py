"""Column lists, row order and named column selections, all derived from the pandera models.

Why derived: a column list written a second time drifts from the model; here every list is read
off ``schemas.py`` (``tests/pipeline/contract/test_contract_columns.py`` fails on a list written
anywhere else), and :func:`pick` checks the names of a selection against its model at import.
"""

from __future__ import annotations

from functools import cache

import pandera.pandas as pa

from pipeline.contract.schemas import ATTACHED_TABLES, SORT_KEY, TABLE_SCHEMAS

TABLES: tuple[str, ...] = tuple(t for t in TABLE_SCHEMAS if t not in ATTACHED_TABLES)
"""The tables every release holds, in manifest order."""


@cache
def model_columns(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    """The columns of ``model``, in the order its fields are written."""
    return tuple(model.to_schema().columns)


def columns(table: str) -> list[str]:
    """The columns of contract ``table`` in contract order (a new list each call)."""
    return list(model_columns(TABLE_SCHEMAS[table]))


def pick(table: str, *names: str) -> tuple[str, ...]:
    """``names``, after checking each is a column of ``table``: a selection that cannot drift."""
    unknown = [n for n in names if n not in model_columns(TABLE_SCHEMAS[table])]
    if unknown:
        raise KeyError(f"{table} has no column {', '.join(unknown)}")
    return names


SORT_KEYS: dict[str, tuple[str, ...]] = {
    table: tuple(model.__config__.metadata[SORT_KEY]) for table, model in TABLE_SCHEMAS.items()
}
"""Row order of each published table; makes the bytes independent of upstream row order."""
