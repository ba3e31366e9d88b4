"""Issue 19, item 1: a run launched through Dagster beside a ``tradefacts run`` never mixes.

Both used to overwrite the same ``data/assets/*.parquet``, the launched run taking the writer
lock only at publish. Now every run holds the lock from the start of its run (the IO manager
takes it when the run's resources start): the second one stops at once and writes nothing.
The CLI run is paused with SIGSTOP once it holds the lock, so the overlap is certain.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from assets.orchestration.instance import write_instance_yaml
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_dagster_launched_run_beside_a_cli_run_never_mixes(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    data = tmp_path / "data"
    env = {
        **os.environ,
        "TRADEFACTS_SEEDS_DIR": str(tmp_path / "seeds"),
        "TRADEFACTS_DATA_DIR": str(data),
        "DAGSTER_HOME": str(data / "dagster_home"),
        "TRADEFACTS_SENSOR_RUNNING": "0",
    }
    write_instance_yaml(data / "dagster_home")  # the instance both runs record in
    cli = subprocess.Popen(
        [str(BIN / "tradefacts"), "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = data / "releases" / ".lock"
    deadline = time.monotonic() + 60
    while not (lock.is_file() and lock.read_text().strip().startswith(str(cli.pid))):
        assert time.monotonic() < deadline and cli.poll() is None, "CLI run never took the lock"
        time.sleep(0.05)
    os.kill(cli.pid, signal.SIGSTOP)
    try:
        launched = subprocess.run(
            [
                str(BIN / "dagster"),
                "job",
                "execute",
                "-m",
                "assets.definitions",
                "-j",
                "publish_release",
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assets_written = sorted(p.name for p in (data / "assets").glob("*"))
    finally:
        os.kill(cli.pid, signal.SIGCONT)
    out, err = cli.communicate(timeout=300)

    assert launched.returncode != 0
    assert "another tradefacts run holds the lock" in launched.stdout + launched.stderr
    assert assets_written == []  # the launched run wrote nothing while the CLI run held the lock
    assert cli.returncode == 0, err
    release = read_latest(data)
    assert verify_release(data, release) == []
    figures = load_table(data, release, "figures")
    claims = load_table(data, release, "claims")
    documents = load_table(data, release, "documents")
    assert set(claims["figure_id"]) <= set(figures["figure_id"])
    assert set(figures["doc_id"]) <= set(documents["doc_id"])
