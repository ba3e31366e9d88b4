"""A frame that breaks its schema stops the run: the check fails and no release is published;
the release trusts a passing check of exactly the frame it publishes and validates the rest.

The upstream stages are replaced by assets returning fixed synthetic frames; the schema checks
(from the factory) and the ``release`` asset are the real ones.
"""

from __future__ import annotations

import pandas as pd
from dagster import AssetKey, AssetSelection, DagsterInstance, asset, materialize

from assets.checks import schema_check
from assets.io_manager import TABLE_METADATA_KEY, ParquetIOManager
from assets.settings import TradefactsSettings
from assets.stages.release import release
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest

ASSET_TABLES = {
    "raw_documents": "documents",
    "sentences": "sentences",
    "figures": "figures",
    "facts": "facts",
    "claims": "claims",
    "identity_checks": "checks",
}


def _fixed_asset(name: str, frame: pd.DataFrame):
    @asset(name=name, metadata={TABLE_METADATA_KEY: ASSET_TABLES[name]})
    def _frame() -> pd.DataFrame:
        return frame

    return _frame


def _run(data_dir, tables: dict[str, pd.DataFrame], **kwargs):
    upstream = [_fixed_asset(name, tables[table]) for name, table in ASSET_TABLES.items()]
    checks = [schema_check(name, table) for name, table in ASSET_TABLES.items()]
    paths = TradefactsSettings(seeds_dir="unused", data_dir=str(data_dir))
    return materialize(
        [*upstream, release, *checks],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
        raise_on_error=False,
        **kwargs,
    )


def _release_folders(data_dir) -> list[str]:
    root = data_dir / "releases"
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.exists() else []


def test_valid_frames_publish_a_release(tmp_path, tables):
    result = _run(tmp_path, tables)

    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())
    (materialization,) = result.asset_materializations_for_node("release")
    release_id = materialization.metadata["release_id"].value
    assert read_latest(tmp_path) == release_id
    assert verify_release(tmp_path, release_id) == []
    checks = load_table(tmp_path, release_id, "checks")
    schema_rows = checks[checks["kind"] == "schema"]
    assert set(schema_rows["subject"]) == set(ASSET_TABLES.values())
    assert (schema_rows["outcome"] == "passed").all()


def test_broken_frame_fails_its_check_and_publishes_nothing(tmp_path, tables):
    assert _run(tmp_path, tables).success
    before_latest, before_folders = read_latest(tmp_path), _release_folders(tmp_path)

    broken = dict(tables)
    broken["figures"] = tables["figures"].assign(flow="barter")  # outside the contract
    broken["facts"] = tables["facts"].assign(note="new content that would change the release")
    result = _run(tmp_path, broken)

    assert not result.success
    failed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    assert [e.asset_check_key.name for e in failed] == ["figures_schema"]
    assert failed[0].asset_check_key.asset_key == AssetKey("figures")
    assert failed[0].metadata["failure_cases"].value >= 1
    assert "barter" in failed[0].metadata["first_failure_cases"].value
    assert result.asset_materializations_for_node("release") == []
    assert read_latest(tmp_path) == before_latest
    assert _release_folders(tmp_path) == before_folders


def test_broken_frame_on_first_run_leaves_no_latest(tmp_path, tables):
    broken = dict(tables)
    broken["documents"] = tables["documents"].assign(status="lost")
    result = _run(tmp_path, broken)

    assert not result.success
    assert read_latest(tmp_path) is None
    assert _release_folders(tmp_path) == []


def _materialize(instance, data_dir, tables, selection) -> dict:
    result = _run(data_dir, tables, instance=instance, selection=selection)
    (materialization,) = result.asset_materializations_for_node("release")
    return materialization.metadata


def test_checked_frames_are_not_validated_twice_unchecked_ones_are(tmp_path, tables) -> None:
    with DagsterInstance.ephemeral() as instance:
        everything = AssetSelection.all() | AssetSelection.all_asset_checks()
        first = _materialize(instance, tmp_path, tables, everything)
        assert first["validated_here"].value == []
        checks = load_table(tmp_path, first["release_id"].value, "checks")
        schema = checks[checks["kind"] == "schema"].set_index("subject")
        assert set(schema.index) == set(ASSET_TABLES.values())
        assert (schema["outcome"] == "passed").all()
        assert schema.loc["facts", "n_rows"] == len(tables["facts"])

        # figures materialised again without its check, then the release alone
        changed = {**tables, "figures": tables["figures"].assign(value=12.5e9)}
        only = AssetSelection.assets("figures", "release").without_checks()
        second = _materialize(instance, tmp_path, changed, only)
        assert second["validated_here"].value == ["figures"]

        # a frame that breaks its schema, materialised without its check, is still caught
        broken = {**tables, "facts": tables["facts"].assign(resolution="guessed")}
        only = AssetSelection.assets("facts", "release").without_checks()
        third = _materialize(instance, tmp_path, broken, only)
        assert third["validated_here"].value == ["figures", "facts"]  # figures: still unchecked
        checks = load_table(tmp_path, third["release_id"].value, "checks")
        outcome = checks.set_index("check_id").loc["schema:facts", "outcome"]
        assert outcome == "failed"
