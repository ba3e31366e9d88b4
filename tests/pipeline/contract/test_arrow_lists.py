"""``from_arrow`` turns list columns into the same Python lists as ``to_pylist`` (issue 18)."""

from __future__ import annotations

import pyarrow as pa

from pipeline.contract.arrow import _python_lists, from_arrow


def test_lists_of_strings_equal_to_pylist_sliced_chunked_with_nulls() -> None:
    first = pa.array([["a", None], None, [], ["é", "x", "y"], ["z"]], pa.list_(pa.string()))
    second = pa.array([None, ["q"], [None]], pa.list_(pa.string()))
    no_nulls = pa.array([["k"], [], ["l", "m"]], pa.list_(pa.string()))
    for column in (
        pa.chunked_array([first.slice(1, 3), second, no_nulls.slice(1)]),
        pa.chunked_array([first]),
        pa.chunked_array([no_nulls]),
        pa.chunked_array([], pa.list_(pa.string())),
    ):
        assert _python_lists(column) == column.to_pylist()


def test_other_lists_and_the_frame_are_unchanged() -> None:
    ints = pa.chunked_array([pa.array([[1, None], None, []], pa.list_(pa.int64()))])
    assert _python_lists(ints) == [[1, None], None, []]
    table = pa.table({"ids": pa.array([["a"], None], pa.list_(pa.string())), "n": pa.array([1, 2])})
    frame = from_arrow(table)
    assert frame["ids"].tolist() == [["a"], None] and frame["n"].tolist() == [1, 2]
    assert type(frame["ids"].iloc[0]) is list
