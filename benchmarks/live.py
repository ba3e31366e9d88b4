"""A live feed at archive scale (issue 18): what adding one article costs at 10k and 100k.

``python -m benchmarks.run --live --docs 10000,100000 --json out.json`` (or this module's
``main``). For each size N, on an input folder of hard links to the cached synthetic corpus:

1. **full run**: ``tradefacts run`` on N articles (wall, CPU, peak RSS of the largest process
   from ``wait4`` and of the whole process tree sampled twice a second), disk used by ``data/``.
2. **ten add-one releases**: one more article written, ``tradefacts run`` again, ten times.
   Each: wall, CPU, time per Dagster step (from the run's instance: every asset and check step),
   start-up (process start to the first step) and wind-down (last step to exit), bytes written
   (``ru_oublock`` of the child, 512-byte blocks, i.e. everything it wrote: caches, instance
   database, release), growth of ``du`` of ``data/`` (hard links counted once), release id.
3. **warm add-ones** (``--warm-adds``, default 3): the path the operators' runs take. A run the
   sensor (or schedule, or UI) requests is launched by the daemon through the instance's run
   launcher, ``WarmRunLauncher``, which forks it from a resident server that has imported the
   code location (``assets/orchestration/warm_launcher.py``); ``tradefacts run`` above starts a
   fresh interpreter instead. Each: one more article, then a run created and launched as the
   daemon does (``benchmarks.warm_start.launch_one``): wall from launch to the worker's exit,
   the worker's CPU, CPU until its first step, per-step wall, release id, ``du`` growth. The
   first one also starts the server (its imports are the server's, not the run's CPU), as the
   daemon's first launch does; the median is over the others. Not measured: the sensor's tick
   interval and the run queue's poll (1 s) before a launch.
4. **sensor tick**: the real sensor evaluated in this process (``build_sensor_context``) over
   the N+10 files with the cursor of the previous tick: a steady tick (nothing changed) and a
   tick after an article was added; and, for comparison, hashing every file (what a tick did
   before file hashes were remembered).
5. **full recompute**: ``tradefacts run`` of the same inputs into an empty data folder; its
   release id must equal the last incremental one, warm or cold (both printed).

Nothing here is a test: no thresholds are asserted. Wall times depend on the machine's load,
recorded as the load average before and after each size.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path

from benchmarks.synth import Generator, cached_corpus

ADD_ONE_RUNS = 10
WARM_ADD_ONE_RUNS = 3
STAGE_LINE = re.compile(r"^(\w+)\s+(\w+)\s+.*?([\d.]+) s$")


def du_bytes(folder: Path) -> int:
    """Disk blocks used by ``folder`` in bytes, each hard-linked file counted once (``du``)."""
    done = subprocess.run(
        ["du", "-s", "--block-size=1", str(folder)], capture_output=True, text=True, check=True
    )
    return int(done.stdout.split()[0])


def step_times(data: Path, run_id: str) -> dict:
    """Per-step wall seconds of a finished run, and its start and end (epoch seconds)."""
    from dagster import DagsterInstance

    home = data / "dagster_home"
    with DagsterInstance.from_config(str(home)) as instance:
        stats = instance.get_run_step_stats(run_id)
        record = instance.get_run_record_by_id(run_id)
    steps = {s.step_key: (s.end_time or 0) - (s.start_time or 0) for s in stats if s.start_time}
    starts = [s.start_time for s in stats if s.start_time]
    ends = [s.end_time for s in stats if s.end_time]
    return {
        "steps": steps,
        "first_step_start": min(starts) if starts else None,
        "last_step_end": max(ends) if ends else None,
        "run_start": record.start_time if record else None,
    }


def timed_run(folder: Path, data: Path, label: str) -> dict:
    """``run_cli`` plus step times, bytes written, ``du`` of ``data`` and the release id."""
    from benchmarks.child import release_files, run_cli

    launched = time.time()
    result = run_cli(folder, data, label)
    result["launched"] = launched
    result["release_id"], files = release_files(data)
    result["release_bytes"] = sum(f["bytes"] for f in files.values())
    result["du_bytes"] = du_bytes(data)
    run_id = next(
        (line.split(": ", 1)[1] for line in result["stdout"] if line.startswith("dagster run:")),
        None,
    )
    result["stages"] = {
        m.group(2): float(m.group(3))
        for line in result["stdout"]
        if (m := STAGE_LINE.match(line.strip()))
    }
    if run_id:
        timing = step_times(data, run_id)
        result.update(timing)
        if timing["first_step_start"]:
            result["startup_s"] = timing["first_step_start"] - launched
            result["winddown_s"] = launched + result["wall_s"] - timing["last_step_end"]
    return result


def warm_add_ones(folder: Path, data: Path, gen: Generator, first: int, count: int) -> list[dict]:
    """``count`` add-ones (articles ``first``, ``first + 1``, …) launched warm, as the daemon
    launches a sensor's run (see the module docstring, item 3)."""
    from dagster import DagsterInstance

    from assets.orchestration.instance import write_instance_yaml
    from benchmarks.warm_start import launch_one, stop_forkserver

    names = ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR",
             "TRADEFACTS_SENSOR_RUNNING")  # fmt: skip
    saved = {name: os.environ.get(name) for name in names}
    os.environ.update(
        DAGSTER_HOME=str(data / "dagster_home"),
        TRADEFACTS_SEEDS_DIR=str(folder),
        TRADEFACTS_DATA_DIR=str(data),
        TRADEFACTS_SENSOR_RUNNING="0",
    )
    write_instance_yaml(data / "dagster_home")
    rows: list[dict] = []
    try:
        with DagsterInstance.get() as instance:
            for k in range(count):
                doc_id, text, _ = gen.article(first + k)
                (folder / f"{doc_id}.txt").write_bytes(text)
                before = du_bytes(data)
                row = launch_one(instance, instance.run_launcher, "warm")
                row["release_id"] = row.pop("release")
                row["du_growth_bytes"] = du_bytes(data) - before
                rows.append(row)
                print(
                    f"warm add {k + 1}: {row['status']}, {row['wall_s']:.1f}s wall, "
                    f"{row['cpu_s']:.1f}s CPU ({row['start_cpu_s']:.1f} to the first step), "
                    f"release {row['release_id']}",
                    flush=True,
                )
    finally:
        stop_forkserver()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return rows


