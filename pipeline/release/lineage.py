"""Lineage of one fact: its claims, figures, sentences, documents and input sha256.

Why: an analyst who doubts a number must be able to reach the sentence and the exact input bytes
it came from without re-running anything. Everything is read from one published release, so the
answer is as immutable as the release itself.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.contract.arrow import plain
from pipeline.contract.tables import pick
from pipeline.release.layout import load_manifest, load_table


def _records(df: pd.DataFrame, columns: list[str] | None = None) -> list[dict]:
    frame = df[[c for c in columns if c in df.columns]] if columns else df
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _ordered(values: list) -> list:
    return list(dict.fromkeys(v for v in values if isinstance(v, str)))


def lineage(data_dir: Path, release_id: str, fact_id: str) -> dict:
    """The fact ``fact_id`` of ``release_id`` and everything it was derived from.

    Figures are the fact's ``figure_ids`` plus the figures of its claims (a ``derived`` fact has
    no claims of its own but lists the parts it was computed from). ``problems`` names dangling
    references and documents whose sha256 differs from the manifest's input hash; it is empty
    for an intact release.
    """
    facts = load_table(data_dir, release_id, "facts")
    match = facts[facts["fact_id"] == fact_id]
    if match.empty:
        raise LookupError(f"fact {fact_id!r} is not in release {release_id}")
    fact = _records(match)[0]

    claims = load_table(data_dir, release_id, "claims")
    claims = claims[claims["fact_id"] == fact_id]
    figure_ids = _ordered(list(fact.get("figure_ids") or []) + list(claims["figure_id"]))
    figures = load_table(data_dir, release_id, "figures")
    figures = figures[figures["figure_id"].isin(figure_ids)]
    sentence_ids = _ordered(list(figures["sentence_id"]) + list(claims["sentence_id"]))
    sentences = load_table(data_dir, release_id, "sentences")
    sentences = sentences[sentences["sentence_id"].isin(sentence_ids)]
    doc_ids = _ordered(list(figures["doc_id"]) + list(fact.get("doc_ids") or []))
    documents = load_table(data_dir, release_id, "documents")
    documents = documents[documents["doc_id"].isin(doc_ids)]
    inputs = load_manifest(data_dir, release_id).get("inputs", {})

    problems = [f"figure {f} not in figures" for f in figure_ids if f not in set(figures.figure_id)]
    problems += [
        f"sentence {s} missing" for s in sentence_ids if s not in set(sentences.sentence_id)
    ]
    problems += [f"document {d} missing" for d in doc_ids if d not in set(documents.doc_id)]
    problems += [
        f"document {d}: sha256 differs from the manifest's input hash"
        for d, sha in zip(documents["doc_id"], documents["sha256"], strict=True)
        if inputs.get(d) != sha
    ]
    figure_columns = pick(
        "figures", "figure_id", "doc_id", "sentence_id", "char_start", "char_end", "text", "flow"
    )
    figure_columns += pick("figures", "reporter", "partner", "value", "unit", "source_country")
    return {
        "release_id": release_id,
        "fact": fact,
        "claims": _records(claims.drop(columns=["sentence"], errors="ignore")),
        "figures": _records(figures, list(figure_columns)),
        "sentences": _records(
            sentences, list(pick("sentences", "sentence_id", "doc_id", "position", "text"))
        ),
        "documents": _records(
            documents,
            list(pick("documents", "doc_id", "path", "sha256", "published", "title", "status")),
        ),
        "problems": problems,
    }
