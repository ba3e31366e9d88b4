"""When ``publish_release`` runs by itself: a daily schedule, a sensor on the input folder, and
declarative automation that carries a partial update on to the assets below it.

Why all three: the sensor reacts to articles dropped into the folder within a minute; the
schedule is a daily safety net (and picks up code changes); the automation conditions cover a
run that materialised only some assets (e.g. ``raw_documents`` from the UI), so ``figures``,
``facts`` and ``release`` follow by themselves instead of going stale.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence

from dagster import (
    AssetKey,
    AssetObservation,
    AssetsDefinition,
    AssetSelection,
    AssetSpec,
    AutomationCondition,
    AutomationConditionSensorDefinition,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    RunRequest,
    ScheduleDefinition,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)
from dagster._core.definitions.data_version import DATA_VERSION_TAG

from assets.jobs import publish_release_job
from assets.raw_documents import folder_metadata, input_folder
from assets.resources import TradefactsPaths
from pipeline.ingest.cache import content_set_hash, fingerprint_folder
from pipeline.release.layout import read_latest

SCHEDULE_NAME = "publish_release_daily"
SENSOR_NAME = "input_folder_sensor"
AUTOMATION_SENSOR_NAME = "default_automation_condition_sensor"
SCHEDULE_CRON_ENV, DEFAULT_CRON = "TRADEFACTS_SCHEDULE_CRON", "0 6 * * *"
SCHEDULE_TZ_ENV, DEFAULT_TZ = "TRADEFACTS_SCHEDULE_TZ", "UTC"
SCHEDULE_RUNNING_ENV = "TRADEFACTS_SCHEDULE_RUNNING"
"""``1`` starts the schedule running when the code location loads; default: stopped."""
SENSOR_RUNNING_ENV = "TRADEFACTS_SENSOR_RUNNING"
"""``0`` leaves the folder sensor stopped when the code location loads; default: running."""
SENSOR_INTERVAL_SECONDS = 30
ROOT_ASSETS = {AssetKey("raw_documents")}
"""Assets driven by the sensor and the schedule; every other asset follows its parents."""


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    return default if not value else value in {"1", "true", "yes", "on", "running"}


def build_schedule() -> ScheduleDefinition:
    """Daily ``publish_release``; cron, time zone and default status from the environment."""
    running = _flag(SCHEDULE_RUNNING_ENV, False)
    return ScheduleDefinition(
        name=SCHEDULE_NAME,
        job=publish_release_job,
        cron_schedule=os.environ.get(SCHEDULE_CRON_ENV) or DEFAULT_CRON,
        execution_timezone=os.environ.get(SCHEDULE_TZ_ENV) or DEFAULT_TZ,
        default_status=DefaultScheduleStatus.RUNNING if running else DefaultScheduleStatus.STOPPED,
        description=f"Publishes a release every day ({SCHEDULE_CRON_ENV}, {SCHEDULE_TZ_ENV}); "
        f"stopped unless {SCHEDULE_RUNNING_ENV}=1 or started in the UI.",
    )


def folder_changes(previous: Mapping[str, str], current: Mapping[str, str]) -> dict[str, list]:
    """Files added, changed and deleted between two ``{name: sha256}`` fingerprints."""
    return {
        "added": sorted(set(current) - set(previous)),
        "changed": sorted(n for n in set(current) & set(previous) if current[n] != previous[n]),
        "deleted": sorted(set(previous) - set(current)),
    }


def run_key(current: Mapping[str, str], latest: str | None) -> str:
    """Publishing this content set onto this release: one run, however often it is requested.

    Keyed by the release it replaces as well, so returning to an earlier content set (an edit
    undone) publishes again and moves ``LATEST`` back, rather than being skipped as a repeat.
    """
    return f"inputs-{content_set_hash(current)[:16]}-onto-{latest or 'none'}"


def evaluate_folder(
    cursor: str | None, current: Mapping[str, str], latest: str | None
) -> tuple[RunRequest | None, str]:
    """The sensor's decision, without Dagster's context: a run request or none, and the cursor."""
    new_cursor = json.dumps(dict(sorted(current.items())))
    previous = json.loads(cursor) if cursor else {}
    if previous == dict(current):  # also: a first look at an empty folder publishes nothing
        return None, new_cursor
    changes = folder_changes(previous, current)
    tags = {f"tradefacts/{kind}": str(len(names)) for kind, names in changes.items()}
    tags["tradefacts/inputs"] = content_set_hash(current)[:16]
    return RunRequest(run_key=run_key(current, latest), tags=tags), new_cursor


def build_folder_sensor() -> SensorDefinition:
    """Sensor on the input folder; its cursor is ``{file name: sha256}`` as JSON."""
    running = _flag(SENSOR_RUNNING_ENV, True)

    @sensor(
        name=SENSOR_NAME,
        job=publish_release_job,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=DefaultSensorStatus.RUNNING if running else DefaultSensorStatus.STOPPED,
        description="Requests publish_release when an article is added, changed or deleted.",
    )
    def input_folder_sensor(
        context: SensorEvaluationContext, paths: TradefactsPaths
    ) -> SensorResult | SkipReason:
        if not paths.seeds.is_dir():
            return SkipReason(f"input folder {paths.seeds} does not exist")
        current = fingerprint_folder(paths.seeds)
        request, cursor = evaluate_folder(context.cursor, current, read_latest(paths.data))
        if request is None:
            return SkipReason(f"no change in {len(current)} files")
        context.log.info(f"input folder changed: {request.tags}")
        observation = AssetObservation(
            asset_key=input_folder.key,
            metadata=folder_metadata(current, paths.seeds),
            tags={DATA_VERSION_TAG: content_set_hash(current)},
        )
        return SensorResult(run_requests=[request], cursor=cursor, asset_events=[observation])

    return input_folder_sensor


DOWNSTREAM_CONDITION = AutomationCondition.eager()
"""Missing or a parent updated outside a run that also updates this asset: materialise."""


def with_automation(assets: Sequence[AssetsDefinition]) -> list[AssetsDefinition]:
    """``assets`` with ``DOWNSTREAM_CONDITION`` on every asset but the roots."""

    def condition(spec: AssetSpec) -> AssetSpec:
        if spec.key in ROOT_ASSETS:
            return spec
        return spec.replace_attributes(automation_condition=DOWNSTREAM_CONDITION)

    return [a.map_asset_specs(condition) for a in assets]


def build_automation_sensor() -> AutomationConditionSensorDefinition:
    """The sensor that evaluates the conditions, running by default so the UI shows it."""
    return AutomationConditionSensorDefinition(
        AUTOMATION_SENSOR_NAME,
        target=AssetSelection.all(),
        default_status=DefaultSensorStatus.RUNNING,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        description="Evaluates the assets' automation conditions (eager below raw_documents).",
    )
