"""Key hashes per chunk (issue 18): the uniqueness of a chunked table's keys is proven from the
recorded hashes of unchanged chunks and the keys of new chunks only; a duplicate across an old
and a new chunk is still found, and any doubt about the record answers ``False`` (the caller
reads every key)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.release import chunk_arrays, chunk_keys
from pipeline.release.chunk_arrays import INDEX
from pipeline.release.chunk_keys import OLD_RECORD, RECORD, keys_distinct
from pipeline.release.chunks import chunk_names, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS
from tests.pipeline.release.helpers import sentence_rows


def _sentences(docs: range, extra: list[str] | None = None) -> pd.DataFrame:
    frame = sentence_rows(docs)
    if extra:  # rows of a new last document whose ids are given
        tail = frame.iloc[: len(extra)].assign(doc_id="d9999", sentence_id=extra)
        frame = pd.concat([frame, tail], ignore_index=True)
    return frame


def _store(frame: pd.DataFrame, folder: Path) -> list[Path]:
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=lambda _: None, target_rows=60)
    return chunk_names(folder)


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Chunks whose keys were read from here on."""
    seen: list[str] = []
    real = chunk_keys.read_file
    monkeypatch.setattr(chunk_keys, "read_file", lambda p, c: (seen.append(p.name), real(p, c))[1])
    return seen


def test_an_add_one_reads_only_the_new_chunks_keys(tmp_path, reads):
    folder = tmp_path / "sentences"
    before = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, before, ["sentence_id"]) and len(reads) == len(before) > 3
    reads.clear()
    after = _store(_sentences(range(301)), folder)
    new = {p.name for p in after} - {p.name for p in before}
    assert new and keys_distinct(folder, after, ["sentence_id"])
    assert set(reads) == new  # the old tail's keys, rewritten into a new chunk, are no duplicate
    reads.clear()
    assert keys_distinct(folder, after, ["sentence_id"]) and reads == []


def test_a_duplicate_across_an_old_and_a_new_chunk_is_caught(tmp_path, reads):
    folder = tmp_path / "sentences"
    before = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, before, ["sentence_id"])
    after = _store(_sentences(range(300), extra=["d0000:0"]), folder)  # d0000's chunk: old
    assert before[0].name in {p.name for p in after}
    reads.clear()
    assert not keys_distinct(folder, after, ["sentence_id"])
    assert before[0].name not in reads
    stored = json.loads((folder / RECORD / INDEX).read_text())["entries"]
    assert set(stored) == {p.name for p in after}  # each chunk's hashes are facts about it
    reads.clear()
    assert not keys_distinct(folder, after, ["sentence_id"]) and reads == []  # still caught


def test_a_duplicate_within_a_new_chunk_or_a_chunk_listed_twice_is_caught(tmp_path):
    folder = tmp_path / "sentences"
    assert keys_distinct(folder, _store(_sentences(range(300)), folder), ["sentence_id"])
    after = _store(_sentences(range(300), extra=["x", "x"]), folder)
    assert not keys_distinct(folder, after, ["sentence_id"])
    assert not keys_distinct(folder, [after[0], after[0]], ["sentence_id"])


def test_a_hash_collision_is_doubt(tmp_path, monkeypatch):
    folder = tmp_path / "sentences"
    before = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, before, ["sentence_id"])
    after = _store(_sentences(range(301)), folder)
    monkeypatch.setattr(chunk_keys, "hash_array", lambda v, categorize: np.zeros(len(v), np.uint64))
    assert not keys_distinct(folder, after, ["sentence_id"])  # distinct keys, equal hashes


