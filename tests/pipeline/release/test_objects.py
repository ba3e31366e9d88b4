"""Issue 18 item 2: releases share unchanged files as hard links to content-addressed objects
(a copy where links fail); verify, repair, gc and crash safety keep working."""

from __future__ import annotations

import errno
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.contract.hashing import file_sha256
from pipeline.contract.tables import TABLES
from pipeline.release import objects
from pipeline.release.catalog import gc, verify_release
from pipeline.release.layout import load_table, read_latest
from pipeline.release.lock import stale_entries
from pipeline.release.publish import publish_release
from tests.pipeline.release.helpers import part


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame], **kwargs):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id="r", **kwargs
    )


def _objects(data_dir: Path) -> set[str]:
    return {p.name for p in (data_dir / "objects").glob("??/*")}


def _same(a: Path, b: Path) -> bool:
    return os.path.samefile(a, b)


def _two_releases(data_dir: Path, tables) -> tuple:
    first = _publish(data_dir, tables)
    tables["facts"].loc[0, "note"] = "second"
    return first, _publish(data_dir, tables)


def test_unchanged_tables_are_one_file_linked_from_both_releases(tmp_path, tables, monkeypatch):
    first = _publish(tmp_path, tables)
    written = []
    real_write = objects._write_new
    monkeypatch.setattr(
        objects,
        "_write_new",
        lambda d, data, target: (written.append(target.name), real_write(d, data, target)),
    )
    tables["facts"].loc[0, "note"] = "second"
    second = _publish(tmp_path, tables)

    # only the changed table was written; every other one is the first release's file
    assert written == [f"{file_sha256(part(second.path, 'facts'))}.parquet"]
    for name in TABLES:
        shared = _same(part(first.path, name), part(second.path, name))
        assert shared == (name != "facts"), name
    # the tables' parts, the changed facts part, the input hashes' part
    assert len(_objects(tmp_path)) == len(TABLES) + 2
    for release in (first, second):
        assert verify_release(tmp_path, release.release_id) == []
        for path in release.path.glob("*.parquet/part-*.parquet"):  # each a link to its object
            sha = file_sha256(path)
            assert _same(path, tmp_path / "objects" / sha[:2] / f"{sha}.parquet")


def test_plain_readers_read_a_linked_table(tmp_path, tables):
    _, second = _two_releases(tmp_path, tables)
    path = part(second.path, "facts")
    expected = load_table(tmp_path, second.release_id, "facts")["note"].tolist()
    assert pd.read_parquet(path)["note"].tolist() == expected == ["second"]
    assert pq.read_table(path).column("note").to_pylist() == expected
    assert duckdb.sql(f"select note from read_parquet('{path}')").fetchall() == [("second",)]


def test_where_links_fail_the_release_holds_copies(tmp_path, tables, monkeypatch):
    def refuse(src, dst):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(objects.os, "link", refuse)
    first, second = _two_releases(tmp_path, tables)

    for release in (first, second):
        assert verify_release(tmp_path, release.release_id) == []
        for path in release.path.glob("*.parquet/part-*.parquet"):
            assert path.stat().st_nlink == 1 and not path.stat().st_mode & 0o222
    assert not _same(part(first.path, "documents"), part(second.path, "documents"))
    assert pd.read_parquet(part(second.path, "facts"))["note"].tolist() == ["second"]
    # no release links an object, so gc may drop every one of them: the copies stay intact
    done = gc(tmp_path, keep=2)
    assert set(done.objects) == _objects(tmp_path) | set(done.objects) and not _objects(tmp_path)
    assert verify_release(tmp_path, second.release_id) == []
    tables["facts"].loc[0, "note"] = "third"
    assert verify_release(tmp_path, _publish(tmp_path, tables).release_id) == []


def _damage_in_place(path: Path) -> None:
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))  # same inode: the object and every link to it change


