"""Lineage: from a fact to its claims, figures, sentences, documents and input sha256."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.release.layout import load_inputs
from pipeline.release.lineage import lineage
from pipeline.release.publish import publish_release


def _publish(data_dir, tables):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id=None
    ).release_id


def test_a_stated_fact_reaches_sentence_text_and_input_hash(tmp_path, tables):
    release_id = _publish(tmp_path, tables)

    found = lineage(tmp_path, release_id, "k1")

    assert found["release_id"] == release_id and found["problems"] == []
    assert found["fact"]["fact_id"] == "k1" and found["fact"]["value"] == 7.25e9
    assert [c["figure_id"] for c in found["claims"]] == ["f1"]
    assert [f["text"] for f in found["figures"]] == ["$7.25 billion"]
    (sentence,) = found["sentences"]
    assert sentence["text"].startswith("Trade between Ruritania and Freedonia")
    (document,) = found["documents"]
    documents = tables["documents"].set_index("doc_id")
    assert document["path"] == documents.loc["b_doc", "path"]
    assert document["sha256"] == documents.loc["b_doc", "sha256"]
    assert document["sha256"] == load_inputs(tmp_path, release_id)["b_doc"]
    json.dumps(found)  # plain JSON all the way down


def test_a_derived_fact_without_claims_reaches_its_parts(tmp_path, tables):
    derived = (
        tables["facts"]
        .iloc[[0]]
        .assign(fact_id="k2", flow="exports", resolution="derived", n_claims=0, note="derived")
    )
    tables["facts"] = pd.concat([tables["facts"], derived], ignore_index=True)
    release_id = _publish(tmp_path, tables)

    found = lineage(tmp_path, release_id, "k2")

    assert found["claims"] == []
    assert [f["figure_id"] for f in found["figures"]] == ["f1"]
    assert [d["doc_id"] for d in found["documents"]] == ["b_doc"]
    assert found["problems"] == []


def test_dangling_references_are_reported_not_hidden(tmp_path, tables):
    tables["facts"].at[0, "figure_ids"] = ["f1", "f_gone"]
    release_id = _publish(tmp_path, tables)

    assert lineage(tmp_path, release_id, "k1")["problems"] == ["figure f_gone not in figures"]


def test_an_unknown_fact_is_a_lookup_error(tmp_path, tables):
    release_id = _publish(tmp_path, tables)
    with pytest.raises(LookupError, match="nope"):
        lineage(tmp_path, release_id, "nope")
