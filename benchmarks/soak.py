"""Soak of one data folder (issue 19, "Done when"): many runs, random SIGKILLs, concurrent
launches through the CLI and through Dagster's own ``dagster job execute``, input changes.

Not a test and no threshold: it prints counts (and writes them as Markdown with ``--results``).
Each step (1) maybe changes the input folder (adds, edits or deletes an article), (2) launches
``tradefacts run`` or ``dagster job execute -j publish_release`` or both at once against the same
``--data`` and Dagster instance, (3) maybe SIGKILLs a launched process at a random moment, and
(4) after every process ended, checks the store:

- every published release passes :func:`verify_release` (what ``tradefacts releases verify``
  runs);
- ``LATEST`` names a release folder (:func:`latest_problems`), also sampled every 0.1 s while
  runs are in flight, and that release is not mixed: every id its tables cite (claims to
  figures and facts, figures to sentences and documents, sentences to documents, facts to
  figures and documents) is in the table it names, and its documents are its manifest's inputs;
- no run stays STARTED/STARTING/CANCELING in the Dagster instance after the dead-run check
  (:func:`fail_dead_runs`, item 2 of the issue) that every ``tradefacts run`` also does.

Input: the repository's ``seeds/`` and a few articles of :mod:`benchmarks.synth` (``--pool``),
copied into ``WORK/input``; nothing is written into the repository.

    nice python -m benchmarks.soak --runs 200 --work /tmp/tradefacts-soak \\
        --results benchmarks/results/soak.md
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.synth import write_corpus
from pipeline.release.catalog import latest_problems, list_releases, verify_release
from pipeline.release.layout import latest_text, load_inputs, load_table

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT = 600.0
"""Seconds after which a launched run counts as hung and is killed (never reached so far)."""

# (table, column, table it refers to, that table's id column): the ids a release's tables cite.
REFERENCES = [
    ("sentences", "doc_id", "documents", "doc_id"),
    ("figures", "doc_id", "documents", "doc_id"),
    ("figures", "sentence_id", "sentences", "sentence_id"),
    ("claims", "figure_id", "figures", "figure_id"),
    ("claims", "fact_id", "facts", "fact_id"),
    ("claims", "sentence_id", "sentences", "sentence_id"),
    ("claims", "doc_id", "documents", "doc_id"),
]


@dataclass
class Launch:
    """One launched run: its process, kind (``cli`` or ``dagster``) and planned kill time."""

    kind: str
    process: subprocess.Popen
    started: float
    kill_at: float | None
    killed: bool = False


@dataclass
class Counts:
    """What the soak saw; printed and written as Markdown."""

    steps: int = 0
    started: collections.Counter = field(default_factory=collections.Counter)
    killed: int = 0
    completed: int = 0
    failed: int = 0
    failure_kinds: collections.Counter = field(default_factory=collections.Counter)
    concurrent_steps: int = 0
    input_changes: collections.Counter = field(default_factory=collections.Counter)
    releases: set[str] = field(default_factory=set)
    verify_failures: list[str] = field(default_factory=list)
    latest_problems: list[str] = field(default_factory=list)
    latest_samples: int = 0
    left_started: list[str] = field(default_factory=list)
    marked_dead: int = 0
    wall: float = 0.0
    durations: list[float] = field(default_factory=list)
    """Wall seconds of the completed runs (upper bound: read after the step's last exit)."""


def kill_window(args: argparse.Namespace, counts: Counts) -> float:
    """Seconds after its launch within which a doomed run is killed: ``--kill-window`` if
    given, else 1.1 × the median completed run, so kills land in start-up, in every stage
    and in publishing alike (a fixed 20 s missed most of the run on a loaded machine)."""
    if args.kill_window or len(counts.durations) < 3:
        return args.kill_window or 40.0
    return 1.1 * sorted(counts.durations)[len(counts.durations) // 2]


def _failure_kind(stderr: str) -> str:
    """A short class for a failed run's message: the first ``tradefacts:`` line, ids removed."""
    if "holds the lock" in stderr:  # Dagster wraps it in DagsterResourceFunctionError
        return "refused: another tradefacts run holds the lock"
    lines = [line for line in stderr.splitlines() if line.strip()]
    mine = [line for line in lines if line.startswith("tradefacts:")]
    line = (mine or lines[-1:] or ["(no message)"])[0]
    line = re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b", "<run>", line)
    line = re.sub(r"\b[0-9a-f]{16}\b", "<release>", line)
    return re.sub(r"pid \d+", "pid <n>", line)[:200]


class Input:
    """The input folder and the changes made to it between steps."""

    def __init__(self, folder: Path, pool: list[Path], rng: random.Random) -> None:
        self.folder, self.pool, self.rng = folder, pool, rng
        folder.mkdir(parents=True, exist_ok=True)
        for path in pool[:7]:
            shutil.copy(path, folder / path.name)

    def present(self) -> list[Path]:
        return sorted(self.folder.glob("*.txt"))

    def change(self) -> str:
        """Add an article of the pool, delete one (never below 5) or edit one; the change's kind."""
        present = self.present()
        absent = [p for p in self.pool if not (self.folder / p.name).exists()]
        kinds = ["edit"]
        if absent and len(present) < 10:
            kinds.append("add")
        if len(present) > 5:
            kinds.append("delete")
        kind = self.rng.choice(kinds)
        if kind == "add":
            shutil.copy(self.rng.choice(absent), self.folder)
        elif kind == "delete":
            self.rng.choice(present).unlink()
        else:  # a digit changed in place: the article's figures change, the name does not
            path = self.rng.choice(present)
            text = path.read_text(encoding="utf-8", errors="surrogateescape")
            digits = [m.start() for m in re.finditer(r"\d", text)]
            if digits:
                at = self.rng.choice(digits)
                new = str((int(text[at]) + self.rng.randint(1, 9)) % 10)
                text = text[:at] + new + text[at + 1 :]
            else:
                text += "\nTrade turnover reached $1.5 billion in 2024.\n"
            path.write_text(text, encoding="utf-8", errors="surrogateescape")
        return kind


def _launch(kind: str, input_dir: Path, data: Path, env: dict[str, str]) -> subprocess.Popen:
    bin_dir = Path(sys.executable).parent
    if kind == "cli":
        command = [
            str(bin_dir / "tradefacts"),
            "run",
            "--seeds",
            str(input_dir),
            "--data",
            str(data),
        ]
    else:  # Dagster's own CLI: the job as the UI, sensor or schedule would run it
        command = [
            str(bin_dir / "dagster"),
            *("job", "execute", "-m", "assets.definitions", "-j", "publish_release"),
        ]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
    )


def mixed_problems(data: Path, release_id: str) -> list[str]:
    """Ids cited by one table of the release but absent from the table they name."""
    tables = {
        name: load_table(data, release_id, name)
        for name in ("documents", "sentences", "figures", "claims", "facts")
    }
    problems = []
    for table, column, target, key in REFERENCES:
        missing = set(tables[table][column].dropna()) - set(tables[target][key])
        if missing:
            problems.append(f"{table}.{column}: {len(missing)} ids not in {target}")
    for column, target, key in (
        ("figure_ids", "figures", "figure_id"),
        ("doc_ids", "documents", "doc_id"),
    ):
        cited = {i for ids in tables["facts"][column].dropna() for i in ids}
        missing = cited - set(tables[target][key])
        if missing:
            problems.append(f"facts.{column}: {len(missing)} ids not in {target}")
    inputs = set(load_inputs(data, release_id))
    if inputs != set(tables["documents"]["doc_id"]):
        problems.append("documents differ from the manifest's inputs")
    return [f"LATEST {release_id} mixed: {p}" for p in problems]


def check_store(data: Path, counts: Counts) -> None:
    """The checks after a step (see the module docstring); problems are added to ``counts``."""
    for info in list_releases(data):
        counts.releases.add(info.release_id)
        for problem in verify_release(data, info.release_id):
            counts.verify_failures.append(f"step {counts.steps}: {problem}")
    if counts.releases:
        problems = latest_problems(data)
        if not problems:
            latest = latest_text(data)
            try:
                problems = mixed_problems(data, latest) + verify_release(data, latest)
            except (OSError, ValueError, KeyError) as exc:
                problems = [f"LATEST {latest} unreadable: {exc!r}"]
        counts.latest_problems += [f"step {counts.steps}: {p}" for p in problems]
    from dagster import DagsterInstance, RunsFilter

    from assets.orchestration.dead_runs import IN_PROGRESS, fail_dead_runs

    home = data / "dagster_home"
    if not (home / "dagster.yaml").exists():
        return
    with DagsterInstance.from_config(str(home)) as instance:
        counts.marked_dead += len(fail_dead_runs(instance))
        for record in instance.get_run_records(RunsFilter(statuses=IN_PROGRESS)):
            run = record.dagster_run
            counts.left_started.append(f"step {counts.steps}: {run.run_id} {run.status.value}")


def instance_summary(data: Path) -> str:
    """The Dagster instance's runs by status, and how many failures the dead-run check wrote."""
    from dagster import DagsterEventType, DagsterInstance

    home = data / "dagster_home"
    statuses: collections.Counter = collections.Counter()
    dead = 0
    with DagsterInstance.from_config(str(home)) as instance:
        for record in instance.get_run_records():
            status = record.dagster_run.status.value
            statuses[status] += 1
            if status == "FAILURE":
                events = instance.all_logs(
                    record.dagster_run.run_id, of_type=DagsterEventType.RUN_FAILURE
                )
                dead += any("marked failed by tradefacts" in (e.message or "") for e in events)
    listed = ", ".join(f"{status} {n}" for status, n in sorted(statuses.items()))
    return (
        f"{sum(statuses.values())} runs ({listed}); {dead} failures written by the dead-run check"
    )


def sample_latest(data: Path, counts: Counts) -> None:
    """``LATEST`` read while runs are in flight: once a release exists it must name one."""
    if not counts.releases:
        return
    counts.latest_samples += 1
    for problem in latest_problems(data):
        counts.latest_problems.append(f"step {counts.steps} (in flight): {problem}")


def step(
    args: argparse.Namespace, rng: random.Random, inp: Input, env: dict, counts: Counts
) -> int:
    """One step; the number of runs it launched."""
    if counts.steps and rng.random() < args.change:
        counts.input_changes[inp.change()] += 1
    counts.steps += 1
    roll = rng.random()
    kinds = ["cli", "dagster"] if roll < args.concurrent else [rng.choice(["cli", "dagster"])]
    if len(kinds) == 2:
        counts.concurrent_steps += 1
        rng.shuffle(kinds)
    launches: list[Launch] = []
    for i, kind in enumerate(kinds):
        if i:
            time.sleep(rng.uniform(0.0, 3.0))  # the second launch lands at a random moment
        now = time.monotonic()
        kill_at = (
            now + rng.uniform(0.0, kill_window(args, counts)) if rng.random() < args.kill else None
        )
        launches.append(Launch(kind, _launch(kind, inp.folder, args.data, env), now, kill_at))
        counts.started[kind] += 1
    while any(launch.process.poll() is None for launch in launches):
        now = time.monotonic()
        for launch in launches:
            overdue = now - launch.started > RUN_TIMEOUT
            due = launch.kill_at is not None and now >= launch.kill_at
            if launch.process.poll() is None and not launch.killed and (due or overdue):
                launch.process.send_signal(signal.SIGKILL)
                launch.killed = True
                if overdue:
                    counts.failure_kinds["hung (killed after the timeout)"] += 1
        sample_latest(args.data, counts)
        time.sleep(0.1)
    for launch in launches:
        if launch.process.returncode == 0:
            counts.durations.append(time.monotonic() - launch.started)
        stderr = launch.process.stderr.read() if launch.process.stderr else ""
        launch.process.stderr.close()
        code = launch.process.returncode
        if launch.killed and code == -signal.SIGKILL:
            counts.killed += 1
        elif code == 0:
            counts.completed += 1
        else:
            counts.failed += 1
            counts.failure_kinds[f"{launch.kind}: {_failure_kind(stderr)}"] += 1
    check_store(args.data, counts)
    return len(launches)


def markdown(args: argparse.Namespace, counts: Counts, commit: str) -> str:
    """The counts as a Markdown section."""
    started = sum(counts.started.values())
    lines = [
        f"## Soak {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, commit `{commit}`",
        "",
        f"`python -m benchmarks.soak --runs {args.runs} --seed {args.seed} --kill {args.kill} "
        f"--concurrent {args.concurrent} --change {args.change}`; one data folder, "
        "7 articles to start (the 5 seeds and 2 synthetic), 5-10 during the soak.",
        "",
        "| count | value |",
        "|---|---:|",
        f"| runs started (CLI / dagster job execute) | {started} ({counts.started['cli']} / "
        f"{counts.started['dagster']}) |",
        f"| steps (with two concurrent launches) | {counts.steps} ({counts.concurrent_steps}) |",
        f"| killed (SIGKILL) | {counts.killed} |",
        f"| completed (exit 0) | {counts.completed} |",
        f"| failed (exit != 0, not killed) | {counts.failed} |",
        f"| input changes (add / edit / delete) | {counts.input_changes['add']} / "
        f"{counts.input_changes['edit']} / {counts.input_changes['delete']} |",
        f"| releases published | {len(counts.releases)} |",
        f"| verify failures | {len(counts.verify_failures)} |",
        f"| LATEST problems (missing, empty, dangling, mixed; {counts.latest_samples} in-flight "
        f"samples) | {len(counts.latest_problems)} |",
        f"| runs marked failed by the dead-run check | {counts.marked_dead} |",
        f"| runs left STARTED after it | {len(counts.left_started)} |",
        f"| wall time | {counts.wall / 60:.1f} min |",
        "",
        f"Dagster instance at the end: {instance_summary(args.data)}.",
        "",
    ]
    if counts.failure_kinds:
        lines += ["Failed runs by message:", ""]
        lines += [f"- {n} × {kind}" for kind, n in counts.failure_kinds.most_common()]
        lines.append("")
    for title, items in (
        ("Verify failures", counts.verify_failures),
        ("LATEST problems", counts.latest_problems),
        ("Runs left STARTED", counts.left_started),
    ):
        if items:
            lines += [f"{title} (first 20):", ""] + [f"- {p}" for p in items[:20]] + [""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200, help="runs to launch (default 200)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/tradefacts-soak"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--kill", type=float, default=0.35, help="share of runs SIGKILLed")
    parser.add_argument(
        "--kill-window",
        type=float,
        default=0.0,
        help="kill within this many seconds of launch (default: 1.1 x the median completed run)",
    )
    parser.add_argument("--concurrent", type=float, default=0.3, help="share of two-launch steps")
    parser.add_argument("--change", type=float, default=0.5, help="share of steps changing input")
    parser.add_argument("--until", help="HH:MM UTC: launch nothing after this time")
    parser.add_argument("--results", type=Path, help="append the Markdown counts to this file")
    args = parser.parse_args(argv)
    if args.work.exists():
        shutil.rmtree(args.work)
    args.data = args.work / "data"
    pool_dir = args.work / "pool"
    pool_dir.mkdir(parents=True)
    write_corpus(8, pool_dir, seed=args.seed)
    pool = sorted((ROOT / "seeds").glob("*.txt")) + sorted(pool_dir.glob("*.txt"))
    rng = random.Random(args.seed)
    inp = Input(args.work / "input", pool, rng)
    home = args.data / "dagster_home"
    from assets.orchestration.instance import write_instance_yaml

    write_instance_yaml(home)  # `dagster job execute` needs the instance's settings too
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "TRADEFACTS_SEEDS_DIR": str(inp.folder),
        "TRADEFACTS_DATA_DIR": str(args.data),
        "PYTHONPATH": str(ROOT),
    }
    deadline = None
    if args.until:
        hour, minute = map(int, args.until.split(":"))
        now = dt.datetime.now(dt.timezone.utc)
        deadline = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    counts, begin, launched = Counts(), time.monotonic(), 0
    while launched < args.runs:
        if deadline and dt.datetime.now(dt.timezone.utc) >= deadline:
            print(f"stopped at --until {args.until} after {launched} runs", flush=True)
            break
        launched += step(args, rng, inp, env, counts)
        if counts.steps % 10 == 0:
            print(
                f"{launched} runs: {counts.completed} ok, {counts.killed} killed, "
                f"{counts.failed} failed, {len(counts.releases)} releases, "
                f"{len(counts.verify_failures)} verify / {len(counts.latest_problems)} LATEST / "
                f"{len(counts.left_started)} STARTED problems, "
                f"{(time.monotonic() - begin) / 60:.1f} min",
                flush=True,
            )
    counts.wall = time.monotonic() - begin
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    text = markdown(args, counts, commit or os.environ.get("SOAK_COMMIT", "unknown"))
    print(text)
    if args.results:
        args.results.parent.mkdir(parents=True, exist_ok=True)
        with args.results.open("a", encoding="utf-8") as out:
            out.write(text + "\n")
    bad = counts.verify_failures or counts.latest_problems or counts.left_started
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
