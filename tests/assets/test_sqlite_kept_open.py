"""``sqlite_files_kept_open``: inside the block, closing a connection that Dagster opened per
event (``NullPool``) no longer checkpoints the WAL; the block's end does, and the rows are all
there. Outside the block, SQLite behaves as before (the near miss: the last close checkpoints)."""

from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from assets.orchestration.instance import sqlite_files_kept_open


def _insert(db: Path, n: int) -> None:
    """``n`` rows, one connection each, as Dagster's SQLite event log stores events."""
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    for _ in range(n):
        with engine.connect() as connection:
            connection.exec_driver_sql("INSERT INTO t VALUES ('event')")
            connection.commit()
    engine.dispose()


def _wal_db(tmp_path: Path) -> Path:
    db = tmp_path / "run.db"
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.exec_driver_sql("CREATE TABLE t (x TEXT)")
        connection.commit()
    engine.dispose()
    return db


def _rows(db: Path) -> int:
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM t").scalar()
    engine.dispose()
    return int(count)


def test_closes_inside_the_block_do_not_checkpoint(tmp_path: Path) -> None:
    db = _wal_db(tmp_path)
    wal = Path(f"{db}-wal")
    with sqlite_files_kept_open():
        _insert(db, 5)
        assert wal.is_file() and wal.stat().st_size > 0  # the events wait in the WAL
        written = db.stat().st_size
    assert not wal.exists()  # our connection closed last: checkpointed once, WAL removed
    assert db.stat().st_size >= written
    assert _rows(db) == 5


def test_outside_the_block_each_last_close_checkpoints(tmp_path: Path) -> None:
    db = _wal_db(tmp_path)
    with sqlite_files_kept_open():
        pass
    _insert(db, 3)  # the listener is gone: SQLite's own behaviour
    assert not Path(f"{db}-wal").exists()
    assert _rows(db) == 3


def test_a_new_file_is_kept_once_in_wal_mode(tmp_path: Path) -> None:
    """A shard created inside the block (Dagster's per-run event log): its first connection
    finds no WAL yet; the next ones are kept from checkpointing."""
    with sqlite_files_kept_open():
        db = _wal_db(tmp_path)
        _insert(db, 2)
        assert Path(f"{db}-wal").is_file()
    assert not Path(f"{db}-wal").exists()
    assert _rows(db) == 2


def test_wal_files_commit_with_synchronous_normal_inside_the_block_only(tmp_path: Path) -> None:
    db = _wal_db(tmp_path)
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)

    def synchronous() -> int:
        with engine.connect() as connection:
            return int(connection.exec_driver_sql("PRAGMA synchronous").scalar())

    with sqlite_files_kept_open():
        assert synchronous() == 1  # NORMAL
    assert synchronous() == 2  # FULL, SQLite's default, once the block has ended
    engine.dispose()


def _journal_mode(db: Path) -> str:
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with engine.connect() as connection:
        mode = str(connection.exec_driver_sql("PRAGMA journal_mode").scalar())
    engine.dispose()
    return mode


def test_a_new_file_is_in_wal_mode_before_its_schema_is_made(tmp_path: Path) -> None:
    """Dagster creates a run's event-log shard in rollback-journal mode and then sets WAL; inside
    the block the empty file is WAL at its first connection, so the schema's commits are not
    each synced (a journal made, synced and deleted per statement), and it ends in WAL as
    Dagster would leave it."""
    db = tmp_path / "shard.db"
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with sqlite_files_kept_open():
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            connection.exec_driver_sql("CREATE TABLE t (x TEXT)")
            connection.commit()
        assert not Path(f"{db}-journal").exists()
    engine.dispose()
    assert _journal_mode(db) == "wal"
    _insert(db, 2)
    assert _rows(db) == 2


def test_an_existing_file_keeps_its_journal_mode(tmp_path: Path) -> None:
    """The near miss: a database that already has pages (a user's, or one made before) is never
    switched; only an empty file is."""
    db = tmp_path / "kept.db"
    engine = create_engine(f"sqlite:///{db}", poolclass=NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x TEXT)")
        connection.commit()
    engine.dispose()
    with sqlite_files_kept_open():
        assert _journal_mode(db) == "delete"
        _insert(db, 2)
    assert _journal_mode(db) == "delete"
    assert _rows(db) == 2
