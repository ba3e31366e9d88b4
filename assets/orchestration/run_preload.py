"""What a warm run imports besides the code location, imported once by the warm server.

Why (issue 18, round 47): ``WarmRunLauncher``'s server preloads ``assets.definitions``, but a
forked run then imported ~650 more modules itself, every run: Dagster's run worker
(``dagster._cli.api``) and SQLite storages (SQLAlchemy, Alembic, Mako, Pygments, Dagster's
daemon types), pandera's backends and built-in checks (Hypothesis) at the first validation,
``pyarrow.dataset``, two report modules the release step imports late, and matplotlib whenever
the chart is redrawn. Imported here, in the server, before it forks, each run starts with them
loaded; nothing runs but the imports (no connection, no figure), so a run does what it did.
Measured on 10k add-ones (``benchmarks/results/2026-12-06-issue18-round47.md``): the worker's
CPU until its first step 1.0-1.2 -> 0.2-0.3 s; release ids unchanged.

A module that fails to import is skipped: the run then imports it itself and meets the error
where it did before. Memory: the server holds them (RSS 182 -> 245 MB, matplotlib included).
"""

from __future__ import annotations

import contextlib
import importlib

from assets.orchestration.instance import SQLITE_STORAGE_MODULES

RUN_MODULES = (
    "assets.orchestration.warm_launcher",  # the forked target (``run_forked``) itself
    "dagster._cli.api",  # the run worker's body (``_execute_run_command_body``)
    *SQLITE_STORAGE_MODULES,  # the instance the worker opens: SQLAlchemy, Alembic
    "pandera.backends.pandas.register",  # the schema checks' first validation
    "pandera.backends.pandas.builtin_checks",
    "pyarrow.dataset",
    "pipeline.report.chart_drawn",  # the release step's late imports
    "pipeline.report.mirror_memo",
    # the chart, drawn when a charted pair changed (``pipeline.report.chart``, ``chart_panel``)
    "matplotlib.style",
    "matplotlib.figure",
    "matplotlib.ticker",
    "matplotlib.collections",
    "matplotlib.lines",
    "matplotlib.backends.backend_agg",
)
"""Measured in a warm worker (modules new in the forked run, round 47), by their entry points."""


def preload() -> None:
    """Import :data:`RUN_MODULES`, each failure ignored (see the module doc)."""
    for name in RUN_MODULES:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


preload()
