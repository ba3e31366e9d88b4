"""Where the CPU of one add-one ``tradefacts run`` goes: cProfile of the whole run in process.

``python -m benchmarks.profile_run --docs 10000 [--state DIR] [--top 40] [--out FILE.prof] [--sample]
[--adds K] [--draw] [--plain]``

1. A **state**: a data folder after a full run of the first N synthetic articles (``--state``
   reuses one, e.g. a folder ``benchmarks.run --live --keep`` left; else a full run is made once
   under ``--cache`` and kept for the next call).
2. A **copy** of that state's data folder (``cp -a``: the Dagster instance's SQLite files
   change in place, so hard links would let the profiled run alter the state); article N (the
   next one) is added to the state's own input folder for the run and removed after it. Why
   not a fresh folder of hard links: making a link changes a file's ``ctime``, so ingest would
   rightly distrust every remembered hash and read all N files.
3. ``assets.cli.run.main`` in this process under cProfile (the run's steps execute in this
   process: the job's executor is in-process), then the top functions by own and by cumulative
   CPU time, and the CPU time spent under each Dagster step function (asset and check bodies,
   IO manager loads and stores).

Timer: ``time.process_time`` (CPU of this process), so the profile is comparable on a loaded
machine; the wall time is printed beside it. Not a test: nothing is asserted.

``--sample`` replaces cProfile (which roughly doubles pure-Python time) by a sampler: every
5 ms a thread reads the run thread's CPU clock and charges what it used since the last sample
to the step function on that thread's stack (start-up before the first step, wind-down after
the last, "between steps" for Dagster's work in between), so the CPU split by step is close to
what an unprofiled run spends.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.step_functions import STEP_FUNCTIONS
from benchmarks.synth import DEFAULT_CACHE, Generator, cached_corpus


def make_state(n: int, cache: Path, seed: int) -> tuple[Path, Path]:
    """``(input folder, data folder)`` after a full run of the first ``n`` articles (kept)."""
    from benchmarks.child import run_cli

    corpus, _ = cached_corpus(n, seed, cache)
    root = cache / f"profile-state-{n}"
    folder, data = root / "input", root / "data"
    if (data / "releases" / "LATEST").is_file():
        return folder, data
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    subprocess.run(["cp", "-al", str(corpus), str(folder)], check=True)
    for extra in (".complete", "gold.csv"):
        (folder / extra).unlink(missing_ok=True)
    print(f"full run of {n:,} articles into {data} ...", flush=True)
    result = run_cli(folder, data, "full")
    if result["returncode"] != 0:
        raise SystemExit(f"full run failed: {result.get('stderr', '')}")
    return folder, data


class StepSampler:
    """CPU seconds of one thread, charged to the step function on its stack (``--sample``)."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.cpu: dict[str, float] = {}
        self._thread_id = threading.get_ident()
        self._clock = time.pthread_getcpuclockid(self._thread_id)
        self._stop = threading.Event()
        self._seen_step = False
        self._since_step = 0.0
        self._codes: dict[object, str | None] = {}
        self.functions: dict[str, float] = {}
        """CPU seconds under each of our functions (``assets``, ``pipeline``), cumulative."""
        self._sampler = threading.Thread(target=self._run, daemon=True)

    def _step_of(self, frame: object) -> str | None:
        while frame is not None:
            code = frame.f_code  # type: ignore[attr-defined]
            label = self._codes.get(code, "?")
            if label == "?":
                label = next(
                    (
                        name
                        for name, suffix, function in STEP_FUNCTIONS
                        if code.co_name == function and code.co_filename.endswith(suffix)
                    ),
                    None,
                )
                self._codes[code] = label
            if label is not None:
                return label
            frame = frame.f_back  # type: ignore[attr-defined]
        return None

    def _charge_functions(self, frame: object, used: float) -> None:
        """Charge ``used`` to each of our functions on the stack (once each)."""
        seen = set()
        while frame is not None:
            code = frame.f_code  # type: ignore[attr-defined]
            file = code.co_filename
            if "/assets/" in file or "/pipeline/" in file:
                where = file[
                    file.rfind("/assets/") if "/assets/" in file else file.rfind("/pipeline/") :
                ]
                seen.add(f"{where.lstrip('/')}:{code.co_name}")
            frame = frame.f_back  # type: ignore[attr-defined]
        for name in seen:
            self.functions[name] = self.functions.get(name, 0.0) + used

    def _run(self) -> None:
        last = time.clock_gettime(self._clock)
        while not self._stop.wait(self.interval):
            now = time.clock_gettime(self._clock)
            used, last = now - last, now
            frame = sys._current_frames().get(self._thread_id)
            self._charge_functions(frame, used)
            step = self._step_of(frame)
            if step is None and not self._seen_step:
                step = "start-up"
            if step is None:  # Dagster between steps, or the wind-down if no step follows
                self._since_step += used
                continue
            if self._seen_step and step != "start-up":
                self.cpu["between steps"] = self.cpu.get("between steps", 0.0) + self._since_step
                self._since_step = 0.0
            self._seen_step = self._seen_step or step != "start-up"
            self.cpu[step] = self.cpu.get(step, 0.0) + used

    def start(self) -> None:
        self._sampler.start()

    def stop(self) -> dict[str, float]:
        """Stop; the CPU by label, the time after the last step moved to ``wind-down``."""
        self._stop.set()
        self._sampler.join()
        self.cpu["wind-down"] = self._since_step
        return self.cpu


