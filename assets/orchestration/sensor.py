"""The sensor on the input folder: a run within a minute of an article being added, changed or
deleted, or of the corrections file changing, keyed so that one content set publishes once onto
a given release.

Why the corrections file too: ``tradefacts correct`` appends to it, and the analyst expects the
corrected figure in the next release without starting a run by hand. It is watched wherever
``TRADEFACTS_CORRECTIONS`` puts it, under the cursor entry ``CORRECTIONS_KEY``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from contextlib import suppress
from pathlib import Path

from dagster import (
    AssetObservation,
    DagsterInstance,
    DagsterInvariantViolationError,
    DagsterRunStatus,
    DefaultSensorStatus,
    RunRequest,
    RunsFilter,
    SensorDefinition,
    SensorEvaluationContext,
    SensorResult,
    SkipReason,
    sensor,
)
from dagster._core.definitions.data_version import DATA_VERSION_TAG

from assets.orchestration.automation import sync_automation_flag
from assets.orchestration.jobs import publish_release_job
from assets.settings import TradefactsSettings
from assets.stages.input_folder import folder_fingerprint, folder_metadata, input_folder
from pipeline.contract.hashing import sha256_hex
from pipeline.ingest.cache import content_set_hash
from pipeline.ingest.documents import INPUT_SUFFIX, assign_doc_ids, list_inputs
from pipeline.release.layout import (
    ReleaseError,
    load_inputs,
    load_manifest,
    read_latest,
    recorded_corrections,
)

SENSOR_NAME = "input_folder_sensor"
SENSOR_TAG, RUN_KEY_TAG = "dagster/sensor_name", "dagster/run_key"
"""Tags Dagster's daemon puts on a run a sensor requested (``dagster._core.storage.tags``)."""


SENSOR_INTERVAL_SECONDS = 30
CORRECTIONS_KEY = "corrections"
"""Cursor entry of the corrections file's sha256: no input is named so (inputs end in .txt)."""


def corrections_fingerprint(path: Path) -> dict[str, str]:
    """``{CORRECTIONS_KEY: sha256}`` of the corrections file, ``{}`` when there is none."""
    path = Path(path)
    return {CORRECTIONS_KEY: sha256_hex(path.read_bytes())} if path.is_file() else {}


def articles(fingerprint: Mapping[str, str]) -> dict[str, str]:
    """The input files of a watched fingerprint (without the corrections entry)."""
    return {k: v for k, v in fingerprint.items() if k != CORRECTIONS_KEY}


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


def released_fingerprint(data: Path, folder: Path) -> dict[str, str]:
    """``{file name: sha256}`` of the inputs the current release (``LATEST``) was made from.

    Why: on its first tick the sensor has no cursor; without this it would request a run for
    every file although ``tradefacts run`` may just have published from the very same files.
    The manifest lists the inputs by ``doc_id`` (the file stem, or the file name after a
    collision); they are named here as the folder names them now, a file no longer there by
    its ``doc_id``; the corrections file it applied, if any, under ``CORRECTIONS_KEY``. Empty
    when there is no release or its manifest cannot be read.
    """
    latest = read_latest(data)
    if latest is None:
        return {}
    try:
        manifest = load_manifest(data, latest)
        inputs = load_inputs(data, latest, manifest)
    except (ReleaseError, OSError, ValueError):
        return {}
    corrections = recorded_corrections(manifest).get("sha256")
    paths = list_inputs(folder) if folder.is_dir() else []
    names = {doc_id: p.name for p, (doc_id, _) in zip(paths, assign_doc_ids(paths), strict=True)}

    def name(doc_id: str) -> str:
        if doc_id in names:
            return names[doc_id]
        return doc_id if doc_id.lower().endswith(INPUT_SUFFIX) else f"{doc_id}{INPUT_SUFFIX}"

    released = {name(doc_id): sha for doc_id, sha in inputs.items()}
    if corrections:  # the corrections file the release applied (manifest settings.corrections)
        released[CORRECTIONS_KEY] = corrections
    return released


