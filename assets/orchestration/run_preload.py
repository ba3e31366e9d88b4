"""What a warm run imports besides the code location, imported once by the warm server.

Why (issue 18, round 47): ``WarmRunLauncher``'s server preloads ``assets.definitions``, but a
forked run then imported ~650 more modules itself, every run: Dagster's run worker
(``dagster._cli.api``) and SQLite storages (SQLAlchemy, Alembic, Mako, Pygments, Dagster's
daemon types), pandera's backends and built-in checks (Hypothesis) at the first validation,
``pyarrow.dataset``, two report modules the release step imports late, and matplotlib whenever
the chart is redrawn. Imported here, in the server, before it forks, each run starts with them
loaded; nothing runs but the imports (no connection, no figure), so a run does what it did,
and (round 48) one extraction of a made-up page, :func:`warm_up`, which builds the extractor's
patterns once for every run.
Measured on 10k add-ones (``benchmarks/results/2026-12-06-issue18-round47.md``): the worker's
CPU until its first step 1.0-1.2 -> 0.2-0.3 s; release ids unchanged.

A module that fails to import is skipped (and a failing warm-up ignored): the run then imports
it itself and meets the error where it did before. Memory: the server holds them (RSS 182 ->
245 MB, matplotlib included; 252 MB with the warm-up's patterns).
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


WARM_UP_PAGE = (
    "date 2023-05-05 18:20\n"
    "Germany's trade with France in focus\n\n"
    "Bilateral trade between Germany and France totalled $9.698 billion last year, a decrease "
    "of 11%, said Economy Minister Hans Weber of Germany. German exports to France amounted "
    "to EUR 5,94 billion in 2022, while imports from France reached $3.76bn.\n\n"
    "The two countries plan to bring trade turnover to $20 billion by 2025. France supplied "
    "5.3 million tonnes of wheat to Germany over the period, up 4.2 percent year on year.\n"
)
"""A made-up English page (no real figures): what :func:`warm_up` extracts in the server."""


def warm_up() -> None:
    """Read, segment and extract :data:`WARM_UP_PAGE` once, the result dropped, any failure ignored.

    Why (issue 18, round 48): the extractor builds its patterns on first use (``@cache``
    builders and module-level ``None`` slots: ``numbers._patterns``, ``attribution``'s person
    patterns, ``caseless`` tries), so every forked run compiled them again for its first page:
    the first page of a fresh process cost ~0.34 CPU-s, the next one ~0.1. Built here, before
    the server forks, each run inherits them. Sound because extraction is a pure function of a
    page: the figures cache stores each page's rows by its content alone, and the output does
    not depend on how pages are split across worker processes, so what a process extracted
    before never changes what it extracts next (``benchmarks.same_figures`` compares outputs).
    """
    with contextlib.suppress(Exception):
        import pandas as pd

        from pipeline.extract.figures import extract_figures
        from pipeline.ingest.documents import document_from_bytes
        from pipeline.ingest.segment import segment_documents

        row = document_from_bytes(WARM_UP_PAGE.encode("utf-8"))  # ingest's decode and clean
        documents = pd.DataFrame([{**row, "doc_id": "warm-up"}])
        extract_figures(documents, segment_documents(documents), workers=1)


def preload() -> None:
    """Import :data:`RUN_MODULES`, each failure ignored (see the module doc), then
    :func:`warm_up`."""
    for name in RUN_MODULES:
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    warm_up()


preload()
