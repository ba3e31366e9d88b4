"""Files derived from a release (report, chart) travel inside it and are verified with it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pandas as pd
import pytest

from pipeline.release.catalog import verify_release
from pipeline.release.layout import ReleaseError, read_latest
from pipeline.release.publish import publish_release


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame], attachments=None):
    return publish_release(
        data_dir,
        tables,
        code_version="test",
        input_hashes={},
        run_id=None,
        attachments=attachments,
    )


def _files(release_id: str) -> dict[str, bytes]:
    return {"report.md": f"# Release {release_id}\n".encode(), "chart.png": b"\x89PNG fake"}


def test_attachments_are_in_the_release_and_its_manifest(tmp_path, tables) -> None:
    result = _publish(tmp_path / "a", tables, _files)
    plain = _publish(tmp_path / "b", tables)

    assert result.release_id == plain.release_id  # attachments are not part of the id
    folder = result.path
    assert (folder / "report.md").read_text() == f"# Release {result.release_id}\n"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert set(manifest["attachments"]) == {"report.md", "chart.png"}
    assert manifest["attachments"]["chart.png"]["bytes"] == len(b"\x89PNG fake")
    assert verify_release(tmp_path / "a", result.release_id) == []
    assert not (folder / "report.md").stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP)
    assert "attachments" not in json.loads((plain.path / "manifest.json").read_text())


def test_verify_detects_a_changed_or_missing_attachment(tmp_path, tables) -> None:
    result = _publish(tmp_path, tables, _files)
    report = result.path / "report.md"
    os.chmod(report, 0o644)
    report.write_text("# edited\n")
    assert any(
        "report.md" in p and "sha256" in p for p in verify_release(tmp_path, result.release_id)
    )
    report.unlink()
    assert any("report.md is missing" in p for p in verify_release(tmp_path, result.release_id))


def test_attachments_are_made_only_for_a_new_release(tmp_path, tables) -> None:
    calls = []

    def attachments(release_id: str) -> dict[str, bytes]:
        calls.append(release_id)
        return _files(release_id)

    first = _publish(tmp_path, tables, attachments)
    again = _publish(tmp_path, tables, attachments)
    assert first.created and not again.created
    assert calls == [first.release_id]


@pytest.mark.parametrize("name", ["facts.parquet", "manifest.json", "../escape.md", ".hidden"])
def test_attachment_names_cannot_shadow_tables_or_escape(tmp_path, tables, name) -> None:
    with pytest.raises(ReleaseError, match="attachment name"):
        _publish(tmp_path, tables, lambda _id: {name: b"x"})
    assert read_latest(tmp_path) is None
