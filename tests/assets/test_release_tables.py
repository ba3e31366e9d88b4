"""The release reads its tables one at a time and records each table's schema outcome."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from pandera.errors import SchemaErrors

from assets.stages.release import ValidatedTables, report_tables
from pipeline.contract.tables import TABLES
from pipeline.release.parquet import TableFile, write_parquet
from pipeline.release.parts import PartPlan, table_parts
from pipeline.report.markdown import REPORT_COLUMNS


def _lazy(tmp_path, tables: dict[str, pd.DataFrame]) -> ValidatedTables:
    """``tables`` written as files, identity checks (``checks``) apart, read lazily."""
    files = {}
    for name, frame in tables.items():
        write_parquet(frame, tmp_path / f"{name}.parquet", name)
        files[name] = TableFile(tmp_path / f"{name}.parquet")
    identity = files.pop("checks")
    return ValidatedTables(files, identity)


def test_each_table_is_validated_as_it_is_read_and_checks_come_last(tmp_path, tables) -> None:
    broken = tables["facts"].assign(resolution="guessed")  # not a resolution the schema knows
    lazy = _lazy(tmp_path, {**tables, "facts": broken})
    assert list(lazy) == list(TABLES)
    for name in TABLES[:-1]:
        assert len(lazy[name]) == len(tables[name] if name != "facts" else broken)
    checks = lazy["checks"].set_index("check_id")
    assert checks.loc["schema:facts", "outcome"] == "failed"
    assert checks.loc["schema:documents", "outcome"] == "passed"
    assert set(tables["checks"]["check_id"]) <= set(checks.index)
    assert lazy.checks is not None and len(lazy.checks) == len(checks)


def test_the_report_reads_only_the_columns_it_uses_and_nothing_twice(tmp_path, tables) -> None:
    lazy = _lazy(tmp_path, tables)
    written = {name: lazy[name] for name in lazy}  # what the store does
    loaded = report_tables(lazy)
    assert list(loaded["documents"].columns) == REPORT_COLUMNS["documents"]
    assert loaded["facts"] is written["facts"] and loaded["claims"] is written["claims"]
    assert len(loaded["sentences"]) == len(tables["sentences"])
    assert loaded["checks"] is lazy.checks


def test_passed_facts_and_claims_go_to_the_store_as_arrow_with_the_same_parts(
    tmp_path, tables
) -> None:
    """Facts and claims whose check passed reach the store as the Arrow tables read (list
    columns renamed, no pandas round trip) and give the parts the pandas frames give; the
    report still gets them as pandas, equal to the files read whole."""
    lazy = _lazy(tmp_path, tables)
    passed = {name: len(tables[name]) for name in [*lazy.files, "checks"]}
    fast = ValidatedTables(lazy.files, lazy._identity_checks, passed)
    for name in ("facts", "claims"):
        arrow = fast[name]
        assert isinstance(arrow, pa.Table)
        lists = [f for f in arrow.schema if pa.types.is_list(f.type)]
        assert name == "claims" or lists  # facts' sources, figure_ids, doc_ids
        assert all(f.type.value_field.name == "item" for f in lists)
        frame = lazy.files[name].load()
        as_arrow = list(table_parts(arrow, name, PartPlan()))
        as_pandas = list(table_parts(frame, name, PartPlan()))
        assert [(p.name, p.data) for p in as_arrow] == [(p.name, p.data) for p in as_pandas]
    for name in lazy.files:
        if name not in ("facts", "claims"):
            fast[name]
    fast["checks"]
    assert fast.validated == []
    loaded = report_tables(fast)
    for name in ("facts", "claims"):
        assert isinstance(loaded[name], pd.DataFrame)
        assert loaded[name].equals(lazy.files[name].load())
    assert report_tables(fast)["facts"] is loaded["facts"]  # converted once


def test_passed_identity_checks_are_not_validated_again_and_give_the_same_checks(
    tmp_path, tables, monkeypatch
) -> None:
    """Identity checks whose blocking check passed: only the schema rows are validated, and the
    checks table equals the one the whole validation gives; a duplicate check_id (the rule
    across rows) or a near miss in the row count still goes through the whole validation."""
    from assets.stages import release as release_module

    lazy = _lazy(tmp_path, tables)
    for name in lazy.files:
        lazy[name]
    whole = lazy["checks"]
    passed = {name: len(tables[name]) for name in [*lazy.files, "checks"]}
    fast = ValidatedTables(lazy.files, lazy._identity_checks, passed)
    for name in fast.files:
        fast[name]
    seen: list[int] = []
    model = release_module.TABLE_SCHEMAS["checks"]
    real = model.validate
    monkeypatch.setattr(model, "validate", lambda f, **k: (seen.append(len(f)), real(f, **k))[1])
    quick = fast["checks"]
    pd.testing.assert_frame_equal(quick, whole)
    assert seen == [len(TABLES)]  # the schema rows only (one per table, checks included)
    stale = {**passed, "checks": len(tables["checks"]) + 1}  # another materialisation passed
    near = ValidatedTables(lazy.files, lazy._identity_checks, stale)
    for name in near.files:
        near[name]
    seen.clear()
    pd.testing.assert_frame_equal(near["checks"], whole)
    assert len(tables["checks"]) + len(TABLES) in seen  # validated whole
    schema_rows = whole[whole["kind"] == "schema"]
    clash = whole[whole["kind"] != "schema"].assign(check_id="schema:facts").iloc[:1]
    seen.clear()
    with pytest.raises(SchemaErrors):  # as the whole validation always did
        release_module.checks_table(schema_rows, clash, True)
    assert seen[-1] == len(schema_rows) + 1
