"""Sentences and figures published without reading them (issue 18): a changed bucket's part is
built from the previous part and the new chunks only, with the parts, release id and bytes of
a full recompute; any doubt reads the table whole and builds as before."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from assets.stages.release import ValidatedTables
from pipeline.release import parts, stored_parts
from pipeline.release.catalog import verify_release
from pipeline.release.chunks import write_chunked
from pipeline.release.layout import load_manifest
from pipeline.release.objects import object_path
from pipeline.release.parquet import WRITE_OPTIONS, TableFile
from pipeline.release.publish import publish_release
from pipeline.release.reuse import BUCKETS_DIR
from pipeline.release.stored_parts import StoredChunks
from tests.conftest import make_tables
from tests.pipeline.release.test_parts import _documents


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 2, "facts": 1, "checks": 1})


@pytest.fixture
def seen(monkeypatch) -> dict[str, list]:
    """What the stored path read: chunk and part files, whole tables, fallbacks."""
    log: dict[str, list] = {"files": [], "whole": [], "fallback": []}
    real_read, real_whole, real_inc = (
        stored_parts.read_file,
        StoredChunks.read,
        stored_parts._incremental,
    )

    def read_file(path, columns=None):
        if list(columns or []) != ["status"]:  # not the ok count of documents (publish.py)
            log["files"].append(path.name)
        return real_read(path, columns)

    def whole(self):
        log["whole"].append(self.path.name)
        return real_whole(self)

    def incremental(source, table, n, memo, **kw):
        out = real_inc(source, table, n, memo, **kw)
        if out is None:
            log["fallback"].append(table)
        return out

    monkeypatch.setattr(stored_parts, "read_file", read_file)
    monkeypatch.setattr(StoredChunks, "read", whole)
    monkeypatch.setattr(stored_parts, "_incremental", incremental)
    return log


def _tables(n: int, skip: int | None = None, text: str | None = None) -> dict[str, pd.DataFrame]:
    """``n`` documents (``d0000``...) of two sentences and one figure each, document ``skip``
    left out; ``text``: another text for the second sentence of document 1."""
    base = make_tables()
    documents = _documents(n)
    sentence, figure = base["sentences"].iloc[0], base["figures"].iloc[0]
    sentences, figures = [], []
    for doc in documents["doc_id"]:
        for position in (0, 1):
            sentences.append(
                {
                    **sentence,
                    "doc_id": doc,
                    "sentence_id": f"{doc}:{position}",
                    "position": position,
                }
            )
        figures.append(
            {**figure, "doc_id": doc, "sentence_id": f"{doc}:0", "figure_id": f"{doc}:f"}
        )
    tables = {
        **base,
        "documents": documents,
        "sentences": pd.DataFrame(sentences).astype(base["sentences"].dtypes.to_dict()),
        "figures": pd.DataFrame(figures).astype(base["figures"].dtypes.to_dict()),
    }
    if text is not None:
        tables["sentences"].loc[3, "text"] = text
    if skip is not None:
        doc = f"d{skip:04d}"
        for name in ("documents", "sentences", "figures"):
            frame = tables[name]
            tables[name] = frame[frame["doc_id"] != doc].reset_index(drop=True)
    return tables


def _publish(data_dir, tables: dict[str, pd.DataFrame], passed: bool = True):
    """``tables`` stored as the IO manager stores them and published as the release asset
    reads them, documents, sentences and figures carrying a passing check (so not read) when
    ``passed``."""
    return stored_publish(data_dir, tables, passed)[0]


def stored_publish(data_dir, tables: dict[str, pd.DataFrame], passed: bool = True):
    """:func:`_publish`, returning the published result and the ``ValidatedTables`` it read
    (``test_stored_facts.py`` looks at what was left unread)."""
    files = {}
    for name, frame in tables.items():
        folder = data_dir / "assets" / name
        write_chunked(frame, folder, name, WRITE_OPTIONS, fsync=lambda p: None, target_rows=4)
        files[name] = TableFile(folder)
    identity = files.pop("checks")
    rows = {name: len(tables[name]) for name in stored_parts.STORED} if passed else {}
    lazy = ValidatedTables(files, identity, rows)
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    result = publish_release(data_dir, lazy, code_version="t", input_hashes=hashes, run_id="r")
    return result, lazy


def _lines(data_dir, release_id) -> dict[str, list[str]]:
    files = load_manifest(data_dir, release_id)["files"]
    return {name: entry["parts"] for name, entry in files.items()}


@pytest.mark.parametrize(
    "change",
    [
        {"n": 21},  # a document added
        {"n": 20, "skip": 7},  # a document removed
        {"n": 20, "text": "Another sentence text."},  # a row changed in place
    ],
)
def test_a_change_builds_from_new_chunks_only_with_the_full_recompute_bytes(tmp_path, seen, change):
    _publish(tmp_path / "a", _tables(20))
    assert any((tmp_path / "a" / BUCKETS_DIR).glob("*/index.json"))
    for log in seen.values():
        log.clear()
    chunks = {
        name: set(json.loads((tmp_path / "a" / "assets" / name / "chunks.json").read_text()))
        for name in stored_parts.STORED
    }

    second = _publish(tmp_path / "a", _tables(**change))
    fresh = _publish(tmp_path / "b", _tables(**change), passed=False)

    assert second.release_id == fresh.release_id
    assert _lines(tmp_path / "a", second.release_id) == _lines(tmp_path / "b", fresh.release_id)
    assert verify_release(tmp_path / "a", second.release_id) == []
    assert seen["fallback"] == [] and seen["whole"] == []
    read_chunks = [f for f in seen["files"] if f.startswith("chunk-")]
    assert read_chunks  # the new chunks, and no chunk both tables had before
    assert not set(read_chunks) & (chunks["documents"] | chunks["sentences"] | chunks["figures"])
    assert len(seen["files"]) < 12  # new chunks and one old part per table, not 30+ chunks


def test_the_first_publish_and_a_damaged_bucket_record_read_the_table(tmp_path, seen):
    first = _publish(tmp_path / "a", _tables(20))
    assert sorted(seen["fallback"]) == sorted(stored_parts.STORED)  # no record yet
    assert sorted(seen["whole"]) == sorted(stored_parts.STORED)
    assert first.release_id == _publish(tmp_path / "b", _tables(20), passed=False).release_id
    for victim in (tmp_path / "a" / BUCKETS_DIR / "sentences").glob("*.u64"):
        victim.write_bytes(b"\1" * len(victim.read_bytes()))
    seen["fallback"].clear()
    second = _publish(tmp_path / "a", _tables(21))
    assert seen["fallback"] == ["sentences"]
    assert second.release_id == _publish(tmp_path / "c", _tables(21), passed=False).release_id


def test_a_damaged_old_part_builds_from_the_table(tmp_path, seen):
    first = _publish(tmp_path / "a", _tables(20))
    for line in _lines(tmp_path / "a", first.release_id)["sentences"]:
        target = object_path(tmp_path / "a", line.split()[1], ".parquet")
        target.chmod(0o644)
        target.write_bytes(b"rotten")
    seen["fallback"].clear()
    second = _publish(tmp_path / "a", _tables(21))
    assert seen["fallback"] == ["sentences"]
    assert second.release_id == _publish(tmp_path / "b", _tables(21), passed=False).release_id
    assert verify_release(tmp_path / "a", second.release_id) == []


def test_only_a_passed_chunked_table_of_that_row_count_is_left_unread(tmp_path):
    tables = _tables(4)
    folder = tmp_path / "sentences"
    write_chunked(tables["sentences"], folder, "sentences", WRITE_OPTIONS, fsync=lambda p: None)
    assert StoredChunks.passed(folder, len(tables["sentences"])).num_rows == 8
    assert StoredChunks.passed(folder, 7) is None
    assert StoredChunks.passed(folder, None) is None
    assert StoredChunks.passed(tmp_path / "nothing", 8) is None


def test_documents_left_unread_count_their_ok_rows_from_the_status_column(tmp_path):
    from pipeline.release.publish import _ok_rows

    documents = _documents(9)
    documents.loc[[2, 5], "status"] = "quarantined"
    folder = tmp_path / "documents"
    write_chunked(
        documents, folder, "documents", WRITE_OPTIONS, fsync=lambda p: None, target_rows=2
    )
    stored = StoredChunks.passed(folder, len(documents))
    assert stored is not None and len(stored.layout) > 1
    assert _ok_rows(stored) == _ok_rows(documents) == 7
