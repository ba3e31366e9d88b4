"""Previews the UI shows in an asset's metadata: sentences as prose, conflicts as a narrow table."""

from __future__ import annotations

import pandas as pd

from assets.metadata import sentences_preview
from assets.stages.facts import conflicts_preview
from pipeline.report.selections import SUMMARY_COLUMNS

LONG = "Trade between the two countries reached $1.2 billion in 2024, " * 6


def _sentences() -> pd.DataFrame:
    texts = ["A *starred* [link] sentence.", LONG, "Third.", "Fourth.", "Fifth.", "Sixth."]
    docs = ["doc_a", "doc_a", "doc_b", "doc_b", "doc_b", "doc_b"]
    return pd.DataFrame(
        {
            "sentence_id": [f"{d}#s{i}" for i, d in enumerate(docs)],
            "doc_id": docs,
            "position": [0, 1, 0, 1, 2, 3],
            "text": texts,
        }
    )


def test_sentences_preview_is_prose_under_each_document() -> None:
    text = sentences_preview(_sentences(), max_rows=5, max_chars=80)
    lines = text.splitlines()
    assert lines[0] == "_The first 5 of 6 sentences, by document:_"
    assert "|" not in text  # no table: a table's text column was one word wide in the UI
    assert [line for line in lines if line.startswith("**")] == ["**doc\\_a**", "**doc\\_b**"]
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 5 and "Sixth." not in text
    assert items[0] == "- `#0` A \\*starred\\* \\[link\\] sentence."
    assert items[1].endswith("…") and len(items[1]) <= len("- `#1` ") + 80
    assert len(text) < 1000  # the UI shows Markdown under 1,000 characters inline
    assert sentences_preview(_sentences().head(0)) == "_no rows_"


def _conflict(fact_id: str, year: int) -> tuple[dict, list[dict]]:
    fact = {
        "fact_id": fact_id,
        "flow": "turnover",
        "scope": "total",
        "reporter": "AAA",
        "partner": "BBB",
        "period_start": pd.Timestamp(year, 1, 1).date(),
        "period_end": pd.Timestamp(year, 12, 31).date(),
        "measure": "level",
        "unit": "USD",
        "status": "actual",
        "resolution": "conflicting",
    }
    claims = [
        {
            "fact_id": fact_id,
            "figure_id": f"{fact_id}{s}",
            "doc_id": "d",
            "source_country": s,
            "value": v,
        }
        for s, v in (("AAA", 2e9), ("BBB", 1e9))
    ]
    return fact, claims


def test_conflicts_preview_has_three_columns_and_says_what_is_left_out() -> None:
    pairs = [_conflict(f"f{i}", 2000 + i) for i in range(3)]
    facts = pd.DataFrame([f for f, _ in pairs])
    claims = pd.DataFrame([c for _, cs in pairs for c in cs])
    text = conflicts_preview(facts, claims, total=5)
    header, rule, *rows = [line for line in text.splitlines() if line.startswith("|")]
    assert header == "| " + " | ".join(SUMMARY_COLUMNS) + " |"
    assert (
        len(rows) == 3 and "| AAA–BBB turnover total 2000 | AAA 2bn vs BBB 1bn USD | f0 |" in rows
    )
    assert "_3 of 5 conflicting facts shown._" in text
    assert "`tradefacts conflicts`" in text
