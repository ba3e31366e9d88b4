"""Pair-by-pair reconciliation equals whole-corpus reconciliation, cached or not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pipeline.extract.figures import extract_figures
from pipeline.ingest.cache import StageCache
from pipeline.ingest.documents import ingest_folder
from pipeline.ingest.segment import segment_documents
from pipeline.reconcile.identities import subject_pair
from pipeline.reconcile.pairs import OUTPUTS, pair_labels, reconcile_by_pair
from pipeline.reconcile.resolve import Reconciled, reconcile_all

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"


@pytest.fixture(scope="module")
def corpus() -> dict[str, pd.DataFrame]:
    documents = ingest_folder(CORPUS)
    sentences = segment_documents(documents)
    figures = extract_figures(documents, sentences)
    return {"documents": documents, "sentences": sentences, "figures": figures}


def caches(root: Path, version: str = "v1") -> dict[str, StageCache]:
    return {name: StageCache(root, f"reconcile-{name}", version, table=name) for name in OUTPUTS}


def assert_same(left: Reconciled, right: Reconciled) -> None:
    for name in ("facts", "claims", "checks"):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def reconcile(tables: dict[str, pd.DataFrame], figures: pd.DataFrame, **kwargs) -> Reconciled:
    return reconcile_by_pair(figures, tables["sentences"], tables["documents"], **kwargs)


@pytest.mark.parametrize("workers", [1, 2])
def test_by_pair_in_small_chunks_equals_whole_corpus(corpus, workers) -> None:
    """In one process, and shared by this process and a spawned worker (a full run's path)."""
    whole = reconcile_all(corpus["figures"], corpus["sentences"], corpus["documents"])
    assert whole.facts["resolution"].isin(["conflicting", "derived"]).any()  # not trivial
    assert len(whole.checks)
    result = reconcile(corpus, corpus["figures"], chunk_figures=7, workers=workers)
    assert_same(result, whole)


def test_cached_pairs_give_the_same_result_and_only_touched_pairs_are_computed(
    corpus, tmp_path, monkeypatch
) -> None:
    figures = corpus["figures"]
    docs = sorted(figures["doc_id"].unique())
    before = figures[figures["doc_id"].isin(docs[:-3])]
    reconcile(corpus, before, caches=caches(tmp_path))

    touched = set(pair_labels(figures[figures["doc_id"].isin(docs[-3:])]))
    computed: list[pd.DataFrame] = []

    def counting(chunk, *args, **kwargs):
        computed.append(chunk)
        return reconcile_all(chunk, *args, **kwargs)

    monkeypatch.setattr("pipeline.reconcile.pairs.reconcile_all", counting)
    after = reconcile(corpus, figures, caches=caches(tmp_path))
    assert_same(after, reconcile_all(figures, corpus["sentences"], corpus["documents"]))
    recomputed = pd.concat(computed)
    assert set(pair_labels(recomputed)) == touched
    assert len(recomputed) == pair_labels(figures).isin(touched).sum() < len(figures)

    computed.clear()  # the same inputs again: every pair comes from the cache
    assert_same(reconcile(corpus, figures, caches=caches(tmp_path)), after)
    assert computed == []

    smaller = reconcile(corpus, before, caches=caches(tmp_path))  # an article removed
    assert_same(smaller, reconcile_all(before, corpus["sentences"], corpus["documents"]))


def test_a_changed_publication_date_recomputes_that_pair(corpus, tmp_path) -> None:
    reconcile(corpus, corpus["figures"], caches=caches(tmp_path))
    documents = corpus["documents"].copy()
    doc = corpus["figures"]["doc_id"].iloc[0]
    documents.loc[documents["doc_id"] == doc, "published"] = dt.date(2040, 1, 1)
    changed = {**corpus, "documents": documents}
    result = reconcile(changed, corpus["figures"], caches=caches(tmp_path))
    expected = reconcile_all(corpus["figures"], corpus["sentences"], documents)
    assert_same(result, expected)
    claims = result.claims[result.claims["doc_id"] == doc]
    assert (claims["published"] == dt.date(2040, 1, 1)).all()


def test_the_policy_is_part_of_the_cache_key(corpus, tmp_path) -> None:
    reconcile(corpus, corpus["figures"], caches=caches(tmp_path), policy="none")
    result = reconcile(corpus, corpus["figures"], caches=caches(tmp_path), policy="most_precise")
    conflicting = result.facts[result.facts["resolution"] == "conflicting"]
    assert conflicting["preferred_value"].notna().all()


def test_pair_labels_ignore_direction() -> None:
    frame = pd.DataFrame({"reporter": ["RUR", "FRE", "RUR"], "partner": ["FRE", "RUR", "EU"]})
    assert list(pair_labels(frame)) == ["FRE|RUR", "FRE|RUR", "EU|RUR"]


def test_subject_pair_reads_the_pair_of_an_identity_check() -> None:
    subject = (
        "turnover = exports + imports (RUR view) | turnover RUR-FRE total "
        "2031-01-01..2031-12-31 level USD actual | source RUR"
    )
    assert subject_pair(subject) == "FRE|RUR"
