"""Identical chunks of two tables are stored once (issue 18: ``curated_figures`` without
corrections is ``figures`` row for row): a chunk whose bytes a sibling table's chunk of the same
name holds is a hard link to it. The near misses: a sibling file of that name with other bytes,
or links refused, and the bytes are written as before."""

from __future__ import annotations

import errno

import pandas as pd

from pipeline.release import chunks
from pipeline.release.chunks import chunk_names
from pipeline.release.parquet import read_parquet
from tests.pipeline.release.test_chunks import _documents, _write


def test_a_twin_chunk_is_linked_not_written_again(tmp_path, tables):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    written, total = _write(frame, tmp_path / "curated_figures")
    assert written == total > 5  # counted as before (metadata unchanged)
    for ours, theirs in zip(
        chunk_names(tmp_path / "curated_figures"), chunk_names(tmp_path / "figures"), strict=True
    ):
        assert ours.samefile(theirs)
    # one table moves on; the other keeps its rows (a write replaces a name, never the file)
    grown = pd.concat([frame, frame.iloc[[0]].assign(doc_id="doc-new")], ignore_index=True)
    _write(grown, tmp_path / "figures")
    pd.testing.assert_frame_equal(
        read_parquet(tmp_path / "curated_figures"), frame, check_dtype=False
    )
    assert not list((tmp_path / "curated_figures").glob(".*tmp*"))


def test_a_sibling_with_other_bytes_under_the_name_is_not_linked(tmp_path, tables):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    forged = chunk_names(tmp_path / "figures")[0]
    forged.write_bytes(forged.read_bytes()[:-9] + bytes(9))  # same name, other bytes
    _write(frame, tmp_path / "curated_figures")
    ours = tmp_path / "curated_figures" / forged.name
    assert not ours.samefile(forged) and ours.stat().st_nlink == 1
    pd.testing.assert_frame_equal(
        read_parquet(tmp_path / "curated_figures"), frame, check_dtype=False
    )


def test_links_refused_write_the_bytes(tmp_path, tables, monkeypatch):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(chunks.os, "link", refuse)
    _write(frame, tmp_path / "curated_figures")
    assert all(p.stat().st_nlink == 1 for p in chunk_names(tmp_path / "curated_figures"))
    assert not list((tmp_path / "curated_figures").glob(".*tmp*"))
    pd.testing.assert_frame_equal(
        read_parquet(tmp_path / "curated_figures"), frame, check_dtype=False
    )
