"""``tradefacts review``: figures held out of conflicts, with sentence, reading and reason."""

from __future__ import annotations

import json

import pytest

from assets import cli
from pipeline.release.layout import SETTINGS, load_manifest, read_latest
from pipeline.release.publish import publish_release


def _publish(folder, tables, *, confidence, evidence=None, settings=None) -> None:
    tables["claims"] = tables["claims"].assign(confidence=[confidence])
    figures = tables["figures"].assign(confidence=[confidence])
    if evidence is not None:
        figures = figures.assign(evidence=[evidence])
    tables["figures"] = figures
    publish_release(
        folder, tables, code_version="test", input_hashes={}, run_id=None, settings=settings
    )


def test_review_prints_a_doubtful_figure_with_its_sentence_reading_and_reason(
    tmp_path, tables, capsys
) -> None:
    data = tmp_path / "data"
    _publish(
        data,
        tables,
        confidence=0.35,
        evidence="number next to 'reached'; pair from the sentence",
        settings={"min_confidence": 0.6},
    )
    assert load_manifest(data, read_latest(data))[SETTINGS] == {"min_confidence": 0.6}
    assert cli.main(["review", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "1 figures to review in 1 facts" in out
    assert "[low_confidence] figure f1  (fact k1)" in out
    assert "why: extraction confidence 0.35 < 0.6" in out
    assert "read: turnover total FRE-RUR 2030-01-01..2030-12-31 level 7.25bn USD actual" in out
    assert "stated as: $7.25 billion  (extraction confidence 0.35)" in out
    assert "evidence: number next to 'reached'; pair from the sentence" in out
    assert "sentence: “Trade between Ruritania and Freedonia reached $7.25 billion.”" in out
    assert "document: b_doc (2031-05-02)" in out


def test_review_reads_with_the_release_threshold_unless_told(tmp_path, tables, capsys) -> None:
    data = tmp_path / "data"
    _publish(data, tables, confidence=0.35, settings={"min_confidence": 0.3})
    assert cli.main(["review", "--data", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["min_confidence"] == 0.3 and report["review"] == []
    assert cli.main(["review", "--data", str(data), "--json", "--min-confidence", "0.5"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [r["figure_id"] for r in report["review"]] == ["f1"]
    assert report["review"][0]["evidence"] == tables["figures"]["evidence"].iloc[0]


@pytest.mark.parametrize("confidence", [None, 0.9])
def test_a_figure_without_or_above_the_threshold_is_not_listed(
    tmp_path, tables, capsys, confidence
) -> None:
    data = tmp_path / "data"
    _publish(data, tables, confidence=confidence)  # no settings: the default threshold 0.5
    assert cli.main(["review", "--data", str(data)]) == 0
    assert "0 figures to review in 0 facts" in capsys.readouterr().out
