"""``tradefacts run``: runs the ``publish_release`` job through Dagster.

Why through Dagster and a persistent instance: the run, its checks and materialisations then show
up in ``dagster dev``'s run history (with ``DAGSTER_HOME`` pointing at the same folder), exactly as
if the job had been launched from the UI.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass
from pathlib import Path

from dagster import (
    DagsterInstance,
    ExecuteInProcessResult,
    JobDefinition,
    JobExecutionResult,
    build_reconstructable_job,
    execute_job,
)

from assets.cli.progress import RUN_CONFIG, release_state, with_progress
from assets.orchestration.automation import sync_automation_flag
from assets.orchestration.collector import collector_for_a_run
from assets.orchestration.dead_runs import fail_dead_runs, process_tags
from assets.orchestration.instance import (
    sqlite_engines_reused,
    sqlite_files_kept_open,
    write_instance_yaml,
)
from assets.settings import TradefactsSettings
from pipeline.release.catalog import list_releases, verify_release
from pipeline.release.layout import read_latest, read_pin


def dagster_home(data_dir: Path, configured: str | None = None) -> Path:
    """``configured`` (``DAGSTER_HOME``) if set, else ``<data>/dagster_home``, with tradefacts'
    dagster.yaml."""
    home = Path(configured) if configured else data_dir / "dagster_home"
    home = home.resolve()
    write_instance_yaml(home)
    return home


def failure_reason(result: JobExecutionResult | ExecuteInProcessResult) -> str:
    """One line saying why a run failed: the first failed check, else the first failed step."""
    from assets.checks import FIRST_FAILURE  # pandera's import: only once a run has failed

    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            key = evaluation.asset_check_key
            cases = evaluation.metadata.get("failure_cases")
            count = f" ({cases.value} failure cases)" if cases is not None else ""
            reason = evaluation.metadata.get("reason")
            why = f": {reason.value}" if reason is not None else ""
            first = first_failure(evaluation.metadata.get(FIRST_FAILURE))
            return f"check {key.name} on {key.asset_key.to_user_string()} failed{count}{why}{first}"
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        while error is not None and error.cause is not None and is_wrapper(error.cls_name):
            error = error.cause  # Dagster wraps the user's error; the user's own cause stays
        if error is None:
            return f"step {event.step_key} failed: unknown error"
        if error.cls_name in INTERRUPTED:
            return f"interrupted (SIGTERM or Ctrl-C) in step {event.step_key}"
        return f"step {event.step_key} failed: {error_line(error.cls_name, error.message)}"
    return "run failed"


def first_failure(case: object, limit: int = 240) -> str:
    """``"; first: col=value, …"`` from a check's ``first_failure_case`` metadata (a JSON
    ``{column: text}``, assets/checks.py ``first_case``), or ``""`` without one.

    Why: a failed schema check printed only its count ("1 failure cases"), so a user could not
    tell which column or value broke it without opening the UI (new-user trial, round 58).
    """
    data = getattr(case, "data", case)
    if not isinstance(data, dict) or not data:
        return ""
    line = "; first: " + ", ".join(f"{k}={v}" for k, v in data.items())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def is_wrapper(cls_name: str | None) -> bool:
    """Whether a serialised error is Dagster's wrapper around the step's own error.

    Why not unwrap every cause: an error raised ``from`` another (the corrections file's
    ``ValueError`` naming the file, from pandera's ``SchemaErrors``) is the message meant for the
    user; its cause printed instead as ``SchemaErrors: … {`` (round 59's trial)."""
    return bool(cls_name) and cls_name.startswith("Dagster")


INTERRUPTED = {"DagsterExecutionInterruptedError", "KeyboardInterrupt"}
"""Errors Dagster records for a step stopped by SIGTERM or SIGINT (not a fault of the step)."""


def error_line(cls_name: str | None, message: str) -> str:
    """``Class: first line of the message``, the class named once.

    Why: an exception raised without arguments is serialised by Dagster with its qualified class
    name as the message (``dagster._core.errors.X``), which once printed as ``X: …errors.X``.
    """
    line = (message.strip().splitlines() or [""])[0]
    if not cls_name or line.startswith(cls_name):
        return line
    if line.split(".")[-1] == cls_name or not line:  # no message: the class alone
        return cls_name
    return f"{cls_name}: {line}"


MAX_QUARANTINE_LINES = 20
NO_ARTICLES = (
    "  warning: the input folder holds no *.txt article (other files are not read): "
    "this release is empty"
)


def summary(
    data_dir: Path, release_id: str, created: bool, previous_latest: str | None = None
) -> str:
    """Short text with the counts of the published release.

    The release line says ``new``, ``unchanged`` (``LATEST`` already was this release), or
    ``existing; LATEST moved from X`` when identical content to an older release moved
    ``LATEST`` back to it (an article removed again, a correction undone): a new-user trial saw
    "unchanged" while facts had disappeared from ``LATEST``.
    """
    from pipeline.release.counts import part_counts, rows_with
    from pipeline.release.layout import load_manifest

    # Counts from the manifest and two columns' value counts kept per part by its sha256
    # (pipeline.release.counts): reading whole tables to count their rows cost half a second
    # at 10k articles, and reading and hashing every part of two of them ~0.1 CPU-s.
    rows = {
        name: entry["rows"] for name, entry in load_manifest(data_dir, release_id)["files"].items()
    }
    statuses = part_counts(data_dir, release_id, "documents", "status")
    resolutions = part_counts(data_dir, release_id, "facts", "resolution")
    n_documents = sum(sum(part.counts.values()) for part in statuses)
    ok = sum(part.counts.get("ok", 0) for part in statuses)
    n_quarantined = sum(part.counts.get("quarantined", 0) for part in statuses)
    n_facts = sum(sum(part.counts.values()) for part in resolutions)
    conflicting = sum(part.counts.get("conflicting", 0) for part in resolutions)
    lines = [
        f"documents: {n_documents} ({ok} ok, {n_documents - ok} quarantined)",
        *([NO_ARTICLES] if n_documents == 0 else []),
        f"sentences: {rows['sentences']}",
        f"figures:   {rows['figures']}",
        f"facts:     {n_facts} ({conflicting} conflicting)",
        f"release:   {release_id} "
        f"({release_state(release_id, created, previous_latest, read_latest(data_dir))}) "
        f"in {data_dir / 'releases' / release_id}",
    ]
    shown = MAX_QUARANTINE_LINES
    quarantined = rows_with(
        release_id, statuses, "status", "quarantined", ["path", "reason"], shown
    )
    for path, reason in zip(quarantined["path"], quarantined["reason"], strict=True):
        lines.append(f"  quarantined {path}: {reason}")
    if n_quarantined > shown:
        lines.append(f"  ... and {n_quarantined - shown} more (documents.parquet, status)")
    report = data_dir / "releases" / release_id / "report.md"
    if report.is_file():
        lines.append(f"report:    {report}, claims.png")
    pinned = read_pin(data_dir)
    if pinned is not None and pinned != release_id:
        lines.append(
            f"LATEST:    pinned to {pinned} by a rollback; this release is published beside it "
            "(`tradefacts releases unpin` lets runs move LATEST)"
        )
    elif pinned is not None:
        lines.append(f"LATEST:    pinned to {pinned} by a rollback (`tradefacts releases unpin`)")
    return "\n".join(lines)


def cli_job(seeds_dir: str, data_dir: str, allow_shrink: bool = False) -> JobDefinition:
    """``publish_release`` with the stage-line logger, over these folders (other settings from
    the environment; ``allow_shrink`` lifts the shrink guard). Called by Dagster through
    ``build_reconstructable_job``; built once per :func:`run` (:func:`_one_job_per_run`)."""
    key = (seeds_dir, data_dir, allow_shrink)
    if _JOBS_OF_THIS_RUN is not None and key in _JOBS_OF_THIS_RUN:
        return _JOBS_OF_THIS_RUN[key]
    from assets.definitions import JOB_NAME, build_defs  # deferred: keeps ``--help`` fast

    overrides: dict[str, object] = {"seeds_dir": seeds_dir, "data_dir": data_dir}
    if allow_shrink:
        overrides["max_drop"] = 1.0
    paths = TradefactsSettings.from_env(**overrides)
    job = with_progress(build_defs(paths).resolve_job_def(JOB_NAME))
    if _JOBS_OF_THIS_RUN is not None:
        _JOBS_OF_THIS_RUN[key] = job
    return job


_JOBS_OF_THIS_RUN: dict[tuple[str, str, bool], JobDefinition] | None = None
"""The jobs :func:`cli_job` built during the current :func:`run` (``None`` outside one)."""


@contextlib.contextmanager
def _one_job_per_run():
    """While in the block, :func:`cli_job` builds the job once per arguments and hands the
    same definition to every later call.

    Why (issue 18): Dagster loads the job from its pointer four times in one run
    (``build_reconstructable_job``, then ``execute_job`` for the repository's load data, the
    run and the plan), and each load built the ``Definitions`` and resolved the job again:
    0.015-0.026 CPU-s each after the first (measured in a 10k add-one), ~0.06 per run. The
    environment and the code do not change within one run, so the four builds were equal.
    Only within one :func:`run`: a later run in the same process (tests, a caller in Python)
    builds afresh, so it sees the environment of its own time."""
    global _JOBS_OF_THIS_RUN
    previous, _JOBS_OF_THIS_RUN = _JOBS_OF_THIS_RUN, {}
    try:
        yield
    finally:
        _JOBS_OF_THIS_RUN = previous


def seeds_problem(seeds: Path) -> str | None:
    """The one line saying why ``seeds`` is no input folder, ``None`` when it is one."""
    if seeds.is_dir():
        return None
    what = "is a file, not a folder" if seeds.exists() else "does not exist"
    return f"tradefacts: seeds folder {seeds} {what}"


def run(seeds: Path, data: Path, log_level: str = "CRITICAL", *, allow_shrink: bool = False) -> int:
    """Execute ``publish_release`` against the persistent instance; 0 on success.

    Why ``execute_job`` and not ``JobDefinition.execute_in_process``: the latter keeps every
    step's output in memory for the result object, i.e. every table of the corpus at once
    (3.4 GB at 100k articles); here outputs live only in the IO manager's Parquet files.
    Dagster rebuilds the job from ``cli_job`` and the folders given as its arguments.
    """
    problem = seeds_problem(seeds)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    try:  # settings are checked before any work: a typo should not cost a whole extraction
        settings = TradefactsSettings.from_env()
        settings.policy()
        settings.band()
    except ValueError as exc:
        print(f"tradefacts: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    data.mkdir(parents=True, exist_ok=True)
    config = {"loggers": {"console": {"config": {"log_level": log_level}}, **RUN_CONFIG}}
    # The caller holds the writer lock: only this run can move LATEST or add a release.
    before = _State(read_latest(data), frozenset(r.release_id for r in list_releases(data)))
    try:
        with _one_job_per_run():
            job = build_reconstructable_job(
                "assets.cli.run", "cli_job", (str(seeds), str(data), allow_shrink)
            )
            home = dagster_home(data, TradefactsSettings.from_env().dagster_home)
            with (
                collector_for_a_run(),
                sqlite_files_kept_open(),
                sqlite_engines_reused(),
                DagsterInstance.from_config(str(home)) as instance,
                _after_dead_runs(instance) as instance,
            ):
                sync_automation_flag(instance)  # the UI's "Auto-materialize" chip tells the truth
                with execute_job(
                    job, instance, run_config=config, raise_on_error=False, tags=process_tags()
                ) as result:
                    return _report(result, data, before)
    except Exception as exc:  # the CLI promises one line, not a traceback
        return _failed(data, before, f"{type(exc).__name__}: {exc}".splitlines()[0])


@dataclass(frozen=True)
class _State:
    """``LATEST`` and the release ids present when the run started."""

    latest: str | None
    releases: frozenset[str]


def _failed(data: Path, before: _State, reason: str) -> int:
    """Exit status of a run that failed: 1, unless it had already published a release.

    Why 0 then: the exit status and ``LATEST`` must agree, and ``LATEST`` cannot be taken back
    (readers may already use it). So a run whose release is published and verifies counts as a
    success whatever failed after it (e.g. the Dagster instance's database being full when the
    run's last events are written); the warning says what failed.
    """
    after = read_latest(data)
    if after is None or after == before.latest or verify_release(data, after):
        print(f"tradefacts: {reason}", file=sys.stderr)
        return 1
    print(
        f"tradefacts: warning: published release {after} (LATEST) but the run then failed: "
        f"{reason}; the Dagster instance may not show this run's last events",
        file=sys.stderr,
    )
    print(summary(data, after, after not in before.releases, previous_latest=before.latest))
    return 0


@contextlib.contextmanager
def _after_dead_runs(instance: DagsterInstance):
    """The instance, once runs whose process died are marked failed (they would stall the queue)."""
    fail_dead_runs(instance)
    yield instance


def _report(result: JobExecutionResult, data: Path, before: _State) -> int:
    if not result.success:
        return _failed(data, before, f"run {result.run_id} failed: {failure_reason(result)}")
    (materialization,) = result.asset_materializations_for_node("release")
    release_id = materialization.metadata["release_id"].value
    created = bool(materialization.metadata["created"].value)
    repaired = materialization.metadata.get("repaired")
    if repaired is not None and repaired.value != "none":
        print(
            f"tradefacts: rewrote damaged release {release_id}: {repaired.value}", file=sys.stderr
        )
    print(summary(data, release_id, created, previous_latest=before.latest))
    print(f"dagster run: {result.run_id}")
    return 0
