"""The input-folder sensor: one run per new content set, none for an unchanged folder."""

from __future__ import annotations

import datetime as dt
import json
from hashlib import sha256
from pathlib import Path

import pandas as pd
import pytest
from dagster import DagsterInstance, Definitions, RunRequest, build_sensor_context

from assets.definitions import JOB_NAME, build_defs
from assets.orchestration.sensor import (
    CORRECTIONS_KEY,
    RUN_KEY_TAG,
    SENSOR_NAME,
    SENSOR_TAG,
    evaluate_folder,
    released_fingerprint,
    run_key,
)
from assets.settings import TradefactsSettings
from assets.stages.input_folder import input_folder
from pipeline.curate.corrections import append_corrections, correction_rows
from pipeline.ingest.cache import content_set_hash
from pipeline.release.layout import load_inputs, load_manifest, load_table, read_latest

NEW_ARTICLE = "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n"
OTHER_ARTICLE = (
    "date 2031-03-05\nTrade turnover between Kenya and Tanzania reached $2.1 billion in 2030.\n"
)


@pytest.fixture
def setup(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "kenya_tanzania.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    with DagsterInstance.ephemeral() as instance:
        yield build_defs(paths), paths, instance


def tick(defs: Definitions, paths: TradefactsSettings, instance, cursor: str | None):
    """Evaluate the sensor once: its run requests and new cursor."""
    sensor = defs.get_sensor_def(SENSOR_NAME)
    context = build_sensor_context(instance=instance, cursor=cursor, resources={"paths": paths})
    data = sensor.evaluate_tick(context)
    return data, data.cursor or cursor


def execute(defs: Definitions, instance, request: RunRequest) -> None:
    job = defs.resolve_job_def(JOB_NAME)
    assert job.execute_in_process(instance=instance, tags=request.tags).success


def turnover(data: Path, pair: set[str], value: float) -> pd.DataFrame:
    figures = load_table(data, read_latest(data), "figures")
    pairs = figures.apply(lambda r: {r["reporter"], r["partner"]} == pair, axis=1)
    return figures[pairs & (figures["flow"] == "turnover") & (figures["value"] == value)]


def test_new_article_one_run_then_nothing_then_deletion(setup):
    defs, paths, instance = setup
    first, cursor = tick(defs, paths, instance, None)
    assert len(first.run_requests) == 1  # nothing seen yet: publish what is there
    execute(defs, instance, first.run_requests[0])

    (paths.seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    added, cursor = tick(defs, paths, instance, cursor)
    assert len(added.run_requests) == 1
    request = added.run_requests[0]
    assert request.tags["tradefacts/added"] == "1" and request.tags["tradefacts/deleted"] == "0"
    assert json.loads(cursor)["georgia_armenia.txt"] == sha256(NEW_ARTICLE.encode()).hexdigest()
    observation = added.asset_events[0]
    assert observation.asset_key == input_folder.key
    assert observation.tags["dagster/data_version"] == content_set_hash(json.loads(cursor))
    execute(defs, instance, request)
    new_figures = turnover(paths.data, {"GEO", "ARM"}, 1.4e9)
    assert list(new_figures["doc_id"]) == ["georgia_armenia"]
    with_article = read_latest(paths.data)

    again, cursor = tick(defs, paths, instance, cursor)
    assert again.run_requests == [] and "no change" in again.skip_message

    (paths.seeds / "kenya_tanzania.txt").unlink()
    deleted, cursor = tick(defs, paths, instance, cursor)
    assert len(deleted.run_requests) == 1
    assert deleted.run_requests[0].tags["tradefacts/deleted"] == "1"
    execute(defs, instance, deleted.run_requests[0])
    latest = read_latest(paths.data)
    assert latest != with_article
    assert turnover(paths.data, {"KEN", "TZA"}, 2.1e9).empty  # its facts left the release
    assert len(turnover(paths.data, {"GEO", "ARM"}, 1.4e9)) == 1
    manifest = load_manifest(paths.data, latest)
    assert manifest["parent"] == with_article
    assert sorted(load_inputs(paths.data, latest)) == ["georgia_armenia"]


def test_first_tick_launches_nothing_when_the_release_covers_the_files(setup):
    """Issue 17: ``tradefacts run`` then ``dagster dev``: the sensor's first tick, with an empty
    cursor, starts from the inputs of the current release instead of requesting a run for all."""
    defs, paths, instance = setup
    execute(defs, instance, RunRequest())  # as `tradefacts run` does, before the sensor ticks
    released = read_latest(paths.data)

    first, cursor = tick(defs, paths, instance, None)
    assert first.run_requests == []
    assert "the current release covers them" in first.skip_message
    assert json.loads(cursor) == {"kenya_tanzania.txt": sha256(OTHER_ARTICLE.encode()).hexdigest()}

    again, cursor = tick(defs, paths, instance, cursor)
    assert again.run_requests == [] and "no change" in again.skip_message
    assert read_latest(paths.data) == released

    (paths.seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    (paths.seeds / "kenya_tanzania.txt").write_text(OTHER_ARTICLE + "More.\n", encoding="utf-8")
    fresh, _ = tick(defs, paths, instance, None)  # a new instance: only what the release lacks
    (request,) = fresh.run_requests
    counts = {k: request.tags[f"tradefacts/{k}"] for k in ("added", "changed", "deleted")}
    assert counts == {"added": "1", "changed": "1", "deleted": "0"}


def test_released_fingerprint_names_inputs_as_the_folder_does(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "A.TXT", "b.Txt"):
        (seeds / name).write_text(name)
    data = tmp_path / "data"
    assert released_fingerprint(data, seeds) == {}  # no release yet
    release = data / "releases" / "0123456789abcdef"  # LATEST names only release ids
    release.mkdir(parents=True)
    inputs = {"A": "2", "a.txt": "1", "b": "3", "gone": "4"}  # "A.TXT" sorts first
    (release / "manifest.json").write_text(json.dumps({"inputs": inputs}))
    (data / "releases" / "LATEST").write_text("0123456789abcdef\n")
    assert released_fingerprint(data, seeds) == {
        "a.txt": "1",
        "A.TXT": "2",
        "b.Txt": "3",
        "gone.txt": "4",
    }


def test_run_key_names_the_content_set_and_the_release_it_replaces():
    content = {"a.txt": "1" * 64}
    request, cursor = evaluate_folder(None, content, latest=None)
    retried, _ = evaluate_folder(None, content, latest=None)  # a tick retried after a crash
    assert request.run_key == retried.run_key == run_key(content, None)
    assert evaluate_folder(cursor, content, latest="r1") == (None, cursor)
    # an edit undone: the same content again, but LATEST moved on, so it publishes again
    assert run_key(content, "r2") != run_key(content, "r1")
    changed, _ = evaluate_folder(cursor, {"a.txt": "2" * 64}, latest="r1")
    assert changed.tags["tradefacts/changed"] == "1"


def test_an_empty_folder_seen_first_requests_nothing():
    assert evaluate_folder(None, {}, latest=None) == (None, "{}")


def _reject_the_first_figure(data: Path, corrections: Path) -> str:
    """Append a correction rejecting the current release's first figure (as `tradefacts
    correct --reject` does); its figure id."""
    latest = read_latest(data)
    figure = load_table(data, latest, "figures").iloc[0]
    sentences = load_table(data, latest, "sentences")
    text = sentences.loc[sentences["sentence_id"] == figure["sentence_id"], "text"].iloc[0]
    rows = correction_rows(
        figure.to_dict(),
        text,
        reject=True,
        reason="not the pair's trade",
        author="test",
        date=dt.date(2031, 4, 1),
    )
    append_corrections(corrections, rows)
    return str(figure["figure_id"])


@pytest.mark.parametrize("outside", [False, True], ids=["in_the_folder", "TRADEFACTS_CORRECTIONS"])
def test_a_correction_alone_leads_to_a_new_release(tmp_path, outside):
    """Issue 16: `tradefacts correct` appends to corrections.csv; the next tick requests a run
    (no article changed) and the release it publishes applies the correction."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "kenya_tanzania.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    corrections = tmp_path / "analysts" / "fixes.csv" if outside else seeds / "corrections.csv"
    corrections.parent.mkdir(exist_ok=True)
    paths = TradefactsSettings(
        seeds_dir=str(seeds),
        data_dir=str(tmp_path / "data"),
        corrections_path=str(corrections) if outside else None,
    )
    assert paths.corrections == corrections
    defs = build_defs(paths)
    with DagsterInstance.ephemeral() as instance:
        first, cursor = tick(defs, paths, instance, None)
        execute(defs, instance, first.run_requests[0])
        before = read_latest(paths.data)
        assert len(load_table(paths.data, before, "facts")) == 2

        rejected = _reject_the_first_figure(paths.data, corrections)
        corrected, cursor = tick(defs, paths, instance, cursor)
        (request,) = corrected.run_requests
        assert request.tags["tradefacts/corrections"] == "added"
        counts = {k: request.tags[f"tradefacts/{k}"] for k in ("added", "changed", "deleted")}
        assert counts == {"added": "0", "changed": "0", "deleted": "0"}  # no article changed
        sha = sha256(corrections.read_bytes()).hexdigest()
        assert json.loads(cursor)[CORRECTIONS_KEY] == sha
        execute(defs, instance, request)
        after = read_latest(paths.data)
        assert after != before
        assert load_manifest(paths.data, after)["settings"]["corrections"]["sha256"] == sha
        facts = load_table(paths.data, after, "facts")
        assert len(facts) == 1 and rejected not in set(facts["figure_ids"].explode())

        again, cursor = tick(defs, paths, instance, cursor)
        assert again.run_requests == [] and "and the corrections file" in again.skip_message
        # a new instance (no cursor): the release already applied this file, nothing to do
        fresh, _ = tick(defs, paths, instance, None)
        assert fresh.run_requests == [] and "covers them" in fresh.skip_message

        corrections.unlink()  # corrections withdrawn: the figure comes back
        withdrawn, cursor = tick(defs, paths, instance, cursor)
        (request,) = withdrawn.run_requests
        assert request.tags["tradefacts/corrections"] == "deleted"
        execute(defs, instance, request)
        assert len(load_table(paths.data, read_latest(paths.data), "facts")) == 2


def test_a_tick_after_a_failed_run_says_the_files_were_never_published(setup):
    """The cursor moves when a run is requested; after that run failed every tick said only
    "no change" (round 59's trial). The skip reason now names the failed run."""
    defs, paths, instance = setup
    first, cursor = tick(defs, paths, instance, None)
    execute(defs, instance, first.run_requests[0])
    (paths.seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    header = "figure_key,figure_id,doc_id,figure_text,action,field,value,reason,author,date\n"
    stale = "0123456789abcdef,f0f0f0f0f0f0f0f0,x,$9 billion,reject,,,stale,op,2031-02-02\n"
    paths.corrections.write_text(header + stale, encoding="utf-8")
    added, cursor = tick(defs, paths, instance, cursor)
    (request,) = added.run_requests
    job = defs.resolve_job_def(JOB_NAME)
    tags = {**request.tags, RUN_KEY_TAG: request.run_key, SENSOR_TAG: SENSOR_NAME}  # the daemon's
    failed = job.execute_in_process(instance=instance, tags=tags, raise_on_error=False)
    assert not failed.success
    again, cursor = tick(defs, paths, instance, cursor)
    assert again.run_requests == [] and "no change" in again.skip_message
    assert f"the last run for these files ({failed.run_id[:8]}) failed" in again.skip_message
    paths.corrections.write_text(header, encoding="utf-8")
    fixed, cursor = tick(defs, paths, instance, cursor)
    assert len(fixed.run_requests) == 1  # a changed file requests a run again


def test_content_another_run_already_published_requests_nothing(setup):
    """A change the CLI (or the UI) already published: the next tick's cursor is behind, but
    the release covers the folder, so no second run (round 59's trial)."""
    defs, paths, instance = setup
    first, cursor = tick(defs, paths, instance, None)
    execute(defs, instance, first.run_requests[0])
    (paths.seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert defs.resolve_job_def(JOB_NAME).execute_in_process(instance=instance).success
    seen, new_cursor = tick(defs, paths, instance, cursor)
    assert seen.run_requests == [] and "published by another run" in seen.skip_message
    assert json.loads(new_cursor)["georgia_armenia.txt"] == sha256(NEW_ARTICLE.encode()).hexdigest()
    (paths.seeds / "georgia_armenia.txt").write_text(NEW_ARTICLE + "More.\n", encoding="utf-8")
    edited, _ = tick(defs, paths, instance, new_cursor)
    assert len(edited.run_requests) == 1  # a change no run has published still requests one


def test_the_tags_the_sensor_reads_are_the_ones_dagster_writes():
    from dagster._core.storage.tags import RUN_KEY_TAG as DAGSTER_RUN_KEY
    from dagster._core.storage.tags import SENSOR_NAME_TAG

    assert (SENSOR_TAG, RUN_KEY_TAG) == (SENSOR_NAME_TAG, DAGSTER_RUN_KEY)
