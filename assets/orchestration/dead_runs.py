"""Dead runs: a run whose process was killed stays STARTED in the instance and, with one run at
a time, stalls every later queued run. Dagster's run monitoring cannot see this with the default
run launcher (it has no worker health check), so tradefacts checks the run's process itself.

A run's process is the pid in its ``tradefacts/pid`` tag (``tradefacts run`` and the IO manager
add it) or in Dagster's "Started process for run" engine event. On this host, a pid that no
longer exists, or that was started after the run began (reused), means the run is dead; it is
marked failed. Called before every ``tradefacts run`` and by the ``dead_run_sensor``.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus, RunsFilter

PID_TAG = "tradefacts/pid"
HOST_TAG = "tradefacts/host"
IN_PROGRESS = [DagsterRunStatus.STARTED, DagsterRunStatus.STARTING, DagsterRunStatus.CANCELING]


def process_tags() -> dict[str, str]:
    """Tags naming this process as a run's worker."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def _process_started(pid: int) -> float | None:
    """Start time (epoch seconds) of ``pid``, ``None`` if it does not exist."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        lines = Path("/proc/stat").read_text().splitlines()
        boot = next(float(line.split()[1]) for line in lines if line.startswith("btime"))
        return boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, StopIteration, IndexError, ValueError):
        return 0.0  # alive, start unknown


def _run_pid(instance: DagsterInstance, run) -> int | None:
    if PID_TAG in run.tags:
        return int(run.tags[PID_TAG])
    for record in instance.all_logs(run.run_id, of_type=DagsterEventType.ENGINE_EVENT):
        data = record.dagster_event.engine_event_data if record.dagster_event else None
        pid = data.metadata.get("pid") if data else None
        if pid is not None:
            return int(pid.value)
    return None


def fail_dead_runs(instance: DagsterInstance) -> list[str]:
    """Mark failed every in-progress run whose process on this host is gone; their ids."""
    host = socket.gethostname()
    failed = []
    for record in instance.get_run_records(RunsFilter(statuses=IN_PROGRESS)):
        run = record.dagster_run
        if run.tags.get(HOST_TAG, host) != host:
            continue  # another machine's run: not ours to judge
        pid = _run_pid(instance, run)
        if pid is None:
            continue
        began = record.start_time or record.create_timestamp.timestamp()
        started = _process_started(pid)
        if started is None or (started and started > began + 1):
            why = "is gone" if started is None else "was reused by another process"
            instance.report_run_failed(
                run, f"run process {pid} {why} (killed?); marked failed by tradefacts"
            )
            failed.append(run.run_id)
    return failed
