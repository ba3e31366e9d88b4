"""An exception in a late stage fails the run with a readable one-line error; LATEST stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import assets.stages.facts
from assets import cli
from pipeline.release.catalog import verify_release
from pipeline.release.layout import read_latest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_exception_in_reconcile_leaves_latest_on_previous_release(
    tmp_path, capsys, monkeypatch
) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    argv = ["run", "--seeds", str(tmp_path / "seeds"), "--data", str(tmp_path / "data")]
    assert cli.main(argv) == 0
    before = read_latest(tmp_path / "data")
    capsys.readouterr()

    def explode(*args, **kwargs):
        raise RuntimeError("reconciliation exploded on purpose")

    monkeypatch.setattr(assets.stages.facts, "reconcile_by_pair", explode)
    (tmp_path / "seeds" / "extra.txt").write_text(
        "date 2031-01-01\nTrade between Chile and Peru reached $1.2 billion in 2030."
    )
    assert cli.main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "reconciliation exploded on purpose" in err
    assert read_latest(tmp_path / "data") == before
    assert verify_release(tmp_path / "data", before) == []


def test_run_summary_lists_quarantined_files_with_reasons(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "blank page.txt").write_text("   \n")
    argv = ["run", "--seeds", str(tmp_path / "seeds"), "--data", str(tmp_path / "data")]
    assert cli.main(argv) == 0
    assert "quarantined blank page.txt: empty" in capsys.readouterr().out
