"""``tradefacts run`` as a child process, measured: wall, CPU, peak RSS (process and tree),
bytes written; and what the release it published holds.

Shared by ``run.py`` (the throughput table), ``live.py`` (the live feed), ``release_disk.py``
and ``profile_run.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("tradefacts")
    if script.exists():
        return [str(script)]
    found = shutil.which("tradefacts")
    return [found] if found else [sys.executable, "-m", "assets.cli"]


def _child_env() -> dict[str, str]:
    """This environment without the variables that would point the run elsewhere."""
    env = dict(os.environ)
    for name in ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"):
        env.pop(name, None)
    return env


def _tree_rss_kb(root: int) -> int:
    """Resident set size of ``root`` and all its descendants, summed, from ``/proc`` (KiB)."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parent[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree, frontier = {root}, [root]
    while frontier:
        current = frontier.pop()
        children = [pid for pid, ppid in parent.items() if ppid == current and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process tree twice a second (workers included); the peak
    per process comes from ``wait4``."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb = pid, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.5):
            self.peak_kb = max(self.peak_kb, _tree_rss_kb(self.pid))


def run_cli(seeds: Path, data: Path, label: str) -> dict:
    """``tradefacts run`` on ``seeds`` into ``data``: wall, CPU, peak RSS of the child, output."""
    data.mkdir(parents=True, exist_ok=True)
    out_path, err_path = data / f"{label}.stdout", data / f"{label}.stderr"
    cmd = [*_cli(), "run", "--seeds", str(seeds), "--data", str(data)]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=_child_env())
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        sampler.done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(errors="replace")
    result = {
        "returncode": proc.returncode,
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,  # largest single process; Linux reports KiB
        "peak_tree_rss_mb": sampler.peak_kb / 1024,  # main process + workers, sampled
        "written_bytes": usage.ru_oublock * 512,  # to storage, by the child and its children
        "stdout": stdout.strip().splitlines(),
    }
    if proc.returncode != 0:
        result["stderr"] = err_path.read_text(errors="replace")[-2000:]
    return result


def release_files(data: Path) -> tuple[str | None, dict[str, dict]]:
    """The current release id and, per table, its size and row count (a schema 1.3 table is a
    folder of parts: summed over them)."""
    import pyarrow.parquet as pq

    latest = data / "releases" / "LATEST"
    if not latest.exists():
        return None, {}
    release_id = latest.read_text().strip()
    folder = data / "releases" / release_id
    files = {}
    for path in sorted(folder.glob("*.parquet")):
        parts = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
        files[path.stem] = {
            "bytes": sum(p.stat().st_size for p in parts),
            "rows": sum(pq.ParquetFile(p).metadata.num_rows for p in parts),
        }
    return release_id, files
