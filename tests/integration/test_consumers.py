"""Downstream readers: pandas, pyarrow.dataset and DuckDB (Polars if installed) read the current
release's facts and get the same rows; staging folders stay invisible to their globs.

Schema 1.3: ``facts.parquet`` is a folder of parts. pandas, pyarrow and Polars read the folder;
DuckDB and Polars' lazy scan read its parts by glob, ``facts.parquet/*.parquet``.

These are the README's snippets, run against a real ``tradefacts run`` over the seeds.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from assets import cli
from pipeline.contract.arrow import plain
from pipeline.contract.tables import TABLES
from pipeline.release import publish
from pipeline.release.layout import load_manifest, load_table, read_latest
from pipeline.release.publish import publish_release
from tests.seeds import SEEDS


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("consumers")
    shutil.copytree(SEEDS, root / "seeds")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DAGSTER_HOME", raising=False)
        assert cli.main(["run", "--seeds", str(root / "seeds"), "--data", str(root / "data")]) == 0
    return root / "data"


def _facts_path(data: Path) -> str:
    # The README's way: read LATEST, then the release it names.
    latest = (data / "releases" / "LATEST").read_text().strip()
    return str(data / "releases" / latest / "facts.parquet")


def _rows(records: list[dict]) -> list[tuple]:
    """Rows as comparable tuples: plain values (dates as ISO text, NaN as None), by fact_id."""
    rows = [tuple((k, plain(v)) for k, v in sorted(r.items())) for r in records]
    return sorted(rows, key=lambda row: dict(row)["fact_id"])


def _pandas(path: str) -> list[tuple]:
    return _rows(pd.read_parquet(path).to_dict("records"))


def _pyarrow_dataset(path: str) -> list[tuple]:
    return _rows(ds.dataset(path, format="parquet").to_table().to_pylist())


def _duckdb(path: str) -> list[tuple]:
    result = duckdb.sql(f"select * from read_parquet('{path}/*.parquet')")
    return _rows([dict(zip(result.columns, row, strict=True)) for row in result.fetchall()])


def test_pandas_pyarrow_dataset_and_duckdb_read_the_same_rows(data):
    path = _facts_path(data)
    rows = _pandas(path)
    release_id = read_latest(data)

    assert len(rows) == load_manifest(data, release_id)["files"]["facts"]["rows"] > 0
    assert _pyarrow_dataset(path) == rows
    assert _duckdb(path) == rows
    conflicting = duckdb.sql(
        f"select count(*) from '{path}/*.parquet' where resolution = 'conflicting'"
    ).fetchall()[0][0]
    assert conflicting == sum(dict(r)["resolution"] == "conflicting" for r in rows)


def test_polars_reads_the_same_rows_when_installed(data):
    pl = pytest.importorskip("polars")
    path = _facts_path(data)
    assert _rows(pl.read_parquet(path).to_dicts()) == _pandas(path)
    assert _rows(pl.scan_parquet(f"{path}/*.parquet").collect().to_dicts()) == _pandas(path)


def test_globs_over_releases_never_see_a_release_being_written(data, tmp_path, monkeypatch):
    # DuckDB's ``*`` matches dot-folders, so staging must live outside releases/ altogether.
    copy = tmp_path / "data"
    shutil.copytree(data / "releases", copy / "releases")
    release_id = read_latest(copy)
    tables = {name: load_table(copy, release_id, name) for name in TABLES}
    n = len(tables["facts"])
    pattern = str(copy / "releases" / "*" / "facts.parquet" / "*.parquet")
    seen = []
    real_link = publish.link_or_copy

    def write_and_look(source, dest):
        linked = real_link(source, dest)  # each table's object, linked into the staging folder
        seen.append(duckdb.sql(f"select count(*) from read_parquet('{pattern}')").fetchall()[0][0])
        seen.append(len(list((copy / "releases").glob("*/facts.parquet/*.parquet"))) * n)
        return linked

    monkeypatch.setattr(publish, "link_or_copy", write_and_look)
    tables["facts"].loc[0, "note"] = "a new release"
    result = publish_release(copy, tables, code_version="test", input_hashes={}, run_id=None)

    assert result.created and len(seen) == 2 * (len(TABLES) + 1)  # the parts and the inputs part
    assert set(seen) == {n}  # while writing, only the complete old release is visible
    assert duckdb.sql(f"select count(*) from read_parquet('{pattern}')").fetchall()[0][0] == 2 * n
