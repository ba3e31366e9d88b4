"""``pipeline.files.write_atomic``: readers see the old file or the new one, never a torn one,
and a failed write leaves the old file and no scratch file behind."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import files
from pipeline.files import scratch_name, write_atomic


def test_bytes_replace_the_file_and_leave_nothing_else(tmp_path):
    path = tmp_path / "LATEST"
    write_atomic(path, b"old\n")
    write_atomic(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert os.listdir(tmp_path) == ["LATEST"]


def test_a_writer_streams_into_the_scratch_file(tmp_path):
    path = tmp_path / "t.parquet"
    seen = []

    def writer(tmp: Path) -> None:
        seen.append(tmp)
        pq.write_table(pa.table({"x": [1, 2, 3]}), tmp)

    write_atomic(path, writer)
    assert pq.read_table(path).column("x").to_pylist() == [1, 2, 3]
    assert seen[0].parent == tmp_path and seen[0].name.startswith(".t.parquet.tmp-")
    assert os.listdir(tmp_path) == ["t.parquet"]


def test_a_failure_mid_write_leaves_the_old_file_and_no_scratch(tmp_path):
    path = tmp_path / "cache.parquet"
    path.write_bytes(b"old bytes")

    def dies_half_way(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(b"half of the new ")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, dies_half_way)
    assert path.read_bytes() == b"old bytes"
    assert os.listdir(tmp_path) == ["cache.parquet"]


def test_a_failed_fsync_leaves_the_old_file_and_no_scratch(tmp_path, monkeypatch):
    path = tmp_path / "LATEST"
    path.write_bytes(b"0123456789abcdef\n")

    def failing_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="I/O error"):
        write_atomic(path, b"fedcba9876543210\n", fsync=True)
    assert path.read_bytes() == b"0123456789abcdef\n"
    assert os.listdir(tmp_path) == ["LATEST"]


def test_an_interrupt_mid_write_leaves_no_scratch(tmp_path):
    path = tmp_path / "memo.png"

    def interrupted(tmp: Path) -> None:
        tmp.write_bytes(b"\x89PNG half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, interrupted)
    assert os.listdir(tmp_path) == []


def test_fsync_flushes_the_file_and_then_its_folder(tmp_path, monkeypatch):
    synced = []
    real = os.fsync

    def recording_fsync(fd: int) -> None:
        synced.append("dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(files.os, "fsync", recording_fsync)
    write_atomic(tmp_path / "a", b"x", fsync=True)
    write_atomic(tmp_path / "b", lambda tmp: tmp.write_bytes(b"y"), fsync=True)
    assert synced == ["file", "dir", "file", "dir"]
    synced.clear()
    write_atomic(tmp_path / "c", b"z")
    assert synced == []


def test_mode_and_an_explicit_scratch_path(tmp_path):
    scratch = tmp_path / ".object.tmp-1-abc"
    (tmp_path / "shard").mkdir()
    path = tmp_path / "shard" / "obj.parquet"
    write_atomic(path, b"object", scratch=scratch, mode=stat.S_IRUSR)
    assert path.read_bytes() == b"object"
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IRUSR
    assert not scratch.exists()


def test_scratch_names_differ_per_call():
    path = Path("/x/LATEST")
    names = {scratch_name(path).name for _ in range(100)}
    assert len(names) == 100
    assert all(n.startswith(f".LATEST.tmp-{os.getpid()}-") for n in names)


def test_concurrent_writers_never_leave_a_torn_file(tmp_path):
    """Four writers stream 1 MiB files of one repeated byte each (in 16 KiB chunks, so a
    non-atomic write would be seen half done) while a reader checks every read is whole."""
    path = tmp_path / "shared.bin"
    size, chunk = 1 << 20, 1 << 14
    write_atomic(path, b"\0" * size)
    errors: list[BaseException] = []

    def writer(value: int) -> None:
        def stream(tmp: Path) -> None:
            with open(tmp, "wb") as fh:
                for _ in range(size // chunk):
                    fh.write(bytes([value]) * chunk)

        try:
            for _ in range(15):
                write_atomic(path, stream)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(v,)) for v in (1, 2, 3, 4)]
    for t in threads:
        t.start()
    reads, torn = 0, []
    while any(t.is_alive() for t in threads) or reads == 0:
        data = path.read_bytes()
        reads += 1
        if len(data) != size or data.count(data[:1]) != size:
            torn.append((len(data), sorted(set(data))))
    for t in threads:
        t.join()
    assert errors == []
    assert torn == []
    assert path.read_bytes()[:1] in (b"\1", b"\2", b"\3", b"\4")
    assert os.listdir(tmp_path) == ["shared.bin"]
