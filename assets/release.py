"""Asset ``release``: publish the validated tables as an immutable Parquet release.

It only runs after every blocking schema check upstream has passed, so a frame that breaks its
schema never reaches ``data/releases``.
"""

import pandas as pd
from dagster import AssetExecutionContext, DataVersion, MaterializeResult, MetadataValue, asset

from assets.checks import schema_check_rows
from assets.metadata import GROUP, KINDS
from assets.resources import TradefactsPaths
from assets.versioning import release_code_version, source_version
from pipeline.schemas import TABLE_SCHEMAS
from pipeline.store import publish_release


def build_checks_table(
    tables: dict[str, pd.DataFrame], identity_checks: pd.DataFrame
) -> pd.DataFrame:
    """``checks.parquet``: the schema outcome of every table plus the identity checks."""
    schema_rows = schema_check_rows({**tables, "checks": identity_checks})
    frames = [f for f in (schema_rows, identity_checks) if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else schema_rows


@asset(
    description="Publishes documents, sentences, figures, facts and checks as "
    "data/releases/<release_id>/ with a manifest, then moves data/releases/LATEST.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.store"),
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
    result = publish_release(
        paths.data,
        {**tables, "checks": final_checks},
        code_version=release_code_version(),
        input_hashes=input_hashes,
        run_id=context.run.run_id,
    )
    context.log.info(
        f"release {result.release_id} {'published' if result.created else 'unchanged'}"
    )
    return MaterializeResult(
        metadata={
            "release_id": MetadataValue.text(result.release_id),
            "created": MetadataValue.bool(result.created),
            "parent": MetadataValue.text(result.parent or ""),
            "path": MetadataValue.path(str(result.path.resolve())),
            "rows": MetadataValue.json(result.rows),
        },
        data_version=DataVersion(result.release_id),
    )
