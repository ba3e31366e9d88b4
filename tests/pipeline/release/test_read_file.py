"""``read_file``: one Parquet file read without ``pq.read_table``'s dataset, returning what
``pq.read_table`` returns, errors included."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.release.chunks import read_file


@pytest.fixture
def stored(tmp_path):
    table = pa.table({"a": [1, None, 3], "b": ["x", None, "z"], "c": [True, False, None]})
    table = table.replace_schema_metadata({b"note": b"kept"})
    path = tmp_path / "t.parquet"
    pq.write_table(table, path)
    return path


@pytest.mark.parametrize("columns", [None, ["b"], ["c", "a"], []])
def test_the_same_table_as_read_table(stored, columns):
    expected = pq.read_table(stored, columns=columns)
    got = read_file(stored, columns)
    assert got.equals(expected, check_metadata=True)
    assert got.schema.metadata == expected.schema.metadata


def test_a_column_asked_twice_is_read_twice_as_read_table_does(stored):
    assert read_file(stored, ["a", "a"]).column_names == ["a", "a"]


def test_a_missing_column_raises_as_read_table_does(stored):
    """Near miss: ``ParquetFile.read`` would return a table without the column."""
    with pytest.raises(pa.ArrowInvalid):
        pq.read_table(stored, columns=["zz"])
    with pytest.raises(pa.ArrowInvalid):
        read_file(stored, ["a", "zz"])


def test_missing_and_torn_files_raise_the_same_error_classes(tmp_path, stored):
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "absent.parquet")
    torn = tmp_path / "torn.parquet"
    torn.write_bytes(stored.read_bytes()[:20])
    with pytest.raises(pa.ArrowInvalid):
        read_file(torn)
