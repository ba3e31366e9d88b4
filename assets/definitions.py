"""The Dagster ``Definitions`` of tradefacts: assets, checks, resources, jobs and automation."""

from __future__ import annotations

from dagster import Definitions, in_process_executor

from assets.checks import (
    every_input_file_accounted_for,
    release_schema,
    schema_check,
    shrink_guard,
)
from assets.io_manager import ParquetIOManager
from assets.orchestration.automation import build_automation_sensor, with_automation
from assets.orchestration.jobs import JOB_NAME, all_jobs, publish_release_job
from assets.orchestration.schedule import build_schedule
from assets.orchestration.sensor import build_folder_sensor
from assets.settings import TradefactsSettings
from assets.stages.curated_figures import curated_figures
from assets.stages.facts import reconcile_facts
from assets.stages.figures import figures
from assets.stages.input_folder import input_folder
from assets.stages.raw_documents import raw_documents
from assets.stages.release import release
from assets.stages.sentences import sentences

__all__ = ["ASSETS", "CHECKS", "JOB_NAME", "SOURCES", "build_defs", "defs", "publish_release_job"]

SOURCES = [input_folder]
"""Observed, never materialised: kept apart so ``ASSETS`` holds only what the jobs compute."""
ASSETS = with_automation(
    [raw_documents, sentences, figures, curated_figures, reconcile_facts, release]
)
CHECKS = [
    schema_check("raw_documents", "documents"),
    schema_check("sentences", "sentences"),
    schema_check("figures", "figures"),
    schema_check("curated_figures", "figures", trusts="figures"),
    schema_check("facts", "facts"),
    schema_check("claims", "claims"),
    schema_check("identity_checks", "checks"),
    every_input_file_accounted_for,
    shrink_guard,
    release_schema,
]


def build_defs(paths: TradefactsSettings | None = None) -> Definitions:
    """Definitions bound to ``paths`` (default: from the environment, as ``dagster dev`` needs).

    The default executor is in-process: runs the UI launches for a few assets (Materialize, the
    automation sensor) then skip one process start per step.
    """
    paths = paths or TradefactsSettings.from_env()
    return Definitions(
        assets=[*SOURCES, *ASSETS],
        asset_checks=CHECKS,
        jobs=all_jobs(),
        schedules=[build_schedule(paths)],
        sensors=[build_folder_sensor(paths), build_automation_sensor()],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
        executor=in_process_executor,
    )


defs = build_defs()
