"""What changed between two releases: facts added, removed and changed, input documents, and the
documents whose status changed (a file quarantined or read again, e.g. a duplicate copy taking over).

Why keyed by the contract's fact key rather than ``fact_id``: the key is what an analyst means by
"the same fact" (KGZ–KAZ turnover 2024), so a new value or resolution for it shows as a change,
not as one fact removed and another added. Superseded target restatements share their key with
the current target, so their superseded value joins their identity.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.contract.arrow import plain
from pipeline.contract.keys import FACT_KEY
from pipeline.contract.tables import pick
from pipeline.release.layout import load_inputs, load_manifest, load_table, recorded_corrections

KEY: tuple[str, ...] = FACT_KEY
COMPARED: tuple[str, ...] = pick(
    "facts",
    "value",
    "value_min",
    "value_max",
    "resolution",
    "n_claims",
    "n_sources",
    "sources",
)
"""Columns whose difference makes a fact "changed" (ids, notes and provenance lists do not)."""
STATUS_COLUMNS: tuple[str, ...] = pick("documents", "doc_id", "status", "reason")


def _identity(row: dict) -> tuple:
    key = tuple(row.get(k) for k in KEY)
    return (*key, row.get("value")) if row.get("superseded_by") else key


def _index(facts: pd.DataFrame) -> dict[tuple, dict]:
    rows = [{k: plain(v) for k, v in r.items()} for r in facts.to_dict("records")]
    indexed: dict[tuple, dict] = {}
    for row in sorted(rows, key=lambda r: str(r.get("fact_id"))):
        identity = _identity(row)
        if identity in indexed:  # not expected; keeps both rows visible rather than one
            identity = (*identity, row.get("fact_id"))
        indexed[identity] = row
    return indexed


def _summary(row: dict) -> dict:
    return {"fact_id": row.get("fact_id"), **{k: row.get(k) for k in (*KEY, *COMPARED)}}


def diff_facts(old: pd.DataFrame, new: pd.DataFrame) -> dict[str, list[dict]]:
    """Facts ``added``, ``removed`` and ``changed`` (with ``old``/``new`` values and ``fields``)."""
    before, after = _index(old), _index(new)
    order = sorted(set(before) | set(after), key=lambda k: tuple(str(x) for x in k))
    added, removed, changed = [], [], []
    for identity in order:
        if identity not in before:
            added.append(_summary(after[identity]))
        elif identity not in after:
            removed.append(_summary(before[identity]))
        else:
            a, b = before[identity], after[identity]
            fields = [c for c in COMPARED if a.get(c) != b.get(c)]
            if fields:
                key = {k: b.get(k) for k in KEY}
                changed.append({**key, "fields": fields, "old": _summary(a), "new": _summary(b)})
    return {"added": added, "removed": removed, "changed": changed}


def diff_inputs(
    old: dict[str, str], new: dict[str, str], quarantined: dict[str, str] | None = None
) -> dict[str, list]:
    """Input documents (``doc_id`` → sha256, from the manifests) added, removed and changed.

    ``quarantined`` (``doc_id`` → reason, of the new release's documents) marks an added input
    that was not read as an article with ``"quarantined": reason``; why: a diff listed an image
    and an empty file like any new article (round 59's trial)."""
    quarantined = quarantined or {}

    def added(d: str) -> dict:
        entry = {"doc_id": d, "sha256": new[d]}
        return entry | ({"quarantined": quarantined[d]} if d in quarantined else {})

    return {
        "added": [added(d) for d in sorted(set(new) - set(old))],
        "removed": [{"doc_id": d, "sha256": old[d]} for d in sorted(set(old) - set(new))],
        "changed": [
            {"doc_id": d, "old_sha256": old[d], "new_sha256": new[d]}
            for d in sorted(set(old) & set(new))
            if old[d] != new[d]
        ],
    }


def diff_statuses(old: pd.DataFrame, new: pd.DataFrame) -> list[dict]:
    """Documents in both releases whose ``status`` or ``reason`` changed, by ``doc_id``:
    ``[{"doc_id", "old_status", "new_status", "old_reason", "new_reason"}]``.

    Why: the inputs' hashes do not show a file that stayed the same but is now read differently,
    e.g. an article quarantined as ``duplicate of <doc_id>`` once a copy that sorts first was
    added, its facts now provenanced by the copy (found by a new-user trial)."""
    before = {r["doc_id"]: r for r in old.to_dict("records")}
    out = []
    for row in sorted(new.to_dict("records"), key=lambda r: str(r["doc_id"])):
        was = before.get(row["doc_id"])
        if was is None:
            continue
        pair = [(plain(was.get(k)), plain(row.get(k))) for k in ("status", "reason")]
        if any(a != b for a, b in pair):
            (old_status, new_status), (old_reason, new_reason) = pair
            out.append(
                {
                    "doc_id": row["doc_id"],
                    "old_status": old_status,
                    "new_status": new_status,
                    "old_reason": old_reason,
                    "new_reason": new_reason,
                }
            )
    return out


def _corrections_sha(manifest: dict) -> str | None:
    """sha256 of the corrections file a release was made with (``None``: none recorded)."""
    return recorded_corrections(manifest).get("sha256")


def diff_releases(data_dir: Path, old_id: str, new_id: str) -> dict:
    """The difference between two releases of the store at ``data_dir``, as plain JSON data."""
    old_manifest, new_manifest = load_manifest(data_dir, old_id), load_manifest(data_dir, new_id)
    rows = {
        name: [
            old_manifest["files"].get(name, {}).get("rows"),
            new_manifest["files"].get(name, {}).get("rows"),
        ]
        for name in sorted(set(old_manifest["files"]) | set(new_manifest["files"]))
    }
    old_docs = load_table(data_dir, old_id, "documents", STATUS_COLUMNS)
    new_docs = load_table(data_dir, new_id, "documents", STATUS_COLUMNS)
    held = new_docs[new_docs["status"] == "quarantined"]
    quarantined = {str(d): str(r) for d, r in zip(held["doc_id"], held["reason"], strict=True)}
    return {
        "old": old_id,
        "new": new_id,
        "code_version": [old_manifest.get("code_version"), new_manifest.get("code_version")],
        "schema_version": [old_manifest.get("schema_version"), new_manifest.get("schema_version")],
        "rows": rows,
        "inputs": diff_inputs(
            load_inputs(data_dir, old_id, old_manifest),
            load_inputs(data_dir, new_id, new_manifest),
            quarantined,
        ),
        "documents": diff_statuses(old_docs, new_docs),
        "corrections": [_corrections_sha(old_manifest), _corrections_sha(new_manifest)],
        "facts": diff_facts(
            load_table(data_dir, old_id, "facts"), load_table(data_dir, new_id, "facts")
        ),
    }
