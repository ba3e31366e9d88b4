"""The sensor on the input folder: a run within a minute of an article being added, changed or
deleted, keyed so that one content set publishes once onto a given release.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from dagster import (
    AssetObservation,
    DefaultSensorStatus,
    RunRequest,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)
from dagster._core.definitions.data_version import DATA_VERSION_TAG

from assets.orchestration.jobs import publish_release_job
from assets.settings import TradefactsSettings
from assets.stages.input_folder import folder_metadata, input_folder
from pipeline.ingest.cache import content_set_hash, fingerprint_folder
from pipeline.release.layout import read_latest

SENSOR_NAME = "input_folder_sensor"


SENSOR_INTERVAL_SECONDS = 30


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


def build_folder_sensor(settings: TradefactsSettings) -> SensorDefinition:
    """Sensor on the input folder; its cursor is ``{file name: sha256}`` as JSON. Whether it
    starts running comes from ``settings``; the folders it watches from the ``paths`` resource."""
    running = settings.sensor_running

    @sensor(
        name=SENSOR_NAME,
        job=publish_release_job,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=DefaultSensorStatus.RUNNING if running else DefaultSensorStatus.STOPPED,
        description="Requests publish_release when an article is added, changed or deleted.",
    )
    def input_folder_sensor(
        context: SensorEvaluationContext, paths: TradefactsSettings
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