@pytest.mark.parametrize("damage", ["index", "digest", "version", "columns", "missing"])
def test_a_doubtful_record_is_rebuilt_from_every_chunk(tmp_path, reads, monkeypatch, damage):
    folder = tmp_path / "sentences"
    paths = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, paths, ["sentence_id"])
    index = folder / RECORD / INDEX
    if damage == "index":
        data = bytearray(index.read_bytes())
        data[len(data) // 2] ^= 0x01
        index.write_bytes(bytes(data))
    elif damage == "digest":  # the entries changed, the digest did not
        stored = json.loads(index.read_text())
        first = next(iter(stored["entries"]))
        stored["entries"][first][1] = "0" * 64
        index.write_text(json.dumps(stored))
    elif damage == "version":
        monkeypatch.setattr(chunk_keys, "VERSION", "another")
    elif damage == "missing":
        index.unlink()
    reads.clear()
    columns = ["doc_id"] if damage == "columns" else ["sentence_id"]
    if damage == "columns":  # a key column of another meaning: not the recorded one
        assert not keys_distinct(folder, paths, columns)  # doc_id repeats (3 rows a doc)
    else:
        assert keys_distinct(folder, paths, columns)
    assert len(reads) == len(paths)  # every chunk's keys read again


@pytest.mark.parametrize("damage", ["flipped", "missing", "short"])
def test_a_damaged_chunk_entry_is_read_again_alone(tmp_path, reads, monkeypatch, damage):
    # a flipped bit could hide a duplicate: an entry is trusted only by its recorded sha256
    folder = tmp_path / "sentences"
    paths = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, paths, ["sentence_id"])
    entry = json.loads((folder / RECORD / INDEX).read_text())["entries"][paths[1].name][0]
    file = folder / RECORD / entry
    if damage == "flipped":
        data = bytearray(file.read_bytes())
        data[3] ^= 0x10
        file.write_bytes(bytes(data))
    elif damage == "missing":
        file.unlink()
    else:
        file.write_bytes(file.read_bytes()[:-8])
    reads.clear()
    assert keys_distinct(folder, paths, ["sentence_id"])
    assert reads == [paths[1].name]
    reads.clear()
    assert keys_distinct(folder, paths, ["sentence_id"]) and reads == []  # mended


def test_an_add_one_writes_only_the_new_chunks_hashes(tmp_path):
    # issue 18: the record of every chunk's hashes was rewritten whole by each add-one
    folder = tmp_path / "sentences"
    before = _store(_sentences(range(300)), folder)
    assert keys_distinct(folder, before, ["sentence_id"])
    stamps = {p.name: p.stat().st_mtime_ns for p in (folder / RECORD).glob("*.u64")}
    after = _store(_sentences(range(301)), folder)
    assert keys_distinct(folder, after, ["sentence_id"])
    now = {p.name: p.stat().st_mtime_ns for p in (folder / RECORD).glob("*.u64")}
    kept = set(stamps) & set(now)
    assert kept and all(stamps[n] == now[n] for n in kept)  # not rewritten
    new = {p.name for p in after} - {p.name for p in before}
    assert len(set(now) - kept) == len(new)  # one file per new chunk
    assert len(now) == len(after)  # the gone chunks' files deleted


def test_the_old_single_record_is_deleted(tmp_path):
    folder = tmp_path / "sentences"
    paths = _store(_sentences(range(300)), folder)
    (folder / OLD_RECORD).write_bytes(b"an old record")
    assert keys_distinct(folder, paths, ["sentence_id"])
    assert not (folder / OLD_RECORD).exists()


def test_a_failed_record_write_loses_only_time(tmp_path, monkeypatch, reads):
    # a crash (or a full disk) while writing the record: the old one stays, or none
    folder = tmp_path / "sentences"
    paths = _store(_sentences(range(300)), folder)

    def fail(path, data):
        raise OSError("disk full")

    real = chunk_arrays.write_atomic
    monkeypatch.setattr(chunk_arrays, "write_atomic", fail)
    assert keys_distinct(folder, paths, ["sentence_id"])
    assert not (folder / RECORD / INDEX).exists()
    monkeypatch.setattr(chunk_arrays, "write_atomic", real)
    reads.clear()
    assert keys_distinct(folder, paths, ["sentence_id"])
    assert (folder / RECORD / INDEX).exists() and len(reads) == len(paths)
    reads.clear()
    assert keys_distinct(folder, paths, ["sentence_id"]) and reads == []
