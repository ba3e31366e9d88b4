"""The chart memo stores a published picture once: its copy becomes a hard link to the release's
``claims.png`` (issue 18: disk per add-one); ``gc`` does not count that link as a release's."""

from __future__ import annotations

import errno
import os
from collections import Counter
from pathlib import Path

from pipeline.release import objects
from pipeline.release.layout import CHART_MEMO
from pipeline.report import chart_memo
from pipeline.report.chart_memo import share

PNG = b"\x89PNG picture " * 1000


def _published(data: Path, picture: bytes = PNG) -> Path:
    """A release folder's ``claims.png``: a link to its object, as ``publish_release`` leaves it."""
    stored = objects.store_bytes(data, picture, ".png")
    release = data / "releases" / "0123456789abcdef"
    release.mkdir(parents=True)
    os.link(stored.path, release / "claims.png")
    return release / "claims.png"


def test_the_memo_copy_of_a_published_picture_becomes_a_link(tmp_path: Path) -> None:
    published = _published(tmp_path)
    memo = tmp_path / CHART_MEMO
    memo.mkdir(parents=True)
    (memo / "a.png").write_bytes(PNG)  # the picture drawn this run
    (memo / "b.png").write_bytes(PNG[:-1] + b"!")  # same size, another picture
    (memo / "c.png").write_bytes(b"older picture")
    assert share(memo, published) == 1
    assert (memo / "a.png").samefile(published)
    assert not (memo / "b.png").samefile(published) and (memo / "c.png").stat().st_nlink == 1
    assert share(memo, published) == 0  # already linked: nothing to do
    assert sorted(p.name for p in memo.iterdir()) == ["a.png", "b.png", "c.png"]


def test_a_hit_on_a_linked_picture_leaves_the_published_file_alone(tmp_path, monkeypatch) -> None:
    published = _published(tmp_path)
    memo = tmp_path / CHART_MEMO
    memo.mkdir(parents=True)
    key = "k" * 64
    os.link(published, memo / f"{key}.png")
    os.utime(published, ns=(1, 1))
    drawn = []
    inputs = object()
    monkeypatch.setattr(chart_memo, "chart_key", lambda _inputs: key)
    assert chart_memo.memoised(memo, inputs, drawn.append) == PNG
    assert not drawn and published.stat().st_mtime_ns == 1  # not touched (its stamp holds)


def test_links_refused_keep_the_copy(tmp_path: Path, monkeypatch) -> None:
    """The near miss: another filesystem (EXDEV): the copy stays, no scratch file is left."""
    published = _published(tmp_path)
    memo = tmp_path / CHART_MEMO
    memo.mkdir(parents=True)
    (memo / "a.png").write_bytes(PNG)

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(chart_memo.os, "link", refuse)
    assert share(memo, published) == 0
    assert [p.name for p in memo.iterdir()] == ["a.png"]
    assert (memo / "a.png").read_bytes() == PNG and (memo / "a.png").stat().st_nlink == 1


def test_gc_removes_an_object_only_the_memo_links(tmp_path: Path) -> None:
    published = _published(tmp_path)
    other = objects.store_bytes(tmp_path, b"another release's picture", ".png").path
    (tmp_path / "releases" / "fedcba9876543210").mkdir()
    os.link(other, tmp_path / "releases" / "fedcba9876543210" / "claims.png")
    memo = tmp_path / CHART_MEMO
    memo.mkdir(parents=True)
    os.link(published, memo / "a.png")
    os.link(other, memo / "b.png")
    kept_by_a_release = other.name
    # the release of the first picture is deleted: only the memo links its object now
    (tmp_path / "releases" / "0123456789abcdef" / "claims.png").unlink()
    removed = objects.sweep(tmp_path, dry_run=True, leaving=Counter())
    assert removed == objects.sweep(tmp_path)
    assert len(removed) == 1 and removed[0] != kept_by_a_release
    assert other.is_file()  # a release still links it (the memo's link is not counted twice)
    assert (memo / "a.png").read_bytes() == PNG  # the memo's name keeps the bytes
