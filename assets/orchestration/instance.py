"""The Dagster instance settings (``dagster.yaml``) that ``tradefacts`` writes into its home.

Why tuned: with Dagster's defaults a run launched from the UI waits up to 5 s in the run queue
and then starts one process per step, each importing pandas and the pipeline again; over the
seeds that is most of the run. Here the queue is polled every second and the jobs run their
steps in-process (``assets.orchestration.jobs``), so a UI-launched run over the seeds takes a
few seconds. Runs the daemon launches (sensor, schedule, UI) fork from a resident process that
has imported the code location (``assets.orchestration.warm_launcher``) instead of spawning a
fresh interpreter per run.
One run at a time: a release has one writer (the store's lock), so a second run would only
fail; queued runs wait instead. The GraphQL test starts ``dagster dev`` with this same file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

MARKER = "# Written by tradefacts (assets/instance.py); delete this line to keep your own edits."
INSTANCE_YAML = f"""{MARKER}
telemetry:
  enabled: false
run_coordinator:
  module: dagster._core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 1  # releases have one writer; further runs wait in the queue
    dequeue_interval_seconds: 1  # default 5: a launched run would idle up to 5 s
    dequeue_use_threads: true
run_launcher:  # each run forked from a resident process with the code imported (warm_launcher.py)
  module: assets.orchestration.warm_launcher
  class: WarmRunLauncher
run_monitoring:
  enabled: true
  start_timeout_seconds: 180
  poll_interval_seconds: 5
sensors:
  use_threads: true
  num_workers: 4
schedules:
  use_threads: true
  num_workers: 4
auto_materialize:
  use_sensors: true  # the automation conditions run in default_automation_condition_sensor
retention:
  sensor:
    purge_after_days:
      skipped: 7  # the folder sensor ticks every 30 s; keep a week of "no change" ticks
      failure: 90
      success: -1
"""
LEGACY_YAML = "telemetry:\n  enabled: false\n"
"""What earlier versions wrote; replaced like a file carrying ``MARKER``."""


def instance_yaml() -> str:
    """The ``dagster.yaml`` for a tradefacts Dagster home."""
    return INSTANCE_YAML


def write_instance_yaml(home: Path) -> Path:
    """Create ``home/dagster.yaml``, or refresh it if tradefacts wrote it; keep a user's own."""
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    current = config.read_text(encoding="utf-8") if config.exists() else None
    ours = current is None or current == LEGACY_YAML or current.startswith(MARKER)
    if ours and current != INSTANCE_YAML:
        config.write_text(INSTANCE_YAML, encoding="utf-8")
    return config


@contextlib.contextmanager
def sqlite_files_kept_open() -> Iterator[None]:
    """While in the block, each SQLite file this process connects to (the instance's run, event
    log and schedule storage) keeps one idle connection of ours open.

    Why (issue 18): Dagster's SQLite event log opens and closes a connection per event (its
    engines use ``NullPool``); the last connection to close a WAL database checkpoints it, i.e.
    copies the pages the event touched into the database file and syncs both. An add-one stores
    ~150 events, so every event was written twice and synced twice (17 of the ~22 MB an add-one
    at 10k articles wrote). With a connection of ours open, closing Dagster's is not the last,
    so the WAL is checkpointed by SQLite's own auto-checkpoint (every 1000 pages) and once when
    the block ends. Nothing else changes: Dagster's connections, transactions and commits
    are its own (commits: below); ours only reads the schema version, a read that ends at
    once, so it never holds back a writer or a checkpoint.

    And Dagster's connections to a WAL file commit with ``synchronous=NORMAL`` (SQLite's default
    is ``FULL``): a commit is no longer synced on its own; the WAL is synced at each checkpoint.
    Why: each of the ~400 commits of an add-one waited for an ``fdatasync`` (545 per run; 110
    with ``NORMAL``), ~12 ms each on this machine's disk under load (400 commits: 5.0 s against
    0.2 s). What it gives up: in WAL mode ``NORMAL`` cannot corrupt the database, but a power
    failure or an OS crash (not a killed process: the WAL is in the OS's cache) can lose the
    last events committed before it. Those are Dagster's records of the run, not the release:
    the release store syncs its own files and ``LATEST`` (:mod:`pipeline.release.publish`), and
    a run whose process is gone is marked failed (:mod:`assets.orchestration.dead_runs`).

    And a new, empty SQLite file is put in WAL mode at its first connection, before Dagster
    creates its tables. Why (issue 18): each run has an event-log file of its own
    (``history/runs/<run id>.db``); Dagster creates its schema in SQLite's default
    rollback-journal mode (about 30 statements, each its own commit: a journal file created,
    synced, the database synced, the journal deleted and the folder synced) and only then sets
    WAL. That was ~94 of the ~155 ``fsync``/``fdatasync`` calls of a 10k add-one, ~7 ms each on
    this machine's disk when quiet (``benchmarks/results/2026-12-06-issue18-round51-add51.md``).
    Every Dagster SQLite storage (runs, event log shards, index, schedules) sets WAL right after
    creating its schema, so the file ends in the mode it would have; only a file with no page
    yet is touched, never an existing database.
    """
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    kept: dict[str, sqlite3.Connection] = {}
    lock = threading.Lock()

    def on_connect(dbapi_connection, _record) -> None:
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return  # another database (Postgres, MySQL): nothing to keep
        try:
            rows = dbapi_connection.execute("PRAGMA database_list").fetchall()
            path = next((row[2] for row in rows if row[1] == "main"), "")
            if not path:
                return  # in memory
            with lock:
                if path not in kept:
                    kept[path] = sqlite3.connect(path, check_same_thread=False)
                # a read opens the file's WAL (once it is in WAL mode, which a new file is only
                # after its first connection set it): an open WAL is what keeps a close from
                # being the last
                kept[path].execute("PRAGMA schema_version").fetchall()
            mode = dbapi_connection.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal" and _empty(dbapi_connection):  # a new file: see the docstring
                mode = dbapi_connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode == "wal":
                dbapi_connection.execute("PRAGMA synchronous=NORMAL")  # see the docstring
        except sqlite3.Error:
            return  # keeping a file open is an optimisation only

    event.listen(Pool, "connect", on_connect)
    try:
        yield
    finally:
        event.remove(Pool, "connect", on_connect)
        with lock:
            for connection in kept.values():
                with contextlib.suppress(sqlite3.Error):
                    connection.close()
            kept.clear()


