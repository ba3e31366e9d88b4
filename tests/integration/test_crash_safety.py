"""SIGKILL ``tradefacts run`` at random moments: LATEST always names a complete, verified release.

Each kill is a real ``tradefacts run`` process killed with SIGKILL (no cleanup code runs), forked
from a server that has imported what a run imports (``warm_tradefacts.py``, as the warm run
launcher forks daemon runs): a cold process spends its first ~4 s importing, where a kill tests
nothing, and those seconds were most of this test's wall time. Half the
kills land at a uniformly random moment of a typical run (measured first); the other half wait
for the run's own staging folder to appear and kill it within the measured publication window,
because publication takes a few tens of milliseconds of a run of seconds and uniform kills would
almost never test it. Every iteration adds an article with a different number, so every run that
reaches publication writes a new release. After the kills a normal run must succeed and remove
the staging folder a killed run left (one is planted if the last kill happened to leave none).
Two lanes (separate data folders) run in parallel to keep the wall time down; the outcome counts
are printed at the end of the run, even without ``-s``.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from assets import cli
from pipeline.release.catalog import list_releases, verify_release
from pipeline.release.layout import read_latest
from pipeline.release.lock import stale_entries
from tests.seeds import SEEDS

KILLS = 20
LANES = 2
SEED = 20310105
COMPLETED = "run completed before the kill"


class _Victim:
    """A forked ``tradefacts`` process: ``pid``, ``poll`` and ``wait`` as ``subprocess.Popen``'s."""

    def __init__(self, pid: int, status: Path) -> None:
        self.pid, self.status, self.returncode = pid, status, None

    def poll(self) -> int | None:
        if self.returncode is None and self.status.exists():
            self.returncode = int(self.status.read_text())
        return self.returncode

    def wait(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() > deadline:
                raise subprocess.TimeoutExpired("tradefacts", timeout)
            time.sleep(0.002)
        return self.returncode


class _WarmStarter:
    """``warm_tradefacts.py`` for one lane: ``tradefacts`` commands forked warm, one at a time."""

    def __init__(self, lane: Path) -> None:
        self.lane, self.count = lane, 0
        (lane / "status").mkdir(parents=True)
        self.server = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("warm_tradefacts.py")),
                *(str(lane / "seeds"), str(lane / "probe")),  # preloads what a run imports
            ],
            env=_env(),
            cwd=lane,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        # before any command: a run's measured duration must not include the server's imports
        assert self.server.stdout.readline() == "ready\n", "the warm server did not start"

    def start(self) -> _Victim:
        """``tradefacts run`` in its own session; stderr goes to a file (a pipe could fill up)."""
        self.count += 1
        status = self.lane / "status" / str(self.count)
        argv = ["run", "--seeds", str(self.lane / "seeds"), "--data", str(self.lane / "data")]
        request = {
            "argv": argv,
            "cwd": str(self.lane),
            "stderr": str(self.lane / "stderr.log"),
            "status": str(status),
        }
        self.server.stdin.write(json.dumps(request) + "\n")
        self.server.stdin.flush()
        line = self.server.stdout.readline()
        assert line, f"the warm server ended: {self.server.wait()}"
        return _Victim(int(line), status)

    def close(self) -> None:
        self.server.stdin.close()
        assert self.server.wait(timeout=60) == 0


