"""``ColumnHashes``: the trust rule of ``FileHashes`` over a whole listing in array operations,
saved as deltas; each near miss (changed stat, racy entry, forgotten file, torn delta) is hashed."""

from __future__ import annotations

import os
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.contract.hashing import sha256_hex
from pipeline.ingest import cache as cache_module
from pipeline.ingest import file_manifest
from pipeline.ingest.cache import fingerprint_folder
from pipeline.ingest.file_hashes import TIMESTAMP_SLACK_NS, FileHashes
from pipeline.ingest.file_manifest import ColumnHashes, deltas_dir, fingerprint_listing

ARTICLE = b"Kazakhstan and Uzbekistan traded $4.2 billion of goods in 2024, the ministry said.\n"


@pytest.fixture
def observed_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Observations dated 10 s after now: the racy rule stays out of the stat comparisons."""
    monkeypatch.setattr(file_manifest, "observed_now", lambda: time.time_ns() + 10**10)


def _write(folder: Path, names: list[str]) -> None:
    folder.mkdir(exist_ok=True)
    for i, name in enumerate(names):
        (folder / name).write_bytes(ARTICLE.replace(b"4.2", f"{i}.5".encode()))


def _look(folder: Path, store: Path) -> tuple[dict[str, str], ColumnHashes]:
    hashes = ColumnHashes.load(store)
    fingerprint = fingerprint_listing(folder, hashes)
    hashes.save()
    return fingerprint, hashes


def test_a_steady_folder_is_trusted_and_one_new_file_saves_a_delta(
    tmp_path: Path, observed_later: None
) -> None:
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    first, hashes = _look(folder, store)
    assert (hashes.hashed_count, hashes.trusted_count) == (3, 0)
    assert first == fingerprint_folder(folder)  # the same hashes as reading every file
    base = store.read_bytes()

    again, hashes = _look(folder, store)
    assert again == first and (hashes.hashed_count, hashes.trusted_count) == (0, 3)
    assert not deltas_dir(store).exists()  # nothing changed: nothing written

    (folder / "d.txt").write_bytes(b"Trade reached $2 billion in 2024.\n")
    third, hashes = _look(folder, store)
    assert (hashes.hashed_count, hashes.trusted_count) == (1, 3)
    assert third["d.txt"] == sha256_hex(b"Trade reached $2 billion in 2024.\n")
    assert store.read_bytes() == base  # the base is not rewritten for one file
    assert len(list(deltas_dir(store).glob("*.parquet"))) == 1
    fourth, hashes = _look(folder, store)
    assert fourth == third and (hashes.hashed_count, hashes.trusted_count) == (0, 4)
    assert ColumnHashes.load(store).names() == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_new_bytes_under_the_old_size_and_mtime_are_hashed(
    tmp_path: Path, observed_later: None
) -> None:
    """The near miss of the stored (base) entry: only ``ctime`` differs."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt"])
    old, _ = _look(folder, store)
    path = folder / "a.txt"
    st = path.stat()
    time.sleep(0.05)
    new_bytes = ARTICLE.replace(b"Uzbekistan", b"Tajikistan")
    with path.open("r+b") as handle:
        handle.write(new_bytes)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_ctime_ns != st.st_ctime_ns

    now, hashes = _look(folder, store)
    assert now["a.txt"] == sha256_hex(new_bytes) != old["a.txt"]
    assert (hashes.hashed_count, hashes.trusted_count) == (1, 1)


def _stat(mtime_ns: int, ctime_ns: int | None = None, size: int = 10) -> SimpleNamespace:
    return SimpleNamespace(
        st_mode=0o100644,
        st_size=size,
        st_mtime_ns=mtime_ns,
        st_ctime_ns=mtime_ns if ctime_ns is None else ctime_ns,
        st_ino=7,
        st_dev=1,
    )


