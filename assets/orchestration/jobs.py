"""The jobs that materialise every asset, one per execution engine.

Why several: a run over a few hundred articles is dominated by process start-up, so the default
job runs all steps in the run worker (in-process executor); a big backfill on one box can use
``publish_release_multiprocess``; ``publish_release_celery`` hands each step to Celery workers
on other machines and exists only where ``dagster-celery`` is installed (extra ``celery``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dagster import (
    AssetSelection,
    ExecutorDefinition,
    define_asset_job,
    in_process_executor,
    multiprocess_executor,
)

if TYPE_CHECKING:
    from dagster._core.definitions.unresolved_asset_job_definition import (
        UnresolvedAssetJobDefinition,
    )

JOB_NAME = "publish_release"
MULTIPROCESS_JOB_NAME = "publish_release_multiprocess"
CELERY_JOB_NAME = "publish_release_celery"
CELERY_BROKER_ENV = "TRADEFACTS_CELERY_BROKER"
CELERY_BACKEND_ENV = "TRADEFACTS_CELERY_BACKEND"
DESCRIPTION = "Ingest, segment, extract, reconcile and publish a release, checks included."


def _job(name: str, executor: ExecutorDefinition, note: str) -> UnresolvedAssetJobDefinition:
    return define_asset_job(
        name,
        selection=AssetSelection.all(),
        executor_def=executor,
        description=f"{DESCRIPTION} {note}",
    )


publish_release_job = _job(JOB_NAME, in_process_executor, "All steps in the run worker.")
publish_release_multiprocess_job = _job(
    MULTIPROCESS_JOB_NAME,
    multiprocess_executor,
    "One process per step (run config execution.config.max_concurrent), for big backfills.",
)


def celery_job() -> UnresolvedAssetJobDefinition | None:
    """``publish_release_celery`` when ``dagster-celery`` imports, else ``None``.

    Broker and result backend come from ``TRADEFACTS_CELERY_BROKER`` / ``_BACKEND`` at run time,
    so the webserver, the daemon and ``dagster job execute`` agree with the workers.
    """
    try:
        from dagster_celery import celery_executor
    except ImportError:
        return None
    executor = celery_executor.configured(
        {"broker": {"env": CELERY_BROKER_ENV}, "backend": {"env": CELERY_BACKEND_ENV}},
        name="celery",
    )
    return _job(CELERY_JOB_NAME, executor, "Each step as a Celery task (Redis broker).")


def all_jobs() -> list[UnresolvedAssetJobDefinition]:
    """Every job available in this environment."""
    jobs = [publish_release_job, publish_release_multiprocess_job]
    celery = celery_job()
    return [*jobs, celery] if celery else jobs