def test_a_damaged_object_is_reported_in_every_release_and_one_publish_repairs_all(
    tmp_path, tables
):
    first, second = _two_releases(tmp_path, tables)
    _damage_in_place(part(second.path, "documents"))

    for release in (first, second):
        problems = verify_release(tmp_path, release.release_id)
        assert len(problems) == 1 and problems[0].startswith(
            "documents: documents.parquet/part-00000.parquet sha256"
        ), problems

    tables["facts"].loc[0, "note"] = "third"  # a new release over the same documents
    third = _publish(tmp_path, tables)

    assert third.created and third.repaired and "documents.parquet" in third.repaired
    assert "re-linked in 2 release(s)" in third.repaired
    for release in (first, second, third):
        assert verify_release(tmp_path, release.release_id) == []
    assert _same(part(first.path, "documents"), part(third.path, "documents"))
    assert read_latest(tmp_path) == third.release_id


def test_gc_deletes_an_object_only_when_no_release_links_it(tmp_path, tables):
    ids = []
    for note in ("one", "two", "three"):
        tables["facts"].loc[0, "note"] = note
        ids.append(_publish(tmp_path, tables))
    doomed_facts = {f"{file_sha256(part(r.path, 'facts'))}.parquet" for r in ids[:2]}
    before = _objects(tmp_path)

    planned = gc(tmp_path, keep=1, dry_run=True)
    assert set(planned.objects) == doomed_facts and _objects(tmp_path) == before
    done = gc(tmp_path, keep=1)

    assert done.removed == (ids[1].release_id, ids[0].release_id)
    assert set(done.objects) == doomed_facts
    assert _objects(tmp_path) == before - doomed_facts
    assert verify_release(tmp_path, ids[2].release_id) == []
    assert gc(tmp_path, keep=1).objects == ()


KILL_AT = """
import os, pickle, signal, sys
from pipeline.release import objects, publish
from pipeline.release.publish import publish_release

data_dir, tables_file, where = sys.argv[1], sys.argv[2], sys.argv[3]
tables = pickle.load(open(tables_file, "rb"))

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

real_link = publish.link_or_copy
if where == "link":  # the changed table's object is durable, nothing links it yet
    publish.link_or_copy = lambda src, dest: (die if dest.parent.name == "facts.parquet" else real_link)(
        src, dest
    )
else:  # the object's bytes are in its scratch file, not yet renamed into objects/
    objects.os.replace = die
hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"]))
publish_release(data_dir, tables, code_version="test", input_hashes=hashes, run_id="killed")
"""


@pytest.mark.parametrize("where", ["link", "rename"])
def test_a_writer_killed_between_object_and_link_leaves_latest_intact(tmp_path, tables, where):
    first = _publish(tmp_path, tables)
    tables["facts"].loc[0, "note"] = "killed"
    tables_file = tmp_path / "tables.pkl"
    tables_file.write_bytes(pickle.dumps(tables))
    before = _objects(tmp_path)

    proc = subprocess.run(
        [sys.executable, "-c", KILL_AT, str(tmp_path), str(tables_file), where], check=False
    )

    assert proc.returncode == -signal.SIGKILL
    assert read_latest(tmp_path) == first.release_id
    assert verify_release(tmp_path, first.release_id) == []
    assert [p.name for p in (tmp_path / "releases").iterdir() if len(p.name) == 16] == [
        first.release_id
    ]
    orphans = _objects(tmp_path) - before
    assert len(orphans) == (1 if where == "link" else 0)
    for name in orphans:  # an object is complete before anything links it
        assert file_sha256(tmp_path / "objects" / name[:2] / name) == name.split(".")[0]
    assert stale_entries(tmp_path)  # the staging folder or the object's scratch file

    assert gc(tmp_path, keep=5).objects == tuple(sorted(orphans))
    assert stale_entries(tmp_path) == []
    again = _publish(tmp_path, tables)
    assert again.created and verify_release(tmp_path, again.release_id) == []