def evaluate_folder(
    cursor: str | None,
    current: Mapping[str, str],
    latest: str | None,
    released: Mapping[str, str] | None = None,
) -> tuple[RunRequest | None, str]:
    """The sensor's decision, without Dagster's context: a run request or none, and the cursor.

    Without a cursor (the first tick) the folder is compared with ``released``, the inputs of
    the current release, so files it was already made from request nothing. ``current`` may
    hold the corrections file under ``CORRECTIONS_KEY``: a change of it alone requests a run,
    tagged ``tradefacts/corrections`` (the article counts stay 0).
    """
    previous = json.loads(cursor) if cursor else dict(released or {})
    if cursor and previous == dict(current):  # the usual tick: no new cursor to write
        return None, cursor  # (at 100k files the JSON is ~9 MB: 0.1 CPU-s to write)
    new_cursor = json.dumps(dict(sorted(current.items())))
    if previous == dict(current):  # also: a first look at an empty folder publishes nothing
        return None, new_cursor
    changes = folder_changes(articles(previous), articles(current))
    tags = {f"tradefacts/{kind}": str(len(names)) for kind, names in changes.items()}
    tags["tradefacts/inputs"] = content_set_hash(current)[:16]
    corrections = folder_changes(
        {k: v for k, v in previous.items() if k == CORRECTIONS_KEY},
        {k: v for k, v in current.items() if k == CORRECTIONS_KEY},
    )
    for kind, names in corrections.items():
        if names:
            tags["tradefacts/corrections"] = kind  # added, changed or deleted
    return RunRequest(run_key=run_key(current, latest), tags=tags), new_cursor


def failed_run(instance: DagsterInstance, key: Callable[[], str]) -> str | None:
    """The run id of this sensor's newest run when it failed and was requested for ``key()``
    (its ``dagster/run_key``: this content onto this release), else ``None``.

    Why: the cursor moves when a run is requested, so after that run failed (a stale
    correction, the shrink guard) every tick said "no change" and nothing said the folder's
    content was never published (round 59's trial). A failure is not retried by itself: the
    same inputs fail the same way until someone fixes the cause. ``key`` is called only when
    the newest run failed: hashing the content set is 75 ms of CPU at 100k files, too much for
    every steady tick, whose usual cost is one indexed query."""
    runs = instance.get_runs(filters=RunsFilter(tags={SENSOR_TAG: SENSOR_NAME}), limit=1)
    if not runs or runs[0].status != DagsterRunStatus.FAILURE:
        return None
    return runs[0].run_id if runs[0].tags.get(RUN_KEY_TAG) == key() else None


def build_folder_sensor(settings: TradefactsSettings) -> SensorDefinition:
    """Sensor on the input folder; its cursor is ``{file name: sha256}`` as JSON. Whether it
    starts running comes from ``settings``; the folders it watches from the ``paths`` resource."""
    running = settings.sensor_running

    @sensor(
        name=SENSOR_NAME,
        job=publish_release_job,
        minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
        default_status=DefaultSensorStatus.RUNNING if running else DefaultSensorStatus.STOPPED,
        description="Requests publish_release when an article is added, changed or deleted, "
        "or the corrections file changes.",
    )
    def input_folder_sensor(
        context: SensorEvaluationContext, paths: TradefactsSettings
    ) -> SensorResult | SkipReason:
        with suppress(DagsterInvariantViolationError):  # no instance: a test built the context
            sync_automation_flag(context.instance)
        if not paths.seeds.is_dir():
            return SkipReason(f"input folder {paths.seeds} does not exist")
        folder = folder_fingerprint(paths)
        current = {**folder, **corrections_fingerprint(paths.corrections)}
        released = None if context.cursor else released_fingerprint(paths.data, paths.seeds)
        latest = read_latest(paths.data)
        request, cursor = evaluate_folder(context.cursor, current, latest, released)
        if request is None:
            why = "the current release covers them" if released else "no change"
            also = " and the corrections file" if CORRECTIONS_KEY in current else ""
            failed = None
            if not released:
                with suppress(DagsterInvariantViolationError):  # no instance: a test's context
                    failed = failed_run(context.instance, lambda: run_key(current, latest))
            after = (
                f"; the last run for these files ({failed[:8]}) failed and is not retried: fix "
                "what it says (run log, or `tradefacts run`), then change a file or re-execute it"
                if failed
                else ""
            )
            skip = SkipReason(f"{why} in {len(folder)} files{also}{after}")
            if cursor == context.cursor:
                return skip
            return SensorResult(skip_reason=skip, cursor=cursor)  # first tick: keep the cursor
        if context.cursor and released_fingerprint(paths.data, paths.seeds) == dict(current):
            # changed since the last tick, but a run this sensor did not launch (the CLI, the
            # UI) already published exactly this content: nothing to do (round 59's trial saw
            # a sensor run repeat a CLI run). Read only on a tick that saw a change.
            covered = (
                f"the current release covers them: {len(folder)} files, published by another run"
            )
            return SensorResult(skip_reason=SkipReason(covered), cursor=cursor)
        context.log.info(f"input folder changed: {request.tags}")
        observation = AssetObservation(
            asset_key=input_folder.key,
            metadata=folder_metadata(folder, paths.seeds),
            tags={DATA_VERSION_TAG: content_set_hash(folder)},  # the articles: input_folder's
        )
        return SensorResult(run_requests=[request], cursor=cursor, asset_events=[observation])

    return input_folder_sensor
