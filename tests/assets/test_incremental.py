"""Incremental work: unchanged documents are not parsed, segmented or extracted again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from dagster import DagsterInstance

import assets.stages.figures
import assets.stages.raw_documents
import assets.stages.sentences
from assets.definitions import JOB_NAME, build_defs
from assets.settings import TradefactsSettings
from pipeline.ingest.cache import KEY_COLUMN, StageCache, cached_per_document, document_key
from pipeline.release.layout import read_latest

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
ARTICLE = "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n"
STAGES = ("raw_documents", "sentences", "figures")


class Spy:
    """Counts the documents each stage's pipeline function is handed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parsed = 0
        self.segmented: list[str] = []
        self.extracted: list[str] = []
        parse, segment = (
            assets.stages.raw_documents.document_from_bytes,
            assets.stages.sentences.segment_documents,
        )
        extract = assets.stages.figures.extract_figures

        def counting_parse(raw: bytes) -> dict:
            self.parsed += 1
            return parse(raw)

        def counting_segment(documents: pd.DataFrame) -> pd.DataFrame:
            self.segmented += list(documents["doc_id"])
            return segment(documents)

        def counting_extract(
            documents: pd.DataFrame, sentences: pd.DataFrame, **kwargs
        ) -> pd.DataFrame:
            self.extracted += list(documents["doc_id"])
            return extract(documents, sentences, **kwargs)

        monkeypatch.setattr(assets.stages.raw_documents, "document_from_bytes", counting_parse)
        monkeypatch.setattr(assets.stages.sentences, "segment_documents", counting_segment)
        monkeypatch.setattr(assets.stages.figures, "extract_figures", counting_extract)


def publish(seeds: Path, data: Path) -> dict[str, dict[str, int]]:
    """Run ``publish_release``; each per-document stage's cache hits and misses."""
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(data))
    with DagsterInstance.ephemeral() as instance:
        result = build_defs(paths).resolve_job_def(JOB_NAME).execute_in_process(instance=instance)
    assert result.success
    counts = {}
    for node in STAGES:
        (materialization,) = result.asset_materializations_for_node(node)
        meta = materialization.metadata
        counts[node] = {"hits": meta["cache_hits"].value, "misses": meta["cache_misses"].value}
    return counts


def test_one_new_article_is_the_only_document_worked_on(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(CORPUS, seeds, ignore=shutil.ignore_patterns("*.csv"))
    n = len(list(seeds.glob("*.txt")))
    data = tmp_path / "data"
    first = publish(seeds, data)
    assert first["raw_documents"] == {"hits": 0, "misses": n}
    assert first["figures"]["hits"] == 0 and first["figures"]["misses"] > 40

    spy = Spy(monkeypatch)
    (seeds / "zz_georgia_armenia.txt").write_text(ARTICLE, encoding="utf-8")
    second = publish(seeds, data)
    assert (spy.parsed, spy.segmented, spy.extracted) == (
        1,
        ["zz_georgia_armenia"],
        ["zz_georgia_armenia"],
    )
    assert second["raw_documents"] == {"hits": n, "misses": 1}
    assert second["sentences"]["misses"] == second["figures"]["misses"] == 1
    assert second["figures"]["hits"] == first["figures"]["misses"]
    incremental = read_latest(data)

    cold = tmp_path / "cold"  # the same folder without any cache: the very same release
    publish(seeds, cold)
    assert read_latest(cold) == incremental


def _docs(*names: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(names), "sha256": [f"sha-{n}" for n in names]})


def _rows(documents: pd.DataFrame) -> pd.DataFrame:
    """Two rows per document, none for ``empty``."""
    ids = [d for d in documents["doc_id"] for _ in range(2) if d != "empty"]
    return pd.DataFrame({"doc_id": ids, "n": range(len(ids))}, columns=["doc_id", "n"]).astype(
        {"n": "int64"}
    )


def test_cache_keeps_order_and_documents_without_rows(tmp_path):
    cache = StageCache(tmp_path, "stage", "v1")
    docs = _docs("b", "empty", "a")
    first = cached_per_document(cache, docs, _rows)
    assert (cache.hits, cache.misses) == (0, 3)

    again = StageCache(tmp_path, "stage", "v1")
    second = cached_per_document(again, _docs("a", "c", "empty", "b"), _rows)
    assert (again.hits, again.misses) == (3, 1)  # "empty" was cached although it has no rows
    assert list(second["doc_id"]) == ["a", "a", "c", "c", "b", "b"]
    pd.testing.assert_frame_equal(
        second[second["doc_id"] != "c"].reset_index(drop=True),
        first.sort_values("doc_id", kind="stable").reset_index(drop=True),
        check_like=True,
    )
    assert KEY_COLUMN not in second.columns

    other = StageCache(tmp_path, "stage", "v2")  # another code version starts empty
    cached_per_document(other, docs, _rows)
    assert other.misses == 3


def test_segments_merge_keeping_live_documents(tmp_path):
    for i in range(5):
        cache = StageCache(tmp_path, "stage", "v1", max_segments=3)
        cached_per_document(cache, _docs(f"d{i}"), _rows)
    cache = StageCache(tmp_path, "stage", "v1", max_segments=3)
    segments = list(cache.folder.glob("seg-*.parquet"))
    assert len(segments) <= 3
    _, keys = cache.load()
    live = {document_key(f"d{i}", f"sha-d{i}") for i in range(3, 5)}
    assert live <= keys and len(keys) < 5  # merged down to the documents of the last run
    segments[0].unlink()  # a segment vanishing under a reader only costs recomputation
    cached_per_document(cache, _docs("d3", "d4"), _rows)
    assert cache.hits + cache.misses == 2
