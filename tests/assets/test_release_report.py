"""The ``release`` materialisation: what the run published, and the report with its chart inlined."""

from __future__ import annotations

import base64

from dagster import AssetKey, DagsterInstance

from assets.definitions import JOB_NAME, build_defs
from assets.settings import TradefactsSettings
from assets.stages.release import REPORT_METADATA_CHARS, publication_metadata, report_metadata
from pipeline.release.layout import CHART_MEMO, read_latest
from pipeline.release.publish import ReleaseResult


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


def test_an_unchanged_chart_is_named_not_inlined(tmp_path) -> None:
    """Issue 18: the inlined chart is ~285 kB of event log per run; when the parent release has
    the same bytes the report names it instead, and a changed chart is inlined again."""
    parent, child = tmp_path / "p1", tmp_path / "c2"
    png = b"\x89PNG\r\n\x1a\nsame"
    for folder in (parent, child):
        folder.mkdir()
        (folder / "claims.png").write_bytes(png)
        (folder / "report.md").write_text("# Release\n\n![Claimed values](claims.png)\n\nrest\n")

    text = report_metadata(child, parent)["report"].value
    assert "base64" not in text and "![" not in text
    assert "Chart unchanged since release p1" in text and text.endswith("rest\n")

    (child / "claims.png").write_bytes(png + b"changed")
    assert "data:image/png;base64," in report_metadata(child, parent)["report"].value
    assert "data:image/png;base64," in report_metadata(child, tmp_path / "none")["report"].value


def test_a_release_without_a_report_shows_none(tmp_path) -> None:
    assert report_metadata(tmp_path) == {}


def _release_metadata(instance) -> dict:
    event = instance.get_latest_materialization_event(AssetKey("release"))
    return {k: v.value for k, v in event.asset_materialization.metadata.items()}


def test_a_run_that_publishes_nothing_says_so_and_names_the_real_parent(workdir) -> None:
    """Issue 17: a rerun over the same files materialises ``release`` again; its metadata must
    say that nothing was published, and a release is never its own parent."""
    paths = TradefactsSettings(seeds_dir=str(workdir / "seeds"), data_dir=str(workdir / "data"))
    job = build_defs(paths).resolve_job_def(JOB_NAME)
    with DagsterInstance.ephemeral() as instance:
        assert job.execute_in_process(instance=instance).success
        first = _release_metadata(instance)
        assert first["outcome"] == f"published new release {first['release_id']}"
        assert first["created"] is True and first["parent"] == "none"
        assert list(first)[0] == "outcome"  # the first line of the UI's metadata table
        # the chart memo's picture is the release's claims.png (one file), not a second copy
        chart = paths.data / "releases" / first["release_id"] / "claims.png"
        (memo,) = (paths.data / CHART_MEMO).glob("*.png")
        assert memo.samefile(chart)
        published = chart.stat().st_mtime_ns

        assert job.execute_in_process(instance=instance).success
        again = _release_metadata(instance)
    assert again["release_id"] == first["release_id"] == read_latest(paths.data)
    assert again["created"] is False
    assert again["outcome"].startswith("nothing published")
    assert again["parent"] == "none" != again["release_id"]
    assert chart.stat().st_mtime_ns == published  # the memo's hit left the release's file alone
    assert again["previous_latest"] == first["release_id"]


def test_outcome_of_a_move_back_to_an_existing_release(tmp_path) -> None:
    moved = ReleaseResult("r1", tmp_path, created=False, parent="r2", rows={})
    metadata = {k: v.value for k, v in publication_metadata(moved, recorded_parent=None).items()}
    assert metadata["outcome"] == (
        "nothing new written: LATEST moved from r2 to the existing release r1 (same tables)"
    )
    assert metadata["parent"] == "none" and metadata["previous_latest"] == "r2"
    new = ReleaseResult("r3", tmp_path, created=True, parent="r1", rows={})
    assert publication_metadata(new, "r1")["parent"].value == "r1"
    itself = ReleaseResult("r1", tmp_path, created=False, parent="r1", rows={})
    assert publication_metadata(itself, "r1")["parent"].value == "none"
