"""Issue 18: a stage reads the rows of a few documents of a chunked table, not the table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.contract.arrow import from_arrow
from pipeline.files import fsync_file
from pipeline.release.chunks import chunk_names, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS, TableFile, read_parquet, write_parquet
from pipeline.release.table_rows import arrow_rows_of, rows_in, rows_of


def _sentences(n_docs: int = 60) -> pd.DataFrame:
    rows = [
        {
            "sentence_id": f"d{d:03d}-{p}",
            "doc_id": f"d{d:03d}",
            "position": p,
            "text": f"Sentence {p} of d{d:03d}.",
            "char_start": 10 * p,
            "char_end": 10 * p + 9,
        }
        for d in range(n_docs)
        for p in range(3)
    ]
    return pd.DataFrame(rows)


def test_rows_of_reads_the_chunks_that_may_hold_the_ids(tmp_path: Path) -> None:
    frame = _sentences()
    folder = tmp_path / "sentences"
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=fsync_file, target_rows=12)
    assert len(chunk_names(folder)) > 3
    wanted = ["d007", "d042", "nope"]
    got = rows_of(TableFile(folder), "doc_id", wanted)
    expected = frame[frame["doc_id"].isin(wanted)].reset_index(drop=True)
    pd.testing.assert_frame_equal(
        got, read_parquet(folder).pipe(lambda f: f[f["doc_id"].isin(wanted)].reset_index(drop=True))
    )
    assert list(got["sentence_id"]) == list(expected["sentence_id"])
    two = rows_of(TableFile(folder), "doc_id", ["d042"], ("doc_id", "text"))
    assert list(two.columns) == ["doc_id", "text"] and len(two) == 3
    none = rows_of(TableFile(folder), "doc_id", [], ("doc_id", "text"))
    assert none.empty and list(none.columns) == ["doc_id", "text"]


def test_arrow_rows_of_then_rows_in_give_rows_of_a_part_at_a_time(tmp_path: Path) -> None:
    """Round 51 (``figures`` of a full run): the rows as Arrow once, then a batch's rows."""
    frame = _sentences()
    folder = tmp_path / "sentences"
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=fsync_file, target_rows=12)
    wanted = [f"d{d:03d}" for d in range(0, 60, 3)]
    stored = arrow_rows_of(TableFile(folder), "doc_id", wanted)
    pd.testing.assert_frame_equal(from_arrow(stored), rows_of(TableFile(folder), "doc_id", wanted))
    some = ["d042", "d003", "d001"]  # d001 not in ``stored``
    pd.testing.assert_frame_equal(
        from_arrow(rows_in(stored, some)), rows_of(TableFile(folder), "doc_id", ["d003", "d042"])
    )
    with pytest.raises(ValueError, match="not a chunked table"):
        write_parquet(frame, tmp_path / "one.parquet", "sentences", sort=False)
        arrow_rows_of(TableFile(tmp_path / "one.parquet"), "doc_id", some)


def test_a_chunk_without_statistics_is_read(tmp_path: Path) -> None:
    """Near miss: a chunk whose footer has no min/max cannot be skipped; it is read."""
    frame = _sentences(4)
    folder = tmp_path / "sentences"
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=fsync_file, target_rows=3)
    for chunk in chunk_names(folder):  # rewrite each chunk without statistics, same name
        table = pq.read_table(chunk)
        pq.write_table(table, chunk, write_statistics=False)
        assert not pq.read_metadata(chunk).row_group(0).column(1).is_stats_set
    got = rows_of(TableFile(folder), "doc_id", ["d002"])
    assert list(got["position"]) == [0, 1, 2] and set(got["doc_id"]) == {"d002"}


def test_a_single_file_table_and_a_frame(tmp_path: Path) -> None:
    frame = _sentences(5)
    path = tmp_path / "sentences.parquet"
    write_parquet(frame, path, "sentences", sort=False)
    from_file = rows_of(TableFile(path), "doc_id", ["d001"])
    from_frame = rows_of(frame, "doc_id", ["d001"])
    pd.testing.assert_frame_equal(from_file, from_frame)


def test_rows_where_reads_only_chunks_with_a_selected_row(tmp_path: Path, monkeypatch) -> None:
    import numpy as np
    import pyarrow as pa
    import pytest

    from pipeline.contract.arrow import from_arrow
    from pipeline.release import table_rows
    from pipeline.release.table_rows import rows_where

    frame = _sentences()
    folder = tmp_path / "sentences"
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=fsync_file, target_rows=12)
    source = TableFile(folder)
    chunks = chunk_names(folder)
    assert len(chunks) > 3
    rng = np.random.default_rng(0)
    for mask in (
        np.zeros(len(frame), bool),
        np.ones(len(frame), bool),
        rng.random(len(frame)) < 0.05,
        np.r_[np.ones(3, bool), np.zeros(len(frame) - 3, bool)],
    ):
        expected = from_arrow(source.load_arrow().filter(pa.array(mask)))
        pd.testing.assert_frame_equal(from_arrow(rows_where(source, mask)), expected)
    read = []
    real = table_rows.read_file
    monkeypatch.setattr(table_rows, "read_file", lambda p, *a: read.append(p) or real(p, *a))
    first = np.r_[np.ones(3, bool), np.zeros(len(frame) - 3, bool)]
    assert rows_where(source, first).num_rows == 3 and read == [chunks[0]]
    # near miss: a mask that does not fit the footers' row counts takes the whole read, and
    # fails as it did
    with pytest.raises((pa.ArrowInvalid, ValueError, IndexError)):
        rows_where(source, np.ones(len(frame) + 1, bool))
    # a table that is not chunked: the whole read
    single = tmp_path / "single.parquet"
    write_parquet(frame, single, "sentences")
    mask = rng.random(len(frame)) < 0.2
    pd.testing.assert_frame_equal(
        from_arrow(rows_where(TableFile(single), mask)),
        from_arrow(TableFile(single).load_arrow().filter(pa.array(mask))),
    )
