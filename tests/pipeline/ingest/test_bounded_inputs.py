"""Issue 19, item 6: inputs that hang a read or exhaust memory are quarantined with a reason,
reads stop at the size limit in bytes actually read, and per-document work is bounded."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.ingest.documents import MAX_LINES, MAX_SENTENCES, document_from_bytes, ingest_folder
from pipeline.ingest.file_manifest import fingerprint_listing

ROOT = Path(__file__).resolve().parents[3]
ARTICLE = "date 2031-01-05\nTrade between Chile and Peru reached $1.2 billion in 2030.\n"


def _within(seconds: float, fn):
    """``fn()`` in a daemon thread; its result, or a failure if it is still running."""
    out: dict[str, object] = {}
    thread = threading.Thread(target=lambda: out.setdefault("result", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    return thread.is_alive(), out.get("result")


def _unblock(fifo: Path) -> None:
    """Let a reader stuck opening ``fifo`` go (it then reads end-of-file)."""
    with contextlib.suppress(OSError):  # nobody is waiting on it
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def _reasons(frame) -> dict[str, str]:
    return dict(zip(frame["doc_id"], frame["reason"], strict=True))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_is_quarantined_without_blocking(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "x.txt")
    try:
        hung, documents = _within(20, lambda: ingest_folder(tmp_path))
        assert not hung, "ingest blocked opening a FIFO"
        hung, fingerprint = _within(20, lambda: fingerprint_listing(tmp_path))
        assert not hung, "the folder fingerprint (sensor) blocked opening a FIFO"
    finally:
        _unblock(tmp_path / "x.txt")
    assert _reasons(documents)["x"] == "not a regular file: FIFO"
    assert _reasons(documents)["a"] is None
    assert fingerprint["x.txt"] == "unreadable" and len(fingerprint["a.txt"]) == 64


def test_a_symlink_to_a_device_is_quarantined(tmp_path):
    (tmp_path / "null.txt").symlink_to("/dev/null")
    assert _reasons(ingest_folder(tmp_path))["null"] == "not a regular file: character device"


INGEST_DEV_ZERO = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
from pipeline.ingest.documents import ingest_folder
print(ingest_folder(sys.argv[1])["reason"].iloc[0])
"""


def test_a_symlink_to_dev_zero_is_never_read(tmp_path):
    """Its size reads as 0; the old reader then grew to gigabytes (here: capped at 2 GB)."""
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    done = subprocess.run(
        [sys.executable, "-c", INGEST_DEV_ZERO, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "not a regular file: character device"


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs /proc")
def test_the_size_limit_counts_bytes_actually_read(tmp_path):
    """``/proc`` files report size 0 whatever they hold; the limit holds all the same."""
    (tmp_path / "status.txt").symlink_to("/proc/self/status")
    assert Path("/proc/self/status").stat().st_size == 0
    reason = _reasons(ingest_folder(tmp_path, max_bytes=100))["status"]
    assert reason == "oversize: more than 100 bytes (limit 100)"


def test_millions_of_lines_are_quarantined_before_any_parsing():
    raw = b"date 2031-01-05\n" + b"a\n" * (MAX_LINES + 1)
    row = document_from_bytes(raw)
    assert row["status"] == "quarantined"
    assert row["reason"] == f"too many lines: {MAX_LINES + 2} > {MAX_LINES} (not an article)"


def test_too_many_sentences_are_quarantined():
    raw = ("date 2031-01-05\n" + "Ab cd. " * (MAX_SENTENCES + 5)).encode()
    row = document_from_bytes(raw)
    assert row["status"] == "quarantined"
    assert row["reason"] == f"too many sentences: more than {MAX_SENTENCES} (not an article)"
    assert document_from_bytes(ARTICLE.encode())["status"] == "ok"


def test_an_oversize_file_keeps_the_sha256_of_its_bytes(tmp_path):
    """Unread files all had the empty hash, so an edit of an oversize file never changed its
    input record (round 59's trial); two such files of one size now differ, as their bytes."""
    import hashlib

    (tmp_path / "big1.txt").write_bytes(b"a" * 300)
    (tmp_path / "big2.txt").write_bytes(b"b" * 300)
    (tmp_path / "empty.txt").write_bytes(b"")
    documents = ingest_folder(tmp_path, max_bytes=100).set_index("doc_id")
    assert documents.loc["big1", "reason"] == "oversize: 300 bytes > limit 100"
    assert documents.loc["big1", "sha256"] == hashlib.sha256(b"a" * 300).hexdigest()
    assert documents.loc["big2", "sha256"] == hashlib.sha256(b"b" * 300).hexdigest()
    assert documents.loc["empty", "sha256"] == hashlib.sha256(b"").hexdigest()
