"""The warm run launcher: runs forked from a resident, preloaded forkserver (issue 18).

End to end over the seeds: a run launched through ``WarmRunLauncher`` (as the daemon launches
sensor, schedule and UI runs) runs in a forked process, publishes the same release as
``tradefacts run`` over the same inputs, reuses the server for the next run and restarts it
when the code's fingerprint changes. The server also preloads what every run imports besides
the code location (``assets.orchestration.run_preload``), and finds every one of those modules.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import sys
import time
import types
from multiprocessing import forkserver
from pathlib import Path

from dagster import DagsterEventType, DagsterInstance, DagsterRunStatus
from dagster._core.code_pointer import FileCodePointer, ModuleCodePointer
from dagster._core.definitions.reconstruct import ReconstructableRepository
from dagster._core.launcher import LaunchRunContext
from dagster._core.origin import JobPythonOrigin, RepositoryPythonOrigin

from assets.cli.app import main as cli_main
from assets.definitions import JOB_NAME
from assets.orchestration import warm_launcher
from assets.orchestration.instance import write_instance_yaml
from assets.orchestration.run_preload import RUN_MODULES
from assets.orchestration.warm_launcher import (
    PRELOAD_RUN_MODULES,
    WARM_TAG,
    WarmRunLauncher,
    code_fingerprint,
    main_script_imports,
    preload_module,
)
from pipeline.release.catalog import verify_release
from pipeline.release.layout import read_latest

RUN_BOUND_S = 600  # a liveness bound for a stuck run, not a speed assertion


def _origin(pointer, executable: str = sys.executable) -> JobPythonOrigin:
    return JobPythonOrigin(JOB_NAME, RepositoryPythonOrigin(executable, pointer))


def test_preload_module_only_for_a_module_run_by_this_interpreter():
    module = ModuleCodePointer("assets.definitions", "defs", None)
    assert preload_module(_origin(module)) == "assets.definitions"
    assert preload_module(_origin(module, "/usr/bin/some-other-python")) is None
    assert preload_module(_origin(FileCodePointer("defs.py", "defs", None))) is None
    assert preload_module(None) is None


def test_fingerprint_sees_a_changed_source_file(tmp_path, monkeypatch):
    package = tmp_path / "warmpkg"
    package.mkdir()
    source = package / "__init__.py"
    source.write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = code_fingerprint("warmpkg.sub")
    assert any(path == str(source) for path, _, _ in before)
    assert code_fingerprint("warmpkg.sub") == before
    source.write_text("X = 22\n")
    assert code_fingerprint("warmpkg.sub") != before


def test_a_main_scripts_imports_are_preloaded(tmp_path, monkeypatch):
    """The ``dagster-daemon`` console script, as pip writes it: its imports go to the server."""
    script = tmp_path / "dagster-daemon"
    script.write_text(
        "import re\nimport sys\nfrom dagster._daemon.cli import main\n"
        "if __name__ == '__main__':\n    sys.exit(main())\n"
    )
    main = types.ModuleType("__main__")
    main.__file__, main.__spec__ = str(script), None
    monkeypatch.setitem(sys.modules, "__main__", main)
    assert main_script_imports() == ["re", "sys", "dagster._daemon.cli"]

    main.__spec__ = types.SimpleNamespace(name="dagster._daemon.__main__")  # python -m
    assert main_script_imports() == []


def test_the_modules_a_run_imports_are_preloaded_and_exist(monkeypatch):
    """A module renamed by a Dagster, pandera or matplotlib upgrade would be skipped silently by
    the preload (only slower runs): each name must import here."""
    for name in RUN_MODULES:
        importlib.import_module(name)
    preloaded: list[list[str]] = []
    context = type(multiprocessing.get_context("forkserver"))
    monkeypatch.setattr(context, "set_forkserver_preload", lambda _s, m: preloaded.append(m))
    WarmRunLauncher()._warm_context("assets.definitions")  # noqa: SLF001 - a first launch's
    assert preloaded[-1][-2:] == ["assets.definitions", PRELOAD_RUN_MODULES]


class _Running:
    def is_alive(self) -> bool:
        return True


def test_a_stale_server_with_a_live_run_is_not_stopped():
    """Stopping it would cut the live run's exit-status pipe: that launch goes cold instead."""
    launcher = WarmRunLauncher()
    launcher._server = ("assets.definitions", (("old", 0, 0),))  # noqa: SLF001
    launcher._processes["r1"] = _Running()  # noqa: SLF001
    assert launcher._warm_context("assets.definitions") is None  # noqa: SLF001
    assert launcher._server == ("assets.definitions", (("old", 0, 0),))  # noqa: SLF001