def _env() -> dict[str, str]:
    drop = {"DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def _stderr(lane: Path) -> str:
    return (lane / "stderr.log").read_text(errors="replace")


def _staging(data: Path, pid: int) -> bool:
    return any(p.name.startswith(f".staging-{pid}-") for p in data.iterdir())


def _measured_run(lane: Path, starter: _WarmStarter) -> tuple[float, float, float]:
    """A normal run: (duration, staging appeared at, staging gone at), in seconds from start."""
    data = lane / "data"
    data.mkdir(exist_ok=True)
    start = time.monotonic()
    proc = starter.start()
    appeared = gone = None
    while proc.poll() is None:
        present = _staging(data, proc.pid)
        now = time.monotonic() - start
        if present and appeared is None:
            appeared = now
        elif not present and appeared is not None and gone is None:
            gone = now
        time.sleep(0.001)
    duration = time.monotonic() - start
    assert proc.returncode == 0, _stderr(lane)
    assert appeared is not None, "the measured run never staged a release"
    return duration, appeared, gone or duration


def _snapshot(data: Path) -> dict[str, dict[str, str]]:
    root = data / "releases"
    return {
        r.release_id: {  # every file, the parts in the table folders too (schema 1.3)
            str(p.relative_to(root / r.release_id)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((root / r.release_id).rglob("*"))
            if p.is_file()
        }
        for r in list_releases(data)
    }


def _write_article(lane: Path, number: int) -> None:
    text = (
        f"date 2031-01-0{number % 9 + 1}\n"
        f"Trade between Georgia and Armenia reached ${1 + number / 100:.2f} billion in 2030.\n"
    )
    (lane / "seeds" / "zz_crash_extra.txt").write_text(text, encoding="utf-8")


def _kill_once(
    lane: Path, starter: _WarmStarter, rng: random.Random, targeted: bool, timing
) -> str:
    """One killed run; asserts the store is consistent afterwards; returns the outcome."""
    duration, _, publish_window = timing
    data = lane / "data"
    before = _snapshot(data)
    start = time.monotonic()
    proc = starter.start()
    if targeted:
        delay = rng.uniform(0, publish_window * 2)  # about half land after the rename
        while proc.poll() is None and not _staging(data, proc.pid):
            if time.monotonic() - start > 4 * duration + 30:
                break
            time.sleep(0.001)
        time.sleep(delay)
    else:
        deadline = start + rng.uniform(0, duration)
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):  # it may end between the poll and the kill
            os.killpg(proc.pid, signal.SIGKILL)
    finished = proc.wait(timeout=30) != -signal.SIGKILL

    latest = read_latest(data)
    assert latest is None or verify_release(data, latest) == [], latest
    after = _snapshot(data)
    for release_id in after:  # every release folder is complete, never half-written
        assert verify_release(data, release_id) == [], release_id
    assert {k: after[k] for k in before} == before  # published bytes never change
    if finished:
        return COMPLETED
    if _staging(data, proc.pid):
        return "killed while writing staging"
    if len(after) > len(before):
        return "killed after the rename" if latest in before else "killed after LATEST moved"
    return "killed before publication"


def _lane(tmp: Path, index: int, kills: int) -> dict:
    lane = tmp / f"lane{index}"
    shutil.copytree(SEEDS, lane / "seeds")
    starter = _WarmStarter(lane)
    try:
        return _kills(lane, starter, index, kills)
    finally:
        starter.close()


def _kills(lane: Path, starter: _WarmStarter, index: int, kills: int) -> dict:
    rng = random.Random(SEED + index)
    duration, appeared, gone = _measured_run(lane, starter)
    timing = (duration, appeared, gone - appeared)
    outcomes: collections.Counter[str] = collections.Counter()
    i = 0
    while sum(outcomes.values()) - outcomes[COMPLETED] < kills:
        assert i < 3 * kills, f"too few kills landed: {dict(outcomes)}"
        _write_article(lane, index * 50 + i + 1)
        outcomes[_kill_once(lane, starter, rng, targeted=i % 2 == 1, timing=timing)] += 1
        i += 1

    data = lane / "data"
    stale_before_final = [p.name for p in stale_entries(data)]
    if not stale_before_final:  # the last kill left none: plant what a killed writer leaves
        planted = data / ".staging-999999-planted00000"
        planted.mkdir()
        (planted / "facts.parquet").write_bytes(b"PAR1 half a file")
        stale_before_final = [f"{planted.name} (planted)"]
    assert starter.start().wait(timeout=120) == 0, _stderr(lane)
    assert stale_entries(data) == []
    assert not any(p.name.startswith(".staging-") for p in data.rglob(".staging-*"))
    assert verify_release(data, read_latest(data)) == []
    return {
        "run_s": round(duration, 2),
        "publish_ms": round((gone - appeared) * 1000, 1),
        "outcomes": dict(outcomes),
        "stale_before_final": stale_before_final,
        "releases": len(list_releases(data)),
    }


def test_sigkill_at_random_moments_never_exposes_a_partial_release(tmp_path, record_property):
    started = time.monotonic()
    per_lane = [KILLS // LANES + (i < KILLS % LANES) for i in range(LANES)]
    with ThreadPoolExecutor(LANES) as pool:
        reports = list(pool.map(lambda a: _lane(tmp_path, *a), enumerate(per_lane)))

    kills = sum(sum(r["outcomes"].values()) - r["outcomes"].get(COMPLETED, 0) for r in reports)
    assert kills >= KILLS
    for index in range(LANES):  # ``releases verify`` passes on every release afterwards
        data = str(tmp_path / f"lane{index}" / "data")
        assert cli.main(["releases", "verify", "--data", data]) == 0
    lines = [f"SIGKILL test: {kills} kills in {time.monotonic() - started:.0f}s"]
    lines += [f"  lane {index}: {report}" for index, report in enumerate(reports)]
    record_property("summary", "\n".join(lines))  # printed at the end (tests/conftest.py)
