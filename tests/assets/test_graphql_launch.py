"""``publish_release`` launched through the webserver's GraphQL API, as the UI's button does.

Starts ``dagster dev -w workspace.yaml`` on a free loopback port with a temporary
``DAGSTER_HOME`` holding the ``dagster.yaml`` that ``tradefacts`` writes, asks for the job's
asset nodes and launches them with the UI's own ``LaunchPipelineExecution`` mutation (the
``launchRun`` field is the same resolver under another name), then polls the run to ``SUCCESS``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assets.definitions import ASSETS, CHECKS
from assets.orchestration.instance import write_instance_yaml
from assets.orchestration.warm_launcher import WARM_TAG
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]
JOB = "publish_release"
SHUTDOWN_S = 5

ASSET_NODES = """
query LaunchAssetLoaderJobQuery($job: PipelineSelector!) {
  assetNodes(pipeline: $job) {
    assetKey { path }
    isObservable
    isExecutable
    assetChecksOrError { ... on AssetChecks { checks { name jobNames } } }
  }
}"""
# As the UI sends it (ui-core LaunchAssetExecutionButton / RunUtils), plus __typename.
LAUNCH = """
mutation LaunchPipelineExecution($executionParams: ExecutionParams!) {
  launchPipelineExecution(executionParams: $executionParams) {
    __typename
    ... on LaunchRunSuccess { run { id pipelineName } }
    ... on PipelineNotFoundError { message }
    ... on InvalidSubsetError { message }
    ... on RunConfigValidationInvalid { errors { message } }
    ... on PythonError { message stack }
  }
}"""
RUN = """
query RunStatus($runId: ID!) {
  runOrError(runId: $runId) {
    __typename
    ... on Run { status creationTime startTime endTime tags { key value } }
  }
}"""
LOCATION = """
{
  workspaceOrError {
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on PythonError { message }
          ... on RepositoryLocation {
            name
            repositories {
              name
              sensors { name sensorState { status } }
              schedules { name cronSchedule scheduleState { status } }
            }
          }
        }
      }
    }
  }
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GraphQL:
    """Minimal client for the webserver's ``/graphql`` endpoint."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, query: str, variables: dict | None = None) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        request = urllib.request.Request(
            self.url, data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = json.loads(response.read())
        assert not payload.get("errors"), payload["errors"]
        return payload["data"]


def _loaded_repository(client: GraphQL) -> dict | None:
    """The code location's repository once it has loaded, else ``None``."""
    try:
        entries = client(LOCATION)["workspaceOrError"]["locationEntries"]
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None
    for entry in entries:
        location = entry["locationOrLoadError"]
        if location and location["__typename"] == "PythonError":
            raise AssertionError(f"code location failed to load: {location['message']}")
        if entry["loadStatus"] == "LOADED" and location:
            return {"location": location["name"], **location["repositories"][0]}
    return None


