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
    DefaultSensorStatus,
)

from assets.orchestration.sensor import SENSOR_INTERVAL_SECONDS

AUTOMATION_SENSOR_NAME = "default_automation_condition_sensor"


ROOT_ASSETS = {AssetKey("raw_documents")}
"""Assets driven by the sensor and the schedule; every other asset follows its parents."""


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