def _empty(connection: sqlite3.Connection) -> bool:
    """Whether the database file has no page yet (just created: no schema, no rows)."""
    return connection.execute("PRAGMA page_count").fetchone()[0] == 0


SQLITE_STORAGE_MODULES = (
    "dagster._core.storage.event_log.sqlite.sqlite_event_log",
    "dagster._core.storage.event_log.sqlite.consolidated_sqlite_event_log",
    "dagster._core.storage.runs.sqlite.sqlite_run_storage",
    "dagster._core.storage.schedules.sqlite.sqlite_schedule_storage",
)
"""Dagster's SQLite storages, each of which builds a new SQLAlchemy engine per connection."""


@contextlib.contextmanager
def sqlite_engines_reused() -> Iterator[None]:
    """While in the block, Dagster's SQLite storages get one engine per database and arguments
    instead of a new engine for every connection they open.

    Why (issue 18): the SQLite event log builds an engine (``create_engine(…, NullPool)``) for
    each of the ~740 connections of a 10k add-one (one or two per event), and each new engine
    also runs SQLAlchemy's first-connect dialect set-up and starts with an empty compiled-SQL
    cache: ~0.25 CPU-s per run against ~0.1 with the engines reused (``benchmarks/results/
    2026-12-06-issue18-round45.md``). Only engines with ``NullPool`` are shared, so each
    ``connect()`` still opens and closes its own SQLite connection as before: transactions,
    commits, locks and the WAL behave as without the block (``sqlite_files_kept_open`` is
    unaffected). A ``dispose()`` by Dagster only replaces the engine's empty pool. The
    engines are disposed when the block ends, and the storages' names restored.
    """
    import importlib

    from sqlalchemy.pool import NullPool

    engines: dict[tuple, object] = {}
    lock = threading.Lock()
    patched: list[tuple[object, object]] = []

    def reusing(original):
        def create_engine(url, **kwargs):
            if kwargs.get("poolclass") is not NullPool:
                return original(url, **kwargs)
            key = (str(url), repr(sorted(kwargs.items(), key=lambda kv: kv[0])))
            with lock:
                engine = engines.get(key)
                if engine is None:
                    engine = engines[key] = original(url, **kwargs)
            return engine

        return create_engine

    for name in SQLITE_STORAGE_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        original = getattr(module, "create_engine", None)
        if callable(original):
            patched.append((module, original))
            module.create_engine = reusing(original)
    try:
        yield
    finally:
        for module, original in patched:
            module.create_engine = original
        with lock:
            for engine in engines.values():
                with contextlib.suppress(Exception):
                    engine.dispose()
            engines.clear()
