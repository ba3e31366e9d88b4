"""Worker processes for the stages that share their work with a second core: extraction
(``extract.figures``, a pool of several), ingest's parsing (``ingest.folder``) and reconcile's
pairs (``reconcile.pairs``), each one spawned worker beside the calling process.

Why spawned: the caller may be a threaded Dagster run process, which must not fork. Why one
worker beside the caller for ingest and reconcile (issue 18): the caller would otherwise wait on
nothing, and each spawned process costs its imports (~150 MB at 100k articles, under the tree's
2 GB).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

__all__ = ["shared_map", "spawned_pool", "usable_cores"]

T = TypeVar("T")
R = TypeVar("R")


def usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the platform says, else all)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def spawned_pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` spawned processes (no fork of a threaded Dagster process)."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def shared_map(fn: Callable[[T], R], items: Iterable[T], *, queued: int = 2) -> list[R]:
    """``[fn(item) for item in items]``, computed by this process and one spawned worker: an
    item goes to the worker while it holds fewer than ``queued`` (one it computes, one waiting),
    else this process computes it, so neither idles for long and at most ``queued`` items wait
    in the pipe. ``items`` is read in order, once, here (a generator may do its own work between
    items, such as reading the next files); results come back in item order. ``fn`` and the
    items must pickle (a module-level function or a ``functools.partial`` of one). A worker's
    exception is raised here, as ``fn``'s own would be."""
    done: dict[int, R] = {}
    pending: dict[int, Future[R]] = {}
    with spawned_pool(1) as pool:
        for i, item in enumerate(items):
            for j in [j for j, f in pending.items() if f.done()]:
                done[j] = pending.pop(j).result()
            if len(pending) < queued:
                pending[i] = pool.submit(fn, item)
            else:
                done[i] = fn(item)
        for j, future in pending.items():
            done[j] = future.result()
    return [done[i] for i in sorted(done)]
