"""Release diff: facts keyed by the contract key; inputs from the manifests."""

from __future__ import annotations

import pandas as pd

from pipeline.release.diff import diff_facts, diff_inputs, diff_releases, diff_statuses
from pipeline.release.publish import publish_release


def _publish(data_dir, tables):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id=None
    ).release_id


def _fact(facts: pd.DataFrame, **changes) -> pd.DataFrame:
    return facts.iloc[[0]].assign(**changes)


def test_added_removed_and_changed_facts(tables):
    old = tables["facts"]
    gone = _fact(old, fact_id="k9", scope="energy")
    new_value = _fact(old, value=8.0e9, value_max=8.0e9, resolution="conflicting")
    added = _fact(old, fact_id="k3", reporter="ZZZ")

    diff = diff_facts(
        pd.concat([old, gone], ignore_index=True), pd.concat([new_value, added], ignore_index=True)
    )

    assert [f["fact_id"] for f in diff["added"]] == ["k3"]
    assert [f["scope"] for f in diff["removed"]] == ["energy"]
    (changed,) = diff["changed"]
    assert changed["fields"] == ["value", "value_max", "resolution"]
    assert (changed["old"]["value"], changed["new"]["value"]) == (7.25e9, 8.0e9)
    assert (changed["old"]["resolution"], changed["new"]["resolution"]) == (
        "single_source",
        "conflicting",
    )


def test_same_key_new_fact_id_and_note_is_not_a_change(tables):
    old = tables["facts"]
    assert diff_facts(old, _fact(old, fact_id="other", note="reworded", doc_ids=[["x"]])) == {
        "added": [],
        "removed": [],
        "changed": [],
    }


def test_superseded_targets_sharing_a_key_stay_apart(tables):
    current = _fact(tables["facts"], status="target", superseded_by=None)
    older = _fact(current, fact_id="k_old", value=5e9, superseded_by="k1")
    diff = diff_facts(current, pd.concat([current, older], ignore_index=True))
    assert [f["fact_id"] for f in diff["added"]] == ["k_old"] and diff["changed"] == []


def test_inputs_added_removed_changed():
    diff = diff_inputs({"a": "1", "b": "2", "c": "3"}, {"b": "2", "c": "4", "d": "5"})
    assert diff == {
        "added": [{"doc_id": "d", "sha256": "5"}],
        "removed": [{"doc_id": "a", "sha256": "1"}],
        "changed": [{"doc_id": "c", "old_sha256": "3", "new_sha256": "4"}],
    }


def test_an_added_input_not_read_as_an_article_says_why():
    """A diff listed an image and an empty file like new articles (round 59's trial)."""
    diff = diff_inputs({}, {"img": "1", "art": "2"}, {"img": "not text: PNG image"})
    assert diff["added"] == [
        {"doc_id": "art", "sha256": "2"},
        {"doc_id": "img", "sha256": "1", "quarantined": "not text: PNG image"},
    ]


def test_diff_releases_reads_both_manifests(tmp_path, tables):
    old = _publish(tmp_path, tables)
    tables["facts"].loc[0, "value"] = 7.3e9
    tables["facts"].loc[0, "value_max"] = 7.3e9
    tables["documents"].loc[0, "sha256"] = "f" * 64
    new = _publish(tmp_path, tables)

    diff = diff_releases(tmp_path, old, new)

    assert (diff["old"], diff["new"]) == (old, new)
    assert [c["doc_id"] for c in diff["inputs"]["changed"]] == ["b_doc"]
    assert [c["fields"] for c in diff["facts"]["changed"]] == [["value", "value_max"]]
    assert diff["rows"]["facts"] == [1, 1]


def test_statuses_lists_documents_read_differently():
    old = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "status": ["ok", "ok", "quarantined"],
            "reason": [None, None, "empty"],
        }
    )
    new = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "status": ["ok", "quarantined", "quarantined", "ok"],
            "reason": [None, "duplicate of a_copy", "empty: file has no content", None],
        }
    )
    assert diff_statuses(old, new) == [
        {
            "doc_id": "b",
            "old_status": "ok",
            "new_status": "quarantined",
            "old_reason": None,
            "new_reason": "duplicate of a_copy",
        },
        {
            "doc_id": "c",
            "old_status": "quarantined",
            "new_status": "quarantined",
            "old_reason": "empty",
            "new_reason": "empty: file has no content",
        },
    ]


def test_diff_releases_names_a_document_newly_quarantined(tmp_path, tables):
    old = _publish(tmp_path, tables)
    documents = tables["documents"]
    documents.loc[0, "status"], documents.loc[0, "reason"] = "quarantined", "duplicate of z_doc"
    new = _publish(tmp_path, tables)

    (entry,) = diff_releases(tmp_path, old, new)["documents"]

    assert (entry["doc_id"], entry["old_status"], entry["new_status"]) == (
        documents.loc[0, "doc_id"],
        "ok",
        "quarantined",
    )
    assert entry["new_reason"] == "duplicate of z_doc"
