"""Release store: atomic LATEST, deterministic bytes, idempotent reruns, tamper detection."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.contract.arrow import plain
from pipeline.contract.schemas import SCHEMA_VERSION
from pipeline.contract.tables import TABLES
from pipeline.files import scratch_name
from pipeline.release import layout, publish
from pipeline.release.catalog import gc, list_releases, resolve_release, rollback, verify_release
from pipeline.release.layout import (
    LockHeld,
    ReleaseError,
    load_inputs,
    load_manifest,
    load_table,
    read_latest,
    set_latest,
)
from pipeline.release.lock import clean_stale, holds_lock, writer_lock
from pipeline.release.parquet import read_parquet, write_parquet
from pipeline.release.publish import publish_release
from tests.pipeline.release.helpers import part


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame], run_id: str = "r1"):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id=run_id
    )


def _dot_entries(data_dir: Path) -> list[str]:
    """Dot-named entries of ``releases/`` and of the data folder (where staging happens)."""
    found = [p for p in (data_dir / "releases").iterdir() if p.name.startswith(".")]
    found += [p for p in data_dir.iterdir() if p.name.startswith(".")]
    return sorted(p.name for p in found)


def test_publish_writes_release_manifest_and_latest(tmp_path, tables):
    result = _publish(tmp_path, tables)

    assert result.created and result.parent is None
    assert read_latest(tmp_path) == result.release_id
    folder = tmp_path / "releases" / result.release_id
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{t}.parquet" for t in TABLES] + ["inputs", "manifest.json"]
    )
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["dagster_run_id"] == "r1"
    assert manifest["parent"] is None
    assert set(load_inputs(tmp_path, result.release_id)) == {"a_doc", "b_doc"}
    assert manifest["inputs"]["rows"] == 2 and len(manifest["inputs"]["parts"]) == 1
    assert manifest["files"]["documents"]["rows"] == 2
    assert verify_release(tmp_path, result.release_id) == []
    # no staging or temp files left behind, only the writer lock file
    assert _dot_entries(tmp_path) == [".lock"]
    # published files are read-only
    mode = part(folder, "facts").stat().st_mode
    assert not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def test_tables_round_trip_with_lists_dates_and_stable_order(tmp_path, tables):
    result = _publish(tmp_path, tables)

    documents = load_table(tmp_path, result.release_id, "documents")
    assert list(documents["doc_id"]) == ["a_doc", "b_doc"]  # sorted by key, not input order
    assert documents.loc[1, "published"].isoformat() == "2031-05-02"
    assert pd.isna(documents.loc[0, "published"])
    facts = load_table(tmp_path, result.release_id, "facts")
    assert facts.loc[0, "sources"] == [] and facts.loc[0, "figure_ids"] == ["f1"]
    schema = pq.read_schema(part(tmp_path / "releases" / result.release_id, "facts"))
    assert b"pandas" not in (schema.metadata or {})
    assert str(schema.field("sources").type) == "list<element: string>"


def test_plain_readers_see_the_latest_release(tmp_path, tables):
    result = _publish(tmp_path, tables)
    latest = (tmp_path / "releases" / "LATEST").read_text().strip()
    path = part(tmp_path / "releases" / latest, "facts")

    assert latest == result.release_id
    assert pq.read_table(path).num_rows == 1
    assert duckdb.sql(f"select count(*) from '{path}'").fetchall() == [(1,)]


def test_rewrite_gives_identical_bytes_and_rerun_creates_nothing(tmp_path, tables):
    first = _publish(tmp_path / "one", tables)
    shuffled = {name: df.iloc[::-1].reset_index(drop=True) for name, df in tables.items()}
    second = _publish(tmp_path / "two", shuffled, run_id="other")
    assert first.release_id == second.release_id
    for name in TABLES:
        one = part(first.path, name).read_bytes()
        assert one == part(second.path, name).read_bytes(), name

    again = _publish(tmp_path / "one", tables, run_id="r2")
    assert not again.created
    assert again.release_id == first.release_id
    assert read_latest(tmp_path / "one") == first.release_id


def test_changed_content_gives_a_new_release_with_parent(tmp_path, tables):
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, "note"] = "changed"
    second = _publish(tmp_path, tables)

    assert second.created and second.release_id != first.release_id
    assert second.parent == first.release_id
    assert load_manifest(tmp_path, second.release_id)["parent"] == first.release_id
    assert read_latest(tmp_path) == second.release_id


def test_republishing_older_content_moves_latest_back(tmp_path, tables):
    first = _publish(tmp_path, tables)
    changed = {**tables, "checks": tables["checks"].assign(detail="other")}
    _publish(tmp_path, changed)
    back = _publish(tmp_path, tables)

    assert not back.created and back.release_id == first.release_id
    assert read_latest(tmp_path) == first.release_id


def test_verify_detects_a_tampered_file(tmp_path, tables):
    result = _publish(tmp_path, tables)
    path = part(result.path, "figures")
    os.chmod(path, 0o644)
    tampered = read_parquet(path).assign(value=1.0)
    write_parquet(tampered, path, "figures")

    problems = verify_release(tmp_path, result.release_id)
    assert any("figures" in p and "sha256" in p for p in problems)


def test_verify_detects_missing_and_extra_files(tmp_path, tables):
    result = _publish(tmp_path, tables)
    os.chmod(part(result.path, "checks"), 0o644)
    part(result.path, "checks").rename(result.path / "stray.parquet")

    problems = verify_release(tmp_path, result.release_id)
    assert any("checks" in p and "missing" in p for p in problems)
    assert any("stray.parquet" in p for p in problems)
    assert verify_release(tmp_path, "0000000000000000")


def test_latest_is_replaced_atomically(tmp_path, tables, monkeypatch):
    first = _publish(tmp_path, tables)
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        # at the moment of the swap the new id is complete and durable in a sibling temp file
        calls.append((Path(src).read_text(), read_latest(tmp_path)))
        real_replace(src, dst)

    monkeypatch.setattr(layout.os, "replace", spy)
    set_latest(tmp_path, "feedfacefeedface")

    assert calls == [("feedfacefeedface\n", first.release_id)]
    assert read_latest(tmp_path) == "feedfacefeedface"
    assert _dot_entries(tmp_path) == [".lock"]


def test_failed_write_leaves_no_release_and_latest_unchanged(tmp_path, tables, monkeypatch):
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, "note"] = "new content"

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(publish, "fsync_dir", boom)
    with pytest.raises(OSError, match="disk full"):
        _publish(tmp_path, tables)

    assert read_latest(tmp_path) == first.release_id
    assert _dot_entries(tmp_path) == [".lock"]
    assert {p.name for p in (tmp_path / "releases").iterdir()} == {
        "LATEST",
        "HISTORY",
        ".lock",
        first.release_id,
    }


def test_missing_table_is_refused(tmp_path, tables):
    del tables["checks"]
    with pytest.raises(ReleaseError, match="checks"):
        _publish(tmp_path, tables)
    assert read_latest(tmp_path) is None


# --------------------------------------------------------------------------- writer lock


HOLD_LOCK = """
import sys
from pipeline.release.lock import writer_lock
with writer_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def lock_holder(tmp_path):
    """Another process holding the writer lock of ``tmp_path`` until the fixture ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def test_a_second_writer_fails_at_once_with_the_holders_pid(tmp_path, tables, lock_holder):
    with pytest.raises(LockHeld) as caught:
        _publish(tmp_path, tables)
    assert str(caught.value).startswith(
        f"another tradefacts run holds the lock (pid {lock_holder.pid}); nothing was written"
    )
    with pytest.raises(LockHeld):
        rollback(tmp_path, "0000000000000000")
    with pytest.raises(LockHeld):
        gc(tmp_path, keep=1)
    assert read_latest(tmp_path) is None


def test_a_killed_holder_releases_the_lock(tmp_path, tables, lock_holder):
    lock_holder.send_signal(signal.SIGKILL)
    lock_holder.wait(timeout=10)
    assert _publish(tmp_path, tables).created


def test_the_lock_is_reentrant_within_a_process(tmp_path, tables):
    with writer_lock(tmp_path):
        assert holds_lock(tmp_path)
        result = _publish(tmp_path, tables)  # takes the lock again inside
        assert holds_lock(tmp_path)
    assert not holds_lock(tmp_path)
    assert read_latest(tmp_path) == result.release_id


def test_staging_happens_outside_releases_where_globs_cannot_see_it(tmp_path, tables, monkeypatch):
    seen = []
    real_link = publish.link_or_copy

    def spy(source, dest):  # dest: <staging>/facts.parquet/part-00000.parquet
        seen.append((Path(source).parent.parent, Path(dest).parent.parent))
        return real_link(source, dest)

    monkeypatch.setattr(publish, "link_or_copy", spy)
    _publish(tmp_path, tables)
    # objects live in <data>/objects, staging folders in <data>: neither inside releases/
    assert {source for source, _ in seen} == {tmp_path / "objects"}
    assert {dest.parent for _, dest in seen} == {tmp_path}
    assert all(dest.name.startswith(".staging-") for _, dest in seen)


def test_publish_removes_scratch_of_killed_writers(tmp_path, tables):
    root = tmp_path / "releases"
    stale = tmp_path / ".staging-999999-deadbeef0000"
    stale.mkdir()
    (stale / "facts.parquet").write_bytes(b"half a file")
    (stale / "facts.parquet").chmod(0o444)
    root.mkdir()
    (root / ".LATEST.tmp-999999-deadbeef").write_text("0123")
    (tmp_path / ".trash-0123456789abcdef-00000000").mkdir()

    result = _publish(tmp_path, tables)

    assert sorted(result.cleaned) == [
        ".LATEST.tmp-999999-deadbeef",
        stale.name,
        ".trash-0123456789abcdef-00000000",
    ]
    assert _dot_entries(tmp_path) == [".lock"]
    with pytest.raises(ReleaseError, match="lock"):
        clean_stale(tmp_path)  # never without the lock


def test_latest_and_pinned_scratch_names_are_ones_clean_stale_removes(tmp_path):
    # set_latest and write_pin write through pipeline.files.write_atomic's default scratch name
    for name in (layout.LATEST, layout.PIN):
        scratch = scratch_name(layout.releases_dir(tmp_path) / name)
        assert scratch.name.startswith(layout.SCRATCH_PREFIXES)


# --------------------------------------------------------------------------- administration


def _three_releases(data_dir: Path, tables) -> list[str]:
    ids = []
    for note in ("one", "two", "three"):
        tables["facts"].loc[0, "note"] = note
        ids.append(_publish(data_dir, tables).release_id)
    return ids


def test_list_and_resolve_releases(tmp_path, tables):
    ids = _three_releases(tmp_path, tables)

    listed = list_releases(tmp_path)
    assert [r.release_id for r in listed] == ids  # oldest first
    assert [r.parent for r in listed] == [None, ids[0], ids[1]]
    assert [r.is_latest for r in listed] == [False, False, True]
    assert resolve_release(tmp_path, None) == ids[2]
    assert resolve_release(tmp_path, "latest") == ids[2]
    assert resolve_release(tmp_path, ids[0][:10]) == ids[0]
    with pytest.raises(ReleaseError, match="matches no release"):
        resolve_release(tmp_path, "zzzz")


def test_rollback_moves_only_latest_and_refuses_a_damaged_target(tmp_path, tables):
    ids = _three_releases(tmp_path, tables)
    before = {p: p.read_bytes() for p in (tmp_path / "releases").rglob("part-*.parquet")}

    assert rollback(tmp_path, ids[0]) == ids[2]
    assert read_latest(tmp_path) == ids[0]
    assert {p: p.read_bytes() for p in (tmp_path / "releases").rglob("part-*.parquet")} == before

    damaged = part(tmp_path / "releases" / ids[1], "facts")
    damaged.chmod(0o644)
    damaged.write_bytes(b"garbage")
    with pytest.raises(ReleaseError, match="refusing"):
        rollback(tmp_path, ids[1])
    assert read_latest(tmp_path) == ids[0]


def test_gc_keeps_the_newest_and_always_latest(tmp_path, tables):
    ids = _three_releases(tmp_path, tables)
    rollback(tmp_path, ids[0])
    (tmp_path / ".staging-1-abc").mkdir()

    planned = gc(tmp_path, keep=1, dry_run=True)
    assert planned.removed == (ids[1],) and planned.stale == (".staging-1-abc",)
    assert len(list_releases(tmp_path)) == 3

    done = gc(tmp_path, keep=1)
    assert done.removed == (ids[1],)
    assert set(done.kept) == {ids[2], ids[0]}
    assert [r.release_id for r in list_releases(tmp_path)] == [ids[0], ids[2]]
    assert _dot_entries(tmp_path) == [".lock"]
    assert gc(tmp_path, keep=0).removed == ()  # never the newest, though LATEST is older
    assert [r.release_id for r in list_releases(tmp_path)] == [ids[0], ids[2]]
    rollback(tmp_path, ids[2])
    assert gc(tmp_path, keep=0).removed == (ids[0],)
    with pytest.raises(ValueError):
        gc(tmp_path, keep=-1)


def test_plain_values_are_json_ready(tmp_path, tables):
    result = _publish(tmp_path, tables)
    facts = load_table(tmp_path, result.release_id, "facts")
    row = {k: plain(v) for k, v in facts.iloc[0].items()}
    assert row["period_start"] == "2030-01-01" and row["figure_ids"] == ["f1"]
    assert json.loads(json.dumps(row))["n_claims"] == 1
    assert plain(float("nan")) is None


def test_the_lock_message_names_the_holders_run_and_what_to_do() -> None:
    from pipeline.release.lock import held_message

    said = held_message(["4771", "8684cfcc-1111"])
    assert said.startswith("another tradefacts run holds the lock (pid 4771, Dagster run 8684")
    assert "run again when it ends" in said
    assert "(pid unknown)" in held_message([])
