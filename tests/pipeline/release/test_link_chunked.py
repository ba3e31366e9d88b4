"""Issue 18: a table stored as another stored table's rows (``curated_figures`` without
corrections is ``figures``) links that table's chunks instead of reading every row and writing
the same chunks (``pipeline.release.chunks.link_chunked``). The same files, memo and shapes as
``write_chunked`` of those rows; any doubt (a chunk that no longer hashes to its name, links
refused, a table that is not chunked) returns ``None`` and the caller writes the rows."""

from __future__ import annotations

import errno
import json

import pandas as pd
import pytest
from dagster import AssetKey, build_output_context

from assets.io_manager import TABLE_METADATA_KEY, ParquetIOManager
from assets.settings import TradefactsSettings
from pipeline.files import fsync_file
from pipeline.release import chunks
from pipeline.release.chunks import (
    INDEX,
    MEMO,
    chunk_names,
    chunk_shapes,
    link_chunked,
    load_memo,
    write_chunked,
)
from pipeline.release.parquet import WRITE_OPTIONS, TableFile, read_parquet, write_parquet
from tests.pipeline.release.test_chunks import _documents, _write


def _link(source, folder):
    return link_chunked(source, folder, fsync=fsync_file)


def test_linked_chunks_are_what_write_chunked_of_the_rows_gives(tmp_path, tables):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    linked, total = _link(tmp_path / "figures", tmp_path / "curated")
    assert linked == total > 5
    _write(frame, tmp_path / "written")  # alone in its parent: nothing to link to
    names = [p.name for p in chunk_names(tmp_path / "curated")]
    assert names == [p.name for p in chunk_names(tmp_path / "written")]
    for ours, theirs in zip(
        chunk_names(tmp_path / "curated"), chunk_names(tmp_path / "figures"), strict=True
    ):
        assert ours.samefile(theirs)
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "curated"), frame, check_dtype=False)
    assert chunk_shapes(tmp_path / "curated") == chunk_shapes(tmp_path / "written")
    assert TableFile(tmp_path / "curated").rows() == len(frame)
    # the memo carries over: writing the same rows there serialises and writes nothing
    entries, stamps = load_memo(tmp_path / "curated")
    assert set(entries.values()) == set(names)
    assert set(stamps) <= set(names)  # (chunks just written are racy: no stamp yet)
    assert _write(frame, tmp_path / "curated") == (0, total)


def test_a_source_that_moved_on_links_its_changed_chunks_and_drops_the_stale(tmp_path, tables):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    _link(tmp_path / "figures", tmp_path / "curated")
    before = {p.name for p in chunk_names(tmp_path / "curated")}
    grown = pd.concat([frame, frame.iloc[[0]].assign(doc_id="doc-new")], ignore_index=True)
    _write(grown, tmp_path / "figures")
    after = {p.name for p in chunk_names(tmp_path / "figures")}

    linked, total = _link(tmp_path / "figures", tmp_path / "curated")
    assert linked == len(after - before) >= 1 and total == len(after)
    on_disk = {p.name for p in (tmp_path / "curated").glob("chunk-*.parquet")}
    assert on_disk == after
    pd.testing.assert_frame_equal(read_parquet(tmp_path / "curated"), grown, check_dtype=False)
    assert not list((tmp_path / "curated").glob(".*tmp*"))


def test_a_chunk_that_no_longer_hashes_to_its_name_is_not_linked(tmp_path, tables):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    _link(tmp_path / "figures", tmp_path / "curated")
    index = (tmp_path / "curated" / INDEX).read_bytes()
    # a valid Parquet file with other rows under the same name (the stat stamp changes)
    chunk = chunk_names(tmp_path / "figures")[2]
    write_parquet(read_parquet(chunk).assign(note="edited"), chunk, "documents", sort=False)

    assert _link(tmp_path / "figures", tmp_path / "other") is None
    assert not (tmp_path / "other" / INDEX).exists()
    assert _link(tmp_path / "figures", tmp_path / "curated") is None
    assert (tmp_path / "curated" / INDEX).read_bytes() == index  # left as it was


def test_links_refused_or_a_table_not_chunked_give_none(tmp_path, tables, monkeypatch):
    frame = _documents(tables, 200)
    _write(frame, tmp_path / "figures")
    write_parquet(frame, tmp_path / "single.parquet", "documents", sort=False)
    assert _link(tmp_path / "single.parquet", tmp_path / "a") is None
    assert _link(tmp_path / "missing", tmp_path / "b") is None

    def refuse(*_args, **_kwargs):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(chunks.os, "link", refuse)
    assert _link(tmp_path / "figures", tmp_path / "curated") is None
    assert not list((tmp_path / "curated").glob(".*tmp*"))
    assert not (tmp_path / "curated" / INDEX).exists()


def _manager(tmp_path) -> ParquetIOManager:
    return ParquetIOManager(paths=TradefactsSettings(seeds_dir="unused", data_dir=str(tmp_path)))


def _store(manager, name: str, obj):
    out = build_output_context(
        asset_key=AssetKey(name), definition_metadata={TABLE_METADATA_KEY: "figures"}, name="r"
    )
    manager.handle_output(out, obj)
    return {key: entry.value for key, entry in out.get_logged_metadata().items()}


@pytest.fixture
def figures_rows(tables) -> pd.DataFrame:
    row = tables["figures"].iloc[[0]]
    frame = pd.concat([row] * 6000, ignore_index=True)  # TARGET_ROWS 4096: two chunks or more
    frame["doc_id"] = [f"doc{i // 3:05d}" for i in range(len(frame))]
    frame["figure_id"] = [f"f{i:05d}" for i in range(len(frame))]
    return frame


def test_the_io_manager_stores_a_table_file_output_by_linking_its_chunks(
    tmp_path, figures_rows, monkeypatch
):
    manager = _manager(tmp_path)
    _store(manager, "figures", figures_rows)
    source = tmp_path / "assets" / "figures"

    def no_rows(*_args, **_kwargs):
        raise AssertionError("rows read or written for a linked table")

    monkeypatch.setattr("assets.io_manager.write_chunked", no_rows)
    monkeypatch.setattr(TableFile, "load_arrow", no_rows)
    metadata = _store(manager, "curated_figures", TableFile(source))
    folder = tmp_path / "assets" / "curated_figures"
    assert metadata["chunks"] == metadata["chunks_written"] == len(chunk_names(source)) > 1
    for ours, theirs in zip(chunk_names(folder), chunk_names(source), strict=True):
        assert ours.samefile(theirs)
    assert json.loads((folder / MEMO).read_text())["entries"]
    pd.testing.assert_frame_equal(read_parquet(folder), figures_rows, check_dtype=False)


def test_a_table_file_that_cannot_be_linked_is_written_as_its_rows(tmp_path, figures_rows):
    manager = _manager(tmp_path)
    single = tmp_path / "figures.parquet"  # a data folder written before chunking
    write_parquet(figures_rows, single, "figures", sort=False)
    metadata = _store(manager, "curated_figures", TableFile(single))
    folder = tmp_path / "assets" / "curated_figures"
    assert metadata["chunks"] == len(chunk_names(folder))
    pd.testing.assert_frame_equal(read_parquet(folder), figures_rows, check_dtype=False)
    expected = write_chunked(
        figures_rows, tmp_path / "expected", "figures", WRITE_OPTIONS, fsync=fsync_file
    )
    assert expected[1] == metadata["chunks"]
