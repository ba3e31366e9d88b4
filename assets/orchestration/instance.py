"""The Dagster instance settings (``dagster.yaml``) that ``tradefacts`` writes into its home.

Why tuned: with Dagster's defaults a run launched from the UI waits up to 5 s in the run queue
and then starts one process per step, each importing pandas and the pipeline again; over the
seeds that is most of the run. Here the queue is polled every second and the jobs run their
steps in-process (``assets.orchestration.jobs``), so a UI-launched run over the seeds takes a
few seconds. Runs the daemon launches (sensor, schedule, UI) fork from a resident process that
has imported the code location (``assets.orchestration.warm_launcher``) instead of spawning a
fresh interpreter per run.
One run at a time: a release has one writer (the store's lock), so a second run would only
fail; queued runs wait instead. The GraphQL test starts ``dagster dev`` with this same file.
"""

from __future__ import annotations

from pathlib import Path

MARKER = "# Written by tradefacts (assets/instance.py); delete this line to keep your own edits."
INSTANCE_YAML = f"""{MARKER}
telemetry:
  enabled: false
run_coordinator:
  module: dagster._core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 1  # releases have one writer; further runs wait in the queue
    dequeue_interval_seconds: 1  # default 5: a launched run would idle up to 5 s
    dequeue_use_threads: true
run_launcher:  # each run forked from a resident process with the code imported (warm_launcher.py)
  module: assets.orchestration.warm_launcher
  class: WarmRunLauncher
run_monitoring:
  enabled: true
  start_timeout_seconds: 180
  poll_interval_seconds: 5
sensors:
  use_threads: true
  num_workers: 4
schedules:
  use_threads: true
  num_workers: 4
auto_materialize:
  use_sensors: true  # the automation conditions run in default_automation_condition_sensor
retention:
  sensor:
    purge_after_days:
      skipped: 7  # the folder sensor ticks every 30 s; keep a week of "no change" ticks
      failure: 90
      success: -1
"""
LEGACY_YAML = "telemetry:\n  enabled: false\n"
"""What earlier versions wrote; replaced like a file carrying ``MARKER``."""


def instance_yaml() -> str:
    """The ``dagster.yaml`` for a tradefacts Dagster home."""
    return INSTANCE_YAML


def write_instance_yaml(home: Path) -> Path:
    """Create ``home/dagster.yaml``, or refresh it if tradefacts wrote it; keep a user's own."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    current = config.read_text(encoding="utf-8") if config.exists() else None
    ours = current is None or current == LEGACY_YAML or current.startswith(MARKER)
    if ours and current != INSTANCE_YAML:
        config.write_text(INSTANCE_YAML, encoding="utf-8")
    return config
