"""A run launcher that starts runs warm: each run forked from a resident process that has already
imported the code location (Dagster, pandas, pyarrow, pandera, the extractor's patterns).

Why: Dagster's ``DefaultRunLauncher`` asks the code location's gRPC server to start the run, and
the server *spawns* a fresh interpreter per run (``multiprocessing`` "spawn"), which imports
everything again: ~3 CPU-s of imports before the first step of every sensor-launched add-one
(issue 18). Python's "forkserver" start method, with the module preloaded, keeps one such
process resident and forks it per run; Dagster's own multiprocess executor offers the same for
steps (``start_method: forkserver``, ``preload_modules``). The forked child then does what
``dagster api execute_run`` does (``_execute_run_command_body``: run worker events, the
"Started process for run (pid)" event that ``dead_runs`` reads, cancellation thread).

When the warm path does not apply the launcher falls back to ``DefaultRunLauncher`` (a cold,
spawned run through the gRPC server): a run without a Python origin, a code location loaded
from a file or another interpreter, ``TRADEFACTS_WARM_RUNS=0`` in the daemon's environment, or
a stale forkserver that cannot be stopped. Code changes: the preloaded modules would be stale,
so every launch compares a fingerprint (path, size, mtime) of the source files of the preloaded
packages with the one the server was started for, and restarts the server when they differ.

The server also imports what every run imports besides the code location (Dagster's run worker
and SQLite storages, pandera's backends, matplotlib for a redrawn chart:
``assets.orchestration.run_preload``), so a forked run does not import them again.

Memory: the resident server holds one imported code location (~200-300 MB RSS in the daemon's
process tree) while the daemon runs; it exits with the daemon.
"""

from __future__ import annotations

import ast
import importlib.util
import multiprocessing
import os
import sys
import threading
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

from dagster import DagsterInstance, DefaultRunLauncher
from dagster._core.code_pointer import ModuleCodePointer, PackageCodePointer
from dagster._core.launcher import LaunchRunContext
from dagster._core.origin import JobPythonOrigin
from dagster._serdes.config_class import ConfigurableClassData

from assets.environment import WARM_RUNS_ENV
from assets.orchestration.collector import collector_for_a_run
from assets.orchestration.instance import sqlite_engines_reused, sqlite_files_kept_open

PRELOAD_RUN_MODULES = "assets.orchestration.run_preload"
"""Imported by the server after the code location: the modules every run imports besides it."""

WARM_TAG = "tradefacts/warm"
"""Tag set on a run started warm: ``forked``."""


def preload_module(origin: JobPythonOrigin | None) -> str | None:
    """The module a warm server can preload for ``origin``, ``None`` when there is none.

    Only a module or package code pointer run by this very interpreter qualifies: a file pointer
    is imported under a generated name, and another interpreter means another environment.
    """
    if origin is None:
        return None
    repository = origin.repository_origin
    pointer = repository.code_pointer
    if not isinstance(pointer, ModuleCodePointer | PackageCodePointer):
        return None
    if os.path.realpath(repository.executable_path) != os.path.realpath(sys.executable):
        return None
    return pointer.module


def code_fingerprint(module: str) -> tuple[tuple[str, int, int], ...]:
    """``(path, size, mtime_ns)`` of every file under the packages a preload of ``module`` loads.

    Which packages: the top-level package of ``module`` and ``pipeline`` (the domain library every
    stage imports). Only stat calls (about 400 files, a few ms), so it runs at every launch.
    """
    roots: list[Path] = []
    for name in dict.fromkeys([module.split(".")[0], "pipeline"]):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            roots.extend(Path(p) for p in spec.submodule_search_locations)
    found = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                path = os.path.join(folder, name)
                try:
                    stat = os.stat(path)
                except OSError:
                    continue  # deleted while walking: the next launch sees the new tree
                found.append((path, stat.st_size, stat.st_mtime_ns))
    return tuple(found)


