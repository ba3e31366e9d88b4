"""The Dagster ``Definitions`` of tradefacts: assets, schema checks, resources, the job."""

from __future__ import annotations

from dagster import AssetSelection, Definitions, define_asset_job

from assets.checks import schema_check
from assets.facts import reconcile_facts
from assets.figures import figures
from assets.io_manager import ParquetIOManager
from assets.raw_documents import raw_documents
from assets.release import release
from assets.resources import TradefactsPaths
from assets.sentences import sentences

JOB_NAME = "publish_release"

ASSETS = [raw_documents, sentences, figures, reconcile_facts, release]
CHECKS = [
    schema_check("raw_documents", "documents"),
    schema_check("sentences", "sentences"),
    schema_check("figures", "figures"),
    schema_check("facts", "facts"),
    schema_check("claims", "claims"),
    schema_check("identity_checks", "checks"),
]

publish_release_job = define_asset_job(
    JOB_NAME,
    selection=AssetSelection.all(),
    description="Ingest, segment, extract, reconcile and publish a release, checks included.",
)


def build_defs(paths: TradefactsPaths | None = None) -> Definitions:
    """Definitions bound to ``paths`` (default: from the environment, as ``dagster dev`` needs)."""
    paths = paths or TradefactsPaths.from_env()
    return Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[publish_release_job],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
    )


defs = build_defs()
