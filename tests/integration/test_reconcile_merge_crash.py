"""SIGKILL ``tradefacts run`` between reconciliation's cache save and the IO manager's write,
and during the write: a later run never keeps stale rows of a changed pair.

Reconciliation keeps the stored rows of every pair whose input digest is the one the IO
manager stored with those rows (``pipeline.reconcile.previous``). Each kill below leaves a
state where trusting the wrong digest would keep rows of the wrong inputs: an article that
changes the Kyrgyzstan-China pair is added, the run is killed at one point, the article is
removed again (or kept), and the next normal run must publish the release a full recompute of
the same inputs publishes, with the same tables.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from assets import cli
from pipeline.reconcile import pairs
from pipeline.release.chunks import pair_digests, read_chunked
from pipeline.release.layout import read_latest
from tests.seeds import SEEDS

ARTICLE = (
    "date 2025-08-01 09:00\n"
    "Trade turnover between Kyrgyzstan and China reached $9.3 billion in 2024, the Ministry "
    "of Economy said.\n"
)
KILLER = """
import os, signal, sys
from pathlib import Path
import assets.io_manager as io_manager
import pipeline.release.chunks as chunks
from assets import cli

point = sys.argv[1]
target = {"before_outputs": "facts", "between_outputs": "claims"}.get(point)
write_chunked, save_memo = io_manager.write_chunked, chunks.save_memo

def write(frame, folder, *args, **kwargs):
    if Path(folder).name == target:  # the asset has returned: its caches are saved
        os.kill(os.getpid(), signal.SIGKILL)
    return write_chunked(frame, folder, *args, **kwargs)

def memo(folder, *args, **kwargs):
    # chunks.json of the facts replaced, their memo (and pair digests) not yet
    if point == "before_memo" and Path(folder).name == "facts" and len(args) > 3 and args[3]:
        os.kill(os.getpid(), signal.SIGKILL)
    return save_memo(folder, *args, **kwargs)

io_manager.write_chunked, chunks.save_memo = write, memo
sys.exit(cli.main(sys.argv[2:]))
"""
TABLES = ("facts", "claims", "identity_checks")


def _env() -> dict[str, str]:
    drop = {"DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def _run(seeds: Path, data: Path) -> str:
    assert cli.main(["run", "--seeds", str(seeds), "--data", str(data)]) == 0
    return read_latest(data)


def _killed(seeds: Path, data: Path, point: str) -> None:
    argv = ["run", "--seeds", str(seeds), "--data", str(data)]
    done = subprocess.run(
        [sys.executable, "-c", KILLER, point, *argv],
        env=_env(),
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]


def _tables(data: Path) -> dict:
    return {name: read_chunked(data / "assets" / name) for name in TABLES}


def _same_tables(left: Path, right: Path) -> bool:
    a, b = _tables(left), _tables(right)
    return all(a[name].equals(b[name]) for name in TABLES)


@pytest.fixture
def merges(monkeypatch) -> list[bool]:
    """Whether each in-process reconciliation kept stored rows (took the merge)."""
    seen: list[bool] = []
    real = pairs._merged

    def merged(*args, **kwargs):
        result = real(*args, **kwargs)
        seen.append(result is not None)
        return result

    monkeypatch.setattr(pairs, "_merged", merged)
    return seen


def test_a_killed_run_never_leaves_stale_rows_of_a_changed_pair(
    tmp_path, monkeypatch, merges
) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    shutil.copytree(SEEDS, seeds)
    first = _run(seeds, data)
    assert pair_digests(data / "assets" / "facts") is not None
    added = seeds / "zz_kyrgyzstan_china.txt"
    with_article = tmp_path / "with-article"
    shutil.copytree(seeds, with_article)
    (with_article / added.name).write_text(ARTICLE)
    recompute = _run(with_article, tmp_path / "recompute-with")
    assert recompute != first

    # each kill, then the article removed: the stored digests must not vouch for rows of
    # the killed run's inputs (the pair changed back)
    for point, merge in [
        ("before_outputs", True),  # stored rows and digests are the run before's
        ("between_outputs", True),  # facts of the new inputs, claims and checks of the old
        ("before_memo", False),  # facts of the new inputs, the old digests: not trusted
    ]:
        added.write_text(ARTICLE)
        _killed(seeds, data, point)
        added.unlink()
        merges.clear()
        assert _run(seeds, data) == first, point
        assert merges == [True] if merge else merges in ([], [False]), (point, merges)
        assert pair_digests(data / "assets" / "facts") is not None

    # and kept: the next run publishes what a full recompute of the new inputs does
    added.write_text(ARTICLE)
    _killed(seeds, data, "before_memo")
    assert _run(seeds, data) == recompute
    assert _same_tables(data, tmp_path / "recompute-with")
    merges.clear()
    added.write_text(ARTICLE + "\n")  # another file (a new release), the same facts
    _run(seeds, data)
    assert merges == [True] and _same_tables(data, tmp_path / "recompute-with")
