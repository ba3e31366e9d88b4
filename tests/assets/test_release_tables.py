"""The release reads its tables one at a time and records each table's schema outcome."""

from __future__ import annotations

import pandas as pd

from assets.release import ValidatedTables, report_tables
from pipeline.report import REPORT_COLUMNS
from pipeline.store import TABLES, TableFile, write_parquet


def _files(tmp_path, tables: dict[str, pd.DataFrame]) -> dict[str, TableFile]:
    files = {}
    for name, frame in tables.items():
        write_parquet(frame, tmp_path / f"{name}.parquet", name)
        files[name] = TableFile(tmp_path / f"{name}.parquet")
    return files


def test_each_table_is_validated_as_it_is_read_and_checks_come_last(tmp_path, tables) -> None:
    broken = tables["facts"].assign(resolution="guessed")  # not a resolution the schema knows
    files = _files(tmp_path, {**{n: tables[n] for n in TABLES if n != "checks"}, "facts": broken})
    (tmp_path / "identity").mkdir()
    identity = _files(tmp_path / "identity", {"checks": tables["checks"]})["checks"]
    lazy = ValidatedTables({n: f for n, f in files.items() if n != "checks"}, identity)
    assert list(lazy) == list(TABLES)
    for name in TABLES[:-1]:
        assert len(lazy[name]) == len(tables[name] if name != "facts" else broken)
    checks = lazy["checks"].set_index("check_id")
    assert checks.loc["schema:facts", "outcome"] == "failed"
    assert checks.loc["schema:documents", "outcome"] == "passed"
    assert set(tables["checks"]["check_id"]) <= set(checks.index)
    assert lazy.checks is not None and len(lazy.checks) == len(checks)


def test_the_report_reads_only_the_columns_it_uses(tmp_path, tables) -> None:
    files = _files(tmp_path, {n: tables[n] for n in TABLES if n != "checks"})
    loaded = report_tables(files, tables["checks"])
    assert list(loaded["documents"].columns) == REPORT_COLUMNS["documents"]
    assert list(loaded["facts"].columns) == list(tables["facts"].columns)
    assert len(loaded["sentences"]) == len(tables["sentences"])
