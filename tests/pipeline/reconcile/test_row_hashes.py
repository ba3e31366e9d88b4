"""Pair digests from per-chunk row hashes: the same facts as the full path, only touched pairs
recomputed, and a memo entry trusted only while its chunk file is the one it was made from."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.contract.arrow import from_arrow
from pipeline.extract.figures import extract_figures
from pipeline.ingest.cache import StageCache
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.segment import segment_documents
from pipeline.reconcile import row_hashes
from pipeline.reconcile.pairs import OUTPUTS, pair_labels, reconcile_by_pair
from pipeline.reconcile.resolve import Reconciled, reconcile_all
from pipeline.reconcile.row_hashes import StoredInputs, chunked_pair_digests, memo_version
from pipeline.release.chunks import chunk_names, read_chunked, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS, TableFile
from pipeline.release.table_rows import rows_of

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
TABLES = {"figures": "figures", "sentences": "sentences", "documents": "documents"}


@pytest.fixture(scope="module")
def corpus() -> dict[str, pd.DataFrame]:
    documents = ingest_folder(CORPUS)
    sentences = segment_documents(documents)
    figures = extract_figures(documents, sentences)
    return {"documents": documents, "sentences": sentences, "figures": figures}


def backdate(path: Path, seconds: int = 60) -> None:
    """Set a file's mtime in the past (a chunk written in an earlier run, not racy)."""
    then = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(then, then))


def store(root: Path, tables: dict[str, pd.DataFrame], old: bool = True) -> StoredInputs:
    """The tables as chunked folders (small chunks: several per table) and their inputs;
    ``old``: the chunks' mtimes a minute ago."""
    for name, frame in tables.items():
        write_chunked(frame, root / name, name, WRITE_OPTIONS, fsync=lambda p: None, target_rows=8)
        for chunk in chunk_names(root / name) if old else ():
            backdate(chunk)
    files = {name: TableFile(root / name) for name in tables}
    return StoredInputs(
        figures=chunk_names(root / "figures"),
        sentences=chunk_names(root / "sentences"),
        documents=chunk_names(root / "documents"),
        figures_where=lambda mask: from_arrow(read_chunked(root / "figures").filter(mask)),
        rows_of=lambda name, docs, cols: rows_of(files[name], "doc_id", docs, cols),
    )


def caches(root: Path) -> dict[str, StageCache]:
    return {name: StageCache(root, f"reconcile-{name}", "v1", table=name) for name in OUTPUTS}


def assert_same(left: Reconciled, right: Reconciled) -> None:
    for name in ("facts", "claims", "checks"):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def counting(monkeypatch) -> list[pd.DataFrame]:
    computed: list[pd.DataFrame] = []

    def count(chunk, *args, **kwargs):
        computed.append(chunk)
        return reconcile_all(chunk, *args, **kwargs)

    monkeypatch.setattr("pipeline.reconcile.pairs.reconcile_all", count)
    return computed


def test_stored_inputs_give_the_full_paths_facts_and_reuse_every_pair(
    corpus, tmp_path, monkeypatch
) -> None:
    stored = store(tmp_path / "assets", corpus)
    memo = tmp_path / "memo"
    whole = reconcile_all(corpus["figures"], corpus["sentences"], corpus["documents"])
    first = reconcile_by_pair(None, stored=stored, memo=memo, caches=caches(tmp_path / "c"))
    assert_same(first, whole)
    computed = counting(monkeypatch)
    again = reconcile_by_pair(None, stored=stored, memo=memo, caches=caches(tmp_path / "c"))
    assert_same(again, whole)
    assert computed == []


def test_a_changed_sentence_recomputes_only_the_pairs_of_its_document(
    corpus, tmp_path, monkeypatch
) -> None:
    memo = tmp_path / "memo"
    stored = store(tmp_path / "a", corpus)
    reconcile_by_pair(None, stored=stored, memo=memo, caches=caches(tmp_path / "c"))
    figure = corpus["figures"].iloc[0]
    sentences = corpus["sentences"].copy()
    at = sentences.index[sentences["sentence_id"] == figure["sentence_id"]][0]
    sentences.loc[at, "text"] = sentences.loc[at, "text"] + " (edited)"
    changed = {**corpus, "sentences": sentences}
    stored = store(tmp_path / "b", changed)
    computed = counting(monkeypatch)
    after = reconcile_by_pair(None, stored=stored, memo=memo, caches=caches(tmp_path / "c"))
    assert_same(after, reconcile_all(corpus["figures"], sentences, corpus["documents"]))
    of_doc = corpus["figures"][corpus["figures"]["doc_id"] == figure["doc_id"]]
    assert set(pair_labels(pd.concat(computed))) == set(pair_labels(of_doc))


def hashed(monkeypatch) -> list[int]:
    """Rows hashed from chunks (not read from the memo) from now on."""
    rows: list[int] = []
    for name in ("figure_rows", "document_hashes"):
        real = getattr(row_hashes, name)

        def counted(frame, real=real):
            rows.append(len(frame))
            return real(frame)

        monkeypatch.setattr(row_hashes, name, counted)
    return rows


