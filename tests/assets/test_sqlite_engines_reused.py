"""``sqlite_engines_reused``: inside the block, Dagster's SQLite storages share one engine per
database (``NullPool``: each connection is still opened and closed); outside it, a new engine per
call as before. A Dagster instance works the same inside the block."""

from pathlib import Path

from dagster import DagsterInstance, asset, materialize
from dagster._core.storage.event_log.sqlite import sqlite_event_log
from sqlalchemy import text
from sqlalchemy.pool import NullPool

from assets.orchestration.instance import sqlite_engines_reused


def test_one_engine_per_database_inside_the_block(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    original = sqlite_event_log.create_engine
    with sqlite_engines_reused():
        first = sqlite_event_log.create_engine(url, poolclass=NullPool)
        again = sqlite_event_log.create_engine(url, poolclass=NullPool)
        other = sqlite_event_log.create_engine(f"sqlite:///{tmp_path / 'b.db'}", poolclass=NullPool)
        assert first is again
        assert other is not first
        for _ in range(3):  # a dispose by the caller leaves the shared engine usable
            with first.connect() as connection:
                assert connection.execute(text("SELECT 1")).scalar() == 1
            first.dispose()
    assert sqlite_event_log.create_engine is original
    assert original(url, poolclass=NullPool) is not original(url, poolclass=NullPool)


def test_engines_with_a_pool_are_not_shared(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with sqlite_engines_reused():
        one = sqlite_event_log.create_engine(url)
        two = sqlite_event_log.create_engine(url)
    assert one is not two
    one.dispose()
    two.dispose()


def test_an_instance_records_runs_and_events_inside_the_block(tmp_path: Path) -> None:
    @asset
    def numbers() -> int:
        return 1

    (tmp_path / "home").mkdir()
    with (
        sqlite_engines_reused(),
        DagsterInstance.local_temp(str(tmp_path / "home")) as instance,
    ):
        assert materialize([numbers], instance=instance).success
        assert materialize([numbers], instance=instance).success
        assert len(instance.get_runs()) == 2
        assert instance.get_latest_materialization_event(numbers.key) is not None
    with DagsterInstance.local_temp(str(tmp_path / "home")) as reopened:  # all on disk
        assert len(reopened.get_runs()) == 2