@pytest.mark.parametrize("in_base", [True, False])
def test_the_bulk_rule_is_the_rule_of_file_hashes(tmp_path: Path, in_base: bool) -> None:
    """Racy entries, other stats, a directory and a missing stat, from the base or a delta."""
    t = 1_700_000_000 * 1_000_000_000
    store = tmp_path / "files.parquet"
    reference, column = FileHashes(), ColumnHashes(store)
    recorded = {
        "old.txt": (_stat(t), t + TIMESTAMP_SLACK_NS + 1),
        "racy.txt": (_stat(t), t + TIMESTAMP_SLACK_NS // 2),
        "racy-ctime.txt": (_stat(t, ctime_ns=t + TIMESTAMP_SLACK_NS), t + TIMESTAMP_SLACK_NS + 1),
        "grown.txt": (_stat(t), t + TIMESTAMP_SLACK_NS + 1),
        "dir.txt": (_stat(t), t + TIMESTAMP_SLACK_NS + 1),
        "none.txt": (_stat(t), t + TIMESTAMP_SLACK_NS + 1),
    }
    for name, (st, seen) in recorded.items():
        reference.record(name, st, st, f"sha-{name}", seen)
        column.record(name, st, st, f"sha-{name}", seen)
    if in_base:
        column.save()
        column = ColumnHashes.load(store)
    names = [*recorded, "new.txt"]
    directory = SimpleNamespace(**{**vars(_stat(t)), "st_mode": 0o040755})
    live = [_stat(t), _stat(t), recorded["racy-ctime.txt"][0], _stat(t, size=11), directory]
    live += [None, _stat(t)]
    expected = [
        reference.trusted(n, s) if s is not None else None for n, s in zip(names, live, strict=True)
    ]
    assert expected == ["sha-old.txt", None, None, None, None, None, None]
    assert column.trusted_many(names, live) == expected
    assert column.trusted_count == 1


def test_forgotten_files_compaction_and_a_torn_delta(
    tmp_path: Path, observed_later: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    first, _ = _look(folder, store)
    (folder / "b.txt").unlink()
    _look(folder, store)  # b.txt forgotten: a delta row without sha256
    assert ColumnHashes.load(store).names() == ["a.txt", "c.txt"]
    assert FileHashes.load(store).trusted  # the older reader still reads the base

    (deltas_dir(store) / "99999999999999999999-torn.parquet").write_bytes(b"PAR1 torn")
    (folder / "e.txt").write_bytes(b"Exports reached $3 billion.\n")
    monkeypatch.setattr(file_manifest, "COMPACT_MIN_ROWS", 0)
    now, hashes = _look(folder, store)  # more deltas than the base allows: merged
    assert (hashes.hashed_count, hashes.trusted_count) == (1, 2)
    assert not list(deltas_dir(store).glob("*.parquet"))
    assert FileHashes.load(store)._entries.keys() == {"a.txt", "c.txt", "e.txt"}
    again, hashes = _look(folder, store)
    assert again == now and (hashes.hashed_count, hashes.trusted_count) == (0, 3)
    assert {k: v for k, v in now.items() if k != "e.txt"} == {
        k: v for k, v in first.items() if k != "b.txt"
    }


def test_an_older_whole_base_under_newer_deltas_is_only_facts(
    tmp_path: Path, observed_later: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older ``FileHashes`` saving a whole base while deltas exist: the deltas apply over it,
    and every entry is still checked against the live stat."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt"])
    _look(folder, store)
    (folder / "c.txt").write_bytes(b"Imports fell to $1 billion.\n")
    _look(folder, store)  # c.txt in a delta
    monkeypatch.setattr(cache_module, "observed_now", lambda: time.time_ns() + 10**10)
    older = FileHashes.load(store)
    (folder / "a.txt").write_bytes(ARTICLE.replace(b"2024", b"2022"))
    fingerprint_folder(folder, older)
    older.save()  # a whole base with the new a.txt and c.txt (and no deltas known)
    now, hashes = _look(folder, store)
    assert now == fingerprint_folder(folder)
    assert hashes.hashed_count == 0
