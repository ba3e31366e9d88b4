"""The garbage collector during ``tradefacts run``: import-time objects frozen, collections
rarer, both undone after the run (``assets/cli/collector.py``)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import assets.stages.release
from assets import cli
from assets.orchestration.collector import collector_for_a_run


def test_objects_are_frozen_for_the_run_and_unfrozen_after() -> None:
    assert gc.get_freeze_count() == 0
    with collector_for_a_run():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), collector_for_a_run():
        raise RuntimeError("a failing run")
    assert gc.get_freeze_count() == 0


def test_objects_frozen_before_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_for_a_run():
            pass
        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()


def test_a_run_executes_its_steps_with_the_start_frozen(workdir: Path, monkeypatch) -> None:
    seen = []
    publish = assets.stages.release.publish_release

    def recording(*args, **kwargs):
        seen.append(gc.get_freeze_count() > 0)
        return publish(*args, **kwargs)

    monkeypatch.setattr(assets.stages.release, "publish_release", recording)
    args = ["run", "--seeds", str(workdir / "seeds"), "--data", str(workdir / "data")]
    assert cli.main(args) == 0
    assert seen == [True]
    assert gc.get_freeze_count() == 0


def test_a_warm_run_worker_executes_with_the_start_frozen(monkeypatch) -> None:
    # the forked worker of the warm launcher (sensor, schedule, UI runs) sets the collector too
    import contextlib

    import dagster._cli.api

    from assets.orchestration import warm_launcher

    seen = []

    def execute(run_id, instance, **kwargs):
        seen.append((run_id, gc.get_freeze_count() > 0))
        return 0

    class Instance:
        @staticmethod
        def from_ref(_ref):
            return contextlib.nullcontext("instance")

    monkeypatch.setattr(dagster._cli.api, "_execute_run_command_body", execute)
    monkeypatch.setattr(warm_launcher, "DagsterInstance", Instance)
    with pytest.raises(SystemExit) as exit_:
        warm_launcher.run_forked("run-1", object())
    assert exit_.value.code == 0
    assert seen == [("run-1", True)]
    assert gc.get_freeze_count() == 0
