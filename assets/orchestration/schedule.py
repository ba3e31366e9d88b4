"""The daily schedule of ``publish_release``: a safety net that also picks up code changes.

Cron, time zone and whether it starts running come from the settings (``TRADEFACTS_SCHEDULE_*``).
"""

from __future__ import annotations

from dagster import (
    DefaultScheduleStatus,
    ScheduleDefinition,
)

from assets.environment import SCHEDULE_CRON_ENV, SCHEDULE_RUNNING_ENV, SCHEDULE_TZ_ENV
from assets.orchestration.jobs import publish_release_job
from assets.settings import TradefactsSettings

SCHEDULE_NAME = "publish_release_daily"


def build_schedule(settings: TradefactsSettings) -> ScheduleDefinition:
    """Daily ``publish_release``; cron, time zone and default status from ``settings``."""
    running = settings.schedule_running
    return ScheduleDefinition(
        name=SCHEDULE_NAME,
        job=publish_release_job,
        cron_schedule=settings.schedule_cron,
        execution_timezone=settings.schedule_tz,
        default_status=DefaultScheduleStatus.RUNNING if running else DefaultScheduleStatus.STOPPED,
        description=f"Publishes a release every day ({SCHEDULE_CRON_ENV}, {SCHEDULE_TZ_ENV}); "
        f"stopped unless {SCHEDULE_RUNNING_ENV}=1 or started in the UI.",
    )
