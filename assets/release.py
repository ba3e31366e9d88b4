"""Asset ``release``: publish the validated tables as an immutable Parquet release.

It only runs after every blocking schema check upstream has passed, so a frame that breaks its
schema never reaches ``data/releases``. Each new release also carries ``report.md`` and
``claims.png`` (``pipeline/report.py``), written into the staging folder before the rename and
listed in the manifest; the materialisation shows both in the UI.
"""

import base64
from pathlib import Path

import pandas as pd
from dagster import AssetExecutionContext, DataVersion, MaterializeResult, MetadataValue, asset

from assets.checks import schema_check_rows
from assets.metadata import GROUP, KINDS
from assets.resources import TradefactsPaths
from assets.versioning import release_code_version, source_version
from pipeline.report import CHART_FILE, REPORT_FILE, release_attachments
from pipeline.schemas import TABLE_SCHEMAS
from pipeline.store import publish_release

REPORT_METADATA_CHARS = 60_000
"""The report shown in the UI is cut after this many characters (the event log keeps every
materialisation's metadata); the file in the release is always whole."""


def build_checks_table(
    tables: dict[str, pd.DataFrame], identity_checks: pd.DataFrame
) -> pd.DataFrame:
    """``checks.parquet``: the schema outcome of every table plus the identity checks."""
    schema_rows = schema_check_rows({**tables, "checks": identity_checks})
    frames = [f for f in (schema_rows, identity_checks) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else schema_rows


def report_metadata(folder: Path) -> dict[str, MetadataValue]:
    """``report.md`` with ``claims.png`` inlined (the UI cannot follow a relative link).

    Read back from the release folder, so the UI shows what was published, also when an
    unchanged run published nothing new. Empty for a release made before reports existed.
    """
    report, chart = folder / REPORT_FILE, folder / CHART_FILE
    if not (report.is_file() and chart.is_file()):
        return {}
    image = base64.b64encode(chart.read_bytes()).decode("ascii")
    text = report.read_text(encoding="utf-8")
    if len(text) > REPORT_METADATA_CHARS:
        text = text[:REPORT_METADATA_CHARS].rsplit("\n", 1)[0]
        text += f"\n\n_Cut here; the whole report is {report.resolve()}._\n"
    text = text.replace(f"]({CHART_FILE})", f"](data:image/png;base64,{image})", 1)
    return {
        "report": MetadataValue.md(text),
        "report_path": MetadataValue.path(str(report.resolve())),
        "chart_path": MetadataValue.path(str(chart.resolve())),
    }


@asset(
    description="Publishes documents, sentences, figures, facts, claims and checks as "
    "data/releases/<release_id>/ with a manifest, report.md and claims.png (conflicts, both "
    "sides quoted; the claims chart), then moves data/releases/LATEST.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.store", "pipeline.report", "pipeline.chart"),
)
def release(
    context: AssetExecutionContext,
    paths: TradefactsPaths,
    raw_documents: pd.DataFrame,
    sentences: pd.DataFrame,
    figures: pd.DataFrame,
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    identity_checks: pd.DataFrame,
) -> MaterializeResult:
    """Write the release; the data version is the release id (the content hash of the tables).

    Equal content gives an equal data version, so Dagster sees an unchanged release as unchanged.

    Returns a ``MaterializeResult`` rather than an ``Output``: the store owns the release files,
    so no IO manager is involved.
    """
    tables = {
        "documents": raw_documents,
        "sentences": sentences,
        "figures": figures,
        "facts": facts,
        "claims": claims,
    }
    tables["checks"] = build_checks_table(tables, identity_checks)
    final_checks = TABLE_SCHEMAS["checks"].validate(tables["checks"], lazy=True)
    input_hashes = dict(zip(raw_documents["doc_id"], raw_documents["sha256"], strict=True))
    tables = {**tables, "checks": final_checks}
    result = publish_release(
        paths.data,
        tables,
        code_version=release_code_version(),
        input_hashes=input_hashes,
        run_id=context.run.run_id,
        attachments=lambda release_id: release_attachments(tables, release_id),
    )
    if result.cleaned:
        context.log.warning(f"removed stale entries of killed writers: {', '.join(result.cleaned)}")
    context.log.info(
        f"release {result.release_id} published (parent {result.parent})"
        if result.created
        else f"release {result.release_id} unchanged: nothing new published"
    )
    return MaterializeResult(
        metadata={
            "release_id": MetadataValue.text(result.release_id),
            "created": MetadataValue.bool(result.created),
            "parent": MetadataValue.text(result.parent or ""),
            "path": MetadataValue.path(str(result.path.resolve())),
            "rows": MetadataValue.json(result.rows),
            "cleaned_stale": MetadataValue.json(list(result.cleaned)),
            **report_metadata(result.path),
        },
        data_version=DataVersion(result.release_id),
    )
