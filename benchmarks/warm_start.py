"""What a launched run's start costs, cold (spawned) and warm (forked from a preloaded server).

``python -m benchmarks.warm_start --docs 10000 [--state DIR] [--adds 2]``

Issue 18 item 3. Runs the daemon launches (sensor, schedule, UI) go through the instance's run
launcher; Dagster's default asks the code server, which *spawns* a fresh interpreter per run.
``assets.orchestration.warm_launcher.WarmRunLauncher`` forks them from a resident forkserver
that has imported ``assets.definitions``. On copies of a data folder after a full run of N
articles (``profile_run.make_state``), this launches ``--adds`` add-one runs (articles N,
N+1, … added one per run) each way, as the daemon would (a run created with the code location's
module origin, then ``launch_run``):

- **cold**: the same run body in a ``multiprocessing`` "spawn" process (what the gRPC server's
  ``StartRun`` does: a fresh interpreter, every import again);
- **warm**: ``WarmRunLauncher.launch_run`` (the first warm run also starts the server).

Per run: wall from launch to the worker's exit, the worker's CPU (a spawned worker is this
process's child; a forked one is the server's, read from its ``cutime``/``cstime``), wall from
launch to the first step's start (the run's start), and each step's wall from the event log;
the release id. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import time
from multiprocessing import forkserver
from pathlib import Path

from benchmarks.profile_run import make_state
from benchmarks.synth import DEFAULT_CACHE, Generator

STAGES = ("raw_documents", "sentences", "figures", "curated_figures", "reconcile_facts", "release")


def _children_cpu(pid: int | None = None) -> float:
    """CPU seconds of the waited-for children of this process, or of ``pid``."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def _tree_bytes(folder: Path) -> int:
    """Summed size of the files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _start_cpu(instance, run_id: str, process) -> float:
    """CPU seconds the worker used until the run's first step started (polled every 50 ms)."""
    from dagster import DagsterEventType

    used = float("nan")
    while process.is_alive():
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            break
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        if instance.all_logs(run_id, of_type=DagsterEventType.STEP_START):
            return cpu  # read before the query that saw the step: at most 50 ms late
        used = cpu
        time.sleep(0.05)
    return used


def _steps(instance, run_id: str, launched: float) -> dict[str, float]:
    """Wall seconds of each step, and ``start`` from launch to the first step's start."""
    from dagster import DagsterEventType

    starts: dict[str, float] = {}
    walls: dict[str, float] = {}
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None or event.step_key is None:
            continue
        if event.event_type == DagsterEventType.STEP_START:
            starts[event.step_key] = record.timestamp
        elif event.event_type in (DagsterEventType.STEP_SUCCESS, DagsterEventType.STEP_FAILURE):
            walls[event.step_key] = record.timestamp - starts.get(event.step_key, record.timestamp)
    checks = sum(v for k, v in walls.items() if k not in STAGES)
    out = {k: v for k, v in walls.items() if k in STAGES}
    out["checks (sum)"] = checks
    out["start"] = min(starts.values()) - launched if starts else float("nan")
    return out


