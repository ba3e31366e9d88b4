"""``tradefacts run`` from a cold interpreter, sampled from its first line: where a launched
add-one's CPU goes, imports included (``benchmarks/cold_profile.py`` runs it as the child).

``python benchmarks/cold_sample.py OUT.json run --seeds DIR --data DIR``

A thread reads the main thread's CPU clock every 5 ms and charges what it used since the last
sample to one label, from the main thread's stack:

- ``imports``: a frame of ``importlib``'s ``_find_and_load`` is on the stack (also an import
  made inside a step); split by the outermost module being imported (its top package; ``assets``
  and ``pipeline`` by subpackage) and by the innermost module whose code runs (its own time);
- a step function (``benchmarks/step_functions.py``: each asset's body, the schema
  checks, the other checks, the IO manager's load and store);
- ``dagster run start`` before the first step (instance, job, run and plan creation),
  ``between steps`` (Dagster's events and bookkeeping between two steps), ``wind-down`` after
  the last step (the CLI's summary and exit handlers).

Besides: the CPU under each of our functions (cumulative), and each thread's CPU at the end (the
sampler's own thread is one of them: ~0.3-0.4 CPU-s of a 10k add-one, not in a plain run).
Run as a script, not ``-m``: a package import before the sampler starts would be missed.
"""

import collections
import json
import os
import sys
import threading
import time
from pathlib import Path

from step_functions import STEP_FUNCTIONS  # a sibling module with no imports (run as a script)


def _ours(filename: str) -> str | None:
    for root in ("/assets/", "/pipeline/"):
        if root in filename:
            return filename[filename.rfind(root) + 1 :]
    return None


def _package(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] in ("assets", "pipeline") else parts[0]


class ColdSampler:
    """The sampler (see the module docstring); ``report()`` once stopped."""

    def __init__(self, interval: float = 0.005) -> None:
        self.interval = interval
        self.main = threading.get_ident()
        self.clock = time.pthread_getcpuclockid(self.main)
        self.cpu: collections.Counter[str] = collections.Counter()
        self.imports_outer: collections.Counter[str] = collections.Counter()
        self.imports_inner: collections.Counter[str] = collections.Counter()
        self.imports_during: collections.Counter[str] = collections.Counter()
        self.ours: collections.Counter[str] = collections.Counter()
        self.threads: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.seen_step = False
        self.since_step = 0.0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True, name="cold-sampler")

    def _classify(self, frame) -> tuple[str | None, list[str], set[str]]:
        step, imported, ours, module = None, [], set(), None
        while frame is not None:
            code = frame.f_code
            if code.co_name == "<module>" and code.co_filename != "<string>":
                module = frame.f_globals.get("__name__", "?")
            elif code.co_name == "_find_and_load" and module is not None:
                imported.append(module)  # innermost first
                module = None
            if step is None:
                step = next(
                    (
                        label
                        for label, suffix, name in STEP_FUNCTIONS
                        if code.co_name == name and code.co_filename.endswith(suffix)
                    ),
                    None,
                )
            where = _ours(code.co_filename)
            if where:
                ours.add(f"{where}:{code.co_name}")
            frame = frame.f_back
        return step, imported, ours

    def _threads(self) -> None:
        for tid in os.listdir("/proc/self/task"):
            try:
                stat = Path(f"/proc/self/task/{tid}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            self.threads[int(tid)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for thread in threading.enumerate():
            if thread.native_id is not None:
                self.names[thread.native_id] = thread.name

    def _run(self) -> None:
        last, n = time.clock_gettime(self.clock), 0
        while not self.stop.wait(self.interval):
            n += 1
            if n % 20 == 0:
                self._threads()
            now = time.clock_gettime(self.clock)
            used, last = now - last, now
            frame = sys._current_frames().get(self.main)
            if frame is None:
                continue
            step, imported, ours = self._classify(frame)
            for name in ours:
                self.ours[name] += used
            if imported:
                self.cpu["imports"] += used
                self.imports_outer[_package(imported[-1])] += used
                self.imports_inner[imported[0]] += used
                during = step or ("start" if not self.seen_step else "between steps")
                self.imports_during[during] += used
                continue
            if step is None:
                if self.seen_step:
                    self.since_step += used
                else:
                    self.cpu["dagster run start"] += used
                continue
            if self.seen_step:
                self.cpu["between steps"] += self.since_step
                self.since_step = 0.0
            self.seen_step = True
            self.cpu[step] += used

    def start(self) -> None:
        self.thread.start()

    def report(self) -> dict:
        self.stop.set()
        self.thread.join()
        self._threads()
        self.cpu["wind-down"] += self.since_step
        return {
            "process_cpu": time.process_time(),
            "main_thread_cpu": time.clock_gettime(self.clock),
            "cpu": dict(self.cpu),
            "imports_outer": dict(self.imports_outer),
            "imports_inner": dict(self.imports_inner.most_common(80)),
            "imports_during": dict(self.imports_during),
            "ours": dict(self.ours.most_common(120)),
            "threads": {
                f"{tid} {self.names.get(tid, '?')}": cpu for tid, cpu in self.threads.items()
            },
        }


def main() -> None:
    out, argv = sys.argv[1], sys.argv[2:]
    sampler = ColdSampler()
    sampler.start()
    import assets.cli.app  # noqa: PLC0415  # after the sampler: the imports are what we measure

    code = assets.cli.app.main(argv)  # argv given: returns instead of os._exit
    report = sampler.report()
    report["exit"] = code
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=1)
    sys.stdout.flush()
    os._exit(code)  # as the CLI: no interpreter teardown


if __name__ == "__main__":
    main()
