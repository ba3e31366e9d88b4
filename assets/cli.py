"""``tradefacts`` command line: runs the ``publish_release`` job through Dagster.

Why through Dagster and a persistent instance: the run, its checks and materialisations then show
up in ``dagster dev``'s run history (with ``DAGSTER_HOME`` pointing at the same folder), exactly as
if the job had been launched from the UI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dagster import DagsterInstance, ExecuteInProcessResult

from assets.resources import DATA_ENV, DEFAULT_DATA, DEFAULT_SEEDS, SEEDS_ENV, TradefactsPaths

DAGSTER_YAML = "telemetry:\n  enabled: false\n"


def dagster_home(data_dir: Path) -> Path:
    """``DAGSTER_HOME`` if set, else ``<data>/dagster_home`` (made with a minimal dagster.yaml)."""
    env = os.environ.get("DAGSTER_HOME")
    home = Path(env) if env else data_dir / "dagster_home"
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    return home


def failure_reason(result: ExecuteInProcessResult) -> str:
    """One line saying why a run failed: the first failed check, else the first failed step."""
    for evaluation in result.get_asset_check_evaluations():
        if not evaluation.passed:
            key = evaluation.asset_check_key
            cases = evaluation.metadata.get("failure_cases")
            count = f" ({cases.value} failure cases)" if cases is not None else ""
            return f"check {key.name} on {key.asset_key.to_user_string()} failed{count}"
    for event in result.get_step_failure_events():
        error = event.step_failure_data.error
        message = error.message.strip().splitlines()[0] if error else "unknown error"
        return f"step {event.step_key} failed: {message}"
    return "run failed"


def summary(data_dir: Path, release_id: str, created: bool) -> str:
    """Short text with the counts of the published release."""
    from pipeline.store import load_table

    documents = load_table(data_dir, release_id, "documents")
    facts = load_table(data_dir, release_id, "facts")
    ok = int((documents["status"] == "ok").sum())
    conflicting = int((facts["resolution"] == "conflicting").sum())
    lines = [
        f"documents: {len(documents)} ({ok} ok, {len(documents) - ok} quarantined)",
        f"sentences: {len(load_table(data_dir, release_id, 'sentences'))}",
        f"figures:   {len(load_table(data_dir, release_id, 'figures'))}",
        f"facts:     {len(facts)} ({conflicting} conflicting)",
        f"release:   {release_id} ({'new' if created else 'unchanged'}) "
        f"in {data_dir / 'releases' / release_id}",
    ]
    return "\n".join(lines)


def run(seeds: Path, data: Path, log_level: str = "CRITICAL") -> int:
    """Execute ``publish_release`` against the persistent instance; 0 on success."""
    if not seeds.is_dir():
        print(f"tradefacts: seeds folder {seeds} does not exist", file=sys.stderr)
        return 2
    from assets.definitions import JOB_NAME, build_defs  # deferred: keeps ``--help`` fast

    data.mkdir(parents=True, exist_ok=True)
    paths = TradefactsPaths(seeds_dir=str(seeds), data_dir=str(data))
    try:
        job = build_defs(paths).resolve_job_def(JOB_NAME)
        with DagsterInstance.from_config(str(dagster_home(data))) as instance:
            result = job.execute_in_process(
                run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
                instance=instance,
                raise_on_error=False,
            )
    except Exception as exc:  # the CLI promises one line, not a traceback
        print(f"tradefacts: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    if not result.success:
        print(f"tradefacts: run {result.run_id} failed: {failure_reason(result)}", file=sys.stderr)
        return 1
    (materialization,) = result.asset_materializations_for_node("release")
    release_id = materialization.metadata["release_id"].value
    created = bool(materialization.metadata["created"].value)
    print(summary(data, release_id, created))
    print(f"dagster run: {result.run_id}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tradefacts`` console script."""
    parser = argparse.ArgumentParser(prog="tradefacts", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="materialise every asset and publish a release")
    run_parser.add_argument(
        "--seeds",
        type=Path,
        default=Path(os.environ.get(SEEDS_ENV) or DEFAULT_SEEDS),
        help=f"folder of *.txt articles (env {SEEDS_ENV}, default {DEFAULT_SEEDS}/)",
    )
    run_parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get(DATA_ENV) or DEFAULT_DATA),
        help=f"output folder (env {DATA_ENV}, default {DEFAULT_DATA}/)",
    )
    run_parser.add_argument(
        "-v", "--verbose", action="store_true", help="show Dagster's event log on stderr"
    )
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(args.seeds, args.data, "DEBUG" if args.verbose else "CRITICAL")
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