def sensor_ticks(folder: Path, data: Path, gen: Generator, index: int) -> dict:
    """Seconds of a steady sensor tick and of a tick that sees one new article (in process)."""
    from dagster import DagsterInstance, build_sensor_context

    from assets.definitions import build_defs
    from assets.orchestration.sensor import SENSOR_NAME
    from assets.settings import TradefactsSettings
    from pipeline.ingest.file_manifest import fingerprint_listing

    paths = TradefactsSettings(seeds_dir=str(folder), data_dir=str(data))
    sensor = build_defs(paths).get_sensor_def(SENSOR_NAME)
    out: dict = {}
    with DagsterInstance.ephemeral() as instance:

        def tick(cursor: str | None) -> tuple[float, str | None, int]:
            context = build_sensor_context(
                instance=instance, cursor=cursor, resources={"paths": paths}
            )
            started = time.perf_counter()
            result = sensor.evaluate_tick(context)
            return (
                time.perf_counter() - started,
                result.cursor or cursor,
                len(result.run_requests or []),
            )

        _, cursor, _ = tick(None)  # the first tick: compares with the release
        steady = []
        for _ in range(3):
            seconds, cursor, requests = tick(cursor)
            steady.append(seconds)
        out["steady_s"] = statistics.median(steady)
        out["steady_requests"] = requests
        doc_id, text, _ = gen.article(index)
        extra = folder / f"{doc_id}.txt"
        extra.write_bytes(text)
        try:
            out["new_article_s"], cursor, out["new_article_requests"] = tick(cursor)
        finally:
            extra.unlink()
    started = time.perf_counter()
    fingerprint_listing(folder)
    out["hash_every_file_s"] = time.perf_counter() - started
    return out


