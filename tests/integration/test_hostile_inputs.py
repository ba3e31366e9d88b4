"""A hostile input folder beside the seeds: every file is accounted for, nothing stops the run,
and re-encoded copies of a seed give the seed's own figures."""

from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from dagster import materialize

from assets.definitions import ASSETS, CHECKS
from assets.io_manager import ParquetIOManager
from assets.settings import TradefactsSettings
from pipeline.contract.tables import TABLES
from pipeline.extract.evaluate import GOLD_COLUMNS
from pipeline.ingest.documents import DEFAULT_MAX_BYTES
from pipeline.release.layout import load_table, read_latest
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]
SEED = "002_b2dabfad636a1d70"  # no date header, a breadcrumb, a repeated title
KEY = [c for c in GOLD_COLUMNS if c != "doc"]  # the full tuple of a figure


def _hostile_folder(folder: Path) -> dict[str, str]:
    """Write the hostile files; returns expected quarantine reason prefixes by doc_id."""
    shutil.copytree(SEEDS, folder)
    original = (folder / f"{SEED}.txt").read_bytes()
    text = original.decode("utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    (folder / "nul bytes.txt").write_bytes(b"Trade \x00\x01\x02 reached \x00 $5 billion")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n")
    (folder / "bad utf16.txt").write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # lone surrogate
    (folder / "huge.txt").write_bytes(b"trade " * (DEFAULT_MAX_BYTES // 6 + 10))
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "copy of 002.txt").write_bytes(original)  # identical content under another name
    (folder / "utf16 copy €.txt").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    (folder / "cp1252 $copy.txt").write_bytes(
        text.replace("\n", "\r\n").encode("cp1252", errors="replace")
    )
    (folder / "Case.txt").write_text(
        "date 2031-01-01\nTrade between Chile and Peru reached $1.2 billion in 2030."
    )
    (folder / "case.TXT").write_text(
        "date 2031-01-01\nTrade between Chile and Peru reached $1.3 billion in 2030."
    )
    return {
        "binary": "not text",
        "nul bytes": "not text",
        "empty": "empty",
        "blank": "empty",
        "bad utf16": "undecodable",
        "huge": "oversize",
        "loop": "unreadable",
        "copy of 002": "duplicate of",
    }


@pytest.fixture(scope="module")
def hostile_release(tmp_path_factory) -> tuple[dict[str, pd.DataFrame], dict[str, str], int]:
    base = tmp_path_factory.mktemp("hostile")
    expected = _hostile_folder(base / "in")
    n_files = len(list((base / "in").iterdir()))
    paths = TradefactsSettings(seeds_dir=str(base / "in"), data_dir=str(base / "data"))
    result = materialize(
        [*ASSETS, *CHECKS], resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)}
    )
    assert result.success
    (count,) = [
        e
        for e in result.get_asset_check_evaluations()
        if e.asset_check_key.name == "every_input_file_accounted_for"
    ]
    assert count.passed and count.metadata["input_files"].value == n_files
    release_id = read_latest(base / "data")
    return (
        {n: load_table(base / "data", release_id, n) for n in TABLES},
        expected,
        n_files,
    )


def test_every_file_has_exactly_one_documents_row(hostile_release) -> None:
    tables, _, n_files = hostile_release
    documents = tables["documents"]
    assert len(documents) == n_files
    assert documents["path"].is_unique


def test_bad_files_are_quarantined_with_reasons(hostile_release) -> None:
    tables, expected, _ = hostile_release
    documents = tables["documents"].set_index("doc_id")
    for doc_id, reason in expected.items():
        assert documents.loc[doc_id, "status"] == "quarantined", doc_id
        assert documents.loc[doc_id, "reason"].startswith(reason), (
            doc_id,
            documents.loc[doc_id, "reason"],
        )
    ok = documents[documents["status"] == "ok"]
    assert ok["reason"].isna().all()
    assert {"Case", "case.TXT"} <= set(ok.index)


def _figures(tables, doc_id: str) -> pd.DataFrame:
    figures = tables["figures"]
    rows = figures[figures["doc_id"] == doc_id][KEY].astype(str)
    return rows.sort_values(KEY).reset_index(drop=True)


def test_seed_figures_unchanged_and_reencoded_copies_agree(hostile_release) -> None:
    tables, _, _ = hostile_release
    gold = pd.read_csv(ROOT / "tests" / "data" / "seed_figures.csv")
    seeds = tables["figures"][tables["figures"]["doc_id"].isin(gold["doc"])]
    assert len(seeds) == len(gold)
    original = _figures(tables, SEED)
    assert len(original) > 0
    for copy in ["utf16 copy €", "cp1252 $copy"]:
        pd.testing.assert_frame_equal(_figures(tables, copy), original)


def test_size_limit_is_configurable(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRADEFACTS_MAX_BYTES", "100")
    paths = TradefactsSettings.from_env()
    assert paths.max_bytes == 100
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(
        "date 2031-01-01\n" + "Trade between Chile and Peru grew. " * 10
    )
    paths = TradefactsSettings(
        seeds_dir=str(folder), data_dir=str(tmp_path / "data"), max_bytes=100
    )
    result = materialize(
        [*ASSETS, *CHECKS], resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)}
    )
    assert result.success
    documents = load_table(tmp_path / "data", read_latest(tmp_path / "data"), "documents")
    assert documents.loc[0, "reason"].startswith("oversize")
