"""Issue 19, item 8: a rollback holds. ``LATEST`` stays on the release rolled back to (it is
pinned) until an operator unpins it; runs meanwhile publish their releases beside it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.release import catalog
from pipeline.release.catalog import gc, list_releases, rollback, verify_release
from pipeline.release.layout import read_latest
from pipeline.release.publish import publish_release


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame]):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, tables, code_version="test", input_hashes=hashes, run_id="r")


def test_a_rollback_holds_until_unpinned(tmp_path, tables):
    first = _publish(tmp_path, tables).release_id
    tables["facts"].loc[0, "note"] = "second"
    second = _publish(tmp_path, tables).release_id
    rollback(tmp_path, first)

    again = _publish(tmp_path, tables)  # the same input as the release rolled back from
    assert read_latest(tmp_path) == first
    assert again.release_id == second and not again.created
    tables["facts"].loc[0, "note"] = "third"
    third = _publish(tmp_path, tables)
    assert read_latest(tmp_path) == first  # published beside it, LATEST stays
    assert third.created and verify_release(tmp_path, third.release_id) == []
    assert again.pinned == third.pinned == first
    assert [r.release_id for r in list_releases(tmp_path)][-1] == third.release_id
    assert first in gc(tmp_path, keep=0).kept  # the pinned release is LATEST: never collected

    assert catalog.read_pin(tmp_path) == first
    assert catalog.unpin(tmp_path) == first
    assert catalog.read_pin(tmp_path) is None
    assert read_latest(tmp_path) == first  # unpinning moves nothing by itself
    tables["facts"].loc[0, "note"] = "fourth"
    fourth = _publish(tmp_path, tables)
    assert fourth.pinned is None and read_latest(tmp_path) == fourth.release_id
    assert catalog.unpin(tmp_path) is None


def test_rolling_back_again_moves_the_pin(tmp_path, tables):
    first = _publish(tmp_path, tables).release_id
    tables["facts"].loc[0, "note"] = "second"
    second = _publish(tmp_path, tables).release_id
    rollback(tmp_path, first)
    rollback(tmp_path, second)
    assert read_latest(tmp_path) == second
    tables["facts"].loc[0, "note"] = "third"
    _publish(tmp_path, tables)
    assert read_latest(tmp_path) == second
