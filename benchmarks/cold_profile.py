"""Launched add-ones at N articles, code trees A/B, interleaved: CPU, wall, and (``--sample``)
where the CPU of a cold ``tradefacts run`` goes (``benchmarks/cold_sample.py``).

``python -m benchmarks.cold_profile --state DIR [--code TREE ...] [--trials 3] [--sample]
[--json OUT]``

``--state``: a folder with ``input/`` and ``data/`` after a full run of the first N articles
(``profile_run.make_state``, e.g. ``python -m benchmarks.profile_run --docs 10000 --cache
/tmp/x --plain`` leaves ``/tmp/x/profile-state-10000``). ``--code``: source trees to compare
(default: this checkout), each run as ``PYTHONPATH=TREE python -m assets.cli run`` with this
interpreter; a tree is e.g. ``git archive <commit> | tar -x -C TREE``.

Each trial, for each tree in turn (so the machine's load falls on all of them alike): the state's
data folder copied (``cp -a``), article N added and a run made (the warm-up: a copy has new
inodes, so its first run re-hashes what a stat stamp vouched for; unmeasured), then article N+1
added and the measured run: the child's CPU (``getrusage``), wall, each step's wall from the
instance, the release id (equal for every tree and trial when the output is unchanged).
Articles N and N+1 are removed from the state's input folder afterwards. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.synth import Generator

SAMPLER = Path(__file__).with_name("cold_sample.py")
GROUPS = (
    # (row of the table, labels of cold_sample.py summed into it)
    ("process start and imports", ("imports",)),
    ("Dagster: run start (instance, job, run, plan)", ("dagster run start",)),
    ("Dagster: between steps (events, bookkeeping)", ("between steps",)),
    ("raw_documents", ("raw_documents",)),
    ("sentences", ("sentences",)),
    ("figures", ("figures",)),
    ("curated_figures", ("curated_figures",)),
    ("reconcile_facts", ("reconcile_facts",)),
    ("release (writing the release, report)", ("release",)),
    ("IO manager: store / load", ("IO store", "IO load")),
    ("schema checks (pandera, 7)", ("schema checks",)),
    ("other checks (release_schema, shrink_guard, input)",
     ("release_schema", "shrink_guard", "input check")),
    ("wind-down (summary, exit handlers)", ("wind-down",)),
)  # fmt: skip


def _env(tree: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"):
        env.pop(name, None)
    env["PYTHONPATH"] = str(tree)
    return env


def launched(tree: Path, folder: Path, data: Path, sample: Path | None = None) -> dict:
    """One ``tradefacts run`` of ``tree``'s code as a child: wall, CPU, exit, stdout."""
    head = [str(SAMPLER), str(sample)] if sample else ["-m", "assets.cli"]
    cmd = [sys.executable, *head, "run", "--seeds", str(folder), "--data", str(data)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, launched_at = time.perf_counter(), time.time()
    done = subprocess.run(cmd, cwd=tree, env=_env(tree), capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"wall_s": wall, "cpu_s": cpu, "launched": launched_at, "returncode": done.returncode,
            "stdout": done.stdout, "stderr": done.stderr[-4000:]}  # fmt: skip


def step_walls(data: Path, stdout: str) -> dict[str, float]:
    """Wall seconds of each step of the run whose id ``stdout`` names (empty if none)."""
    from dagster import DagsterInstance

    run_id = next(
        (line.split(": ", 1)[1] for line in stdout.splitlines() if line.startswith("dagster run:")),
        None,
    )
    if run_id is None:
        return {}
    with DagsterInstance.from_config(str(data / "dagster_home")) as instance:
        stats = instance.get_run_step_stats(run_id)
    return {s.step_key: s.end_time - s.start_time for s in stats if s.start_time and s.end_time}


def trial(tree: Path, state: Path, work: Path, n: int, sample: bool) -> dict:
    """Warm-up add-one (article n) and the measured one (n + 1) on a copy of ``state``."""
    folder, data = state / "input", work / "data"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    subprocess.run(["cp", "-a", str(state / "data"), str(data)], check=True)
    gen, added = Generator(0), []
    try:
        for index, measured in ((n, False), (n + 1, True)):
            doc_id, text, _ = gen.article(index)
            added.append(folder / f"{doc_id}.txt")
            added[-1].write_bytes(text)
            sampled = work / "sample.json" if measured and sample else None
            result = launched(tree, folder, data, sampled)
            if result["returncode"] != 0:
                raise SystemExit(f"{tree}: run failed: {result['stderr']}")
        result["release_id"] = (data / "releases" / "LATEST").read_text().strip()
        result["steps"] = step_walls(data, result.pop("stdout"))
        result["load"] = os.getloadavg()[0]
        if sampled is not None:
            result["sample"] = json.loads(sampled.read_text())
        return result
    finally:
        for path in added:
            path.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def table(results: dict[str, list[dict]]) -> str:
    """Markdown: median wall and CPU per tree, and the sampled split when there is one."""
    lines = ["| code | add-one wall: median [min–max] | CPU: median [min–max] | release id |",
             "|---|---:|---:|---|"]  # fmt: skip
    for tree, runs in results.items():
        walls, cpus = [r["wall_s"] for r in runs], [r["cpu_s"] for r in runs]
        ids = ", ".join(sorted({r["release_id"] for r in runs}))
        lines.append(
            f"| {tree} | {statistics.median(walls):.2f} s [{min(walls):.2f}–{max(walls):.2f}] "
            f"| {statistics.median(cpus):.2f} s [{min(cpus):.2f}–{max(cpus):.2f}] | {ids} |"
        )
    sampled = {t: [r["sample"] for r in runs if "sample" in r] for t, runs in results.items()}
    if any(sampled.values()):
        trees = [t for t, s in sampled.items() if s]
        lines += ["", "Sampled CPU seconds of the main thread, median of the trials:", "",
                  "| part | " + " | ".join(trees) + " |", "|---|" + "---:|" * len(trees)]  # fmt: skip
        for row, labels in GROUPS:
            cells = [
                statistics.median(sum(s["cpu"].get(k, 0.0) for k in labels) for s in sampled[t])
                for t in trees
            ]
            lines.append(f"| {row} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
        for row, key in (("main thread", "main_thread_cpu"), ("process", "process_cpu")):
            cells = [statistics.median(s[key] for s in sampled[t]) for t in trees]
            lines.append(f"| {row} | " + " | ".join(f"{c:.2f}" for c in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cold_profile", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--state", type=Path, required=True)
    parser.add_argument("--code", type=Path, nargs="*", default=[Path(__file__).parents[1]])
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--sample", action="store_true", help="run the child under the sampler")
    parser.add_argument("--json", type=Path, help="write every run's numbers here")
    args = parser.parse_args(argv)
    n = sum(1 for _ in (args.state / "input").glob("*.txt"))
    results: dict[str, list[dict]] = {str(tree): [] for tree in args.code}
    for k in range(args.trials):
        for tree in args.code:
            work = args.state.parent / f"cold-profile-{os.getpid()}"
            r = trial(tree.resolve(), args.state, work, n, args.sample)
            results[str(tree)].append(r)
            print(f"trial {k + 1} {tree}: {r['wall_s']:.2f} s wall, {r['cpu_s']:.2f} CPU-s, "
                  f"{r['release_id']}, load {r['load']:.1f}", flush=True)  # fmt: skip
            if args.json:
                args.json.write_text(json.dumps(results, indent=1) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
