"""Schema checks that validate only the rows a run changed (issue 18 item 1).

How: a checked table is cut into ``PARTS`` parts by a stable hash of its key column (``doc_id``
for the per-document tables, ``fact_id`` for facts and claims, ``check_id`` for checks). Each
part's **content hash** is a sha256 over the sorted 64-bit hashes of its rows; a row's hash
covers every value and its Python type (so ``None`` and ``"None"``, a date and its text, differ).
A check records in its Dagster evaluation metadata (``passing_parts``) the hash of every part
in which no row failed, with the validator's version (``SCHEMA_VERSION``, the source of the
pandera models, pandera's version, the table's columns, their dtypes and the kinds of values
in each object column: a date turned text anywhere changes it). The next evaluation of
the same check reads that record back from the instance and validates only the rows of parts
whose hash is not recorded there: a part with the same content hash passed the same model.

What is always checked on the whole table: uniqueness of the model's ``unique`` columns (a
duplicate may sit in an unchanged part), and every column-level rule, since the changed rows
(possibly none) still carry every column. Every dataframe-level rule of the models is row-wise,
so checking a subset of rows checks those rows exactly as the whole table would.

Trust is only as strong as the row hash: 64 bits per row (pandas' ``hash_array``, SipHash
based), then sha256 per part. A changed row hashing like its predecessor would be trusted
unvalidated; with 64 bits that is a chance of 2^-64 per changed row. A record from another
validator version, a missing or unreadable record: the whole table is validated.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pandas.util import hash_array

from pipeline.contract.keys import ROW_GROUP_KEY
from pipeline.contract.schemas import SCHEMA_VERSION, TABLE_SCHEMAS

PARTS = 256
"""Parts per table: at 10k articles ~40 documents each, so one new article revalidates ~1/256
of a table; 256 hashes of 16 hex digits keep the metadata of an evaluation near 6 kB."""
PARTS_METADATA = "passing_parts"
"""Check metadata: ``{"validator": version, "parts": {part: content hash}}``."""
KEY_COLUMN = ROW_GROUP_KEY
"""The column a table is cut into parts by (the contract's row-group key)."""
UNIQUENESS = "field_uniqueness"
"""pandera's name for a ``unique=True`` column's check."""


def _column_hashes(values: np.ndarray) -> np.ndarray:
    """One uint64 per value; a null hashes apart from any text (``None`` vs ``"None"``)."""
    if values.dtype != object:
        return hash_array(values)
    try:
        hashed = hash_array(values, categorize=False)
    except (TypeError, ValueError):  # lists (facts.sources ...): by their repr
        hashed = hash_array(np.array([repr(v) for v in values], dtype=object), categorize=False)
    return hashed ^ (pd.isna(values).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))


def row_hashes(frame: pd.DataFrame) -> np.ndarray:
    """A uint64 per row over all its values, in column order."""
    columns = {str(i): _column_hashes(frame[c].to_numpy()) for i, c in enumerate(frame.columns)}
    if not columns:
        return np.zeros(len(frame), dtype=np.uint64)
    return pd.util.hash_pandas_object(pd.DataFrame(columns), index=False).to_numpy()


def validator_version(table: str, frame: pd.DataFrame) -> str:
    """What a recorded pass depends on besides the rows: the model and the table's layout."""
    import pandera

    from assets.versioning import source_version

    # the kinds of values an object column holds (``date``, ``string``, ``mixed``...): a value
    # of another type in a changed row changes the layout, so the whole table is validated
    layout = ",".join(
        f"{c}:{frame[c].dtype}:{pd.api.types.infer_dtype(frame[c], skipna=True)}"
        for c in frame.columns
    )
    text = "|".join(
        [SCHEMA_VERSION, source_version("pipeline.contract.schemas"), pandera.__version__, layout]
    )
    return hashlib.sha256(f"{table}|{text}".encode()).hexdigest()[:16]


def part_of_rows(frame: pd.DataFrame, table: str) -> np.ndarray:
    """The part (0..PARTS-1) of each row, from its key column."""
    keys = frame[KEY_COLUMN[table]].astype(str).to_numpy(dtype=object)
    return (hash_array(keys, categorize=False) % np.uint64(PARTS)).astype(np.int64)


def part_hashes(rows: np.ndarray, parts: np.ndarray) -> dict[str, str]:
    """``{part: content hash}`` of every non-empty part (row order does not matter)."""
    order = np.lexsort((rows, parts))
    rows, parts = rows[order], parts[order]
    bounds = np.flatnonzero(np.diff(parts)) + 1
    out = {}
    for start, end in zip(np.r_[0, bounds], np.r_[bounds, len(parts)], strict=True):
        if end > start:
            out[str(int(parts[start]))] = hashlib.sha256(rows[start:end].tobytes()).hexdigest()[:16]
    return out


@dataclass(frozen=True)
class PartialResult:
    """Failure cases of the whole table, and what to record for the next evaluation."""

    failures: pd.DataFrame
    record: dict
    """``PARTS_METADATA``'s value: the validator and the parts in which nothing failed."""
    rows_validated: int
    rows: int
    """Rows of the whole table."""


def unique_columns(table: str) -> list[str]:
    """Columns the model of ``table`` declares unique."""
    return [n for n, c in TABLE_SCHEMAS[table].to_schema().columns.items() if c.unique]


def duplicate_cases(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Failure cases of the ``unique`` columns over the whole table, shaped as pandera's."""
    cases = []
    for column in unique_columns(table):
        if column not in frame:
            continue  # the missing column is reported by the model itself
        dup = frame[column][frame[column].duplicated(keep=False)]
        cases += [
            {"schema_context": "Column", "column": column, "check": UNIQUENESS,
             "check_number": None, "failure_case": value, "index": index}
            for index, value in dup.items()
        ]  # fmt: skip
    return pd.DataFrame(cases)


def validate_changed(
    table: str,
    frame: pd.DataFrame,
    previous: Mapping | None,
    validate,
) -> PartialResult:
    """``validate(table, rows)`` on the rows of parts not recorded as passing in ``previous``
    (a ``PARTS_METADATA`` record, or ``None``), plus uniqueness over the whole table."""
    version = validator_version(table, frame)
    parts = part_of_rows(frame, table)
    hashes = part_hashes(row_hashes(frame), parts)
    trusted = {}
    if isinstance(previous, Mapping) and previous.get("validator") == version:
        trusted = previous.get("parts") or {}
    changed = [int(p) for p, h in hashes.items() if trusted.get(p) != h]
    subset = frame[np.isin(parts, changed)]
    failures = validate(table, subset)
    if len(failures) and "check" in failures:
        failures = failures[failures["check"].astype(str) != UNIQUENESS]
    duplicates = duplicate_cases(frame, table)
    failures = pd.concat([f for f in (failures, duplicates) if len(f)] or [pd.DataFrame()])
    failures = failures.reset_index(drop=True)
    if len(failures) and (
        "index" not in failures or failures["index"].isna().any()
    ):  # a failure of a column or the table, not of rows: record nothing as passing
        passing: dict[str, str] = {}
    else:
        part_by_label = pd.Series(parts, index=frame.index)
        failed = (
            {str(int(p)) for p in part_by_label.loc[failures["index"].unique()]}
            if len(failures)
            else set()
        )
        passing = {p: h for p, h in hashes.items() if p not in failed}
    return PartialResult(
        failures,
        {"validator": version, "parts": passing},
        rows_validated=len(subset),
        rows=len(frame),
    )
