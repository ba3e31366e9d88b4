"""An exception in a late stage fails the run with a readable one-line error; LATEST stays."""

from __future__ import annotations

import shutil

import pandas as pd

import assets.stages.facts
from assets import cli
from pipeline.release.catalog import verify_release
from pipeline.release.layout import read_latest
from tests.seeds import SEEDS


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

    monkeypatch.setattr(assets.stages.facts, "reconcile_pairs", explode)
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


def test_instance_database_full_after_publishing_exits_0_and_says_so(
    tmp_path, capsys, monkeypatch
) -> None:
    """Issue 19, item 7: with the instance database full right after the release was
    published, the run exited 1 while ``LATEST`` already named its release. Publishing is
    what a run promises, so the exit status now follows ``LATEST``: 0, with a warning."""
    import sqlite3

    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    data = tmp_path / "data"
    real_store = SqliteEventLogStorage.store_event

    def store_event(self, event):
        if read_latest(data) is not None:  # the disk fills up the moment LATEST has moved
            raise sqlite3.OperationalError("database or disk is full")
        return real_store(self, event)

    monkeypatch.setattr(SqliteEventLogStorage, "store_event", store_event)
    code = cli.main(["run", "--seeds", str(tmp_path / "seeds"), "--data", str(data)])
    out, err = capsys.readouterr()

    latest = read_latest(data)
    assert latest is not None and verify_release(data, latest) == []
    assert code == 0, err
    assert f"release:   {latest} (new)" in out
    assert "database or disk is full" in err and f"published release {latest}" in err


def test_a_fault_of_extraction_on_one_page_leaves_the_others_and_is_retried(
    tmp_path, capsys, monkeypatch
) -> None:
    import pipeline.extract.figures as figures_module

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "seeds" / "broken.txt").write_text(
        "date 2031-01-01\nTrade between Chile and Peru reached $1.2 billion in 2030."
    )
    real = figures_module.extract_rows
    tried: list[str] = []

    def fragile(doc_id, *args):
        if doc_id == "broken":
            tried.append(doc_id)
            raise ValueError("a page our rules cannot read")
        return real(doc_id, *args)

    monkeypatch.setattr(figures_module, "extract_rows", fragile)
    argv = ["run", "--seeds", str(tmp_path / "seeds"), "--data", str(tmp_path / "data")]
    assert cli.main(argv) == 0
    release = read_latest(tmp_path / "data")
    assert verify_release(tmp_path / "data", release) == []
    facts = pd.read_parquet(tmp_path / "data" / "releases" / release / "figures.parquet")
    assert "broken" not in set(facts["doc_id"]) and facts["doc_id"].nunique() > 1
    # not cached as a page without figures: the next run tries it again (and fails again)
    (tmp_path / "seeds" / "another.txt").write_text(
        "date 2031-02-01\nTrade between Chile and Peru reached $1.3 billion in 2030."
    )
    assert cli.main(argv) == 0
    assert tried == ["broken", "broken"]
