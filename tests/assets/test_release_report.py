"""The ``release`` materialisation shows the published report with its chart inlined."""

from __future__ import annotations

import base64

from assets.stages.release import REPORT_METADATA_CHARS, report_metadata


def test_report_metadata_inlines_the_chart_and_cuts_long_reports(tmp_path) -> None:
    png = b"\x89PNG\r\n\x1a\nfake"
    (tmp_path / "claims.png").write_bytes(png)
    rows = "\n".join(f"| pair {i} | 1bn USD |" for i in range(REPORT_METADATA_CHARS // 10))
    (tmp_path / "report.md").write_text(f"# Release x\n\n![chart](claims.png)\n\n{rows}\n")

    metadata = report_metadata(tmp_path)
    text = metadata["report"].value
    assert f"![chart](data:image/png;base64,{base64.b64encode(png).decode()})" in text
    assert "| pair 0 |" in text and "whole report is" in text
    assert len(text) < REPORT_METADATA_CHARS + 200 + len(base64.b64encode(png))
    assert metadata["chart_path"].value.endswith("claims.png")


def test_a_release_without_a_report_shows_none(tmp_path) -> None:
    assert report_metadata(tmp_path) == {}
