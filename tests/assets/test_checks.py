"""The schema-check factory: a valid frame passes, a frame that breaks its schema fails; the
release check: an intact release passes, a failed schema or a changed file fails."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from dagster import AssetKey, DagsterInstance, build_asset_check_context

from assets.checks import release_schema, schema_check, schema_check_rows, validate_table
from assets.settings import TradefactsSettings
from pipeline.release.publish import publish_release


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


def _publish_with_schema_rows(data: Path, tables, failed: str | None = None) -> str:
    outcomes = schema_check_rows(tables)  # one row per table, "checks" included
    if failed:
        outcomes.loc[outcomes["subject"] == failed, ["outcome", "n_failures"]] = ["failed", 1]
    with_rows = {**tables, "checks": pd.concat([outcomes, tables["checks"]], ignore_index=True)}
    result = publish_release(data, with_rows, code_version="c", input_hashes={}, run_id=None)
    return result.release_id


def _release_check(data: Path):
    paths = TradefactsSettings(seeds_dir=str(data), data_dir=str(data))
    with DagsterInstance.ephemeral() as instance:
        return release_schema(build_asset_check_context(instance=instance), paths=paths)


def test_release_check_passes_on_an_intact_release(tmp_path, tables) -> None:
    release_id = _publish_with_schema_rows(tmp_path, tables)
    result = _release_check(tmp_path)
    assert result.passed, result.metadata.get("problems")
    assert result.metadata["release_id"].value == release_id
    assert result.metadata["failed_schemas"].value == "none"
    assert next(iter(release_schema.check_specs)).blocking


def test_release_check_fails_on_a_failed_schema_or_a_changed_file(tmp_path, tables) -> None:
    _publish_with_schema_rows(tmp_path / "a", tables, failed="figures")
    result = _release_check(tmp_path / "a")
    assert not result.passed and result.metadata["failed_schemas"].value == "figures"

    release_id = _publish_with_schema_rows(tmp_path / "b", tables)
    claims = tmp_path / "b" / "releases" / release_id / "claims.parquet" / "part-00000.parquet"
    claims.chmod(0o644)
    claims.write_bytes(claims.read_bytes()[:-10] + b"0123456789")
    result = _release_check(tmp_path / "b")
    assert (
        not result.passed
        and "claims: claims.parquet/part-00000.parquet sha256" in result.metadata["problems"].value
    )

    result = _release_check(tmp_path / "empty")
    assert not result.passed and "no release" in result.metadata["problems"].value
