"""The schema-check factory: a valid frame passes, a frame that breaks its schema fails."""

from __future__ import annotations

import pandas as pd
from dagster import AssetKey, build_asset_check_context

from assets.checks import schema_check, schema_check_rows, validate_table


def _evaluate(table: str, frame: pd.DataFrame):
    check = schema_check(AssetKey(table), table)
    spec = next(iter(check.check_specs))
    assert spec.blocking
    return check(build_asset_check_context(), frame)


def test_valid_frame_passes(tables):
    for table, frame in tables.items():
        result = _evaluate(table, frame)
        assert result.passed, table
        assert result.metadata["failure_cases"].value == 0


def test_broken_frame_fails_with_failure_cases(tables):
    figures = pd.concat([tables["figures"]] * 2, ignore_index=True)
    figures.loc[1, "figure_id"] = "f2"
    figures.loc[1, "flow"] = "barter"  # not a contract flow
    figures.loc[0, "partner"] = figures.loc[0, "reporter"]  # not bilateral

    result = _evaluate("figures", figures)

    assert not result.passed
    assert result.metadata["failure_cases"].value >= 2
    preview = result.metadata["first_failure_cases"].value
    assert "barter" in preview and "pair_is_bilateral" in preview


def test_missing_column_fails(tables):
    result = _evaluate("facts", tables["facts"].drop(columns=["resolution"]))
    assert not result.passed
    assert "column_in_dataframe" in result.metadata["first_failure_cases"].value


def test_schema_check_rows_follow_the_checks_schema(tables):
    bad = tables["documents"].assign(status="lost")
    rows = schema_check_rows({"documents": bad, "facts": tables["facts"]})

    assert validate_table("checks", rows).empty
    outcome = dict(zip(rows["subject"], rows["outcome"], strict=True))
    assert outcome == {"documents": "failed", "facts": "passed"}
