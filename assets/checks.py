"""Blocking asset checks built from the pandera models, by one factory.

Why blocking: a frame that breaks its schema must stop the run before anything downstream of it,
in particular before a release is published.
"""

from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pandera.errors as pa_errors
from dagster import (
    AssetCheckExecutionContext,
    AssetCheckKey,
    AssetCheckResult,
    AssetChecksDefinition,
    AssetCheckSeverity,
    AssetIn,
    AssetKey,
    AssetsDefinition,
    DagsterEventType,
    DagsterInstance,
    DagsterType,
    MetadataValue,
    asset_check,
)
from dagster._core.storage.asset_check_execution_record import (
    COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES,
)

from assets.check_records import read_record, write_record
from assets.chunk_validation import validate_chunked
from assets.metadata import markdown_table
from assets.partial_validation import PARTS_METADATA, validate_changed
from assets.settings import TradefactsSettings
from pipeline.contract.schemas import SCHEMA_VERSION, TABLE_SCHEMAS
from pipeline.contract.tables import TABLES
from pipeline.ingest.documents import count_inputs
from pipeline.release.catalog import verify_release
from pipeline.release.chunks import is_chunked
from pipeline.release.guard import check_shrink, counts_of
from pipeline.release.layout import load_table, read_latest
from pipeline.release.parquet import TableFile
from pipeline.release.stamps import ObjectStamps

FAILURE_PREVIEW_ROWS = 10
TABLE_OR_FRAME = DagsterType(
    name="TableFileOrFrame",
    type_check_fn=lambda _context, value: isinstance(value, TableFile | pd.DataFrame),
    typing_type=TableFile,
    description="A table as its file (what the IO manager loads: typed TableFile) or as a frame "
    "(a check called directly).",
)
"""The schema checks' input: the IO manager hands them the stored table's file, so a chunked
table is read only where it changed; a check called by hand with a frame validates the frame."""


