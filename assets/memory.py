"""Memory a run's process gives back between steps (issue 18: peak RSS of a 100k run < 2 GB).

What the peak was (round 50, ``benchmarks/results/2026-12-06-issue18-round50-mem50.md``): not
the tables a step holds but memory freed by earlier steps and kept by the allocators. The run
process's RSS only grew from step to step (10k: 336 MB after ``raw_documents``, 512 MB while
the workers extract, 665 MB in ``release``; 100k: 1.4 GB held by the main process during the
extraction, whose tables it does not hold). Two allocators keep freed memory:

- glibc's ``malloc`` gives each thread that allocates (pyarrow's pool threads decoding and
  converting Parquet, Dagster's threads) an arena of its own, up to 8 per core, and returns
  little of a fragmented arena to the system. :func:`lean_allocators` caps the arenas at two
  (``mallopt(M_ARENA_MAX, 2)``, what ``MALLOC_ARENA_MAX=2`` does) and :func:`give_back` asks
  for the free pages of every arena back (``malloc_trim(0)``).
- pyarrow's default pool (mimalloc) keeps freed pages for reuse. :func:`lean_allocators`
  makes the system allocator pyarrow's default pool (what ``ARROW_DEFAULT_MEMORY_POOL=system``
  does; its large buffers are mapped and unmapped, so freed at once), and :func:`give_back`
  releases what a pool still keeps (``MemoryPool.release_unused``).

Neither changes a value a step computes: only where freed bytes go. On anything but glibc
(macOS, musl) the malloc calls are skipped.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2
SWITCH = "TRADEFACTS_LEAN_MEMORY"
"""Which of the settings apply: a comma list of ``pool`` (the system allocator for Arrow),
``arenas`` (:data:`ARENAS` malloc arenas) and ``trim`` (:func:`give_back`); unset means all,
``0`` or ``none`` none. For measuring what each costs (round 51); runs leave it unset."""
PARTS = ("pool", "arenas", "trim")


def enabled(part: str) -> bool:
    """Whether setting ``part`` (one of :data:`PARTS`) applies in this process."""
    value = os.environ.get(SWITCH)
    if value is None:
        return True
    return part in {p.strip() for p in value.lower().split(",")}


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """glibc, if this process runs on it (``malloc_trim`` is glibc's), else ``None``."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    except (OSError, AttributeError):
        return None
    return libc


def lean_allocators() -> None:
    """At most :data:`ARENAS` malloc arenas for the threads of this process (from now on), and
    the system allocator as pyarrow's default pool (buffers allocated before keep theirs).

    Called when a run starts, before its steps (the IO manager's set-up): an arena once made
    lives as long as the process. Peak RSS of a 10k run, 669 MB, was 533 MB with
    ``ARROW_DEFAULT_MEMORY_POOL=system``, 628 MB with ``MALLOC_ARENA_MAX=2``, 475 MB with both
    (round 50)."""
    import pyarrow as pa

    if enabled("pool"):
        pa.set_memory_pool(pa.system_memory_pool())
    libc = _libc()
    if libc is not None and enabled("arenas"):
        libc.mallopt(M_ARENA_MAX, ARENAS)


def give_back() -> None:
    """Return the memory freed so far to the system: pyarrow's pool, then malloc's arenas.

    Called between steps (the IO manager's loads: a step's frames are gone once the next step
    reads its inputs); a few ms on a heap of hundreds of MB."""
    import pyarrow as pa

    if not enabled("trim"):
        return
    pa.default_memory_pool().release_unused()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
