"""The bucket memo (issue 18): parts of buckets whose rows did not change are linked from the
previous publish without being built; the release bytes and id equal a fresh store's, and any
doubt (a damaged row file or record, a damaged carried object, another bucket count) builds."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from assets.stages.release import ValidatedTables
from pipeline.release import parts, reuse
from pipeline.release.catalog import verify_release
from pipeline.release.chunks import write_chunked
from pipeline.release.layout import load_manifest
from pipeline.release.objects import object_path
from pipeline.release.parquet import WRITE_OPTIONS, TableFile
from pipeline.release.publish import publish_release
from pipeline.release.reuse import REUSE_FILE, ROWS_DIR
from tests.conftest import make_tables
from tests.pipeline.release.test_parts import _documents


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 1, "facts": 1, "checks": 1})


@pytest.fixture
def built(monkeypatch) -> list[int]:
    """Rows of every part built (sliced out of its table) from here on."""
    seen: list[int] = []
    real = parts._split

    def split(arrow, buckets):
        for part in real(arrow, buckets):
            seen.append(part.rows)
            yield part

    monkeypatch.setattr(parts, "_split", split)
    return seen


def _tables(n: int, title: str | None = None) -> dict[str, pd.DataFrame]:
    documents = _documents(n)
    if title is not None:
        documents.loc[1, "title"] = title
    return {**make_tables(), "documents": documents}


def _publish(data_dir, tables: dict[str, pd.DataFrame]):
    """``tables`` stored as the IO manager stores them (chunked, small chunks) and published
    as the release asset reads them."""
    files = {}
    for name, frame in tables.items():
        folder = data_dir / "assets" / name
        write_chunked(frame, folder, name, WRITE_OPTIONS, fsync=lambda p: None, target_rows=2)
        files[name] = TableFile(folder)
    identity = files.pop("checks")
    lazy = ValidatedTables(files, identity)
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, lazy, code_version="t", input_hashes=hashes, run_id="r")


def _lines(data_dir, release_id) -> dict[str, list[str]]:
    files = load_manifest(data_dir, release_id)["files"]
    return {name: entry["parts"] for name, entry in files.items()}


def test_an_added_document_builds_its_bucket_only_with_the_recomputed_id(tmp_path, built):
    first = _publish(tmp_path / "a", _tables(8))
    assert (tmp_path / "a" / REUSE_FILE).is_file()
    built.clear()

    second = _publish(tmp_path / "a", _tables(9))
    mine = list(built)
    fresh = _publish(tmp_path / "b", _tables(9))

    assert second.release_id == fresh.release_id != first.release_id
    assert _lines(tmp_path / "a", second.release_id) == _lines(tmp_path / "b", second.release_id)
    documents = [r for r in mine if r]  # the one document part changed, one row in it
    assert sum(mine) < sum(built) - sum(mine)  # the fresh store built every part
    assert documents and len(mine) < len(built) - len(mine)
    assert verify_release(tmp_path / "a", second.release_id) == []


def test_a_row_changed_in_place_rebuilds_its_bucket(tmp_path, built):
    _publish(tmp_path / "a", _tables(8))
    built.clear()
    second = _publish(tmp_path / "a", _tables(8, title="Another title"))
    mine = list(built)
    fresh = _publish(tmp_path / "b", _tables(8, title="Another title"))
    assert second.release_id == fresh.release_id
    assert len(mine) < len(built) - len(mine)


def test_a_damaged_row_file_is_hashed_again_and_a_damaged_record_builds_all(
    tmp_path, built, monkeypatch
):
    _publish(tmp_path / "a", _tables(8))
    hashed: list[int] = []
    real = reuse.row_hashes
    monkeypatch.setattr(reuse, "row_hashes", lambda t: (hashed.append(t.num_rows), real(t))[1])
    _publish(tmp_path / "a", _tables(9))
    normal = sum(hashed)  # the rows of the changed chunks only
    for victim in sorted((tmp_path / "a" / ROWS_DIR).glob("*/*.u64")):
        victim.write_bytes(victim.read_bytes()[:-8] + b"\0" * 8)
    hashed.clear()
    built.clear()
    third = _publish(tmp_path / "a", _tables(10))
    mine = list(built)
    assert third.release_id == _publish(tmp_path / "b", _tables(10)).release_id
    assert sum(hashed[: len(hashed) // 2]) > normal  # every row hashed again, not trusted
    assert len(mine) < len(built) - len(mine)  # the record's digests still carried parts

    record = tmp_path / "a" / REUSE_FILE
    stored = json.loads(record.read_text())
    stored["tables"]["documents"]["digests"]["0"] = "0" * 32
    record.write_text(json.dumps(stored))  # its sha256 no longer matches: ignored
    built.clear()
    fourth = _publish(tmp_path / "a", _tables(11))
    assert fourth.release_id == _publish(tmp_path / "c", _tables(11)).release_id
    assert len(built) % 2 == 0 and built[: len(built) // 2] == built[len(built) // 2 :]


def test_a_damaged_carried_object_is_built_again_and_repaired(tmp_path, built):
    first = _publish(tmp_path, _tables(8))
    line = _lines(tmp_path, first.release_id)["documents"][0]
    target = object_path(tmp_path, line.split()[1], ".parquet")
    os.chmod(target, 0o644)
    target.write_bytes(b"rotten")
    built.clear()

    again = _publish(tmp_path, _tables(9))

    assert again.release_id == _publish(tmp_path / "fresh", _tables(9)).release_id
    assert verify_release(tmp_path, again.release_id) == []
    assert verify_release(tmp_path, first.release_id) == []  # re-linked by the repair


def test_another_bucket_count_builds_every_part(tmp_path, built, monkeypatch):
    _publish(tmp_path / "a", _tables(8))
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 2, "facts": 1, "checks": 1})
    built.clear()
    second = _publish(tmp_path / "a", _tables(8))
    mine = list(built)
    assert second.release_id == _publish(tmp_path / "b", _tables(8)).release_id
    lines = _lines(tmp_path / "a", second.release_id)
    # the document tables changed bucket count: every part built; the others carried
    assert len(mine) == sum(len(lines[t]) for t in ("documents", "sentences", "figures", "checks"))