def bench_live(
    n: int,
    cache: Path,
    seed: int = 0,
    keep: bool = False,
    adds: int = ADD_ONE_RUNS,
    warm_adds: int = WARM_ADD_ONE_RUNS,
) -> dict:
    """The live-feed measurements for one corpus size (see the module docstring)."""
    out: dict = {"docs": n, "load_before": os.getloadavg()}
    corpus, _ = cached_corpus(n, seed, cache)
    work = cache / f"live-{n}-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    folder, data, fresh = work / "input", work / "data", work / "recompute"
    gen = Generator(seed)
    try:
        work.mkdir(parents=True)
        subprocess.run(["cp", "-al", str(corpus), str(folder)], check=True)
        (folder / ".complete").unlink(missing_ok=True)
        (folder / "gold.csv").unlink(missing_ok=True)
        print(f"[{n:,}] full run ...", flush=True)
        out["full"] = timed_run(folder, data, "full")
        _say(n, "full", out["full"])
        out["add_one"] = []
        for k in range(adds):
            doc_id, text, _ = gen.article(n + k)
            (folder / f"{doc_id}.txt").write_bytes(text)
            before = out["add_one"][-1]["du_bytes"] if k else out["full"]["du_bytes"]
            result = timed_run(folder, data, f"add{k}")
            result["du_growth_bytes"] = result["du_bytes"] - before
            out["add_one"].append(result)
            _say(n, f"add {k + 1}", result)
        if warm_adds:
            print(f"[{n:,}] warm add-ones (the sensor's launch path) ...", flush=True)
            out["warm_add_one"] = warm_add_ones(folder, data, gen, n + adds, warm_adds)
        print(f"[{n:,}] sensor ticks ...", flush=True)
        out["sensor"] = sensor_ticks(folder, data, gen, n + adds + warm_adds)
        print(f"[{n:,}] sensor: {out['sensor']}", flush=True)
        print(f"[{n:,}] full recompute of the same inputs ...", flush=True)
        out["recompute"] = timed_run(folder, fresh, "recompute")
        _say(n, "recompute", out["recompute"])
        last = (out.get("warm_add_one") or out["add_one"])[-1]
        out["ids"] = {
            "incremental": last["release_id"],
            "recompute": out["recompute"]["release_id"],
        }
        print(f"[{n:,}] release ids: {out['ids']}", flush=True)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    out["load_after"] = os.getloadavg()
    return out


def _say(n: int, what: str, r: dict) -> None:
    print(
        f"[{n:,}] {what}: {r['wall_s']:.1f}s wall, {r['cpu_s']:.1f}s CPU, exit {r['returncode']}, "
        f"release {r['release_id']}, du {r['du_bytes'] / 1e6:,.1f} MB, "
        f"written {r.get('written_bytes', 0) / 1e6:,.1f} MB",
        flush=True,
    )
    if r["returncode"] != 0:
        print(r.get("stderr", ""), flush=True)


# -- report --------------------------------------------------------------------------------------
def _s(x: float | None) -> str:
    return "—" if x is None else f"{x:,.1f} s"


def _mb(b: float | None) -> str:
    return "—" if b is None else f"{b / 1e6:,.1f} MB"


STAGE_STEPS = ("raw_documents", "sentences", "figures", "curated_figures", "reconcile_facts",
               "release")  # fmt: skip


def step_groups(steps: dict[str, float]) -> dict[str, float]:
    """Dagster step times grouped: the asset steps by name, every check step summed."""
    groups: dict[str, float] = {}
    for key, seconds in steps.items():
        name = key if key in STAGE_STEPS else "checks"
        groups[name] = groups.get(name, 0.0) + seconds
    return groups


def _median_cell(rows: list[dict]) -> str:
    if not rows:
        return "—"
    walls, cpus = [r["wall_s"] for r in rows], [r["cpu_s"] for r in rows]
    return (
        f"{statistics.median(walls):,.1f} s ({statistics.median(cpus):,.1f} s) "
        f"[{min(walls):,.1f}–{max(walls):,.1f}], n={len(rows)}"
    )