class GcTimer:
    """CPU seconds of the cyclic garbage collector, by generation (``gc.callbacks``)."""

    def __init__(self) -> None:
        self.cpu = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.cpu[info["generation"]] += time.thread_time() - self._started
            self.count[info["generation"]] += 1

    def summary(self) -> str:
        parts = [
            f"gen{g} {n} x, {c:.2f} s"
            for g, (n, c) in enumerate(zip(self.count, self.cpu, strict=True))
        ]
        return f"garbage collector: {sum(self.cpu):.2f} CPU-s ({'; '.join(parts)})"


def step_cpu(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative CPU seconds under each step function (``STEP_FUNCTIONS``), from the profile."""
    found: dict[str, float] = {}
    for (file, _line, name), (_cc, _nc, _tt, cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for label, suffix, function in STEP_FUNCTIONS:
            if name == function and file.endswith(suffix):
                found[label] = found.get(label, 0.0) + cum
    return found


def top(stats: pstats.Stats, key: str, n: int) -> str:
    """The ``n`` first lines of the profile sorted by ``key``."""
    sink = io.StringIO()
    stats.stream = sink  # type: ignore[attr-defined]
    stats.sort_stats(key).print_stats(n)
    lines = sink.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(lines[start:])


def _latest(data: Path) -> str:
    """The release ``LATEST`` names in ``data`` (``?`` if none)."""
    latest = data / "releases" / "LATEST"
    return latest.read_text().strip() if latest.is_file() else "?"


def _run_cli(folder: Path, data: Path) -> int | str | None:
    """``tradefacts run --seeds folder --data data`` in this process; its exit code."""
    from assets.cli.app import main as cli_main

    try:
        return cli_main(["run", "--seeds", str(folder), "--data", str(data)])
    except SystemExit as exit_:
        return exit_.code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.profile_run", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument(
        "--state", type=Path, help="a folder with input/ and data/ after a full run of --docs"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, help="write the raw profile here (pstats)")
    parser.add_argument("--sample", action="store_true", help="CPU by step, sampled (no cProfile)")
    parser.add_argument(
        "--plain", action="store_true", help="no profiler: the add-one's CPU and wall only"
    )
    parser.add_argument(
        "--adds",
        type=int,
        default=1,
        help="add-ones in a row on the same copy (articles N, N+1, ...); only the last is "
        "profiled, so it runs on what the earlier ones recorded (check records, caches)",
    )
    parser.add_argument(
        "--draw",
        action="store_true",
        help="empty the chart memo before the profiled add-one, so claims.png is drawn (as "
        "when the article's pair is charted)",
    )
    args = parser.parse_args(argv)

    if args.state:
        folder, state = args.state / "input", args.state / "data"
    else:
        folder, state = make_state(args.docs, args.cache, args.seed)
    work = args.cache / f"profile-run-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    data = work / "data"
    extras: list[Path] = []
    ids: list[str] = []
    try:
        work.mkdir(parents=True)
        subprocess.run(["cp", "-a", str(state), str(data)], check=True)
        for name in ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"):
            os.environ.pop(name, None)
        for k in range(args.adds):
            doc_id, text, _ = Generator(args.seed).article(args.docs + k)
            extras.append(folder / f"{doc_id}.txt")
            extras[-1].write_bytes(text)
            if k < args.adds - 1:  # earlier add-ones: unprofiled, they set the state up
                print(f"add-one {k + 1} of {args.adds} (article {args.docs + k:,}), unprofiled")
                _run_cli(folder, data)
                ids.append(_latest(data))
                continue
            if args.draw:
                shutil.rmtree(data / "cache" / "chart", ignore_errors=True)
            profiler: StepSampler | cProfile.Profile | None = None
            if not args.plain:
                profiler = StepSampler() if args.sample else cProfile.Profile(time.process_time)
            gc_timer = GcTimer()
            gc.callbacks.append(gc_timer)
            wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
            usage = resource.getrusage(resource.RUSAGE_SELF)
            if isinstance(profiler, StepSampler):
                profiler.start()
            elif profiler is not None:
                profiler.enable()
            code = _run_cli(folder, data)
            ids.append(_latest(data))
            sampled = profiler.stop() if isinstance(profiler, StepSampler) else None
            if isinstance(profiler, cProfile.Profile):
                profiler.disable()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            thread = time.thread_time() - thread
            after = resource.getrusage(resource.RUSAGE_SELF)
            user, system = after.ru_utime - usage.ru_utime, after.ru_stime - usage.ru_stime
            faults = after.ru_minflt - usage.ru_minflt
            gc.callbacks.remove(gc_timer)
    finally:
        for extra in extras:
            extra.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)

    print(f"release ids of the add-ones: {', '.join(ids)}")
    if profiler is None:
        print(f"\nexit {code}; {wall:.1f} s wall, {cpu:.1f} s CPU (this process, imports included)")
        print(f"run thread: {thread:.2f} CPU-s (the steps; Dagster's other threads not counted)")
        print(f"process: user {user:.2f} s, system {system:.2f} s, {faults:,} minor page faults")
        print(gc_timer.summary())
        return 0
    if isinstance(profiler, StepSampler):
        print(f"\nexit {code}; {wall:.1f} s wall, {cpu:.1f} s CPU (this process, imports included)")
        print(gc_timer.summary())
        print("\nCPU seconds by step (sampled every 5 ms; run thread only):")
        for label, seconds in sorted((sampled or {}).items(), key=lambda kv: -kv[1]):
            print(f"  {label:<18}{seconds:7.2f}")
        print(f"\nCPU seconds under our functions (cumulative, sampled; top {args.top}):")
        ranked = sorted(profiler.functions.items(), key=lambda kv: -kv[1])[: args.top]
        for name, seconds in ranked:
            print(f"  {seconds:6.2f}  {name}")
        return 0
    stats = pstats.Stats(profiler)
    if args.out:
        stats.dump_stats(str(args.out))
    print(f"\nexit {code}; {wall:.1f} s wall, {cpu:.1f} s CPU (this process, imports included)")
    print("\nCPU seconds under each step function (cumulative):")
    for label, seconds in sorted(step_cpu(stats).items(), key=lambda kv: -kv[1]):
        print(f"  {label:<18}{seconds:7.2f}")
    print(f"\nTop {args.top} by own time:\n{top(stats, 'tottime', args.top)}")
    print(f"\nTop {args.top} by cumulative time:\n{top(stats, 'cumulative', args.top)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
