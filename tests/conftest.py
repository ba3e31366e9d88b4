"""Shared fixtures: small synthetic frames that satisfy the table schemas."""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
import pytest


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def make_tables() -> dict[str, pd.DataFrame]:
    """Five tiny tables following the contract, made up (no seed values)."""
    documents = pd.DataFrame(
        {
            "doc_id": ["b_doc", "a_doc"],
            "path": ["in/b_doc.txt", "in/a_doc.txt"],
            "sha256": [_sha("b"), _sha("a")],
            "encoding": ["utf-8", None],
            "published": [dt.date(2031, 5, 2), None],
            "title": ["Ruritania and Freedonia trade", None],
            "n_chars": [120, 0],
            "status": ["ok", "quarantined"],
            "reason": [None, "empty file"],
            "text": ["Trade between Ruritania and Freedonia reached $7.25 billion.", None],
            "decode_errors": [0, 0],
            "duplicate_of": [None, None],
            "note": [None, None],
        }
    )
    sentences = pd.DataFrame(
        {
            "sentence_id": ["b_doc:0"],
            "doc_id": ["b_doc"],
            "position": [0],
            "text": ["Trade between Ruritania and Freedonia reached $7.25 billion."],
            "char_start": [0],
            "char_end": [60],
        }
    )
    figures = pd.DataFrame(
        {
            "figure_id": ["f1"],
            "doc_id": ["b_doc"],
            "sentence_id": ["b_doc:0"],
            "char_start": [46],
            "char_end": [59],
            "text": ["$7.25 billion"],
            "flow": ["turnover"],
            "scope": ["total"],
            "reporter": ["FRE"],
            "partner": ["RUR"],
            "period_start": [dt.date(2030, 1, 1)],
            "period_end": [dt.date(2030, 12, 31)],
            "measure": ["level"],
            "value": [7.25e9],
            "unit": ["USD"],
            "status": ["actual"],
            "approx": [False],
            "source_country": [None],
            "rounding": [0.005e9],
            "period_note": [None],
            "evidence": ["flow=own;pair=2;period=sentence;year=stated;unit=stated"],
            "confidence": [0.8],
            "value_usd": [7.25e9],
            "value_usd_note": [None],
        }
    )
    facts = pd.DataFrame(
        {
            "fact_id": ["k1"],
            "flow": ["turnover"],
            "scope": ["total"],
            "reporter": ["FRE"],
            "partner": ["RUR"],
            "period_start": [dt.date(2030, 1, 1)],
            "period_end": [dt.date(2030, 12, 31)],
            "measure": ["level"],
            "unit": ["USD"],
            "status": ["actual"],
            "value": [7.25e9],
            "value_min": [7.245e9],
            "value_max": [7.255e9],
            "resolution": ["single_source"],
            "n_claims": [1],
            "n_sources": [0],
            "sources": [[]],
            "figure_ids": [["f1"]],
            "doc_ids": [["b_doc"]],
            "note": ["one claim"],
        }
    )
    claims = pd.DataFrame(
        {
            "fact_id": ["k1"],
            "figure_id": ["f1"],
            "doc_id": ["b_doc"],
            "sentence_id": ["b_doc:0"],
            "source_country": [None],
            "value": [7.25e9],
            "value_low": [7.245e9],
            "value_high": [7.255e9],
            "approx": [False],
            "text": ["$7.25 billion"],
            "sentence": ["Trade between Ruritania and Freedonia reached $7.25 billion."],
            "published": [dt.date(2031, 5, 2)],
            "value_usd": [7.25e9],
        }
    )
    checks = pd.DataFrame(
        {
            "check_id": ["identity:k1"],
            "kind": ["identity"],
            "subject": ["k1"],
            "outcome": ["passed"],
            "n_rows": [1],
            "n_failures": [0],
            "detail": ["no parts stated"],
        }
    )
    return {
        "documents": documents,
        "sentences": sentences,
        "figures": figures,
        "facts": facts,
        "claims": claims,
        "checks": checks,
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return make_tables()


SUMMARY = "summary"
"""``record_property(SUMMARY, text)``: a line the run prints at its end (the SIGKILL test's
outcome counts, the UI run's times), also from pytest-xdist's workers, whose output is not shown."""


def pytest_terminal_summary(terminalreporter) -> None:
    lines = [
        value
        for report in terminalreporter.getreports("passed")
        for name, value in report.user_properties
        if name == SUMMARY and report.when == "call"
    ]
    if lines:
        terminalreporter.write_sep("-", "summaries")
        for line in lines:
            terminalreporter.write_line(line)
