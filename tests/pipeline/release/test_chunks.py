"""Chunked tables (the IO manager's intermediate tables): row order kept, only changed chunks
written, a failed write leaves the previous table readable."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from pandas.util import hash_array

from pipeline.files import fsync_file
from pipeline.release import chunks
from pipeline.release.chunks import INDEX, chunk_bounds, chunk_names, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS, TableFile, read_parquet


def _documents(tables, n: int) -> pd.DataFrame:
    """``n`` document rows with distinct ids, in an order that is not sorted by id."""
    row = tables["documents"].iloc[[0]]
    frame = pd.concat([row] * n, ignore_index=True)
    frame["doc_id"] = [f"doc{(i * 7919) % n:05d}" for i in range(n)]
    return frame


def _write(frame, folder, target_rows=8) -> tuple[int, int]:
    return write_chunked(
        frame, folder, "documents", WRITE_OPTIONS, fsync=fsync_file, target_rows=target_rows
    )


def test_a_chunked_table_reads_back_in_its_own_row_order(tmp_path, tables):
    frame = _documents(tables, 300)
    written, total = _write(frame, tmp_path / "t")
    assert written == total > 10  # several chunks, each written once
    back = read_parquet(tmp_path / "t")
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)
    assert TableFile(tmp_path / "t").rows() == 300
    assert TableFile(tmp_path / "t").load_arrow().num_rows == 300
    assert list(read_parquet(tmp_path / "t", ["doc_id"])["doc_id"]) == list(frame["doc_id"])


def test_one_inserted_article_rewrites_only_the_chunk_that_holds_it(tmp_path, tables):
    frame = _documents(tables, 300)
    _write(frame, tmp_path / "t")
    before = set(chunk_names(tmp_path / "t"))
    extra = frame.iloc[[0]].assign(doc_id="doc-new")
    grown = pd.concat([frame.iloc[:150], extra, frame.iloc[150:]], ignore_index=True)
    written, total = _write(grown, tmp_path / "t")
    after = set(chunk_names(tmp_path / "t"))
    assert 1 <= written <= 2 < total  # the chunk with the new row (split if it starts one)
    assert len(after - before) == written and len(before - after) == 1
    # the replaced chunk's file is gone: the folder holds exactly the indexed chunks
    assert {p.name for p in (tmp_path / "t").glob("chunk-*.parquet")} == {p.name for p in after}
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "t"), grown, check_dtype=False)


def test_the_same_frame_writes_nothing(tmp_path, tables):
    frame = _documents(tables, 100)
    _write(frame, tmp_path / "t")
    assert _write(frame, tmp_path / "t")[0] == 0


def test_a_boundary_never_splits_the_rows_of_one_key():
    keys = pd.Series([f"k{i // 5}" for i in range(500)])  # five rows per key
    bounds = chunk_bounds(keys, target_rows=10)
    assert len(bounds) > 5 and bounds[0][0] == 0 and bounds[-1][1] == 500
    assert all(start % 5 == 0 for start, _ in bounds)


def _bounds_hashing_every_row(keys: pd.Series, target_rows: int) -> list[tuple[int, int]]:
    """``chunk_bounds`` as it was before round 19: every row's ``str`` key hashed."""
    values = keys.astype(str).to_numpy(dtype=object)
    changes = np.r_[True, values[1:] != values[:-1]]
    per_chunk = max(1.0, target_rows * int(changes.sum()) / len(values))
    modulus = np.uint64(2 ** int(math.log2(per_chunk)))
    cut = changes & (hash_array(values, categorize=False) % modulus == 0)
    cut[0] = True
    starts = np.flatnonzero(cut)
    return list(zip(starts.tolist(), np.r_[starts[1:], len(values)].tolist(), strict=True))


@pytest.mark.parametrize("target_rows", [1, 3, 10, 4096])
def test_bounds_of_arrow_keys_are_those_of_hashing_every_row(target_rows):
    """Only each run's first key is hashed, an Arrow text column's runs found in Arrow: the
    same bounds, whatever the input (near misses: keys equal only after Unicode normalisation,
    a null key, a chunked column, a number column)."""
    words = [f"d{(i * 37) % 11}" for i in range(400)]
    runs = [w for i, w in enumerate(words) for _ in range(1 + i % 3)]
    cases = [
        pa.array(runs, pa.string()),
        pa.chunked_array([runs[:101], runs[101:]], pa.string()),
        pa.array(runs, pa.large_string()),
        pa.array(["é", "e\u0301", "e\u0301", "é"] * 20, pa.string()),
        pa.array([None, "a", "a", None, "b"] * 20, pa.string()),  # nulls: the pandas path
        pa.array([i // 3 for i in range(300)], pa.int64()),  # not text: the pandas path
    ]
    for keys in cases:
        expected = _bounds_hashing_every_row(keys.to_pandas(), target_rows)
        assert chunk_bounds(keys, target_rows) == expected
        assert chunk_bounds(keys.to_pandas(), target_rows) == expected


def test_an_empty_table_keeps_its_columns(tmp_path, tables):
    empty = tables["documents"].iloc[0:0]
    _write(empty, tmp_path / "t")
    back = read_parquet(tmp_path / "t")
    assert back.empty and list(back.columns) == list(empty.columns)


def test_a_write_that_fails_midway_leaves_the_previous_table(tmp_path, tables, monkeypatch):
    frame = _documents(tables, 300)
    _write(frame, tmp_path / "t")
    changed = frame.assign(title="changed everywhere")
    calls = []

    def failing(path, data, **kwargs):
        calls.append(path)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(path, data, **kwargs)

    real = chunks.write_atomic
    monkeypatch.setattr(chunks, "write_atomic", failing)
    with pytest.raises(OSError):
        _write(changed, tmp_path / "t")
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "t"), frame, check_dtype=False)
    monkeypatch.undo()
    scratch = tmp_path / "t" / ".chunk-0123456789abcdef.parquet.tmp-999999-planted"
    scratch.write_bytes(b"PAR1 half a file")  # what a SIGKILL during a chunk's write leaves
    _write(changed, tmp_path / "t")  # the next write completes and drops the strays
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "t"), changed, check_dtype=False)
    names = {p.name for p in chunk_names(tmp_path / "t")}
    assert {p.name for p in (tmp_path / "t").glob("chunk-*.parquet")} == names
    assert (tmp_path / "t" / INDEX).is_file() and not scratch.exists()


