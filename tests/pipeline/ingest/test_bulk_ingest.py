"""Issue 18: the bulk ingest (``pipeline.ingest.folder``) gives the rows of the per-file one, and
falls back to reading a file whenever the stat or the cache leaves any doubt."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from pipeline.contract.arrow import to_arrow
from pipeline.ingest import documents as documents_module
from pipeline.ingest import file_manifest as manifest_module
from pipeline.ingest import folder as folder_module
from pipeline.ingest.arrow_cache import TableMemo
from pipeline.ingest.cache import StageCache
from pipeline.ingest.documents import _doc_ids, document_from_bytes
from pipeline.ingest.documents import ingest_folder as ingest_each
from pipeline.ingest.file_hashes import FileHashes
from pipeline.ingest.folder import doc_ids_of, ingest_folder, ingest_folder_arrow

ARTICLE = b"Kazakhstan and Uzbekistan traded $4.2 billion of goods in 2024, the ministry said.\n"


@pytest.fixture
def observed_later(monkeypatch: pytest.MonkeyPatch) -> None:
    def later() -> int:
        return time.time_ns() + 10 * 1_000_000_000

    for module in (manifest_module, documents_module, folder_module):
        monkeypatch.setattr(module, "observed_now", later)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(["b.txt", "a.txt", "c.TXT", "C.txt", "d.txt", "e.txt"]):
        (folder / name).write_bytes(ARTICLE.replace(b"4.2", f"{i}.5".encode()))
    (folder / "dup.txt").write_bytes(ARTICLE.replace(b"4.2", b"1.5"))  # same bytes as a.txt
    (folder / "empty.txt").write_bytes(b"")
    (folder / "big.txt").write_bytes(ARTICLE * 40)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as fh:
        fh.write(ARTICLE.replace(b"2024", b"2023"))
    return folder


def _run(tmp_path: Path, folder: Path, store: Path) -> tuple[pd.DataFrame, TableMemo, FileHashes]:
    cache = StageCache(tmp_path / "cache", "documents", "v1", table="documents")
    memo = TableMemo(cache, document_from_bytes)
    hashes = FileHashes.load(store)
    rows = ingest_folder(folder, 2000, parse=memo, hashes=hashes, known_many=memo.rows_of)
    memo.flush()
    hashes.save()
    return rows, memo, hashes


def test_bulk_rows_equal_the_per_file_rows(tmp_path: Path, observed_later: None) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "files.parquet"
    expected = ingest_each(folder, 2000)
    assert sorted(expected.loc[expected["status"] == "quarantined", "path"]) == [
        "big.txt",
        "dup.txt",
        "empty.txt",
    ]
    assert expected["note"].notna().sum() == 1  # c.TXT and C.txt: one doc_id is the file name
    first, _, hashes = _run(tmp_path, folder, store)
    assert hashes.trusted_count == 0
    pd.testing.assert_frame_equal(first, expected)
    second, memo, hashes = _run(tmp_path, folder, store)
    assert hashes.hashed_count == 0 and hashes.trusted_count == 9  # all but the oversize file
    assert memo.cache.hits == 9
    pd.testing.assert_frame_equal(second, expected)


def test_a_vouched_file_missing_from_the_cache_is_read(
    tmp_path: Path, observed_later: None
) -> None:
    """Near miss: the stat vouches for the sha256, but the row cache was emptied (a new ingest
    code version): the file is read and parsed, not dropped or guessed."""
    folder = _folder(tmp_path)
    store = tmp_path / "files.parquet"
    _run(tmp_path, folder, store)
    for segment in (tmp_path / "cache").rglob("seg-*.parquet"):
        segment.unlink()
    rows, memo, hashes = _run(tmp_path, folder, store)
    assert hashes.trusted_count == 9 and memo.cache.misses > 0
    pd.testing.assert_frame_equal(rows, ingest_each(folder, 2000))


def test_a_changed_file_is_read_again(tmp_path: Path, observed_later: None) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "files.parquet"
    _run(tmp_path, folder, store)
    (folder / "d.txt").write_bytes(ARTICLE.replace(b"2024", b"2019"))
    rows, _, hashes = _run(tmp_path, folder, store)
    assert hashes.hashed_count == 1  # d.txt (the oversize file is refused by its size)
    pd.testing.assert_frame_equal(rows, ingest_each(folder, 2000))


def test_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    rows, _, _ = _run(tmp_path, tmp_path / "in", tmp_path / "files.parquet")
    pd.testing.assert_frame_equal(rows, ingest_each(tmp_path / "in"))


@pytest.mark.parametrize(
    "names",
    [["a.txt", "b.txt"], ["a.txt", "A.TXT"], ["x.y.txt", "x.Y.txt"], ["caf\udce9.txt", "é.txt"]],
)
def test_doc_ids_fast_path_agrees(names: list[str]) -> None:
    assert doc_ids_of(sorted(names)) == _doc_ids(sorted(names))


def test_parsing_shared_with_a_worker_gives_the_same_rows_records_and_counts(
    tmp_path: Path, observed_later: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first run's path at scale (``_read_contents_shared``), here on ten files in batches of
    two: the rows, the memo's new rows in order with its counts (dup.txt: a content met twice,
    one miss and one hit) and the stat records equal those of one process."""
    folder = _folder(tmp_path)
    monkeypatch.setattr(folder_module, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(folder_module, "BATCH_FILES", 2)
    results = {}
    for workers in (1, 2):
        cache = StageCache(tmp_path / f"cache{workers}", "documents", "v1", table="documents")
        memo = TableMemo(cache, document_from_bytes)
        hashes = FileHashes.load(tmp_path / f"files{workers}.parquet")
        rows = ingest_folder(
            folder, 2000, parse=memo, hashes=hashes, known_many=memo.rows_of, workers=workers
        )
        results[workers] = (rows, list(memo._fresh.items()), cache.hits, cache.misses)
        hashes.save()
        results[workers] += (pd.read_parquet(tmp_path / f"files{workers}.parquet"),)
    pd.testing.assert_frame_equal(results[2][0], ingest_each(folder, 2000))
    pd.testing.assert_frame_equal(results[2][0], results[1][0])
    assert results[2][1] == results[1][1]
    assert results[2][2:4] == results[1][2:4] == (1, 8)
    pd.testing.assert_frame_equal(
        results[2][4].drop(columns=["seen_ns"], errors="ignore"),
        results[1][4].drop(columns=["seen_ns"], errors="ignore"),
    )


def _run_arrow(tmp_path: Path, folder: Path, store: Path) -> tuple[pa.Table, TableMemo, FileHashes]:
    cache = StageCache(tmp_path / "cache", "documents", "v1", table="documents")
    memo = TableMemo(cache, document_from_bytes)
    hashes = FileHashes.load(store)
    rows = ingest_folder_arrow(
        folder, 2000, parse=memo, hashes=hashes, known_arrow=memo.arrow_rows_of
    )
    memo.flush()
    hashes.save()
    return rows, memo, hashes


@pytest.mark.parametrize("duplicate", [False, True])
def test_arrow_rows_equal_the_stored_per_file_rows(
    tmp_path: Path, observed_later: None, duplicate: bool
) -> None:
    """Issue 18: ``ingest_folder_arrow`` gives the table the IO manager stored of the frame
    (``to_arrow(rows, "documents")``): first with every file read, then with every file
    vouched for, then with a new file between vouched ones (its row taken into place). With a
    duplicate content it builds the frame (``_mark_duplicates``): the same table."""
    folder = _folder(tmp_path)
    if not duplicate:
        (folder / "dup.txt").unlink()
    store = tmp_path / "files.parquet"

    def expected() -> pa.Table:
        return to_arrow(ingest_each(folder, 2000), "documents")

    first, _, hashes = _run_arrow(tmp_path, folder, store)
    assert hashes.trusted_count == 0
    assert first.equals(expected(), check_metadata=True)
    second, memo, hashes = _run_arrow(tmp_path, folder, store)
    assert hashes.hashed_count == 0 and memo.cache.hits == (9 if duplicate else 8)
    assert second.equals(expected(), check_metadata=True)
    (folder / "bb.txt").write_bytes(ARTICLE.replace(b"2024", b"2017"))
    third, memo, hashes = _run_arrow(tmp_path, folder, store)
    assert hashes.hashed_count == 1 and memo.cache.misses == 1
    assert third.equals(expected(), check_metadata=True)
    assert third.column("path").to_pylist().index("bb.txt") == 3  # C.txt, a.txt, b.txt first


def test_arrow_rows_of_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    rows, _, _ = _run_arrow(tmp_path, tmp_path / "in", tmp_path / "files.parquet")
    assert rows.equals(to_arrow(ingest_each(tmp_path / "in"), "documents"))


def test_a_run_whose_stat_does_not_vouch_reads_stored_rows_in_batches(
    tmp_path: Path, observed_later: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: where no stat vouches (a data folder copied or restored), the shared path
    looks each batch's stored rows up at once (``TableMemo.prefetch``): the rows and counts of
    one lookup per file."""
    folder = _folder(tmp_path)
    monkeypatch.setattr(folder_module, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(folder_module, "BATCH_FILES", 3)
    _run(tmp_path, folder, tmp_path / "files.parquet")  # every content stored
    calls = []
    results = {}
    for batched in (False, True):
        cache = StageCache(tmp_path / "cache", "documents", "v1", table="documents")
        memo = TableMemo(cache, document_from_bytes)
        if batched:
            prefetch = memo.prefetch
            memo.prefetch = lambda shas, f=prefetch: calls.append(list(shas)) or f(shas)  # type: ignore[method-assign]
        else:
            memo.prefetch = None  # type: ignore[assignment,method-assign]
        rows = ingest_folder(folder, 2000, parse=memo, workers=2)
        results[batched] = (rows, cache.hits, cache.misses, sorted(memo._used))
    pd.testing.assert_frame_equal(results[True][0], ingest_each(folder, 2000))
    pd.testing.assert_frame_equal(results[True][0], results[False][0])
    assert results[True][1:] == results[False][1:]
    assert results[True][1:3] == (9, 0)  # every readable content known (empty.txt refused)
    assert any(len(shas) > 1 for shas in calls)


def test_prefetched_rows_are_those_known_gives_alone(tmp_path: Path, observed_later: None) -> None:
    """``prefetch`` converts the rows at once only where that cannot change a value's type:
    an integer column with a null (pandas would make its other values floats) is left to
    ``known``, row by row."""
    folder = _folder(tmp_path)
    _, memo, _ = _run(tmp_path, folder, tmp_path / "files.parquet")
    memo = TableMemo(memo.cache, document_from_bytes)
    assert memo._table is not None
    shas = memo._table.column("_key").to_pylist()
    alone = [memo.known(sha) for sha in shas]
    memo.prefetch(shas)
    assert len(memo._prefetched) == len(shas)
    together = [memo.known(sha) for sha in shas]
    assert [{k: (type(v), v) for k, v in r.items()} for r in together] == [
        {k: (type(v), v) for k, v in r.items()} for r in alone
    ]
    chars = memo._table.column("n_chars").to_pylist()
    memo._table = memo._table.set_column(
        memo._table.schema.get_field_index("n_chars"), "n_chars", pa.array([None, *chars[1:]])
    )
    memo.prefetch(shas)
    assert memo._prefetched == {}
    assert isinstance(memo.known(shas[1])["n_chars"], int)
