"""Trusting a file's stat instead of re-hashing it, and the cases where it must not be trusted."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.contract.hashing import sha256_hex
from pipeline.ingest import documents as documents_module
from pipeline.ingest import file_manifest as manifest_module
from pipeline.ingest.cache import RecordMemo, StageCache
from pipeline.ingest.documents import document_from_bytes, ingest_folder
from pipeline.ingest.file_hashes import TIMESTAMP_SLACK_NS, FileHashes
from pipeline.ingest.file_manifest import fingerprint_listing

ARTICLE = b"Kazakhstan and Uzbekistan traded $4.2 billion of goods in 2024, the ministry said.\n"


@pytest.fixture
def observed_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Observations dated 10 s after now, as if the files had been written long before the
    run: the racy-timestamp rule then never applies, so the tests see the stat comparison."""

    def later() -> int:
        return time.time_ns() + 10 * 1_000_000_000

    monkeypatch.setattr(manifest_module, "observed_now", later)
    monkeypatch.setattr(documents_module, "observed_now", later)


def _write(folder: Path, names: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    for i, name in enumerate(names):
        (folder / name).write_bytes(ARTICLE.replace(b"4.2", f"{i}.5".encode()))


def test_an_unchanged_file_is_not_hashed_again(tmp_path: Path, observed_later: None) -> None:
    _write(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    store = tmp_path / "files.parquet"
    first = FileHashes.load(store)
    before = fingerprint_listing(tmp_path / "in", first)
    first.save()
    assert (first.hashed_count, first.trusted_count) == (3, 0)

    again = FileHashes.load(store)  # as the next run or sensor tick finds it on disk
    assert fingerprint_listing(tmp_path / "in", again) == before
    assert (again.hashed_count, again.trusted_count) == (0, 3)
    assert before == fingerprint_listing(tmp_path / "in")  # the same hashes as reading them


def test_new_bytes_with_the_old_size_and_mtime_are_seen(
    tmp_path: Path, observed_later: None
) -> None:
    """How: the file is rewritten with other bytes of the same length and its old mtime is put
    back with ``os.utime`` (as ``touch -d``, ``rsync -t`` or an archive would). Size, mtime and
    inode all match the remembered stat; ``ctime`` cannot be put back (the kernel sets it to
    the current time on every write and utime), so the stat differs and the file is hashed."""
    folder = tmp_path / "in"
    _write(folder, ["a.txt"])
    path = folder / "a.txt"
    hashes = FileHashes()
    old = fingerprint_listing(folder, hashes)["a.txt"]
    st = path.stat()
    time.sleep(0.05)  # past one kernel clock tick, so the rewrite gets a later ctime

    new_bytes = ARTICLE.replace(b"Uzbekistan", b"Tajikistan")
    assert len(new_bytes) == len(ARTICLE)
    with path.open("r+b") as handle:  # in place: the same inode
        handle.write(new_bytes)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    now = path.stat()
    assert (now.st_size, now.st_mtime_ns, now.st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)
    assert now.st_ctime_ns != st.st_ctime_ns

    assert fingerprint_listing(folder, hashes)["a.txt"] == sha256_hex(new_bytes) != old
    assert hashes.trusted_count == 0


def _stat(mtime_ns: int, ctime_ns: int | None = None, size: int = 10) -> SimpleNamespace:
    return SimpleNamespace(
        st_mode=0o100644,  # a regular file
        st_size=size,
        st_mtime_ns=mtime_ns,
        st_ctime_ns=mtime_ns if ctime_ns is None else ctime_ns,
        st_ino=7,
        st_dev=1,
    )


def test_a_file_changed_just_before_it_was_hashed_is_not_trusted() -> None:
    """The racy-timestamp rule: a rewrite within the same timestamp tick as the observation
    would leave the stat unchanged, so such an entry is hashed again until it is old."""
    t = 1_700_000_000 * 1_000_000_000
    hashes = FileHashes()
    st = _stat(t)
    hashes.record("a.txt", st, st, "sha-a", seen_ns=t + TIMESTAMP_SLACK_NS // 2)
    assert hashes.trusted("a.txt", st) is None
    hashes.record("a.txt", st, st, "sha-a", seen_ns=t + TIMESTAMP_SLACK_NS + 1)
    assert hashes.trusted("a.txt", st) == "sha-a"
    recent_ctime = _stat(t, ctime_ns=t + TIMESTAMP_SLACK_NS)  # mtime put back, ctime recent
    hashes.record("b.txt", recent_ctime, recent_ctime, "sha-b", t + TIMESTAMP_SLACK_NS + 1)
    assert hashes.trusted("b.txt", recent_ctime) is None


def test_a_stat_that_moved_during_the_read_is_not_remembered() -> None:
    t = 1_700_000_000 * 1_000_000_000
    hashes = FileHashes()
    hashes.record("a.txt", _stat(t), _stat(t + 1, size=11), "sha", seen_ns=t + 10**10)
    assert hashes.trusted("a.txt", _stat(t)) is None
    assert hashes.trusted("a.txt", _stat(t + 1, size=11)) is None
    assert len(hashes) == 0


def test_ingest_reads_only_what_the_stat_does_not_vouch_for(
    tmp_path: Path, observed_later: None
) -> None:
    folder = tmp_path / "in"
    _write(folder, ["a.txt", "b.txt"])
    store = tmp_path / "files.parquet"

    def ingest() -> tuple:
        cache = StageCache(tmp_path / "cache", "documents", "v1", table="documents")
        memo = RecordMemo(cache, document_from_bytes)
        hashes = FileHashes.load(store)
        documents = ingest_folder(folder, parse=memo, hashes=hashes, known=memo.known)
        memo.flush()
        hashes.save()
        return documents, hashes

    first, hashes = ingest()
    assert (hashes.hashed_count, hashes.trusted_count) == (2, 0)
    second, hashes = ingest()
    assert (hashes.hashed_count, hashes.trusted_count) == (0, 2)
    assert second.equals(first)
    assert second.equals(ingest_folder(folder))  # the same rows as reading every file

    (folder / "b.txt").unlink()
    (folder / "c.txt").write_bytes(ARTICLE.replace(b"2024", b"2023"))
    third, hashes = ingest()
    assert list(third["doc_id"]) == ["a", "c"]
    assert list(third["status"]) == ["ok", "ok"]
    assert (hashes.hashed_count, hashes.trusted_count) == (1, 1)
    assert sorted(FileHashes.load(store)._entries) == ["a.txt", "c.txt"]  # b.txt forgotten


@pytest.mark.parametrize("name", ["a.txt", ".txt", "a.", "a.b.TXT", "a", "..txt", "x.txt."])
def test_the_listing_picks_suffixes_as_pathlib_does(name: str) -> None:
    assert documents_module._suffix(name) == Path(name).suffix
