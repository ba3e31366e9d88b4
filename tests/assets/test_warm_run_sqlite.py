"""A run forked by ``WarmRunLauncher`` (sensor, schedule and UI runs) stores its events as
``tradefacts run`` does: each SQLite file kept open (a close is not the last, so it does not
checkpoint) and WAL files committed with ``synchronous=NORMAL`` (issue 18). The near misses: a
database not in WAL mode keeps ``FULL``, and once the run has ended every file is back to
SQLite's own behaviour (``FULL``, the last close checkpoints)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import dagster._cli.api
import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from assets.orchestration import warm_launcher


def _db(path: Path, wal: bool) -> Path:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    with engine.connect() as connection:
        if wal:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.exec_driver_sql("CREATE TABLE t (x TEXT)")
        connection.commit()
    engine.dispose()
    return path


def _event(db: Path) -> int:
    """One event as Dagster's SQLite event log stores it (a connection of its own); returns the
    connection's ``synchronous`` (1 NORMAL, 2 FULL)."""
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with engine.connect() as connection:
        level = int(connection.exec_driver_sql("PRAGMA synchronous").scalar())
        connection.exec_driver_sql("INSERT INTO t VALUES ('event')")
        connection.commit()
    engine.dispose()
    return level


def test_a_forked_run_keeps_its_sqlite_files_open(tmp_path: Path, monkeypatch) -> None:
    wal, plain = _db(tmp_path / "run.db", wal=True), _db(tmp_path / "plain.db", wal=False)
    seen: dict[str, object] = {}

    def run_body(run_id, instance, **_kwargs) -> int:  # what `dagster api execute_run` runs
        seen["levels"] = (_event(wal), _event(wal), _event(plain))
        seen["waiting"] = Path(f"{wal}-wal").stat().st_size > 0  # not checkpointed per close
        return 3

    monkeypatch.setattr(dagster._cli.api, "_execute_run_command_body", run_body)
    monkeypatch.setattr(
        warm_launcher.DagsterInstance, "from_ref", lambda _ref: contextlib.nullcontext(None)
    )
    with pytest.raises(SystemExit) as ended:
        warm_launcher.run_forked("run-1", None)
    assert ended.value.code == 3  # the run's exit status, as before
    assert seen == {"levels": (1, 1, 2), "waiting": True}  # plain.db: the near miss, FULL
    assert not Path(f"{wal}-wal").exists()  # checkpointed once, when the run ended
    assert _event(wal) == 2  # after the run: SQLite's default again
    assert not Path(f"{wal}-wal").exists()  # and the last close checkpoints again


def test_a_forked_run_reuses_one_engine_per_database(tmp_path: Path, monkeypatch) -> None:
    """As ``tradefacts run`` (round 48): Dagster's SQLite storages get one engine per database
    while the forked run works, and their own ``create_engine`` back once it has ended."""
    from dagster._core.storage.event_log.sqlite import sqlite_event_log

    original = sqlite_event_log.create_engine
    url = f"sqlite:///{_db(tmp_path / 'run.db', wal=True)}"
    seen: dict[str, bool] = {}

    def run_body(run_id, instance, **_kwargs) -> int:
        one = sqlite_event_log.create_engine(url, poolclass=NullPool)
        seen["shared"] = one is sqlite_event_log.create_engine(url, poolclass=NullPool)
        with one.connect() as connection:  # still a working engine, connection by connection
            seen["works"] = connection.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
        return 0

    monkeypatch.setattr(dagster._cli.api, "_execute_run_command_body", run_body)
    monkeypatch.setattr(
        warm_launcher.DagsterInstance, "from_ref", lambda _ref: contextlib.nullcontext(None)
    )
    with pytest.raises(SystemExit) as ended:
        warm_launcher.run_forked("run-1", None)
    assert ended.value.code == 0
    assert seen == {"shared": True, "works": True}
    assert sqlite_event_log.create_engine is original