def main_script_imports() -> list[str]:
    """The modules the launching process's main *script* imports at its top level.

    Why: each forked child first runs that script again as ``__mp_main__`` (multiprocessing's
    preparation of a child; a ``"__main__"`` preload does not avoid it: Python 3.11's
    forkserver looks for a ``main_path`` key its preparation data never carries), and the ``dagster-daemon`` console script imports every daemon (~1 CPU-s). Preloaded, the
    script's imports are already loaded in the child. A main run with ``-m`` is re-imported by
    name (a package's ``__main__`` not at all): nothing to add.
    """
    main = sys.modules.get("__main__")
    if getattr(getattr(main, "__spec__", None), "name", None) is not None:
        return []
    path = getattr(main, "__file__", None)
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8")) if path else None
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return []
    names: list[str] = []
    for node in tree.body if tree else []:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def run_forked(run_id: str, instance_ref: Any) -> None:
    """The forked run worker: ``dagster api execute_run``'s body, in a warm process.

    Exits non-zero when the run failed (the event log says why, as for a spawned worker).
    As for ``tradefacts run``: its SQLite files are kept open and WAL commits are not synced
    one by one (:func:`~assets.orchestration.instance.sqlite_files_kept_open`), and Dagster's
    SQLite storages reuse one engine per database instead of building one per connection
    (:func:`~assets.orchestration.instance.sqlite_engines_reused`; the warm worker went
    without it until round 48: ~0.2 CPU-s of each warm 10k add-one in SQLAlchemy's
    first-connect set-up and SQL compilation). The process already ends without the
    interpreter's teardown (``tradefacts run``'s ``exit_now``): a forkserver child returns
    from ``Process._bootstrap`` into ``os._exit``.
    """
    from dagster._cli.api import _execute_run_command_body
    from dagster._utils.interrupts import capture_interrupts

    with (
        capture_interrupts(),
        collector_for_a_run(),
        sqlite_files_kept_open(),
        sqlite_engines_reused(),
        DagsterInstance.from_ref(instance_ref) as instance,
    ):
        code = _execute_run_command_body(
            run_id, instance, write_stream_fn=lambda _event: None, set_exit_code_on_failure=True
        )
    sys.exit(code)


class WarmRunLauncher(DefaultRunLauncher):
    """``DefaultRunLauncher`` whose runs fork from a resident, preloaded forkserver."""

    def __init__(self, inst_data: ConfigurableClassData | None = None) -> None:
        super().__init__(inst_data=inst_data)
        self._server: tuple[str, tuple] | None = None  # (module, fingerprint) it preloaded
        self._processes: dict[str, multiprocessing.process.BaseProcess] = {}
        # the run coordinator may launch from its worker threads (``dequeue_use_threads``)
        self._lock = threading.Lock()

    def _warm_context(self, module: str) -> multiprocessing.context.BaseContext | None:
        """The forkserver context preloading ``module`` at the current code, restarted if stale;
        ``None`` when a stale server cannot be stopped (private stdlib API missing, or a run it
        forked still running)."""
        wanted = (module, code_fingerprint(module))
        context = multiprocessing.get_context("forkserver")
        if self._server is not None and self._server != wanted:
            stop = getattr(forkserver._forkserver, "_stop", None)  # noqa: SLF001
            # a run forked from the stale server still running: stopping the server would cut
            # the pipe its exit status comes through, so this one run starts cold instead
            if stop is None or any(p.is_alive() for p in self._processes.values()):
                return None
            stop()  # the next Process.start() starts a fresh server with the new code
        if self._server != wanted:
            # then what every run imports besides the code location (``run_preload``)
            context.set_forkserver_preload([*main_script_imports(), module, PRELOAD_RUN_MODULES])
            self._server = wanted
        return context

    def launch_run(self, context: LaunchRunContext) -> None:
        run = context.dagster_run
        module = preload_module(run.job_code_origin)
        # read here, not through the settings resource: the launcher lives in the daemon,
        # which never builds the definitions
        if os.environ.get(WARM_RUNS_ENV, "1") == "0" or module is None:
            return super().launch_run(context)
        with self._lock:
            warm = self._warm_context(module)
            if warm is None:
                return super().launch_run(context)
            self._processes = {k: p for k, p in self._processes.items() if p.is_alive()}
            self._instance.add_run_tags(run.run_id, {WARM_TAG: "forked"})
            process = warm.Process(
                target=run_forked, args=(run.run_id, self._instance.get_ref()), name=run.run_id
            )
            process.start()
            self._processes[run.run_id] = process
        self._run_ids.add(run.run_id)
        return None

    def terminate(self, run_id: str) -> bool:
        """SIGTERM to a warm run's process (Dagster's interrupt handling cancels the run), else
        the code server's termination."""
        process = self._processes.get(run_id)
        if process is None:
            return super().terminate(run_id)
        run = self._instance.get_run_by_id(run_id)
        if run is None or run.is_finished or not process.is_alive():
            return False
        self._instance.report_run_canceling(run)
        process.terminate()
        return True
