"""Issue 19, item 5: readers never serve a table whose bytes differ from the manifest, and a
damaged release is rewritten by the next publish of the same content."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline.release.catalog import verify_release
from pipeline.release.diff import diff_releases
from pipeline.release.layout import ReleaseError, load_table, read_latest
from pipeline.release.lineage import lineage
from pipeline.release.parquet import read_parquet, write_parquet
from pipeline.release.publish import publish_release
from tests.pipeline.release.helpers import part


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame]):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, tables, code_version="test", input_hashes=hashes, run_id="r")


def _rot(path: Path, **changes: object) -> None:
    """Replace ``path`` by a valid Parquet file with other values: damage no parser notices."""
    os.chmod(path, 0o644)
    write_parquet(read_parquet(path).assign(**changes), path, path.stem)


def test_readers_refuse_a_table_whose_bytes_differ_from_the_manifest(tmp_path, tables):
    first = _publish(tmp_path, tables).release_id
    tables["facts"].loc[0, "note"] = "second"
    second = _publish(tmp_path, tables)
    _rot(part(second.path, "facts"), partner="FRE", value=1.214e8)

    with pytest.raises(ReleaseError, match=r"release .* is damaged: facts.parquet"):
        load_table(tmp_path, second.release_id, "facts")
    with pytest.raises(ReleaseError, match="damaged"):
        lineage(tmp_path, second.release_id, "k1")
    with pytest.raises(ReleaseError, match="damaged"):
        diff_releases(tmp_path, first, second.release_id)
    # the intact tables and releases still read
    assert len(load_table(tmp_path, second.release_id, "claims")) == 1
    assert load_table(tmp_path, first, "facts").loc[0, "partner"] == "RUR"


def test_a_table_with_flipped_bytes_is_refused(tmp_path, tables):
    result = _publish(tmp_path, tables)
    path = part(result.path, "documents")
    os.chmod(path, 0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x55
    path.write_bytes(bytes(data))

    with pytest.raises(ReleaseError, match="damaged: documents.parquet"):
        load_table(tmp_path, result.release_id, "documents", ["doc_id"])


def test_a_damaged_release_is_rewritten_by_the_next_publish(tmp_path, tables):
    result = _publish(tmp_path, tables)
    os.chmod(part(result.path, "sentences"), 0o644)
    (part(result.path, "sentences")).write_bytes(b"garbage")
    assert verify_release(tmp_path, result.release_id)

    again = _publish(tmp_path, tables)

    # the bytes were changed through the folder's link, so the shared object was damaged: it
    # is replaced and the folder re-linked (issue 18 item 2), nothing else is rewritten
    assert again.release_id == result.release_id and not again.created
    assert again.repaired and "sentences" in again.repaired
    assert verify_release(tmp_path, result.release_id) == []
    assert read_latest(tmp_path) == result.release_id
    assert len(load_table(tmp_path, result.release_id, "sentences")) == 1
    # the damaged copy went through the trash, nothing of it is left
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_release_whose_file_was_replaced_is_rewritten_by_the_next_publish(tmp_path, tables):
    result = _publish(tmp_path, tables)
    path = part(result.path, "sentences")
    path.unlink()  # a new file under the old name: the shared object keeps its bytes
    path.write_bytes(b"garbage")
    assert verify_release(tmp_path, result.release_id)

    again = _publish(tmp_path, tables)

    assert again.release_id == result.release_id and again.created
    assert again.repaired and "sentences" in again.repaired
    assert verify_release(tmp_path, result.release_id) == []
    assert len(load_table(tmp_path, result.release_id, "sentences")) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
