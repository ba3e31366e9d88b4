"""Declarative automation: a partial update flows on to the assets below it, a full run doesn't
trigger anything more."""

from __future__ import annotations

import sys
from types import ModuleType

from dagster import (
    AssetKey,
    DagsterInstance,
    build_sensor_context,
    evaluate_automation_conditions,
)
from dagster._core.remote_origin import (
    RegisteredCodeLocationOrigin,
    RemoteInstigatorOrigin,
    RemoteRepositoryOrigin,
)
from dagster._core.scheduler.instigation import InstigatorState, InstigatorStatus, InstigatorType
from dagster._daemon.asset_daemon import get_auto_materialize_paused

from assets import cli
from assets.definitions import JOB_NAME, build_defs
from assets.orchestration.automation import (
    AUTOMATION_SENSOR_NAME,
    PAUSED_CURSOR_KEY,
    sync_automation_flag,
)
from assets.orchestration.sensor import SENSOR_NAME
from assets.settings import TradefactsSettings
from pipeline.release.layout import load_inputs, read_latest

ARTICLE = "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n"
DOWNSTREAM = {
    "sentences",
    "figures",
    "curated_figures",
    "facts",
    "claims",
    "identity_checks",
    "release",
}


def requested(result) -> set[str]:
    return {r.key.to_user_string() for r in result.results if result.get_num_requested(r.key) > 0}


def test_raw_documents_alone_pulls_everything_below_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "kenya.txt").write_text(
        "date 2031-03-05\nTrade between Kenya and Tanzania reached $2.1 billion in 2030.\n"
    )
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    defs = build_defs(paths)
    asset_job = defs.resolve_implicit_global_asset_job_def()
    with DagsterInstance.ephemeral() as instance:
        fresh = evaluate_automation_conditions(defs, instance)
        assert fresh.total_requested == 0  # raw_documents is the sensor's; the rest wait for it

        assert defs.resolve_job_def(JOB_NAME).execute_in_process(instance=instance).success
        after_full = evaluate_automation_conditions(defs, instance, cursor=fresh.cursor)
        assert after_full.total_requested == 0  # updated in the same run as their parents

        (seeds / "georgia.txt").write_text(ARTICLE)
        only_root = asset_job.execute_in_process(
            instance=instance, asset_selection=[AssetKey("raw_documents")]
        )
        assert only_root.success
        follow = evaluate_automation_conditions(defs, instance, cursor=after_full.cursor)
        assert requested(follow) == DOWNSTREAM  # all in one tick, as one run

        keys = [AssetKey(name) for name in sorted(DOWNSTREAM)]
        assert asset_job.execute_in_process(instance=instance, asset_selection=keys).success
        settled = evaluate_automation_conditions(defs, instance, cursor=follow.cursor)
        assert settled.total_requested == 0

    inputs = load_inputs(paths.data, read_latest(paths.data))
    assert sorted(inputs) == ["georgia", "kenya"]


def _stopped_in_the_ui(instance: DagsterInstance, location: str) -> None:
    """What "Stop" on default_automation_condition_sensor stores for one code location."""
    origin = RemoteInstigatorOrigin(
        RemoteRepositoryOrigin(RegisteredCodeLocationOrigin(location), "__repository__"),
        AUTOMATION_SENSOR_NAME,
    )
    instance.add_instigator_state(
        InstigatorState(origin, InstigatorType.SENSOR, InstigatorStatus.STOPPED)
    )


def test_instance_says_automation_runs_exactly_when_its_sensor_does(tmp_path):
    """Issue 17: the UI's "Auto-materialize off" chip reads the instance's pre-sensor paused
    flag, stored as paused on a fresh instance although the automation sensor runs. The folder
    sensor's tick (and ``tradefacts run``) sets it from the automation sensor's state."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    folder_sensor = build_defs(paths).get_sensor_def(SENSOR_NAME)

    def tick(instance: DagsterInstance) -> None:
        context = build_sensor_context(instance=instance, resources={"paths": paths})
        folder_sensor.evaluate_tick(context)

    (tmp_path / "home").mkdir()
    with DagsterInstance.local_temp(str(tmp_path / "home")) as instance:
        assert get_auto_materialize_paused(instance)  # Dagster's default: the chip said "off"
        tick(instance)
        assert not get_auto_materialize_paused(instance)  # the chip says "on", as it is

        _stopped_in_the_ui(instance, "assets.definitions")
        tick(instance)
        assert get_auto_materialize_paused(instance)  # stopped: the chip says "off"
        assert sync_automation_flag(instance) is False


def test_tradefacts_run_leaves_the_instance_saying_automation_runs(workdir):
    data = workdir / "data"
    argv = ["run", "--seeds", str(workdir / "seeds"), "--data", str(data)]
    assert cli.main(argv) == 0
    with DagsterInstance.from_config(str(data / "dagster_home")) as instance:
        assert not get_auto_materialize_paused(instance)


def test_the_flag_is_read_under_dagster_s_own_cursor_key():
    """``sync_automation_flag`` reads the flag without importing ``dagster._daemon`` (1 CPU-s of
    start-up); it must name the cursor Dagster's daemon reads and writes."""
    from dagster._daemon import asset_daemon

    assert PAUSED_CURSOR_KEY == asset_daemon._PRE_SENSOR_ASSET_DAEMON_PAUSED_KEY


def test_a_run_start_that_changes_nothing_does_not_load_the_daemons(tmp_path, monkeypatch):
    """Start-up cost: with the flag already right, the sync never imports the daemon module
    (here replaced by an empty module, so an import of its setter would fail)."""
    with DagsterInstance.local_temp(str(tmp_path)) as instance:
        assert sync_automation_flag(instance)  # a fresh instance says paused: set once
        monkeypatch.setitem(sys.modules, "dagster._daemon.asset_daemon", ModuleType("absent"))
        assert sync_automation_flag(instance)
        monkeypatch.undo()
        assert not get_auto_materialize_paused(instance)


def test_a_failed_blocking_check_stops_automation_below_it(tmp_path):
    """A run stopped by a blocking check materialised the checked asset; automation must not
    build facts and a release from it a tick later (round 59's trial: a stale correction row
    failed ``corrections_apply`` and the next tick published anyway). Fixing the row lets the
    next run pass and publish."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "georgia.txt").write_text(ARTICLE)
    header = "figure_key,figure_id,doc_id,figure_text,action,field,value,reason,author,date\n"
    stale = "0123456789abcdef,0123456789abcdef,georgia,$9 billion,reject,,,stale,op,2031-02-02\n"
    (seeds / "corrections.csv").write_text(header + stale)
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    defs = build_defs(paths)
    with DagsterInstance.ephemeral() as instance:
        fresh = evaluate_automation_conditions(defs, instance)
        failed = defs.resolve_job_def(JOB_NAME).execute_in_process(
            instance=instance, raise_on_error=False
        )
        assert not failed.success
        assert read_latest(paths.data) is None
        after = evaluate_automation_conditions(defs, instance, cursor=fresh.cursor)
        assert requested(after) == set()

        (seeds / "corrections.csv").write_text(header)
        assert defs.resolve_job_def(JOB_NAME).execute_in_process(instance=instance).success
        settled = evaluate_automation_conditions(defs, instance, cursor=after.cursor)
        assert settled.total_requested == 0
    assert read_latest(paths.data) is not None
