"""Declarative automation: a partial update flows on to the assets below it, a full run doesn't
trigger anything more."""

from __future__ import annotations

from dagster import AssetKey, DagsterInstance, evaluate_automation_conditions

from assets.definitions import JOB_NAME, build_defs
from assets.settings import TradefactsSettings
from pipeline.release.layout import load_manifest, read_latest

ARTICLE = "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n"
DOWNSTREAM = {"sentences", "figures", "facts", "claims", "identity_checks", "release"}


def requested(result) -> set[str]:
    return {r.key.to_user_string() for r in result.results if result.get_num_requested(r.key) > 0}


def test_raw_documents_alone_pulls_everything_below_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "kenya.txt").write_text(
        "date 2031-03-05\nTrade between Kenya and Tanzania reached $2.1 billion in 2030.\n"
    )
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    defs = build_defs(paths)
    asset_job = defs.resolve_implicit_global_asset_job_def()
    with DagsterInstance.ephemeral() as instance:
        fresh = evaluate_automation_conditions(defs, instance)
        assert fresh.total_requested == 0  # raw_documents is the sensor's; the rest wait for it

        assert defs.resolve_job_def(JOB_NAME).execute_in_process(instance=instance).success
        after_full = evaluate_automation_conditions(defs, instance, cursor=fresh.cursor)
        assert after_full.total_requested == 0  # updated in the same run as their parents

        (seeds / "georgia.txt").write_text(ARTICLE)
        only_root = asset_job.execute_in_process(
            instance=instance, asset_selection=[AssetKey("raw_documents")]
        )
        assert only_root.success
        follow = evaluate_automation_conditions(defs, instance, cursor=after_full.cursor)
        assert requested(follow) == DOWNSTREAM  # all in one tick, as one run

        keys = [AssetKey(name) for name in sorted(DOWNSTREAM)]
        assert asset_job.execute_in_process(instance=instance, asset_selection=keys).success
        settled = evaluate_automation_conditions(defs, instance, cursor=follow.cursor)
        assert settled.total_requested == 0

    inputs = load_manifest(paths.data, read_latest(paths.data))["inputs"]
    assert sorted(inputs) == ["georgia", "kenya"]
