"""report.md's mirror and "Needs review" sections, and the review list, from reconciled
made-up figures."""

import datetime as dt
import io
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reconcile"))
from test_reconcile import fig  # noqa: E402

from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE, reconcile_all  # noqa: E402
from pipeline.reconcile.review import review_count, review_rows  # noqa: E402
from pipeline.release.parquet import table_bytes  # noqa: E402
from pipeline.report.attachments import MIRROR_FILE, release_attachments  # noqa: E402
from pipeline.report.markdown import report_markdown  # noqa: E402

D = dt.date


def _tables() -> dict[str, pd.DataFrame]:
    rows = [
        fig(500e6, flow="exports", reporter="GEO", partner="ARM", source="GEO", doc="geo"),
        fig(900e6, flow="imports", reporter="ARM", partner="GEO", source="ARM", doc="arm"),
        fig(259e6, source="GEO", doc="one"),
        fig(169e6, source="GEO", doc="one"),
        {**fig(3e9, reporter="AZE", partner="GEO", source="AZE", doc="low"), "confidence": 0.3},
    ]
    figures = pd.DataFrame(rows)
    for row in rows:
        row.setdefault("confidence", None)
    sentences = pd.DataFrame(
        {
            "sentence_id": figures["sentence_id"],
            "text": [f"Sentence of {t}." for t in figures["text"]],
        }
    )
    documents = pd.DataFrame(
        {
            "doc_id": ["geo", "arm", "one", "low"],
            "path": ["geo.txt", "arm.txt", "one.txt", "low.txt"],
            "title": ["g", "a", "o", "l"],
            "status": ["ok"] * 4,
            "published": [D(2031, 1, 1)] * 4,
        }
    )
    result = reconcile_all(figures, sentences, documents, policy="own_statistics", threshold=0.6)
    return {
        "documents": documents,
        "sentences": sentences,
        "figures": figures,
        "facts": result.facts,
        "claims": result.claims,
        "checks": result.checks,
    }


def test_review_rows_say_what_was_read_and_why() -> None:
    tables = _tables()
    rows = review_rows(tables["facts"], tables["claims"], min_confidence=0.6)
    assert list(rows["reason"]) == ["needs_review", "needs_review", "low_confidence"]
    first = rows.iloc[0]
    assert first["why"] == "one article (one) gives GEO both 259M/169M"
    assert first["read_as"].startswith("turnover total ARM-GEO 2030-01-01..2030-12-31 level")
    assert first["sentence"].startswith("Sentence of")
    assert rows.iloc[2]["why"] == "extraction confidence 0.30 < 0.6"


def test_review_rows_limited_are_the_first_rows_of_the_whole_list() -> None:
    tables = _tables()
    facts, claims = tables["facts"], tables["claims"].iloc[::-1]  # any claim order
    whole = review_rows(facts, claims, min_confidence=0.6)
    assert review_count(facts, claims, min_confidence=0.6) == len(whole) == 3
    assert review_rows(facts, claims, min_confidence=0.6, limit=0).empty
    for limit in (1, 2, 5):
        first = review_rows(facts, claims, min_confidence=0.6, limit=limit)
        # the same rows, the same column types (confidence is float even when a head has none)
        pd.testing.assert_frame_equal(first, whole.head(limit))


def test_report_has_mirror_and_needs_review_sections() -> None:
    text = report_markdown(_tables(), "0123456789abcdef", chart=None)
    mirror = text.split("## Mirror flows")[1].split("## Needs review")[0]
    assert (
        "| GEO → ARM | total | 2030 | 500M USD (GEO) | 900M USD (ARM) | 1.80 | mirror_discrepancy |"
        in mirror
    )
    review = text.split("## Needs review")[1].split("## Targets")[0]
    assert "1 facts `needs_review`" in review and "3 claims." in review
    assert "one article (one) gives GEO both 259M/169M" in review
    assert f"extraction confidence 0.30 < {DEFAULT_MIN_CONFIDENCE:g}" in review


def test_release_carries_mirror_parquet() -> None:
    files = release_attachments(_tables(), "0123456789abcdef", write_table=table_bytes)
    mirror = pq.read_table(io.BytesIO(files[MIRROR_FILE])).to_pandas()
    assert list(mirror["verdict"]) == ["mirror_discrepancy"]
    assert (mirror["exporter"].iloc[0], mirror["importer"].iloc[0]) == ("GEO", "ARM")


def test_a_wider_mirror_band_from_the_deployment_reaches_the_release() -> None:
    # The same 1.80 ratio is within a deployment's band of 0.5-2.0.
    files = release_attachments(
        _tables(), "0123456789abcdef", write_table=table_bytes, mirror_band=(0.5, 2.0)
    )
    mirror = pq.read_table(io.BytesIO(files[MIRROR_FILE])).to_pandas()
    assert list(mirror["verdict"]) == ["within_band"]
    assert (mirror["band_low"].iloc[0], mirror["band_high"].iloc[0]) == (0.5, 2.0)
