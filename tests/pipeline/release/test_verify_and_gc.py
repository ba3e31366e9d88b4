"""Issue 19, item 9: ``verify`` checks every release whatever it meets on the way, ``LATEST``
is never followed out of the data folder, and ``gc`` orders releases by publication, which no
edit of a manifest and no clock can change, and never deletes ``LATEST`` or the newest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.release import catalog
from pipeline.release.catalog import gc, list_releases, resolve_release, rollback, verify_release
from pipeline.release.layout import ReleaseError, read_latest
from pipeline.release.publish import publish_release
from tests.pipeline.release.helpers import part


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame]):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, tables, code_version="test", input_hashes=hashes, run_id="r")


def _three(data_dir: Path, tables) -> list[str]:
    ids = []
    for note in ("one", "two", "three"):
        tables["facts"].loc[0, "note"] = note
        ids.append(_publish(data_dir, tables).release_id)
    return ids


def _edit_manifest(data_dir: Path, release_id: str, **fields: object) -> None:
    path = data_dir / "releases" / release_id / "manifest.json"
    path.chmod(0o644)
    path.write_text(json.dumps({**json.loads(path.read_text()), **fields}))


def test_verify_reports_a_file_it_cannot_read_and_goes_on(tmp_path, tables, monkeypatch):
    ids = _three(tmp_path, tables)
    real = catalog.file_sha256
    broken = part(tmp_path / "releases" / ids[0], "claims")

    def sha(path):
        if Path(path) == broken:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(catalog, "file_sha256", sha)
    assert verify_release(tmp_path, ids[0]) == [
        "claims: cannot read claims.parquet/part-00000.parquet: Permission denied"
    ]
    assert verify_release(tmp_path, ids[1]) == []


def test_latest_outside_the_data_folder_is_never_followed(tmp_path, tables):
    (release,) = _three(tmp_path / "data", tables)[-1:]
    outside = tmp_path / "elsewhere"
    shutil.copytree(tmp_path / "data" / "releases" / release, outside / release)
    latest = tmp_path / "data" / "releases" / "LATEST"
    for value in (f"../../elsewhere/{release}", str(outside / release)):
        latest.write_text(value + "\n")
        with pytest.raises(ReleaseError, match="not a release id"):
            resolve_release(tmp_path / "data", None)
        assert read_latest(tmp_path / "data") is None


def test_a_release_folder_that_links_out_of_the_data_folder_fails_verify(tmp_path, tables):
    ids = _three(tmp_path / "data", tables)
    root = tmp_path / "data" / "releases"
    shutil.move(root / ids[1], tmp_path / ids[1])
    (root / ids[1]).symlink_to(tmp_path / ids[1])
    assert any("outside" in p for p in verify_release(tmp_path / "data", ids[1]))


def test_gc_orders_by_publication_whatever_the_manifests_say(tmp_path, tables):
    ids = _three(tmp_path, tables)
    _edit_manifest(tmp_path, ids[0], created_at="2999-01-01T00:00:00+00:00")  # skewed clock
    _edit_manifest(tmp_path, ids[2], created_at="1970-01-01T00:00:00+00:00")
    rollback(tmp_path, ids[0])

    assert [r.release_id for r in list_releases(tmp_path)] == ids
    done = gc(tmp_path, keep=0)
    assert done.removed == (ids[1],)  # never LATEST (ids[0]) nor the newest (ids[2])
    assert set(done.kept) == {ids[0], ids[2]}
    assert read_latest(tmp_path) == ids[0]
