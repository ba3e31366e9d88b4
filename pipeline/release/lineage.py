"""Lineage of one fact: its claims, figures, sentences, documents and input sha256.

Why: an analyst who doubts a number must be able to reach the sentence and the exact input bytes
it came from without re-running anything. Everything is read from one published release, so the
answer is as immutable as the release itself.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.contract.arrow import plain
from pipeline.contract.keys import FACT_KEY, FactKey
from pipeline.contract.tables import pick
from pipeline.curate.corrections import CORRECTIONS_FILE, figure_keys, parse_corrections
from pipeline.release.layout import load_inputs, load_table, releases_dir


def _records(df: pd.DataFrame, columns: list[str] | None = None) -> list[dict]:
    frame = df[[c for c in columns if c in df.columns]] if columns else df
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _ordered(values: list) -> list:
    return list(dict.fromkeys(v for v in values if isinstance(v, str)))


def _corrections(data_dir: Path, release_id: str, fact: dict, figure_ids: list[str]) -> list[dict]:
    """The corrections behind a fact, from the release's ``corrections.csv``: those of its own
    figures (a ``set`` that moved a figure here) and the rejections of figures that were read
    with this fact's key (a rejected figure has no claim, so it is found by its reading)."""
    path = releases_dir(data_dir) / release_id / CORRECTIONS_FILE
    if not path.is_file():
        return []
    corrections = parse_corrections(path.read_text(encoding="utf-8-sig"))
    if corrections.empty:
        return []
    figures = load_table(data_dir, release_id, "figures")
    # compared as text: the fact is plain JSON data (ISO dates), the figures hold dates
    key = [str(plain(v)) for v in FactKey.of(fact)]
    same_key = [
        [str(plain(v)) for v in FactKey.of(row)] == key
        for row in figures[list(FACT_KEY)].to_dict("records")
    ]
    mine = figures[figures["figure_id"].isin(figure_ids) | pd.Series(same_key, index=figures.index)]
    sentences = load_table(data_dir, release_id, "sentences")
    sentences = sentences[sentences["sentence_id"].isin(mine["sentence_id"])]
    keys = figure_keys(mine, sentences)
    own = set(keys[mine["figure_id"].isin(figure_ids)])
    rejected_here = set(keys) - own
    wanted = corrections["figure_key"].isin(own) | (
        corrections["figure_key"].isin(rejected_here) & (corrections["action"] == "reject")
    )
    current = dict(zip(keys, mine["figure_id"], strict=True))
    picked = corrections[wanted].assign(current_figure_id=lambda f: f["figure_key"].map(current))
    return _records(picked)


def lineage(data_dir: Path, release_id: str, fact_id: str) -> dict:
    """The fact ``fact_id`` (its id or a unique prefix of it) of ``release_id`` and everything
    it was derived from. Errors: ``LookupError`` for an id no fact has or a prefix several have.

    Figures are the fact's ``figure_ids`` plus the figures of its claims (a ``derived`` fact has
    no claims of its own but lists the parts it was computed from). ``corrections`` are the
    analysts' corrections behind it (see :func:`_corrections`). ``problems`` names dangling
    references and documents whose sha256 differs from the manifest's input hash; it is empty
    for an intact release.
    """
    facts = load_table(data_dir, release_id, "facts")
    match = facts[facts["fact_id"] == fact_id]
    if match.empty and fact_id:  # a unique prefix, as release ids take (``resolve_release``)
        match = facts[facts["fact_id"].str.startswith(fact_id)]
        if len(match) > 1:
            raise LookupError(
                f"fact {fact_id!r} is ambiguous in release {release_id}: {len(match)} facts "
                "start with it"
            )
    if match.empty:
        raise LookupError(f"fact {fact_id!r} is not in release {release_id}")
    fact = _records(match)[0]
    fact_id = fact["fact_id"]

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
    inputs = load_inputs(data_dir, release_id)

    problems = [f"figure {f} not in figures" for f in figure_ids if f not in set(figures.figure_id)]
    problems += [
        f"sentence {s} missing" for s in sentence_ids if s not in set(sentences.sentence_id)
    ]
    problems += [f"document {d} missing" for d in doc_ids if d not in set(documents.doc_id)]
    corrections = _corrections(data_dir, release_id, fact, figure_ids)
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
        "corrections": corrections,
        "problems": problems,
    }
