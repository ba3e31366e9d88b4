"""Issue 18: ``cached_rows`` gives the Arrow table the IO manager stored for the frame of
``cached_per_document``, and takes the pandas path when the cache leaves a doubt."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.arrow import to_arrow
from pipeline.ingest.arrow_cache import cached_rows
from pipeline.ingest.cache import StageCache, cached_per_document


def _documents(n: int, changed: str = "") -> pd.DataFrame:
    return pd.DataFrame(
        {"doc_id": [f"d{i}" for i in range(n)], "sha256": [f"s{i}{changed}" for i in range(n)]}
    )


def _sentences(documents: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {
            "sentence_id": f"{d}-{p}",
            "doc_id": d,
            "position": p,
            "text": f"{s} {p}",
            "char_start": p,
            "char_end": p + 1,
        }
        for d, s in zip(documents["doc_id"], documents["sha256"], strict=True)
        for p in range(int(d[1:]) % 3)  # d0 has no sentences
    ]
    columns = ["sentence_id", "doc_id", "position", "text", "char_start", "char_end"]
    return pd.DataFrame(rows, columns=columns).astype(
        {"position": "int64", "char_start": "int64", "char_end": "int64"}
    )


def _both(tmp_path: Path, documents: pd.DataFrame, tag: str) -> tuple[pa.Table, pa.Table]:
    arrow = StageCache(tmp_path / "a", "sentences", "v1", table="sentences")
    frame = StageCache(tmp_path / "f", "sentences", "v1", table="sentences")
    got = cached_rows(arrow, documents, _sentences)
    expected = to_arrow(cached_per_document(frame, documents, _sentences), "sentences")
    assert (arrow.hits, arrow.misses) == (frame.hits, frame.misses), tag
    return got, expected


def test_cached_rows_equal_the_frame_path(tmp_path: Path) -> None:
    for tag, documents in [
        ("cold", _documents(7)),
        ("warm", _documents(7)),
        (
            "one new, one changed, reordered",
            pd.concat([_documents(9)[::-1]]).reset_index(drop=True),
        ),
        ("all cached", _documents(9)),
        ("none", _documents(0)),
    ]:
        got, expected = _both(tmp_path, documents, tag)
        assert got.equals(expected), tag
        assert got.schema == expected.schema, tag


def test_a_cache_segment_of_another_schema_takes_the_pandas_path(tmp_path: Path) -> None:
    """Near miss: a segment whose column types differ (written by other code) is not
    concatenated as it is; the frame path's types decide, as before."""
    documents = _documents(6)
    _both(tmp_path, documents, "fill")
    for segment in (tmp_path / "a").rglob("seg-*.parquet"):
        table = pq.read_table(segment)
        index = table.schema.get_field_index("position")
        table = table.set_column(index, "position", table["position"].cast(pa.float64()))
        pq.write_table(table, segment)
    for segment in (tmp_path / "f").rglob("seg-*.parquet"):
        segment.unlink()
    got = cached_rows(
        StageCache(tmp_path / "a", "sentences", "v1", table="sentences"),
        documents,
        _sentences,
    )
    assert got.schema.field("position").type == pa.int64()  # typed as the fresh rows, as before
    assert got.equals(
        to_arrow(
            cached_per_document(
                StageCache(tmp_path / "f", "sentences", "v1", table="sentences"),
                documents,
                _sentences,
            ),
            "sentences",
        )
    )


def test_documents_compute_could_not_process_are_not_cached(tmp_path: Path) -> None:
    """A document ``compute`` lists under ``FAILED_DOCUMENTS`` is computed again next time,
    on both paths; the documents it finished (with rows or without) stay cached."""
    from pipeline.ingest.cache import FAILED_DOCUMENTS

    asked: list[list[str]] = []

    def fragile(documents: pd.DataFrame) -> pd.DataFrame:
        asked.append(list(documents["doc_id"]))
        rows = _sentences(documents)
        rows = rows[rows["doc_id"] != "d2"].reset_index(drop=True)
        if "d2" in set(documents["doc_id"]):
            rows.attrs[FAILED_DOCUMENTS] = {"d2": "ValueError: made up"}
        return rows

    documents = _documents(4)
    for run in (cached_rows, cached_per_document):
        asked.clear()
        cache = StageCache(tmp_path / run.__name__, "sentences", "v1", table="sentences")
        run(cache, documents, fragile)
        run(cache, documents, fragile)
        assert asked == [["d0", "d1", "d2", "d3"], ["d2"]], run.__name__


def test_an_added_document_anywhere_gives_the_frame_paths_order(tmp_path: Path) -> None:
    """Issue 18 round 50: rows already in the documents' order (a new article after the
    archive) are not sorted again; one added in the middle or in front still is."""
    base = _documents(12)
    for tag, documents in [
        ("archive", base.iloc[[0, 1, 2, 4, 5, 7, 8, 10]]),
        ("one after the archive", base.iloc[[0, 1, 2, 4, 5, 7, 8, 10, 11]]),
        ("one in the middle", base.iloc[[0, 1, 2, 3, 4, 5, 7, 8, 10, 11]]),
        ("one in front", base.iloc[[9, 0, 1, 2, 3, 4, 5, 7, 8, 10, 11]]),
    ]:
        got, expected = _both(tmp_path, documents.reset_index(drop=True), tag)
        assert got.equals(expected), tag


def test_document_keys_are_document_key() -> None:
    from pipeline.ingest.arrow_cache import _ascending, document_keys
    from pipeline.ingest.cache import document_key

    ids, shas = ["d1", "é-2", "a\0b"], ["s", "t", ""]
    assert document_keys(ids, shas) == [document_key(d, s) for d, s in zip(ids, shas, strict=True)]
    assert _ascending(pa.chunked_array([[0, 1], [1, 5]]))
    assert not _ascending(pa.chunked_array([[0, 2], [1]]))
    assert not _ascending(pa.array([0, None]))
    assert _ascending(pa.chunked_array([], pa.int32()))