def launch_one(instance, launcher, mode: str) -> dict:
    """One add-one run launched ``mode`` (``cold``/``warm``); its measurements."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository
    from dagster._core.launcher import LaunchRunContext

    from assets.definitions import JOB_NAME
    from assets.orchestration.warm_launcher import run_forked

    recon = ReconstructableRepository.for_module("assets.definitions", "defs", None)
    job = recon.get_reconstructable_job(JOB_NAME)
    run = instance.create_run_for_job(
        job_def=job.get_definition(), job_code_origin=job.get_python_origin()
    )
    rss_kb = 0
    home = Path(os.environ["DAGSTER_HOME"])
    home_before = _tree_bytes(home)
    if mode == "cold":
        cpu = _children_cpu()
        launched = time.time()
        process = multiprocessing.get_context("spawn").Process(
            target=run_forked, args=(run.run_id, instance.get_ref())
        )
        process.start()
        start_cpu = _start_cpu(instance, run.run_id, process)
        process.join()
        cpu = _children_cpu() - cpu
    else:
        server = forkserver._forkserver._forkserver_pid  # noqa: SLF001 - None before the first
        cpu = _children_cpu(server) if server else 0.0
        launched = time.time()
        launcher.launch_run(LaunchRunContext(dagster_run=run, workspace=None))
        process = launcher._processes[run.run_id]  # noqa: SLF001
        start_cpu = _start_cpu(instance, run.run_id, process)
        process.join()
        server = forkserver._forkserver._forkserver_pid  # noqa: SLF001
        time.sleep(0.2)  # the server reaps its child on SIGCHLD
        cpu = _children_cpu(server) - cpu
        status = Path(f"/proc/{server}/status").read_text()
        rss_kb = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS"))
    wall = time.time() - launched
    record = instance.get_run_by_id(run.run_id)
    from pipeline.release.layout import read_latest

    return {
        "mode": mode,
        "status": record.status.value,
        "wall_s": wall,
        "cpu_s": cpu,
        "start_cpu_s": start_cpu,
        "server_rss_mb": rss_kb / 1024,
        "dagster_home_growth_kb": (_tree_bytes(home) - home_before) / 1024,
        "release": read_latest(Path(os.environ["TRADEFACTS_DATA_DIR"])),
        "steps": _steps(instance, run.run_id, launched),
    }


def stop_forkserver() -> None:
    """Stop the resident server the warm launches started (if any): the next one starts fresh."""
    stop = getattr(forkserver._forkserver, "_stop", None)  # noqa: SLF001
    if stop and forkserver._forkserver._forkserver_pid:  # noqa: SLF001
        stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.warm_start", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--state", type=Path, help="a folder with input/ and data/")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--adds", type=int, default=2)
    parser.add_argument("--modes", default="cold,warm")
    args = parser.parse_args(argv)

    if args.state:
        folder, state = args.state / "input", args.state / "data"
    else:
        folder, state = make_state(args.docs, args.cache, args.seed)
    from dagster import DagsterInstance

    from assets.orchestration.instance import write_instance_yaml

    rows = []
    for mode in args.modes.split(","):
        work = args.cache / f"warm-start-{mode}-{os.getpid()}"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        data, inputs = work / "data", folder  # the state's own inputs: see profile_run
        subprocess.run(["cp", "-a", str(state), str(data)], check=True)
        added: list[Path] = []
        os.environ.update(
            DAGSTER_HOME=str(data / "dagster_home"),
            TRADEFACTS_SEEDS_DIR=str(inputs),
            TRADEFACTS_DATA_DIR=str(data),
            TRADEFACTS_SENSOR_RUNNING="0",
        )
        write_instance_yaml(data / "dagster_home")
        try:
            with DagsterInstance.get() as instance:
                for k in range(args.adds):
                    doc_id, text, _ = Generator(args.seed).article(args.docs + k)
                    added.append(inputs / f"{doc_id}.txt")
                    added[-1].write_bytes(text)
                    row = launch_one(instance, instance.run_launcher, mode)
                    row["add"] = k + 1
                    rows.append(row)
                    print(_line(row), flush=True)
        finally:
            stop_forkserver()
            for path in added:
                path.unlink(missing_ok=True)
            shutil.rmtree(work, ignore_errors=True)
    return 0


def _line(row: dict) -> str:
    steps = ", ".join(f"{k} {v:.1f}" for k, v in row["steps"].items())
    return (
        f"{row['mode']} add {row['add']}: {row['status']} wall {row['wall_s']:.1f} s, "
        f"CPU {row['cpu_s']:.1f} s (to the first step {row['start_cpu_s']:.1f}), "
        f"server RSS {row['server_rss_mb']:.0f} MB, "
        f"dagster_home +{row['dagster_home_growth_kb']:.0f} kB, release {row['release']}; steps (wall s): {steps}"
    )


if __name__ == "__main__":
    sys.exit(main())
