"""Issue 18: the run summary and the shrink guard count a release's values per part, kept by the
part's sha256, so an add-one reads only the parts it changed (``pipeline.release.counts``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import pipeline.release.counts as counts
from assets.cli.run import MAX_QUARANTINE_LINES, summary
from pipeline.release.counts import COUNTS_FILE, part_counts, rows_with, value_counts
from pipeline.release.guard import release_counts
from pipeline.release.layout import ReleaseDamaged, load_table
from pipeline.release.parquet import read_parquet, write_parquet
from pipeline.release.publish import publish_release


def _many_documents(tables: dict[str, pd.DataFrame], n: int, quarantined_every: int) -> None:
    """``documents`` with ``n`` rows (several parts: 128 rows a part), every
    ``quarantined_every``-th one quarantined."""
    base = tables["documents"].iloc[[0]]
    rows = pd.concat([base] * n, ignore_index=True)
    rows["doc_id"] = [f"d{i:04d}" for i in range(n)]
    rows["path"] = [f"in/d{i:04d}.txt" for i in range(n)]
    rows["sha256"] = [f"{i:064x}" for i in range(n)]
    bad = [i % quarantined_every == 0 for i in range(n)]
    rows.loc[bad, "status"] = "quarantined"
    rows.loc[bad, "reason"] = [f"empty file {i}" for i in range(n) if i % quarantined_every == 0]
    rows.loc[bad, "text"] = None
    rows.loc[[0], "doc_id"] = tables["documents"]["doc_id"].iloc[0]  # the figures' document
    tables["documents"] = rows


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame]) -> str:
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(
        data_dir, tables, code_version="test", input_hashes=hashes, run_id="r"
    ).release_id


def _reads(monkeypatch) -> list[str]:
    """The parts ``pipeline.release.counts`` reads from now on (``where`` of each)."""
    seen: list[str] = []
    original = counts.read_verified

    def spy(release_id, file, where, sha256, columns):
        seen.append(where)
        return original(release_id, file, where, sha256, columns)

    monkeypatch.setattr(counts, "read_verified", spy)
    return seen


def test_counts_equal_the_table_and_a_second_count_reads_no_part(tmp_path, tables, monkeypatch):
    _many_documents(tables, 600, quarantined_every=7)
    release = _publish(tmp_path, tables)
    parts = part_counts(tmp_path, release, "documents", "status")
    assert len(parts) > 1  # several parts, so "only the changed one" means something
    whole = load_table(tmp_path, release, "documents", ["status", "path", "reason"])
    assert value_counts(tmp_path, release, "documents", "status") == dict(
        whole["status"].value_counts()
    )
    facts = load_table(tmp_path, release, "facts", ["resolution"])
    assert value_counts(tmp_path, release, "facts", "resolution") == dict(
        facts["resolution"].value_counts()
    )

    reads = _reads(monkeypatch)
    assert value_counts(tmp_path, release, "documents", "status") == dict(
        whole["status"].value_counts()
    )
    assert reads == []

    # the guard counts the same ok documents, without reading a part
    guard = release_counts(tmp_path, release)
    assert guard is not None and guard.documents == int((whole["status"] == "ok").sum())
    assert reads == []


def test_a_new_release_reads_only_its_changed_parts(tmp_path, tables, monkeypatch):
    _many_documents(tables, 600, quarantined_every=7)
    first = _publish(tmp_path, tables)
    value_counts(tmp_path, first, "documents", "status")
    tables["documents"].loc[5, "status"] = "quarantined"
    tables["documents"].loc[5, "reason"] = "changed"
    second = _publish(tmp_path, tables)
    old = {p.sha256 for p in part_counts(tmp_path, first, "documents", "status")}
    new = part_counts(tmp_path, second, "documents", "status")
    changed = [p.where for p in new if p.sha256 not in old]
    assert len(changed) == 1

    # (the count above for the second release read its changed part: count a third time)
    (tmp_path / COUNTS_FILE).unlink()
    value_counts(tmp_path, first, "documents", "status")
    reads = _reads(monkeypatch)
    got = value_counts(tmp_path, second, "documents", "status")
    assert reads == changed
    whole = load_table(tmp_path, second, "documents", ["status"])
    assert got == dict(whole["status"].value_counts())

    # the memo keeps the entries of the release counted last only
    kept = json.loads((tmp_path / COUNTS_FILE).read_text())["entries"]
    assert {k.split(" ")[0] for k in kept} == {p.sha256 for p in new}


def test_a_damaged_part_is_refused_when_it_is_read_and_records_nothing(tmp_path, tables):
    release = _publish(tmp_path, tables)
    (part,) = part_counts(tmp_path, release, "documents", "status")
    (tmp_path / COUNTS_FILE).unlink()
    os.chmod(part.file, 0o644)
    write_parquet(read_parquet(part.file).assign(status="ok"), part.file, "documents")

    with pytest.raises(ReleaseDamaged, match=r"damaged: documents.parquet/part-00000.parquet"):
        value_counts(tmp_path, release, "documents", "status")
    assert not (tmp_path / COUNTS_FILE).exists()
    assert release_counts(tmp_path, release) is None  # the guard: nothing to compare


def test_a_damaged_memo_is_an_empty_one(tmp_path, tables, monkeypatch):
    release = _publish(tmp_path, tables)
    expected = value_counts(tmp_path, release, "documents", "status")
    memo = json.loads((tmp_path / COUNTS_FILE).read_text())
    key = next(iter(memo["entries"]))
    memo["entries"][key] = {"ok": 999}  # a count edited without its digest
    (tmp_path / COUNTS_FILE).write_text(json.dumps(memo))

    reads = _reads(monkeypatch)
    assert value_counts(tmp_path, release, "documents", "status") == expected
    assert reads == ["documents.parquet/part-00000.parquet"]
    (tmp_path / COUNTS_FILE).write_text("{not json")
    assert value_counts(tmp_path, release, "documents", "status") == expected


def test_rows_with_reads_only_parts_holding_the_value_in_table_order(tmp_path, tables, monkeypatch):
    _many_documents(tables, 600, quarantined_every=50)
    release = _publish(tmp_path, tables)
    parts = part_counts(tmp_path, release, "documents", "status")
    whole = load_table(tmp_path, release, "documents", ["path", "status", "reason"])
    quarantined = whole[whole["status"] == "quarantined"].reset_index(drop=True)
    assert len(quarantined) > 3

    reads = _reads(monkeypatch)
    got = rows_with(release, parts, "status", "quarantined", ["path", "reason"], 3)
    pd.testing.assert_frame_equal(got, quarantined[["path", "reason"]].head(3))
    holding = [p.where for p in parts if p.counts.get("quarantined")]
    assert reads == holding[: len(reads)] and len(reads) <= len(holding)
    assert len(rows_with(release, parts, "status", "nothing", ["path"], 3)) == 0


def test_the_run_summary_counts_and_lists_as_the_whole_tables_say(tmp_path, tables):
    _many_documents(tables, 600, quarantined_every=20)
    release = _publish(tmp_path, tables)
    text = summary(tmp_path, release, created=True)
    documents = load_table(tmp_path, release, "documents", ["path", "status", "reason"])
    facts = load_table(tmp_path, release, "facts", ["resolution"])
    ok = int((documents["status"] == "ok").sum())
    quarantined = documents[documents["status"] == "quarantined"]
    assert f"documents: {len(documents)} ({ok} ok, {len(documents) - ok} quarantined)" in text
    conflicting = int((facts["resolution"] == "conflicting").sum())
    assert f"facts:     {len(facts)} ({conflicting} conflicting)" in text
    listed = [line for line in text.splitlines() if line.startswith("  quarantined ")]
    assert listed == [
        f"  quarantined {p}: {r}"
        for p, r in zip(
            quarantined["path"][:MAX_QUARANTINE_LINES],
            quarantined["reason"][:MAX_QUARANTINE_LINES],
            strict=True,
        )
    ]
    more = len(quarantined) - MAX_QUARANTINE_LINES
    assert f"  ... and {more} more (documents.parquet, status)" in text
