"""The Dagster ``Definitions`` of tradefacts: assets, checks, resources, jobs and automation."""

from __future__ import annotations

from dagster import Definitions, in_process_executor

from assets.automation import (
    build_automation_sensor,
    build_folder_sensor,
    build_schedule,
    with_automation,
)
from assets.checks import every_input_file_accounted_for, schema_check
from assets.facts import reconcile_facts
from assets.figures import figures
from assets.io_manager import ParquetIOManager
from assets.jobs import JOB_NAME, all_jobs, publish_release_job
from assets.raw_documents import input_folder, raw_documents
from assets.release import release
from assets.resources import TradefactsPaths
from assets.sentences import sentences

__all__ = ["ASSETS", "CHECKS", "JOB_NAME", "SOURCES", "build_defs", "defs", "publish_release_job"]

SOURCES = [input_folder]
"""Observed, never materialised: kept apart so ``ASSETS`` holds only what the jobs compute."""
ASSETS = with_automation([raw_documents, sentences, figures, reconcile_facts, release])
CHECKS = [
    schema_check("raw_documents", "documents"),
    schema_check("sentences", "sentences"),
    schema_check("figures", "figures"),
    schema_check("facts", "facts"),
    schema_check("claims", "claims"),
    schema_check("identity_checks", "checks"),
    every_input_file_accounted_for,
]


def build_defs(paths: TradefactsPaths | None = None) -> Definitions:
    """Definitions bound to ``paths`` (default: from the environment, as ``dagster dev`` needs).

    The default executor is in-process: runs the UI launches for a few assets (Materialize, the
    automation sensor) then skip one process start per step.
    """
    paths = paths or TradefactsPaths.from_env()
    return Definitions(
        assets=[*SOURCES, *ASSETS],
        asset_checks=CHECKS,
        jobs=all_jobs(),
        schedules=[build_schedule()],
        sensors=[build_folder_sensor(), build_automation_sensor()],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
        executor=in_process_executor,
    )


defs = build_defs()