def launch_paths(results: list[dict]) -> list[str]:
    """Markdown: the add-one by launch path, cold ``tradefacts run`` beside the warm launch the
    sensor's runs take (empty when no warm add-one was made)."""
    if not any(r.get("warm_add_one") for r in results):
        return []
    lines = [
        "Add one article by launch path: median wall (CPU) [min–max]; the sensor's, schedule's "
        "and UI's runs are launched warm by the daemon (`WarmRunLauncher`), `tradefacts run` "
        "starts cold",
        "",
        "| articles | cold: `tradefacts run` | warm launch: first (starts the server) "
        "| warm launch: the others | warm: CPU to the first step | release ids (warm) |",
        "|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        warm = r.get("warm_add_one") or []
        ok = all(w["status"] == "SUCCESS" for w in warm)
        start = statistics.median(w["start_cpu_s"] for w in warm[1:]) if warm[1:] else None
        ids = ", ".join(f"`{w['release_id']}`" for w in warm)
        lines.append(
            f"| {r['docs']:,} | {_median_cell(r.get('add_one') or [])} | {_median_cell(warm[:1])} "
            f"| {_median_cell(warm[1:])} | {_s(start)} | {ids}{'' if ok else ' (A RUN FAILED)'} |"
        )
    return lines


def tables(results: list[dict]) -> str:
    """Markdown tables of the live-feed results."""
    head = [
        "| articles | full run: wall (CPU) | peak RSS: process (tree) | add one, cold `tradefacts "
        "run`: median wall (CPU) [min–max] | bytes written per add-one | disk: 1 release → after the add-ones "
        "| sensor tick: steady / new article (hash all) | release ids: incremental = recompute |",
        "|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    split_rows = []
    names: list[str] = []
    for r in results:
        full, adds, sensor = r["full"], r.get("add_one") or [], r.get("sensor") or {}
        runs = [full, *adds, r.get("recompute") or full]
        peak = max(x["peak_rss_mb"] for x in runs)
        tree = max(x.get("peak_tree_rss_mb", 0) for x in runs)
        walls = [a["wall_s"] for a in adds]
        cpus = [a["cpu_s"] for a in adds]
        add = (
            f"{statistics.median(walls):,.1f} s ({statistics.median(cpus):,.1f} s) "
            f"[{min(walls):,.1f}–{max(walls):,.1f}]"
            if adds
            else "—"
        )
        written = statistics.median(a["written_bytes"] for a in adds) if adds else None
        disk = (
            f"{_mb(full['du_bytes'])} → {_mb(adds[-1]['du_bytes'])} "
            f"(+{100 * (adds[-1]['du_bytes'] / full['du_bytes'] - 1):,.1f} %)"
            if adds
            else "—"
        )
        tick = (
            f"{sensor['steady_s']:.2f} / {sensor['new_article_s']:.2f} s "
            f"({sensor['hash_every_file_s']:.1f} s)"
            if sensor
            else "—"
        )
        ids = r.get("ids") or {}
        same = "equal" if ids and ids["incremental"] == ids["recompute"] else "DIFFERENT"
        idc = f"{ids['incremental']} / {ids['recompute']} ({same})" if ids else "—"
        rec = r.get("recompute")
        fullc = f"{full['wall_s']:,.1f} s ({full['cpu_s']:,.0f} s)"
        if rec:
            fullc += f"; recompute {rec['wall_s']:,.1f} s ({rec['cpu_s']:,.0f} s)"
        head.append(
            f"| {r['docs']:,} | {fullc} | {peak:,.0f} MB ({tree:,.0f} MB) | {add} "
            f"| {_mb(written)} | {disk} | {tick} | {idc} |"
        )
        if adds:
            grouped = [step_groups(a.get("steps", {})) for a in adds]
            for g in grouped:
                names += [k for k in g if k not in names]
            split = {k: statistics.median(g.get(k, 0.0) for g in grouped) for k in names}
            split["start-up"] = statistics.median(a.get("startup_s", 0.0) for a in adds)
            split["wind-down"] = statistics.median(a.get("winddown_s", 0.0) for a in adds)
            split_rows.append((r["docs"], split, statistics.median(walls)))
    lines = ["Live feed (issue 18)", "", *head, "", *launch_paths(results)]
    if split_rows:
        cols = ["start-up", *names, "wind-down"]
        lines += ["", "Add one article: median seconds per Dagster step (wall)", ""]
        lines.append("| articles | " + " | ".join(cols) + " | total wall |")
        lines.append("|---:|" + "---:|" * (len(cols) + 1))
        for docs, split, wall in split_rows:
            cells = " | ".join(f"{split.get(c, 0.0):.1f}" for c in cols)
            lines.append(f"| {docs:,} | {cells} | {wall:.1f} |")
    load = [f"{r['docs']:,}: {r['load_before'][0]:.1f} → {r['load_after'][0]:.1f}" for r in results]
    lines += ["", "Load average (1 min) before → after: " + "; ".join(load)]
    return "\n".join(lines)


def run_live(sizes: list[int], cache: Path, seed: int, keep: bool, json_path: Path | None,
             report: dict, adds: int = ADD_ONE_RUNS,
             warm_adds: int = WARM_ADD_ONE_RUNS) -> str:  # fmt: skip
    """Every size in turn, the JSON rewritten after each; the Markdown tables."""
    report["live"] = []
    for n in sizes:
        report["live"].append(bench_live(n, cache, seed, keep, adds, warm_adds))
        if json_path:
            json_path.write_text(json.dumps(report, indent=2, default=str) + "\n")
    return tables(report["live"])
