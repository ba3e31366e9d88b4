"""The release trusts Dagster's passing schema check of exactly the frame it publishes, and
validates again whatever was materialised without one."""

from __future__ import annotations

from dagster import AssetSelection, DagsterInstance, materialize

from assets.checks import schema_check
from assets.io_manager import ParquetIOManager
from assets.release import release
from assets.resources import TradefactsPaths
from pipeline import store
from tests.assets.test_blocked_release import ASSET_TABLES, _fixed_asset


def _materialize(instance, data_dir, tables, selection) -> dict:
    upstream = [_fixed_asset(name, tables[table]) for name, table in ASSET_TABLES.items()]
    checks = [schema_check(name, table) for name, table in ASSET_TABLES.items()]
    paths = TradefactsPaths(seeds_dir="unused", data_dir=str(data_dir))
    result = materialize(
        [*upstream, release, *checks],
        resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)},
        instance=instance,
        selection=selection,
    )
    (materialization,) = result.asset_materializations_for_node("release")
    return materialization.metadata


def test_checked_frames_are_not_validated_twice_unchecked_ones_are(tmp_path, tables) -> None:
    with DagsterInstance.ephemeral() as instance:
        everything = AssetSelection.all() | AssetSelection.all_asset_checks()
        first = _materialize(instance, tmp_path, tables, everything)
        assert first["validated_here"].value == []
        checks = store.load_table(tmp_path, first["release_id"].value, "checks")
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
        checks = store.load_table(tmp_path, third["release_id"].value, "checks")
        outcome = checks.set_index("check_id").loc["schema:facts", "outcome"]
        assert outcome == "failed"
