"""``pipeline.processes``: the one worker beside the caller that ingest and reconcile share
their work with (round 52: three copies of the cores count and two of the queue became one)."""

import functools

import pytest

from pipeline.processes import shared_map, usable_cores


def test_results_come_back_in_item_order_whoever_computed_them() -> None:
    read: list[int] = []

    def items():  # a generator doing its own work between items, as ingest reads files
        for i in range(9):
            read.append(i)
            yield i

    # with one item queued at most, most items are computed here, some by the worker
    assert shared_map(functools.partial(pow, 2), items(), queued=1) == [2**i for i in range(9)]
    assert read == list(range(9))


def test_an_error_in_the_worker_or_here_is_raised() -> None:
    with pytest.raises(TypeError):
        shared_map(functools.partial(pow, 2), [1, "two", 3])


def test_usable_cores_is_at_least_one() -> None:
    assert usable_cores() >= 1