def validate_table(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """Failure cases of ``df`` against the model of ``table`` (empty frame: valid).

    Pure: used by the asset checks and to record the schema outcomes in ``checks.parquet``.
    """
    model = TABLE_SCHEMAS[table]
    try:
        model.validate(df, lazy=True)
    except pa_errors.SchemaErrors as exc:
        return exc.failure_cases.reset_index(drop=True)
    except pa_errors.SchemaError as exc:
        cases = exc.failure_cases
        if not isinstance(cases, pd.DataFrame):
            cases = pd.DataFrame({"failure_case": [cases]})
        return cases.assign(check=str(exc.check), column=exc.schema.name).reset_index(drop=True)
    return pd.DataFrame()


def condense_failures(failures: pd.DataFrame, per_check: int = 3) -> pd.DataFrame:
    """Failure cases fit for a preview: one row per (check, row), a few rows per check.

    pandera reports a failed dataframe-level check once per column; that repetition would hide
    every other failing check from a short preview.
    """
    frame = failures.copy()
    if {"schema_context", "column", "index"} <= set(frame.columns):
        frame_level = frame["schema_context"].eq("DataFrameSchema") & frame["index"].notna()
        frame.loc[frame_level, ["column", "failure_case"]] = None
    keys = [c for c in ("schema_context", "column", "check", "index") if c in frame]
    frame = frame[~frame[keys].astype(str).duplicated()]
    if "check" in frame:
        frame = frame.groupby("check", sort=False).head(per_check)
    return frame.reset_index(drop=True)


FIRST_FAILURE = "first_failure_case"
"""Metadata key of a failed check's first failure case as JSON (``first_case``): what the
command line prints, read as data rather than parsed back from the Markdown preview."""


def first_case(condensed: pd.DataFrame) -> dict[str, str]:
    """The first row of :func:`condense_failures` as ``{column: text}``, empty cells left out
    (``{}`` for no rows); values are ``str`` of pandera's failure-case cells, untruncated."""
    if condensed.empty:
        return {}
    row = condensed.iloc[0]
    return {str(k): str(v) for k, v in row.items() if v is not None and not pd.isna(v)}


def schema_outcome(table: str, n_rows: int, n_failures: int) -> dict:
    """The ``ChecksSchema`` row recording one table's schema validation."""
    return {
        "check_id": f"schema:{table}",
        "kind": "schema",
        "subject": table,
        "outcome": "failed" if n_failures else "passed",
        "n_rows": n_rows,
        "n_failures": n_failures,
        "detail": f"{TABLE_SCHEMAS[table].__name__} (schema {SCHEMA_VERSION})",
    }


def schema_check_rows(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One ``ChecksSchema`` row per table: the schema validation outcome and its counts."""
    rows = [
        schema_outcome(table, len(df), len(validate_table(table, df)))
        for table, df in tables.items()
    ]
    return pd.DataFrame(rows)


def check_name(table: str) -> str:
    """Name of the blocking schema check of the asset holding contract ``table``."""
    return f"{table}_schema"


def passed_on_current_materialization(
    instance: DagsterInstance, checks: Mapping[str, AssetKey]
) -> dict[str, int]:
    """``{table: rows}`` for each table whose latest materialisation passed its schema check.

    Why: within a run the blocking checks have just validated these very frames; a later run
    that materialises only the release (or an asset materialised without its checks) finds no
    passing evaluation of the current materialisation and the caller validates again.
    """
    keys = {table: AssetCheckKey(asset, check_name(table)) for table, asset in checks.items()}
    latest = instance.event_log_storage.get_latest_asset_check_execution_by_key(list(keys.values()))
    passed: dict[str, int] = {}
    for table, key in keys.items():
        event = latest[key].event if key in latest else None
        dagster_event = event.dagster_event if event else None
        if (
            dagster_event is None
            or dagster_event.event_type != DagsterEventType.ASSET_CHECK_EVALUATION
        ):
            continue  # never run, or only planned
        evaluation = dagster_event.asset_check_evaluation_data
        if not evaluation.passed:
            continue
        target = evaluation.target_materialization_data
        current = instance.fetch_materializations(key.asset_key, limit=1).records
        rows = evaluation.metadata.get("rows")
        if target and current and current[0].storage_id == target.storage_id and rows:
            passed[table] = int(rows.value)
    return passed


def previous_parts(instance: DagsterInstance, key: AssetCheckKey) -> dict | None:
    """The ``PARTS_METADATA`` record of the latest completed evaluation of check ``key``
    (this run's own evaluation is only planned while it runs), else ``None``."""
    records = instance.event_log_storage.get_asset_check_execution_history(
        key, limit=1, status=COMPLETED_ASSET_CHECK_EXECUTION_RECORD_STATUSES
    )
    event = records[0].event if records else None
    dagster_event = event.dagster_event if event else None
    if dagster_event is None or dagster_event.event_type != DagsterEventType.ASSET_CHECK_EVALUATION:
        return None
    entry = dagster_event.asset_check_evaluation_data.metadata.get(PARTS_METADATA)
    return entry.value if entry is not None and isinstance(entry.value, dict) else None


def schema_check(
    asset: AssetsDefinition | AssetKey | str, table: str, trusts: str | None = None
) -> AssetChecksDefinition:
    """A blocking check validating ``asset`` against the pandera model of contract ``table``.

    ``trusts``: another asset stored as the same contract table (a sibling folder under
    ``data/assets``) whose check's latest passing chunks this check trusts as well
    (``validate_chunked``'s ``also``)."""
    model = TABLE_SCHEMAS[table]
    if isinstance(asset, AssetsDefinition):
        asset_name = asset.key.to_user_string()
    else:
        asset_name = AssetKey.from_coercible(asset).to_user_string()

    key = AssetCheckKey(AssetKey.from_coercible(asset_name), check_name(table))

    @asset_check(
        asset=asset,
        name=check_name(table),
        blocking=True,
        description=f"Validates {asset_name} against {model.__name__} (schema {SCHEMA_VERSION}): "
        "the rows of chunks whose content hash no earlier evaluation recorded as passing, and "
        "the uniqueness of its ids over the whole table (assets/chunk_validation.py).",
    )
    def _check(
        context: AssetCheckExecutionContext,
        frame: TABLE_OR_FRAME,  # type: ignore[valid-type]  # a Dagster type: TableFile or frame
    ) -> AssetCheckResult:
        """``frame`` arrives as its file: a chunked table is read only where its chunks are new
        (assets/chunk_validation.py); a frame (direct calls) or a single file, whole."""
        previous = previous_parts(context.instance, key)
        record: dict | None = None
        if isinstance(frame, TableFile) and is_chunked(frame.path):
            name = check_name(table)
            trusted = read_record(frame.path, name, previous)
            also = None
            if trusts is not None:  # its check ran before this one in a run: blocking, upstream
                other = previous_parts(context.instance, AssetCheckKey(AssetKey(trusts), name))
                also = read_record(frame.path.parent / trusts, name, other)
            result = validate_chunked(table, frame.path, trusted, validate_table, also)
            record = write_record(frame.path, name, result.record, previous)  # a file: small
        else:
            whole = frame.load() if isinstance(frame, TableFile) else frame
            result = validate_changed(table, whole, previous, validate_table)
        failures = result.failures
        metadata = {
            "schema": MetadataValue.text(model.__name__),
            "schema_version": MetadataValue.text(SCHEMA_VERSION),
            "rows": MetadataValue.int(result.rows),
            "rows_validated": MetadataValue.int(result.rows_validated),
            "failure_cases": MetadataValue.int(len(failures)),
            PARTS_METADATA: MetadataValue.json(record or result.record),
        }
        if len(failures):
            by_check = failures["check"].astype(str).value_counts() if "check" in failures else {}
            metadata["failures_by_check"] = MetadataValue.json(
                {str(k): int(v) for k, v in dict(by_check).items()}
            )
            condensed = condense_failures(failures)
            preview = markdown_table(condensed, max_rows=FAILURE_PREVIEW_ROWS, max_chars=60)
            metadata["first_failure_cases"] = MetadataValue.md(preview)
            metadata[FIRST_FAILURE] = MetadataValue.json(first_case(condensed))
        return AssetCheckResult(
            passed=not len(failures),
            severity=AssetCheckSeverity.ERROR,
            metadata=metadata,
        )

    return _check


@asset_check(
    asset="raw_documents",
    name="every_input_file_accounted_for",
    blocking=True,
    description="Input files in the folder = documents rows = ok + quarantined: nothing is lost.",
)
def every_input_file_accounted_for(
    raw_documents: TableFile, paths: TradefactsSettings
) -> AssetCheckResult:
    """``raw_documents`` arrives as a file: only its ``status`` column is read (the whole
    table, texts included, cost 0.2 CPU-s of each 10k add-one)."""
    files = count_inputs(paths.seeds)
    documents = (
        raw_documents.load(["status"]) if isinstance(raw_documents, TableFile) else raw_documents
    )
    statuses = documents["status"].value_counts()
    ok, quarantined = int(statuses.get("ok", 0)), int(statuses.get("quarantined", 0))
    return AssetCheckResult(
        passed=files == len(documents) == ok + quarantined,
        severity=AssetCheckSeverity.ERROR,
        metadata={
            "input_files": MetadataValue.int(files),
            "rows": MetadataValue.int(len(documents)),
            "ok": MetadataValue.int(ok),
            "quarantined": MetadataValue.int(quarantined),
        },
    )


@asset_check(
    asset="facts",
    name="shrink_guard",
    blocking=True,
    additional_ins={
        "raw_documents": AssetIn("raw_documents", metadata={"tradefacts/columns": ["status"]})
    },
    description="Blocks a release that would drop more than TRADEFACTS_MAX_DROP (default half) "
    "of the current release's ok documents or facts: an empty or misconfigured input must not "
    "replace a good release. `tradefacts run --allow-shrink` allows it on purpose.",
)
def shrink_guard(
    facts: TableFile, raw_documents: pd.DataFrame, paths: TradefactsSettings
) -> AssetCheckResult:
    """``facts`` arrives as a file: the guard needs its row count only (the footer), not the
    table (reading 43k facts into pandas cost 0.4 s of each 10k add-one)."""
    candidate = counts_of(raw_documents["status"], facts.rows())
    reason = check_shrink(paths.data, candidate, paths.max_drop)
    metadata = {
        "ok_documents": MetadataValue.int(candidate.documents),
        "facts": MetadataValue.int(candidate.facts),
        "max_drop": MetadataValue.float(float(paths.max_drop)),
    }
    if reason:
        metadata["reason"] = MetadataValue.text(reason)
    return AssetCheckResult(
        passed=reason is None, severity=AssetCheckSeverity.ERROR, metadata=metadata
    )


def _published_release(instance: DagsterInstance, data: Path) -> str | None:
    """The release the latest ``release`` materialisation published, else ``LATEST``."""
    event = instance.get_latest_materialization_event(AssetKey("release"))
    materialization = event.asset_materialization if event else None
    entry = materialization.metadata.get("release_id") if materialization else None
    return str(entry.value) if entry is not None else read_latest(data)


@asset_check(
    asset="release",
    name=check_name("release"),
    blocking=True,
    description="The published release holds what its schemas allow: every table passed its "
    "pandera model when it was published (the schema rows of checks.parquet) and its files "
    "still match manifest.json (sha256, rows, content hash; as `tradefacts releases verify`).",
)
def release_schema(
    context: AssetCheckExecutionContext, paths: TradefactsSettings
) -> AssetCheckResult:
    """Why not validate the tables again: each was validated on its way in (its asset's
    blocking schema check, or by the release itself, ``validated_here``) and the release is
    immutable, so its manifest hashes prove the files are those validated tables."""
    release_id = _published_release(context.instance, paths.data)
    if release_id is None:
        return AssetCheckResult(
            passed=False,
            severity=AssetCheckSeverity.ERROR,
            metadata={"problems": MetadataValue.md("- no release published yet")},
        )
    # stat stamps the release step recorded spare re-hashing the ~2,000 linked objects of an
    # add-one at 100k articles (a changed stat is hashed: pipeline/release/stamps.py)
    problems = verify_release(paths.data, release_id, ObjectStamps.load(paths.data))
    failed: list[str] = []
    if not problems:
        outcomes = load_table(paths.data, release_id, "checks", ["kind", "subject", "outcome"])
        schema = outcomes[outcomes["kind"] == "schema"]
        failed = sorted(schema.loc[schema["outcome"] != "passed", "subject"])
        # attached tables (mirror) are derived at publication, outside the schema rows
        missing = sorted(set(TABLES) - set(schema["subject"]))
        problems += [f"{t}: no schema outcome in checks.parquet" for t in missing]
    metadata = {
        "release_id": MetadataValue.text(release_id),
        # text, not JSON: the UI shows a short text inline, a JSON list behind a button
        "failed_schemas": MetadataValue.text(", ".join(failed) or "none"),
    }
    if problems:
        metadata["problems"] = MetadataValue.md("\n".join(f"- {p}" for p in problems[:20]))
    return AssetCheckResult(
        passed=not problems and not failed, severity=AssetCheckSeverity.ERROR, metadata=metadata
    )
