"""Issue 19, item 2: a SIGKILLed run is detected and marked failed, so it cannot stall the queue."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from dagster import DagsterInstance, DagsterRunStatus, RunsFilter

from assets.orchestration.dead_runs import fail_dead_runs
from assets.orchestration.instance import write_instance_yaml
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_run_is_marked_failed(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    home = tmp_path / "data" / "dagster_home"
    write_instance_yaml(home)
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    cmd = [str(Path(sys.executable).parent / "tradefacts"), "run", "--seeds", "seeds"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL)
    with DagsterInstance.from_config(str(home)) as instance:
        deadline = time.monotonic() + 120
        started = [DagsterRunStatus.STARTED]
        while not instance.get_runs(RunsFilter(statuses=started)):
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        (run,) = instance.get_runs()
        assert run.status == DagsterRunStatus.STARTED  # what stalled the queue for good

        assert fail_dead_runs(instance) == [run.run_id]
        assert instance.get_run_by_id(run.run_id).status == DagsterRunStatus.FAILURE
        assert fail_dead_runs(instance) == []
