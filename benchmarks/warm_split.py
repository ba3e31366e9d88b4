"""Why a warm add-one is hardly cheaper than a cold one: the same add-one's CPU by step, run
three ways from one process that has imported what the warm server imports.

``python -m benchmarks.warm_split --state DIR [--docs N] [--trials 2] [--modes cli,launched,forked]``

``--state``: a folder with ``input/`` (articles 0 .. N-1 at least) and ``data/`` after a run
over them (e.g. what ``benchmarks.run --live --keep`` leaves; ``--docs`` is then the number of
articles in ``input/``). For each trial and mode in turn, on a fresh ``cp -a`` of ``data/``,
one article (``--docs`` + trial number, as ``warm_start``) is added and run:

- ``cli``: ``assets.cli.run.run`` in this process (what ``tradefacts run`` does once imported);
- ``launched``: a run created as the daemon creates a sensor's run (no run config), executed by
  ``warm_launcher.run_forked``'s body in this process (no fork);
- ``forked``: the same, in a child ``os.fork``-ed from this process (what the warm server does);
- ``cold``: ``tradefacts run`` in a fresh interpreter, sampled by ``benchmarks/cold_sample.py``
  from its first line (imports apart, and the CPU of the imports made inside a step charged to
  ``imports``, not to the step).

Each is sampled by ``profile_run.StepSampler`` on the run thread (CPU per step function,
"start-up" before the first, "between steps"), so the three are compared step by step; the
process CPU of the run and the release id are printed too. The process first imports
``assets.definitions`` and ``run_preload``'s modules and extracts the warm-up page, as the warm
server does. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.profile_run import StepSampler
from benchmarks.synth import Generator


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _latest(data: Path) -> str:
    return (data / "releases" / "LATEST").read_text().strip()


def _launched_body(instance, launch_config: dict | None) -> int:
    """Create a run as the daemon does for a sensor request and execute it here."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository
    from dagster._utils.interrupts import capture_interrupts

    from assets.definitions import JOB_NAME
    from assets.orchestration.collector import collector_for_a_run
    from assets.orchestration.instance import sqlite_engines_reused, sqlite_files_kept_open

    recon = ReconstructableRepository.for_module("assets.definitions", "defs", None)
    job = recon.get_reconstructable_job(JOB_NAME)
    run = instance.create_run_for_job(
        job_def=job.get_definition(),
        job_code_origin=job.get_python_origin(),
        run_config=launch_config or {},
    )
    from dagster import DagsterInstance
    from dagster._cli.api import _execute_run_command_body

    ref = instance.get_ref()
    with (
        capture_interrupts(),
        collector_for_a_run(),
        sqlite_files_kept_open(),
        sqlite_engines_reused(),
        DagsterInstance.from_ref(ref) as inner,
    ):
        return _execute_run_command_body(
            run.run_id, inner, write_stream_fn=lambda _event: None, set_exit_code_on_failure=True
        )


def _sampled(fn) -> dict:
    """``fn()`` on this thread under a step sampler: its CPU split and the process CPU."""
    sampler = StepSampler()
    cpu, wall = _cpu(), time.perf_counter()
    sampler.start()
    try:
        code = fn()
    finally:
        sampler.stop()
    return {
        "code": code,
        "cpu_s": _cpu() - cpu,
        "wall_s": time.perf_counter() - wall,
        "steps": {k: round(v, 3) for k, v in sorted(sampler.cpu.items())},
    }


def one(mode: str, folder: Path, data: Path, launch_config: dict | None) -> dict:
    """One add-one of ``mode`` on ``data``; its sampled CPU by step and the release id."""
    from dagster import DagsterInstance

    from assets.orchestration.instance import write_instance_yaml

    os.environ.update(
        DAGSTER_HOME=str(data / "dagster_home"),
        TRADEFACTS_SEEDS_DIR=str(folder),
        TRADEFACTS_DATA_DIR=str(data),
        TRADEFACTS_SENSOR_RUNNING="0",
    )
    write_instance_yaml(data / "dagster_home")
    if mode == "cold":
        row = _cold(folder, data)
    elif mode == "cli":
        from assets.cli.run import run

        row = _sampled(lambda: run(folder, data))
    else:
        # the definitions read the environment when built: rebuild them for this data folder
        import assets.definitions as definitions

        definitions.defs = definitions.build_defs()
        with DagsterInstance.get() as instance:
            if mode == "launched":
                row = _sampled(lambda: _launched_body(instance, launch_config))
            else:
                row = _forked(lambda: _launched_body(instance, launch_config))
    row["mode"] = mode
    row["release"] = _latest(data)
    return row


def _cold(folder: Path, data: Path) -> dict:
    """``tradefacts run`` in a fresh interpreter under ``cold_sample.py``: its CPU by label."""
    out = data.parent / f"{data.name}-cold.json"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    sampler = str(Path(__file__).with_name("cold_sample.py"))
    command = [sys.executable, sampler, str(out), "run", "--seeds", str(folder), "--data"]
    done = subprocess.run([*command, str(data)], capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    report = json.loads(out.read_text())
    out.unlink()
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "code": done.returncode,
        "cpu_s": cpu,
        "wall_s": time.perf_counter() - wall,
        "steps": {k: round(v, 3) for k, v in sorted(report["cpu"].items())},
        "imports_during": {k: round(v, 3) for k, v in report["imports_during"].items()},
        "imports_outer": {k: round(v, 3) for k, v in report["imports_outer"].items()},
        "imports_inner": {k: round(v, 3) for k, v in report["imports_inner"].items()},
    }


def _forked(body) -> dict:
    """``_sampled(body)`` in a forked child; its row read back through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: sample, send the row, leave without the parent's teardown
        os.close(read)
        try:
            row = _sampled(body)
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            row = {"error": repr(error)}
        os.write(write, json.dumps(row).encode())
        os.close(write)
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.warm_split", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--state", type=Path, required=True)
    parser.add_argument("--docs", type=int, required=True, help="articles in the state's input")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--trials", type=int, default=2)
    parser.add_argument("--modes", default="cli,launched,forked")
    parser.add_argument(
        "--console-level", default=None, help="launched/forked: the console logger's level"
    )
    parser.add_argument("--work", type=Path, default=Path("/tmp/warm-split"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    import assets.definitions  # noqa: F401 - what the warm server preloads
    from assets.orchestration.run_preload import RUN_MODULES, warm_up

    for name in RUN_MODULES:
        __import__(name)
    warm_up()
    launch_config = (
        {"loggers": {"console": {"config": {"log_level": args.console_level}}}}
        if args.console_level
        else None
    )
    folder = args.state / "input"
    rows = []
    for trial in range(args.trials):
        doc_id, text, _ = Generator(args.seed).article(args.docs + trial)
        article = folder / f"{doc_id}.txt"
        for mode in args.modes.split(","):
            work = args.work / mode
            shutil.rmtree(work, ignore_errors=True)
            work.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["cp", "-a", str(args.state / "data"), str(work)], check=True)
            article.write_bytes(text)
            try:
                row = one(mode, folder, work, launch_config)
            finally:
                article.unlink(missing_ok=True)
            row.update(trial=trial, load=os.getloadavg()[0])
            rows.append(row)
            print(json.dumps(row), flush=True)
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