def _stop(process: subprocess.Popen) -> None:
    """Stop ``dagster dev`` and the webserver, daemon and code server it started."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=SHUTDOWN_S)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # whatever outlived dagster dev
    process.wait()


@pytest.fixture
def dagster_dev(tmp_path: Path) -> Iterator[tuple[GraphQL, dict, Path]]:
    """A running ``dagster dev`` over a copy of the seeds: client, repository, data folder."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    data, home = tmp_path / "data", tmp_path / "dagster_home"
    write_instance_yaml(home)
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "TRADEFACTS_SEEDS_DIR": str(tmp_path / "seeds"),
        "TRADEFACTS_DATA_DIR": str(data),
        "TRADEFACTS_SENSOR_RUNNING": "0",  # the launched run is the only run
    }
    log = open(tmp_path / "dagster_dev.log", "wb")  # noqa: SIM115 - closed below
    command = [sys.executable, "-m", "dagster", "dev", "-w", str(ROOT / "workspace.yaml")]
    process = subprocess.Popen(
        [*command, "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    client = GraphQL(f"http://127.0.0.1:{port}/graphql")
    try:
        deadline = time.monotonic() + 180
        repository = None
        t0 = time.monotonic()
        while repository is None:
            if process.poll() is not None or time.monotonic() > deadline:
                log.flush()
                tail = (tmp_path / "dagster_dev.log").read_text(errors="replace")[-3000:]
                pytest.fail(f"dagster dev did not come up (exit {process.poll()}):\n{tail}")
            time.sleep(0.5)
            repository = _loaded_repository(client)
        print(f"dagster dev up in {time.monotonic() - t0:.1f} s")
        yield client, repository, data
    finally:
        t1 = time.monotonic()
        _stop(process)
        print(f"dagster dev stopped in {time.monotonic() - t1:.1f} s")
        log.close()


def execution_params(client: GraphQL, repository: dict, job: str) -> dict:
    """What the UI's Materialize button sends for every asset of ``job``."""
    selector = {
        "repositoryLocationName": repository["location"],
        "repositoryName": repository["name"],
        "pipelineName": job,
    }
    nodes = client(ASSET_NODES, {"job": selector})["assetNodes"]
    assets = [n for n in nodes if n["isExecutable"] and not n["isObservable"]]
    checks = [
        {"assetKey": {"path": n["assetKey"]["path"]}, "name": check["name"]}
        for n in assets
        for check in n["assetChecksOrError"].get("checks", [])
        if not check["jobNames"] or job in check["jobNames"]
    ]
    return {
        "mode": "default",
        "executionMetadata": {"tags": []},
        "runConfigData": "{}",
        "selector": {
            **selector,
            "assetSelection": [{"path": n["assetKey"]["path"]} for n in assets],
            "assetCheckSelection": checks,
        },
    }


def launch_and_wait(client: GraphQL, params: dict, timeout: float = 300) -> tuple[dict, float]:
    """Launch a run, poll it to a final status; the run record and launch-to-end seconds."""
    started = time.monotonic()
    result = client(LAUNCH, {"executionParams": params})["launchPipelineExecution"]
    assert result["__typename"] == "LaunchRunSuccess", result
    run_id = result["run"]["id"]
    while True:
        run = client(RUN, {"runId": run_id})["runOrError"]
        if run["status"] in {"SUCCESS", "FAILURE", "CANCELED"}:
            return {"id": run_id, **run}, time.monotonic() - started
        assert time.monotonic() - started < timeout, f"run {run_id} still {run['status']}"
        time.sleep(0.2)


def test_materialize_all_from_the_ui_publishes_a_release(dagster_dev, record_property):
    client, repository, data = dagster_dev
    sensors = {s["name"]: s["sensorState"]["status"] for s in repository["sensors"]}
    schedules = {s["name"]: s["scheduleState"]["status"] for s in repository["schedules"]}
    assert sensors["default_automation_condition_sensor"] == "RUNNING"
    assert sensors["input_folder_sensor"] == "STOPPED"  # TRADEFACTS_SENSOR_RUNNING=0
    assert schedules == {"publish_release_daily": "STOPPED"}

    params = execution_params(client, repository, JOB)
    keys = {"/".join(a["path"]) for a in params["selector"]["assetSelection"]}
    assert {"raw_documents", "figures", "facts", "release"} <= keys
    # every blocking check: the check definitions and the checks an asset runs itself
    embedded = sum(len(asset.check_keys) for asset in ASSETS)
    assert len(params["selector"]["assetCheckSelection"]) == len(CHECKS) + embedded

    run, wall = launch_and_wait(client, params)
    assert run["status"] == "SUCCESS", run
    # launched by the daemon through tradefacts' run launcher: forked warm, not spawned cold
    assert {"key": WARM_TAG, "value": "forked"} in run["tags"]
    duration = run["endTime"] - run["startTime"]
    record_property(  # printed at the end of the run (tests/conftest.py)
        "summary",
        f"[graphql launch] run {duration:.1f} s start->SUCCESS, "
        f"{run['startTime'] - run['creationTime']:.1f} s queued and starting, "
        f"{wall:.1f} s launch->SUCCESS seen by the client",
    )
    release_id = read_latest(data)
    assert release_id is not None
    assert verify_release(data, release_id) == []
    documents = load_table(data, release_id, "documents")
    assert len(documents) == len(list((SEEDS).glob("*.txt")))
    # No wall-clock assertion: speed is the benchmark's job (benchmarks/), and a budget fails
    # on a loaded CI machine without anything being wrong. The duration is recorded above.
