"""A schema check's passing-chunks record kept as a file the check's metadata names by sha256
(issue 18: Dagster stored each record three times per run). Doubt is no record."""

from __future__ import annotations

import json

import pytest

from assets.check_records import FILE_KEY, FOLDER, SHA_KEY, read_record, write_record

RECORD = {"validator": "chunks-1", "chunks": ["chunk-a.parquet"], "slices": [], "chunk_parts": {}}


def test_the_record_round_trips_through_a_small_reference(tmp_path):
    ref = write_record(tmp_path, "facts_schema", RECORD)
    assert set(ref) == {FILE_KEY, SHA_KEY} and len(json.dumps(ref)) < 200
    assert read_record(tmp_path, "facts_schema", ref) == RECORD


@pytest.mark.parametrize("damage", ["flipped", "missing", "other check", "path", "not a dict"])
def test_a_doubtful_record_is_none(tmp_path, damage):
    ref = write_record(tmp_path, "facts_schema", RECORD)
    file = tmp_path / FOLDER / ref[FILE_KEY]
    check = "facts_schema"
    if damage == "flipped":
        file.write_bytes(file.read_bytes().replace(b"chunk-a", b"chunk-b"))
    elif damage == "missing":
        file.unlink()
    elif damage == "other check":  # the claims check's file vouches for nothing of facts
        check = "claims_schema"
    elif damage == "path":
        ref = {**ref, FILE_KEY: f"facts_schema-/../../{ref[FILE_KEY]}"}
    else:
        ref = "facts_schema-0.json"
    assert read_record(tmp_path, check, ref) is None


def test_an_inline_record_of_earlier_versions_is_taken_as_it_is(tmp_path):
    assert read_record(tmp_path, "facts_schema", RECORD) == RECORD
    assert read_record(tmp_path, "facts_schema", None) is None


def test_a_check_keeps_its_new_file_and_the_one_it_read(tmp_path):
    first = write_record(tmp_path, "facts_schema", RECORD)
    other = write_record(tmp_path, "claims_schema", RECORD)
    second = write_record(tmp_path, "facts_schema", {**RECORD, "slices": ["1"]}, first)
    third = write_record(tmp_path, "facts_schema", {**RECORD, "slices": ["2"]}, second)
    names = {p.name for p in (tmp_path / FOLDER).iterdir()}
    assert names == {second[FILE_KEY], third[FILE_KEY], other[FILE_KEY]}
    assert read_record(tmp_path, "facts_schema", second)["slices"] == ["1"]  # still readable


def test_a_failed_write_keeps_the_record_inline(tmp_path):
    (tmp_path / FOLDER).write_text("a file where the folder goes")
    assert write_record(tmp_path, "facts_schema", RECORD) == RECORD
