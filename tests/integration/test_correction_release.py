"""Corrections end to end: a rejected figure changes exactly its fact in the next release; a
correction whose figure is gone stops the run before anything is published."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from dagster import materialize

from assets import cli
from assets.definitions import ASSETS, CHECKS
from assets.io_manager import ParquetIOManager
from assets.settings import TradefactsSettings
from pipeline.contract.hashing import file_sha256
from pipeline.release.diff import diff_releases
from pipeline.release.layout import load_manifest, load_table, read_latest
from pipeline.release.lineage import lineage
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]


def _run(seeds: Path, data: Path) -> bool:
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(data))
    result = materialize(
        [*ASSETS, *CHECKS],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
        raise_on_error=False,
    )
    return result.success


def _kgz_kaz_2024(facts: pd.DataFrame) -> pd.Series:
    rows = facts[
        (facts["flow"] == "turnover")
        & (facts["reporter"] == "KAZ")
        & (facts["partner"] == "KGZ")
        & (facts["period_start"].astype(str) == "2024-01-01")
        & (facts["period_end"].astype(str) == "2024-12-31")
        & (facts["measure"] == "level")
        & (facts["status"] == "actual")
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("corrections")
    seeds, data = root / "seeds", root / "data"
    shutil.copytree(SEEDS, seeds)
    assert _run(seeds, data)
    before = read_latest(data)
    fact = _kgz_kaz_2024(load_table(data, before, "facts"))
    claims = load_table(data, before, "claims")
    kaz = claims[(claims["fact_id"] == fact["fact_id"]) & (claims["source_country"] == "KAZ")]
    figure_id = kaz["figure_id"].iloc[0]
    code = cli.main(
        [
            "correct",
            figure_id,
            "--reject",
            "--reason",
            "test: the KAZ figure rejected",
            "--author",
            "tester",
            "--date",
            "2031-01-02",
            "--data",
            str(data),
            "--corrections",
            str(seeds / "corrections.csv"),
        ]
    )
    assert code == 0
    assert _run(seeds, data)
    return {
        "seeds": seeds,
        "data": data,
        "before": before,
        "after": read_latest(data),
        "fact": fact,
        "figure_id": figure_id,
    }


def test_the_next_release_changes_exactly_the_corrected_fact(store) -> None:
    diff = diff_releases(store["data"], store["before"], store["after"])
    facts = diff["facts"]
    assert facts["added"] == [] and facts["removed"] == []
    assert [c["new"]["fact_id"] for c in facts["changed"]] == [store["fact"]["fact_id"]]
    change = facts["changed"][0]
    assert change["old"]["resolution"] == "conflicting"
    assert change["new"]["resolution"] == "single_source"
    assert change["new"]["value"] == 1.34e9 and change["new"]["sources"] == ["KGZ"]
    assert diff["corrections"][0] is None and diff["corrections"][1] is not None


def test_the_manifest_records_the_file_and_lineage_shows_the_correction(store) -> None:
    manifest = load_manifest(store["data"], store["after"])
    recorded = manifest["settings"]["corrections"]
    assert recorded["sha256"] == file_sha256(store["seeds"] / "corrections.csv")
    assert recorded["rows"] == 1
    assert "corrections.csv" in manifest["attachments"]
    assert load_manifest(store["data"], store["before"])["settings"]["corrections"] == {
        "path": str(store["seeds"] / "corrections.csv"),
        "sha256": None,
        "rows": 0,
    }
    found = lineage(store["data"], store["after"], store["fact"]["fact_id"])
    assert [(c["action"], c["figure_id"], c["author"]) for c in found["corrections"]] == [
        ("reject", store["figure_id"], "tester")
    ]
    assert found["problems"] == []


def test_a_correction_whose_figure_is_gone_blocks_the_release(store) -> None:
    path = store["seeds"] / "corrections.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + "0123456789abcdef,gone,000_x,$1 billion,reject,,,no such figure,tester,2031-01-03\n",
        encoding="utf-8",
    )
    try:
        assert not _run(store["seeds"], store["data"])
        assert read_latest(store["data"]) == store["after"]  # nothing published
    finally:
        path.write_text(text, encoding="utf-8")