def test_a_damaged_chunk_is_rewritten_by_the_next_write(tmp_path, tables):
    frame = _documents(tables, 100)
    _write(frame, tmp_path / "t")
    first = chunk_names(tmp_path / "t")[0]
    data = first.read_bytes()
    first.write_bytes(data[:-9] + bytes(9))  # same size, other bytes
    assert _write(frame, tmp_path / "t")[0] == 1
    assert first.read_bytes() == data


def test_an_unchanged_chunk_is_not_serialised_again(tmp_path, tables, monkeypatch):
    """The memo names an unchanged chunk from its rows' fingerprint: only the chunk holding a
    new row is serialised, and the bytes are those a write without the memo makes."""
    frame = _documents(tables, 300)
    _write(frame, tmp_path / "t")
    calls: list[int] = []
    serialise = chunks.parquet_bytes
    monkeypatch.setattr(
        chunks,
        "parquet_bytes",
        lambda rows, options: calls.append(rows.num_rows) or serialise(rows, options),
    )
    grown = pd.concat([frame, frame.iloc[[0]].assign(doc_id="doc-new")], ignore_index=True)
    written, total = _write(grown, tmp_path / "t")
    assert len(calls) == written == 1 < total
    monkeypatch.undo()
    _write(grown, tmp_path / "fresh")  # no memo: every chunk serialised
    assert chunk_names(tmp_path / "t") == [
        tmp_path / "t" / p.name for p in chunk_names(tmp_path / "fresh")
    ]


def test_a_damaged_remembered_chunk_is_written_again(tmp_path, tables):
    frame = _documents(tables, 100)
    _write(frame, tmp_path / "t")
    victim = chunk_names(tmp_path / "t")[0]
    victim.write_bytes(b"not parquet")
    assert _write(frame, tmp_path / "t")[0] == 1
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "t"), frame, check_dtype=False)


def _age(folder, seconds: int = 3600) -> None:
    """Every chunk last modified ``seconds`` ago: no longer racy, so hashing it stamps it."""
    import os

    for path in folder.glob("chunk-*.parquet"):
        st = path.stat()
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 10**9))


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Chunk files read whole from here on."""
    import pathlib

    seen: list[str] = []
    real = pathlib.Path.read_bytes

    def spy(self):
        if self.name.startswith("chunk-"):
            seen.append(self.name)
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", spy)
    return seen


def test_a_stamped_chunk_is_not_read_again(tmp_path, tables, reads):
    frame = _documents(tables, 300)
    _write(frame, tmp_path / "t")
    reads.clear()
    _write(frame, tmp_path / "t")  # fresh chunks are racy: hashed, not stamped
    assert len(reads) == len(chunk_names(tmp_path / "t"))
    _age(tmp_path / "t")
    _write(frame, tmp_path / "t")  # hashed once more, now stamped
    reads.clear()
    assert _write(frame, tmp_path / "t") == (0, len(chunk_names(tmp_path / "t")))
    assert reads == []


@pytest.mark.parametrize("how", ["in place", "another inode", "damaged stamps"])
def test_a_chunk_changed_after_its_stamp_is_hashed_and_rewritten(tmp_path, tables, reads, how):
    import json
    import os

    frame = _documents(tables, 100)
    folder = tmp_path / "t"
    _write(frame, folder)
    _age(folder)
    _write(frame, folder)  # stamps every chunk
    victim = chunk_names(folder)[0]
    data = victim.read_bytes()
    st = victim.stat()
    if how == "in place":  # same size and inode: only the mtime tells
        victim.write_bytes(data[:-9] + bytes(9))
    elif how == "another inode":  # same size and mtime: only the inode tells
        copy = victim.with_name("copy")
        copy.write_bytes(data[:-9] + bytes(9))
        os.utime(copy, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.replace(copy, victim)
    else:  # a stamps record that fails its digest is not trusted: every chunk hashed
        memo = folder / chunks.MEMO
        stored = json.loads(memo.read_text())
        stored["stamps"][victim.name][3] += 1
        memo.write_text(json.dumps(stored))
    reads.clear()
    written, _ = _write(frame, folder)
    assert victim.name in reads
    if how == "damaged stamps":
        assert written == 0 and len(reads) == len(chunk_names(folder))
    else:
        assert written == 1 and victim.read_bytes() == data
    pd.testing.assert_frame_equal(read_parquet(folder), frame, check_dtype=False)
