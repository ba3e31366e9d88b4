"""The part memo (issue 18): a part whose rows were published before is linked, not serialised;
the release bytes and id equal a fresh store's, and a damaged object or memo only costs work."""

from __future__ import annotations

import json
import os

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.release import fingerprint as fingerprint_module
from pipeline.release import part_memo, parts
from pipeline.release.catalog import gc, verify_release
from pipeline.release.layout import load_manifest
from pipeline.release.objects import object_path
from pipeline.release.part_memo import MEMO_FILE, PartMemo, fingerprint
from pipeline.release.parts import PartPlan, buckets_of, table_parts
from pipeline.release.publish import publish_release
from tests.conftest import make_tables
from tests.pipeline.release.test_parts import _documents  # n documents with distinct ids and hashes


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    """Every table of the tiny fixtures in several buckets."""
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 1, "facts": 1, "checks": 1})


@pytest.fixture
def serialised(monkeypatch) -> list[int]:
    """Rows of every Parquet part serialised from here on."""
    seen: list[int] = []
    real = parts.parquet_bytes
    monkeypatch.setattr(
        parts, "parquet_bytes", lambda t, o: (seen.append(t.num_rows), real(t, o))[1]
    )
    return seen


def _tables(n: int) -> dict[str, pd.DataFrame]:
    return {**make_tables(), "documents": _documents(n)}


def _publish(data_dir, tables):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, tables, code_version="t", input_hashes=hashes, run_id="r")


def _part_lines(data_dir, release_id) -> dict[str, list[str]]:
    files = load_manifest(data_dir, release_id)["files"]
    return {name: entry["parts"] for name, entry in files.items()}


def test_an_added_document_serialises_its_part_only_and_gets_the_recomputed_id(
    tmp_path, serialised
):
    first = _publish(tmp_path / "a", _tables(4))
    assert (tmp_path / "a" / MEMO_FILE).is_file()
    serialised.clear()

    second = _publish(tmp_path / "a", _tables(5))  # d0004 joins one documents part
    mine = list(serialised)
    fresh = _publish(tmp_path / "b", _tables(5))

    assert second.release_id == fresh.release_id != first.release_id
    assert _part_lines(tmp_path / "a", second.release_id) == _part_lines(
        tmp_path / "b", second.release_id
    )
    ids = _documents(5)["doc_id"]
    buckets = buckets_of(ids, 4)
    assert mine == [int((buckets == buckets[4]).sum())]  # the part holding d0004, only
    assert len(serialised) > len(mine)  # the fresh store serialised every part
    assert verify_release(tmp_path / "a", second.release_id) == []


def test_a_damaged_object_named_by_the_memo_is_serialised_again_and_repaired(tmp_path, serialised):
    tables = _tables(4)
    first = _publish(tmp_path, tables)
    line = _part_lines(tmp_path, first.release_id)["documents"][0]
    sha = line.split()[1]
    target = object_path(tmp_path, sha, ".parquet")
    os.chmod(target, 0o644)
    target.write_bytes(b"rotten")  # through the object: every release linking it rots too
    serialised.clear()

    again = _publish(tmp_path, _tables(5))

    assert serialised  # the damaged part was not trusted from the memo
    assert verify_release(tmp_path, again.release_id) == []
    assert verify_release(tmp_path, first.release_id) == []  # re-linked by the repair
    assert again.repaired and "damaged" in again.repaired


def test_an_object_gc_removed_is_written_again(tmp_path, serialised):
    _publish(tmp_path, _tables(4))
    _publish(tmp_path, _tables(5))
    assert gc(tmp_path, keep=1).objects  # the first release's own parts are gone
    serialised.clear()

    back = _publish(tmp_path, _tables(4))  # its parts are in no memo entry that is intact

    assert serialised and back.release_id == _publish(tmp_path / "fresh", _tables(4)).release_id
    assert verify_release(tmp_path, back.release_id) == []


def test_a_memo_edited_on_disk_or_of_other_code_is_ignored(tmp_path, monkeypatch):
    _publish(tmp_path, _tables(4))
    path = tmp_path / MEMO_FILE
    stored = json.loads(path.read_text())
    assert PartMemo.load(tmp_path).entries == stored["entries"]

    first, second = sorted(stored["entries"])[:2]
    swapped = {**stored["entries"], first: stored["entries"][second]}
    path.write_text(json.dumps({**stored, "entries": swapped}))
    assert PartMemo.load(tmp_path).entries == {}  # its digest no longer matches

    path.write_text(json.dumps(stored))
    part_memo.memo_version.cache_clear()
    monkeypatch.setattr(fingerprint_module, "source_version", lambda *m: "other parts code")
    assert PartMemo.load(tmp_path).entries == {}
    part_memo.memo_version.cache_clear()

    path.write_text("{not json")
    assert PartMemo.load(tmp_path).entries == {}


def test_the_fingerprint_is_of_the_rows_not_of_how_they_were_reached():
    documents = _documents(40)
    one = {p.name: fingerprint(p.table) for p in table_parts(documents, "documents", PartPlan())}
    shuffled = documents.sample(frac=1, random_state=3)
    two = {p.name: fingerprint(p.table) for p in table_parts(shuffled, "documents", PartPlan())}
    assert one == two

    changed = documents.copy()
    changed.loc[0, "title"] = "Another title"
    three = {p.name: fingerprint(p.table) for p in table_parts(changed, "documents", PartPlan())}
    assert sum(one[name] != three[name] for name in one) == 1


def test_a_table_read_with_no_chunks_has_a_fingerprint():
    # an empty table read from Parquet has columns of zero chunks (an emptied input folder)
    empty = pa.table({"doc_id": pa.chunked_array([], pa.string())})
    assert empty.column(0).num_chunks == 0
    key = fingerprint(empty)
    assert len(key) == 64 and key == fingerprint(empty)