def test_trusted_entries_are_read_and_fresh_chunks_hashed_again(
    corpus, tmp_path, monkeypatch
) -> None:
    """A chunk from an earlier run is hashed once; a chunk modified within the slack of being
    hashed (racy: a same-tick rewrite would keep its stat) is hashed again on the next run."""
    memo = tmp_path / "memo"
    stored = store(tmp_path / "old", corpus)
    first, _ = chunked_pair_digests(stored, memo, "seed")
    rows = hashed(monkeypatch)
    assert chunked_pair_digests(stored, memo, "seed")[0].equals(first)
    assert rows == []

    fresh = store(tmp_path / "new", corpus, old=False)
    for chunk in [*fresh.figures, *fresh.sentences, *fresh.documents]:
        backdate(chunk, -10)  # modified "now" (ahead of the clock: racy however slow the run)
    assert chunked_pair_digests(fresh, memo, "seed")[0].equals(first)
    hashed_once = len(rows)
    assert hashed_once > 0
    assert chunked_pair_digests(fresh, memo, "seed")[0].equals(first)
    assert len(rows) == 2 * hashed_once  # still racy: hashed again
    for chunk in [*fresh.figures, *fresh.sentences, *fresh.documents]:
        backdate(chunk)
    chunked_pair_digests(fresh, memo, "seed")  # hashed once more, then trusted
    hashed_thrice = len(rows)
    assert chunked_pair_digests(fresh, memo, "seed")[0].equals(first)
    assert len(rows) == hashed_thrice


def test_an_entry_is_not_trusted_once_its_chunk_file_changed(corpus, tmp_path) -> None:
    """Near miss: a chunk replaced under its old name with its old mtime (other bytes, other
    inode) is hashed again; a torn entry is remade; entries of chunks gone are removed."""
    stored = store(tmp_path / "a", corpus)
    memo = tmp_path / "memo"
    digests, _ = chunked_pair_digests(stored, memo, "seed")
    figure = corpus["figures"].iloc[0]
    doc = figure["doc_id"]
    chunk = next(p for p in stored.sentences if doc in set(pq.read_table(p)["doc_id"].to_pylist()))
    table = pq.read_table(chunk)
    text = [
        t + " (edited)" if d == doc else t
        for d, t in zip(table["doc_id"].to_pylist(), table["text"].to_pylist(), strict=True)
    ]
    edited = table.set_column(table.schema.get_field_index("text"), "text", pa.array(text))
    mtime = chunk.stat().st_mtime_ns
    pq.write_table(edited, tmp_path / "scratch.parquet", **WRITE_OPTIONS)
    os.replace(tmp_path / "scratch.parquet", chunk)  # same name, other rows
    os.utime(chunk, ns=(mtime, mtime))  # and the old mtime
    changed, _ = chunked_pair_digests(stored, memo, "seed")
    moved = {p for p in digests.index if digests[p] != changed[p]}
    assert moved == set(pair_labels(corpus["figures"][corpus["figures"]["doc_id"] == doc]))

    entries = memo / memo_version() / "figures"
    for entry in entries.iterdir():
        entry.write_bytes(b"torn")
    assert chunked_pair_digests(stored, memo, "seed")[0].equals(changed)

    stale = entries / "chunk-0000000000000000.parquet"
    stale.write_bytes(b"old")
    chunked_pair_digests(stored, memo, "seed")
    assert not stale.exists()


def _merged(rows: pd.DataFrame, of_doc: pd.DataFrame) -> list[tuple[str, int]]:
    """What the frames give: each row's (pair, hash), then each distinct (pair, doc)'s."""
    doc_rows = rows[["pair", "doc_id"]].drop_duplicates().merge(of_doc, on="doc_id")
    every = pd.concat([rows[["pair", "h"]], doc_rows[["pair", "h"]]], ignore_index=True)
    return sorted(zip(every["pair"], every["h"].astype("uint64").tolist(), strict=True))


def test_coded_hashes_are_the_merged_frames_hashes() -> None:
    """Round 53: the integer-coded join gives the (pair, hash) multiset of the frames' merge;
    pairs coded by first appearance; a null key leaves it to the frames."""
    rows = pd.DataFrame(
        {
            "pair": ["B|C", "A|B", "B|C", "A|B", "A|D", "B|C"],
            "doc_id": ["d2", "d1", "d2", "d3", "d9", "d1"],
            "h": np.array([5, 3, 5, 8, 1, 2], dtype=np.uint64),
        }
    )
    of_doc = pd.DataFrame(
        {"doc_id": ["d1", "d2", "d1", "d3", "d4"], "h": np.array([10, 20, 11, 30, 40], np.uint64)}
    )
    codes, labels, hashes = row_hashes._coded_hashes(rows, of_doc)
    assert list(labels) == ["B|C", "A|B", "A|D"]
    got = sorted(zip(labels[codes], hashes.tolist(), strict=True))
    assert got == _merged(rows, of_doc)
    assert row_hashes._coded_hashes(rows.assign(doc_id=[None, *rows["doc_id"][1:]]), of_doc) is None
