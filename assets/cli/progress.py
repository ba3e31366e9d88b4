"""Stage lines for ``tradefacts run``: one line per stage, filled in when the stage ends.

Why from Dagster events rather than log text: the run's own step events say when a stage starts
and ends and what it materialised (row counts, the release id), so the lines need no parsing
and print while the run goes on, not after it. The logger is added to the job as an extra
Dagster logger (run config ``loggers: {progress: {}}``); Dagster's console log stays as quiet
as ``--verbose`` asks.

    stage      step             result                                  time
    ingest     raw_documents    5 rows                                 0.4 s
    …
    publish    release          4c1714bafbc62b74 (new)                 1.6 s
"""

from __future__ import annotations

import logging
import sys
import time

from dagster import JobDefinition, LoggerDefinition

STAGES = {
    "raw_documents": "ingest",
    "sentences": "segment",
    "figures": "extract",
    "curated_figures": "curate",
    "reconcile_facts": "reconcile",
    "release": "publish",
}
"""Asset steps shown, in run order, with the stage name printed for each."""
LOGGER = "progress"
RUN_CONFIG = {LOGGER: {}}
"""Entry to merge into the run config's ``loggers`` so the progress logger runs."""


class ProgressHandler(logging.Handler):
    """Prints a stage line at each asset step's start and completes it at its end."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.started: dict[str, float] = {}
        self.results: dict[str, list[str]] = {}
        self.header = False

    def _write(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    def emit(self, record: logging.LogRecord) -> None:
        event = (getattr(record, "dagster_meta", None) or {}).get("dagster_event")
        if event is None or event.step_key not in STAGES:
            return
        kind, step = event.event_type_value, event.step_key
        if kind == "STEP_START":
            if not self.header:
                self._write(f"{'stage':<11}{'step':<17}{'result':<46}{'time':>7}\n")
                self.header = True
            self.started[step] = time.monotonic()
            self.results[step] = []
            self._write(f"{STAGES[step]:<11}{step:<17}")
        elif kind == "ASSET_MATERIALIZATION":
            self.results.setdefault(step, []).append(_result(event))
        elif kind in ("STEP_SUCCESS", "STEP_FAILURE") and step in self.started:
            seconds = time.monotonic() - self.started.pop(step)
            result = ", ".join(self.results.pop(step, [])) if kind == "STEP_SUCCESS" else "FAILED"
            self._write(f"{result:<46}{seconds:>5.1f} s\n")


def release_state(release_id: str, created: bool, previous: str | None, latest: str | None) -> str:
    """``new``, ``unchanged``, or ``existing; LATEST moved from X`` (identical tables to an older
    release moved ``LATEST`` back to it: an article removed again, a correction undone).

    ``previous``: ``LATEST`` before the run; ``latest``: after it (a rollback's pin may have
    kept it elsewhere). Shared by the progress line and the run's summary, which said
    "unchanged" while facts had disappeared from ``LATEST`` (new-user trial, round 58).
    """
    if created:
        return "new"
    if previous is not None and previous != release_id and latest == release_id:
        return f"existing; LATEST moved from {previous}"
    return "unchanged"


def _named(metadata, key: str) -> str | None:
    """A release id kept as text in the materialisation's metadata, ``None`` for ``"none"``."""
    entry = metadata.get(key)
    return None if entry is None or entry.value == "none" else entry.value


def _result(event) -> str:
    """``23 facts`` from a materialisation's row count; ``<id> (new)`` for the release."""
    materialization = event.event_specific_data.materialization
    metadata = materialization.metadata
    name = materialization.asset_key.to_user_string()
    if "release_id" in metadata:
        created = metadata.get("created")
        release_id = metadata["release_id"].value
        previous, pinned = (_named(metadata, key) for key in ("previous_latest", "pinned"))
        state = release_state(
            release_id, created is not None and created.value, previous, pinned or release_id
        )
        return f"{release_id} ({state})"
    rows = metadata.get("dagster/row_count")
    if rows is None:
        return name
    return f"{rows.value} rows" if name in STAGES else f"{rows.value} {name}"


def progress_logger() -> LoggerDefinition:
    """A Dagster logger that prints the stage lines on stdout."""

    def init(_context) -> logging.Logger:
        logger = logging.Logger("tradefacts.progress", logging.DEBUG)
        logger.addHandler(ProgressHandler())
        return logger

    return LoggerDefinition(init, description="tradefacts run: one line per stage")


def with_progress(job: JobDefinition) -> JobDefinition:
    """``job`` with the progress logger next to its own loggers."""
    return job.with_logger_defs({**job.loggers, LOGGER: progress_logger()})
