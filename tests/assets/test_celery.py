"""``publish_release_celery``: every step runs as a Celery task on a worker, Redis as the broker.

Starts Debian's ``redis-server`` on a free loopback port, a worker with the README's
``dagster-celery worker start`` command, and the job with ``dagster job execute``, all against
one temporary ``DAGSTER_HOME``. Skipped, saying why, without ``redis-server`` or the ``celery``
extra.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dagster import DagsterEventType, DagsterInstance, EventRecordsFilter

from assets.orchestration.instance import write_instance_yaml
from assets.orchestration.jobs import CELERY_BACKEND_ENV, CELERY_BROKER_ENV, CELERY_JOB_NAME
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TIMEOUT_S = 180
ARTICLES = {
    "georgia_armenia.txt": "date 2031-02-01\nTrade between Georgia and Armenia reached "
    "$1.4 billion in 2030.\n",
    "kenya_tanzania.txt": "date 2031-03-05\nTrade between Kenya and Tanzania reached "
    "$2.1 billion in 2030.\n",
}

pytest.importorskip(
    "dagster_celery", reason="dagster-celery not installed (pip install '.[celery]')"
)
pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="redis-server not installed (Debian: apt-get install -y redis-server)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_ready(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def stop(process: subprocess.Popen) -> None:
    """End a process this test started and its children (same process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    options = ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 20
        while not redis_ready(port):
            assert server.poll() is None and time.monotonic() < deadline, "redis did not start"
            time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}"
    finally:
        stop(server)


def test_celery_workers_run_every_step(tmp_path, redis_url):
    seeds, data, home = tmp_path / "seeds", tmp_path / "data", tmp_path / "dagster_home"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    write_instance_yaml(home)
    DagsterInstance.from_config(str(home)).dispose()  # create the tables before two processes race
    broker, backend = f"{redis_url}/0", f"{redis_url}/1"
    worker_yaml = tmp_path / "celery.yaml"
    worker_yaml.write_text(f"execution:\n  config:\n    broker: {broker}\n    backend: {backend}\n")
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DAGSTER_HOME": str(home),
        "TRADEFACTS_SEEDS_DIR": str(seeds),
        "TRADEFACTS_DATA_DIR": str(data),
        CELERY_BROKER_ENV: broker,
        CELERY_BACKEND_ENV: backend,
    }
    worker_log = open(tmp_path / "worker.log", "wb")  # noqa: SIM115 - closed below
    run_log = open(tmp_path / "run.log", "wb")  # noqa: SIM115 - closed below
    command = ["worker", "start", "-A", "dagster_celery.app", "-n", "tradefacts-test"]
    worker = subprocess.Popen(
        [str(BIN / "dagster-celery"), *command, "-y", str(worker_yaml), "--", "--concurrency=2"],
        cwd=ROOT,
        env=env,
        stdout=worker_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        command = f"job execute -m assets.definitions -j {CELERY_JOB_NAME}".split()
        run = subprocess.Popen(
            [str(BIN / "dagster"), *command],
            cwd=ROOT,
            env=env,
            stdout=run_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        while run.poll() is None:  # fail fast if the worker dies instead of waiting it out
            if worker.poll() is not None or time.monotonic() - started > TIMEOUT_S:
                stop(run)
                break
            time.sleep(0.5)
        elapsed = time.monotonic() - started
    finally:
        stop(worker)
        worker_log.close()
        run_log.close()
    output = (tmp_path / "run.log").read_text(errors="replace")
    log = (tmp_path / "worker.log").read_text(errors="replace")
    assert run.returncode == 0, f"{output[-3000:]}\n--- worker ---\n{log[-3000:]}"
    print(f"\n[celery] {CELERY_JOB_NAME} over {len(ARTICLES)} articles in {elapsed:.1f} s")

    release_id = read_latest(data)
    assert release_id and verify_release(data, release_id) == []
    figures = load_table(data, release_id, "figures")
    assert sorted(figures["doc_id"]) == ["georgia_armenia", "kenya_tanzania"]
    with DagsterInstance.from_config(str(home)) as instance:
        (record,) = instance.get_run_records()
        events = instance.get_event_records(
            EventRecordsFilter(DagsterEventType.ENGINE_EVENT), limit=500
        )
        steps = {
            e.event_log_entry.step_key
            for e in events
            if "celery worker" in (e.event_log_entry.message or "")
        }
    assert record.dagster_run.job_name == CELERY_JOB_NAME
    assert {"raw_documents", "figures", "release"} <= steps  # executed by the worker
