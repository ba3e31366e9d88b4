"""The daily schedule: cron, time zone and default status from the environment (through the
settings resource)."""

from __future__ import annotations

import datetime as dt

from dagster import DefaultScheduleStatus, DefaultSensorStatus, build_schedule_context

from assets.definitions import JOB_NAME, build_defs
from assets.environment import (
    SCHEDULE_CRON_ENV,
    SCHEDULE_RUNNING_ENV,
    SCHEDULE_TZ_ENV,
    SENSOR_RUNNING_ENV,
)
from assets.orchestration.schedule import build_schedule
from assets.orchestration.sensor import build_folder_sensor
from assets.settings import TradefactsSettings


def test_defaults_daily_at_six_utc_and_stopped(monkeypatch):
    for name in (SCHEDULE_CRON_ENV, SCHEDULE_TZ_ENV, SCHEDULE_RUNNING_ENV):
        monkeypatch.delenv(name, raising=False)
    schedule = build_schedule(TradefactsSettings.from_env())
    assert (schedule.cron_schedule, schedule.execution_timezone) == ("0 6 * * *", "UTC")
    assert schedule.default_status == DefaultScheduleStatus.STOPPED
    assert schedule.job_name == JOB_NAME


def test_environment_sets_cron_zone_and_running(monkeypatch):
    monkeypatch.setenv(SCHEDULE_CRON_ENV, "30 2 * * 1-5")
    monkeypatch.setenv(SCHEDULE_TZ_ENV, "Asia/Bishkek")
    monkeypatch.setenv(SCHEDULE_RUNNING_ENV, "1")
    schedule = build_schedule(TradefactsSettings.from_env())
    assert (schedule.cron_schedule, schedule.execution_timezone) == (
        "30 2 * * 1-5",
        "Asia/Bishkek",
    )
    assert schedule.default_status == DefaultScheduleStatus.RUNNING
    tick = dt.datetime(2031, 2, 3, 2, 30, tzinfo=dt.timezone(dt.timedelta(hours=6)))
    data = schedule.evaluate_tick(build_schedule_context(scheduled_execution_time=tick))
    assert len(data.run_requests) == 1


def test_folder_sensor_runs_unless_switched_off(monkeypatch):
    monkeypatch.delenv(SENSOR_RUNNING_ENV, raising=False)
    assert (
        build_folder_sensor(TradefactsSettings.from_env()).default_status
        == DefaultSensorStatus.RUNNING
    )
    monkeypatch.setenv(SENSOR_RUNNING_ENV, "0")
    assert (
        build_folder_sensor(TradefactsSettings.from_env()).default_status
        == DefaultSensorStatus.STOPPED
    )


def test_definitions_load_with_schedule_sensors_and_jobs(tmp_path):
    defs = build_defs(TradefactsSettings(seeds_dir=str(tmp_path), data_dir=str(tmp_path / "d")))
    defs.validate_loadable(defs)
    assert defs.get_schedule_def("publish_release_daily").job_name == JOB_NAME
    assert defs.get_sensor_def("default_automation_condition_sensor").default_status == (
        DefaultSensorStatus.RUNNING
    )
    jobs = {job.name for job in defs.resolve_all_job_defs()}
    assert {JOB_NAME, "publish_release_multiprocess"} <= jobs
    assert defs.resolve_job_def("publish_release_multiprocess").executor_def.name == (
        "multiprocess"
    )
    assert defs.resolve_job_def(JOB_NAME).executor_def.name == "in_process"
