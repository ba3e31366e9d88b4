"""``ColumnHashes``: the trust rule of ``FileHashes`` over a whole listing in array operations,
saved as deltas; each near miss (changed stat, racy entry, forgotten file, torn delta) is hashed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline.contract.hashing import sha256_hex
from pipeline.ingest import file_manifest
from pipeline.ingest import file_manifest as manifest_module
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
    assert first == fingerprint_listing(folder)  # the same hashes as reading every file
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
    monkeypatch.setattr(manifest_module, "observed_now", lambda: time.time_ns() + 10**10)
    older = FileHashes.load(store)
    (folder / "a.txt").write_bytes(ARTICLE.replace(b"2024", b"2022"))
    fingerprint_listing(folder, older)
    older.save()  # a whole base with the new a.txt and c.txt (and no deltas known)
    now, hashes = _look(folder, store)
    assert now == fingerprint_listing(folder)
    assert hashes.hashed_count == 0


def test_a_timestamp_past_2262_is_hashed_every_time_never_a_crash(
    tmp_path: Path, observed_later: None
) -> None:
    """``touch -d 2300-01-01`` gives an ``st_mtime_ns`` past ``int64``: the listing's stat
    columns raised ``OverflowError`` (out of the sensor and ``raw_documents``) and a save could
    not write it. Such a file is never remembered. Near miss: a timestamp just below the
    ``int64`` limit is remembered but, being in the future, never trusted (the racy check once
    wrapped around ``int64`` there and trusted it)."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    first, _ = _look(folder, store)
    now = time.time_ns()
    try:
        os.utime(folder / "b.txt", ns=(now, 10_413_792_000_000_000_000))  # 2300-01-01
        os.utime(folder / "c.txt", ns=(now, (1 << 63) - 10))  # 2262-04-11
    except (OverflowError, OSError):
        pytest.skip("this filesystem cannot hold such a timestamp")
    for _ in range(2):
        again, hashes = _look(folder, store)
        assert again == first == fingerprint_listing(folder)
        assert (hashes.hashed_count, hashes.trusted_count) == (2, 1)
    older = FileHashes.load(store)  # the older reader's record and save hold as well
    fingerprint_listing(folder, older)
    older.save()
    assert "b.txt" not in FileHashes.load(store)._entries


def _flipped(good: bytes, stride: int) -> Iterator[bytes]:
    for pos in range(0, len(good), stride):
        for bit in (0, 5):
            out = bytearray(good)
            out[pos] ^= 1 << bit
            yield bytes(out)


@pytest.mark.parametrize("which", ["base", "delta"])
def test_a_flipped_bit_in_the_store_costs_a_hash_never_a_wrong_hash_or_a_raise(
    tmp_path: Path, observed_later: None, which: str
) -> None:
    """Was: one flipped bit in a sha256 page was trusted (about 1 flip in 20 gave a wrong
    fingerprint) and one in a column name raised ``UnicodeDecodeError`` out of ``load``.
    Stores are now written with page checksums, checked on read, and their text validated."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    _look(folder, store)
    _write(folder, ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"])
    _look(folder, store)
    truth = fingerprint_listing(folder)
    target = store if which == "base" else next(deltas_dir(store).glob("*.parquet"))
    good = target.read_bytes()
    for bad in _flipped(good, stride=5):
        target.write_bytes(bad)
        hashes = ColumnHashes.load(store)
        assert fingerprint_listing(folder, hashes) == truth
    target.write_bytes(good)


def _rows(store: Path, **columns: list) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(store)
    for name, values in columns.items():
        at = table.schema.get_field_index(name)
        table = table.set_column(at, name, pa.array(values))
    pq.write_table(table, store)


def test_stores_with_holes_or_other_types_and_odd_delta_paths(
    tmp_path: Path, observed_later: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Near misses of a store another writer (or a hand) left: base rows with a null sha256
    (was: trusted as the text "None" once merged) or null timestamps, a delta with a null name
    (was: ``TypeError`` sorting the names), a folder and a device named like deltas (was:
    ``IsADirectoryError`` out of the merge; a FIFO would have blocked the read), and a file
    where the deltas folder belongs (was: ``FileExistsError`` out of ``save``)."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    truth, _ = _look(folder, store)
    _rows(store, sha256=[None, "0" * 64, None], mtime_ns=[1, None, 1])
    (folder / "d.txt").write_bytes(b"Exports rose to $1 billion.\n")
    now, hashes = _look(folder, store)
    assert now == fingerprint_listing(folder) and hashes.hashed_count == 4
    delta = next(deltas_dir(store).glob("*.parquet"))
    _rows(delta, name=[None] * len(ColumnHashes.load(store)._overlay))
    (deltas_dir(store) / "zz-folder.parquet").mkdir()
    os.symlink("/dev/null", deltas_dir(store) / "zz-device.parquet")
    monkeypatch.setattr(file_manifest, "COMPACT_MIN_ROWS", 0)
    (folder / "e.txt").write_bytes(b"Imports fell to $2 billion.\n")
    now, hashes = _look(folder, store)  # merged: the odd entries stay, the delta goes
    assert now == fingerprint_listing(folder)
    assert (deltas_dir(store) / "zz-folder.parquet").is_dir()
    assert ColumnHashes.load(store).names() == sorted(now)

    for child in deltas_dir(store).iterdir():
        child.rmdir() if child.is_dir() and not child.is_symlink() else child.unlink()
    deltas_dir(store).rmdir()
    deltas_dir(store).write_bytes(b"not a folder")
    (folder / "f.txt").write_bytes(b"Trade grew by 4%.\n")
    monkeypatch.setattr(file_manifest, "COMPACT_MIN_ROWS", 10**6)
    now, hashes = _look(folder, store)  # a whole base instead of a delta
    assert now == fingerprint_listing(folder) and hashes.hashed_count == 1
    again, hashes = _look(folder, store)
    assert again == now and (hashes.hashed_count, hashes.trusted_count) == (0, 6)
    assert truth.items() <= again.items()


def test_a_lost_base_with_deltas_left_and_a_future_mtime_are_hashed(
    tmp_path: Path, observed_later: None
) -> None:
    """Held (near misses): deltas over a deleted base still vouch only by the live stat, and
    a file dated an hour ahead (clock skew) is hashed on every look until that hour is past."""
    folder, store = tmp_path / "in", tmp_path / "files.parquet"
    _write(folder, ["a.txt", "b.txt"])
    _look(folder, store)
    _write(folder, ["a.txt", "b.txt", "c.txt"])
    _look(folder, store)
    store.unlink()
    (folder / "a.txt").write_bytes(b"Exports doubled.\n")
    now = time.time_ns()
    os.utime(folder / "b.txt", ns=(now, now + 3600 * 10**9))
    for _ in range(2):
        seen, hashes = _look(folder, store)
        assert seen == fingerprint_listing(folder)
        assert "b.txt" not in {n for n in seen if hashes.trusted(n, (folder / n).stat())}
