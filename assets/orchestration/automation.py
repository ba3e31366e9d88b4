"""When ``publish_release`` runs by itself: a daily schedule, a sensor on the input folder, and
declarative automation that carries a partial update on to the assets below it.

Why all three: the sensor reacts to articles dropped into the folder within a minute; the
schedule is a daily safety net (and picks up code changes); the automation conditions cover a
run that materialised only some assets (e.g. ``raw_documents`` from the UI), so ``figures``,
``facts`` and ``release`` follow by themselves instead of going stale.
"""

from __future__ import annotations

from collections.abc import Sequence

from dagster import (
    AssetKey,
    AssetsDefinition,
    AssetSelection,
    AssetSpec,
    AutomationCondition,
    AutomationConditionSensorDefinition,
    DagsterInstance,
    DefaultSensorStatus,
)
from dagster._core.scheduler.instigation import InstigatorStatus, InstigatorType

AUTOMATION_SENSOR_NAME = "default_automation_condition_sensor"
AUTOMATION_INTERVAL_SECONDS = 30
"""How often the conditions are evaluated (Dagster's default), as often as the folder is polled."""


ROOT_ASSETS = {AssetKey("raw_documents")}
"""Assets driven by the sensor and the schedule; every other asset follows its parents."""


PARENT_BLOCKED = AutomationCondition.any_deps_match(
    AutomationCondition.any_checks_match(AutomationCondition.check_failed(), blocking_only=True)
).with_label("a parent's blocking check failed")
"""A parent whose latest blocking check failed: its materialisation is kept (Dagster records it
before the check runs) but nothing below it may be built from it."""

DOWNSTREAM_CONDITION = (AutomationCondition.eager() & ~PARENT_BLOCKED).with_label(
    "eager, unless a parent's blocking check failed"
)
"""Missing or a parent updated outside a run that also updates this asset: materialise, unless
a parent's latest blocking check failed.

Why the exception: a run stopped by a blocking check (``corrections_apply`` naming a stale
correction, ``shrink_guard``) has materialised the parent; plain ``eager`` saw that parent as
updated outside a run of its children and, one tick later, built facts, claims and a release
from it: the release the failed check was there to stop (new-user trial, round 59). Fixing the
input and running again passes the check, and the condition holds again.
"""


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
        minimum_interval_seconds=AUTOMATION_INTERVAL_SECONDS,
        description="Evaluates the assets' automation conditions (eager below raw_documents).",
    )


def automation_sensor_stopped(instance: DagsterInstance) -> bool:
    """Whether ``default_automation_condition_sensor`` has been stopped in this instance.

    It runs by default, so it is stopped only where every stored state of it says so (one
    state per code location: ``dagster dev -w workspace.yaml`` and ``dg dev`` name theirs
    differently).
    """
    if instance.schedule_storage is None:  # an ephemeral instance (tests): nothing stored
        return False
    states = [
        s
        for s in instance.all_instigator_state(instigator_type=InstigatorType.SENSOR)
        if s.instigator_name == AUTOMATION_SENSOR_NAME
    ]
    return bool(states) and all(s.status == InstigatorStatus.STOPPED for s in states)


PAUSED_CURSOR_KEY = "ASSET_DAEMON_PAUSED"
"""The daemon cursor holding that flag (``dagster._daemon.asset_daemon``'s private
``_PRE_SENSOR_ASSET_DAEMON_PAUSED_KEY``; a test pins the two equal)."""


def sync_automation_flag(instance: DagsterInstance) -> bool:
    """Make the instance's auto-materialize flag say what the automation sensor does; whether
    automation runs.

    Why: the UI's "Auto-materialize on/off" chip (job pages, the asset group) reads the
    instance-wide flag of Dagster's pre-sensor asset daemon, which a fresh instance stores as
    paused. With ``auto_materialize.use_sensors`` the daemon ignores that flag and evaluates
    the conditions in the sensor, so the chip said "off" while automation ran. ``tradefacts
    run`` and every tick of the folder sensor call this, so the chip follows the sensor.
    """
    running = not automation_sensor_stopped(instance)
    # The flag is read as Dagster's ``get_auto_materialize_paused`` reads it (anything but
    # "false" is paused). Why not call it: importing dagster._daemon loads every daemon
    # (freshness, backfills, structlog, rich), 1.0 CPU-s of each run's start-up; only a flag
    # that must change pays for it.
    stored = instance.daemon_cursor_storage.get_cursor_values({PAUSED_CURSOR_KEY})
    if (stored.get(PAUSED_CURSOR_KEY) != "false") == running:
        from dagster._daemon.asset_daemon import set_auto_materialize_paused

        set_auto_materialize_paused(instance, not running)
    return running