def _launch(instance: DagsterInstance, launcher: WarmRunLauncher) -> str:
    """Create a ``publish_release`` run with the code location's origin, launch it, wait."""
    recon = ReconstructableRepository.for_module("assets.definitions", "defs", None)
    job = recon.get_reconstructable_job(JOB_NAME)
    run = instance.create_run_for_job(
        job_def=job.get_definition(), job_code_origin=job.get_python_origin()
    )
    launcher.launch_run(LaunchRunContext(dagster_run=run, workspace=None))
    started = time.monotonic()
    while not instance.get_run_by_id(run.run_id).is_finished:
        assert time.monotonic() - started < RUN_BOUND_S, f"run {run.run_id} did not finish"
        time.sleep(0.2)
    # the worker exits just after the run finishes; a live one would keep a stale server up
    launcher._processes[run.run_id].join(RUN_BOUND_S)  # noqa: SLF001
    return run.run_id


def _worker_pid(instance: DagsterInstance, run_id: str) -> int:
    for record in instance.all_logs(run_id, of_type=DagsterEventType.ENGINE_EVENT):
        data = record.dagster_event.engine_event_data
        if data and "pid" in data.metadata:
            return int(data.metadata["pid"].value)
    raise AssertionError("no 'Started process for run' event")


def test_warm_runs_fork_from_one_server_and_publish_the_cli_release(workdir, monkeypatch):
    seeds, data, home = workdir / "seeds", workdir / "data", workdir / "dagster_home"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("TRADEFACTS_SEEDS_DIR", str(seeds))
    monkeypatch.setenv("TRADEFACTS_DATA_DIR", str(data))
    monkeypatch.setenv("TRADEFACTS_SENSOR_RUNNING", "0")
    write_instance_yaml(home)
    with DagsterInstance.get() as instance:
        launcher = instance.run_launcher
        assert isinstance(launcher, WarmRunLauncher)  # what the tradefacts dagster.yaml sets
        try:
            first = _launch(instance, launcher)
            run = instance.get_run_by_id(first)
            assert run.status == DagsterRunStatus.SUCCESS
            assert run.tags[WARM_TAG] == "forked"
            server = forkserver._forkserver._forkserver_pid  # noqa: SLF001
            assert _worker_pid(instance, first) not in {None, server, os.getpid()}
            warm_id = read_latest(data)
            assert warm_id is not None and not verify_release(data, warm_id)

            second = _launch(instance, launcher)  # same code: the same server forks again
            assert instance.get_run_by_id(second).status == DagsterRunStatus.SUCCESS
            assert forkserver._forkserver._forkserver_pid == server  # noqa: SLF001

            stale = code_fingerprint("assets.definitions") + (("changed", 0, 0),)
            monkeypatch.setattr(warm_launcher, "code_fingerprint", lambda _module: stale)
            third = _launch(instance, launcher)  # "changed" code: a fresh server
            assert instance.get_run_by_id(third).status == DagsterRunStatus.SUCCESS
            assert forkserver._forkserver._forkserver_pid != server  # noqa: SLF001
            assert read_latest(data) == warm_id  # nothing changed: the same release
        finally:
            forkserver._forkserver._stop()  # noqa: SLF001 - the server is this test's child

    # The same inputs through `tradefacts run` into another folder: the same release id.
    monkeypatch.delenv("DAGSTER_HOME")
    cold = workdir / "cold"
    assert cli_main(["run", "--seeds", str(seeds), "--data", str(cold)]) == 0
    assert read_latest(cold) == warm_id
    assert Path(data, "releases", warm_id).is_dir()
