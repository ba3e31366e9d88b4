"""The manifest's input parts made from the documents parts they mirror (input_reuse.py): the
same parts, manifest and release as from every input hash, reading the hashes only in doubt."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from assets.stages.release import ValidatedTables
from pipeline.release import parts
from pipeline.release.catalog import verify_release
from pipeline.release.chunks import write_chunked
from pipeline.release.input_reuse import MEMO_FILE, DocumentHashes
from pipeline.release.layout import load_inputs, load_manifest
from pipeline.release.objects import object_path
from pipeline.release.parquet import WRITE_OPTIONS, TableFile
from pipeline.release.publish import publish_release
from tests.conftest import make_tables
from tests.pipeline.release.test_parts import _documents


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 1, "facts": 1, "checks": 1})


def _tables(n: int) -> dict[str, pd.DataFrame]:
    return {**make_tables(), "documents": _documents(n)}


def _publish(data_dir, tables: dict[str, pd.DataFrame], lazy_hashes: bool, loads: list | None):
    """``tables`` stored chunked and published as the release asset reads them; the input
    hashes as a plain dict, or as ``DocumentHashes`` whose loads are counted in ``loads``."""
    files = {}
    for name, frame in tables.items():
        folder = data_dir / "assets" / name
        write_chunked(frame, folder, name, WRITE_OPTIONS, fsync=lambda p: None, target_rows=2)
        files[name] = TableFile(folder)
    identity = files.pop("checks")
    documents = tables["documents"]
    hashes = dict(zip(documents["doc_id"], documents["sha256"], strict=True))

    def load() -> dict[str, str]:
        if loads is not None:
            loads.append(1)
        return hashes

    given = DocumentHashes(load) if lazy_hashes else hashes
    return publish_release(
        data_dir, ValidatedTables(files, identity), code_version="t", input_hashes=given, run_id="r"
    )


def _inputs(data_dir, release_id) -> tuple[dict, dict]:
    return load_manifest(data_dir, release_id)["inputs"], load_inputs(data_dir, release_id)


def test_an_add_one_makes_its_input_parts_from_the_documents_parts(tmp_path):
    loads: list[int] = []
    _publish(tmp_path / "a", _tables(8), True, loads)
    assert loads == []  # every documents part built: each gives its own pairs
    assert (tmp_path / "a" / MEMO_FILE).is_file()

    second = _publish(tmp_path / "a", _tables(9), True, loads)
    fresh = _publish(tmp_path / "b", _tables(9), False, None)

    assert loads == []  # the new document's part gave its pairs, the others were carried
    assert second.release_id == fresh.release_id
    assert _inputs(tmp_path / "a", second.release_id) == _inputs(tmp_path / "b", fresh.release_id)
    assert verify_release(tmp_path / "a", second.release_id) == []
    third = _publish(tmp_path / "a", _tables(10), True, loads)
    again = _publish(tmp_path / "b", _tables(10), False, None)
    assert loads == [] and third.release_id == again.release_id
    assert _inputs(tmp_path / "a", third.release_id) == _inputs(tmp_path / "b", again.release_id)


def test_a_lost_or_damaged_memo_or_object_reads_the_hashes_and_gives_the_same_parts(tmp_path):
    loads: list[int] = []
    first = _publish(tmp_path / "a", _tables(9), True, loads)
    (tmp_path / "a" / MEMO_FILE).unlink()  # carried documents parts, no memo: the hashes
    _publish(tmp_path / "a", _tables(10), True, loads)
    assert loads == [1]
    memo = tmp_path / "a" / MEMO_FILE
    body = json.loads(memo.read_text())
    documents_sha, entry = next(iter(body["entries"].items()))
    body["entries"][documents_sha] = entry.replace(entry[:4], "0000", 1)  # digest now wrong
    memo.write_text(json.dumps(body))
    loads.clear()
    second = _publish(tmp_path / "a", _tables(11), True, loads)
    fresh = _publish(tmp_path / "b", _tables(11), False, None)
    assert loads == [1]
    assert _inputs(tmp_path / "a", second.release_id) == _inputs(tmp_path / "b", fresh.release_id)

    # an input object edited on disk: not carried (its hash fails), the hashes are read
    manifest = load_manifest(tmp_path / "a", second.release_id)
    sha = manifest["inputs"]["parts"][0].split(" ")[1]
    path = object_path(tmp_path / "a", sha, ".json")
    path.chmod(0o644)
    path.write_text("{}\n")
    loads.clear()
    third = _publish(tmp_path / "a", _tables(12), True, loads)
    again = _publish(tmp_path / "b", _tables(12), False, None)
    assert loads == [1]
    assert _inputs(tmp_path / "a", third.release_id) == _inputs(tmp_path / "b", again.release_id)
    assert verify_release(tmp_path / "a", third.release_id) == []
    assert first.release_id != third.release_id


def test_plain_input_hashes_are_never_replaced_by_the_documents_pairs(tmp_path):
    """Inputs given as a dict (any caller's, not the documents' own) are published as given."""
    _publish(tmp_path / "a", _tables(8), True, None)
    tables = _tables(9)
    files = {}
    for name, frame in tables.items():
        folder = tmp_path / "a" / "assets" / name
        write_chunked(frame, folder, name, WRITE_OPTIONS, fsync=lambda p: None, target_rows=2)
        files[name] = TableFile(folder)
    identity = files.pop("checks")
    hashes = {"only-this-one": "0" * 64}
    result = publish_release(
        tmp_path / "a",
        ValidatedTables(files, identity),
        code_version="t",
        input_hashes=hashes,
        run_id="r",
    )
    manifest, inputs = _inputs(tmp_path / "a", result.release_id)
    assert manifest["rows"] == 1 and inputs == hashes
