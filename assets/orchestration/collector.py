"""The cyclic garbage collector during a run: the objects that exist when the run starts
frozen, and collections made rarer (issue 18: an add-one costs what the article costs).

Why: a run builds tables of tens of thousands of rows as Python objects (dates, lists of
sources, row dicts), so the collector's default thresholds (a young collection every 700 new
containers) started about 800 young and 4 full collections in an add-one at 10k articles,
each full one walking every object of Dagster, pandas and the tables: 0.9 of its ~9.5
CPU-s (``benchmarks/profile_run.py`` prints the collector's time). Nearly all of a run's
memory is freed by reference counting when a table goes out of scope; the collector only
finds reference cycles, which a run makes few of, so collecting them later costs little
memory. Outputs do not depend on it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

RUN_THRESHOLDS = (50_000, 20, 10)
"""``gc.set_threshold`` during a run: a young collection every 50,000 new containers (the
default is 700), an older one every 20 young ones (default 10)."""


@contextmanager
def collector_for_a_run() -> Iterator[None]:
    """Freeze the objects that exist now (imported modules, the CLI's state: never garbage,
    so no full collection walks them again) and use ``RUN_THRESHOLDS``; both undone after."""
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(*RUN_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen:  # objects someone else froze before stay frozen
            gc.unfreeze()
