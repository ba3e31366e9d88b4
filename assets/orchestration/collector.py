"""The cyclic garbage collector during a run: the objects that exist when the run starts are
frozen (issue 18: an add-one costs what the article costs).

Why: a run builds tables of tens of thousands of rows as Python objects (dates, lists of
sources, row dicts), so the collector runs often, and each full collection walked every object
of Dagster, pandas, pyarrow and the extractor's patterns as well as the run's own: in an
add-one at 10k articles 4 full collections took 0.8-0.9 of the collector's 0.9-1.1 CPU-s
(``benchmarks/profile_run.py`` prints the collector's time). Frozen (``gc.freeze``), the
imported objects, which are never garbage, are left out of every later collection: 0.25-0.3
CPU-s. The thresholds stay the default, so garbage cycles are found as soon as before and a
run holds no more memory. Young collections every 50,000 new containers instead of 700 were
tried on top and saved nothing more (0.24 against 0.27 CPU-s). Outputs do not depend on it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_for_a_run() -> Iterator[None]:
    """Freeze the objects that exist now (imported modules, the caller's state) for the run;
    unfrozen after, unless they were frozen before."""
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if not frozen:  # objects someone else froze before stay frozen
            gc.unfreeze()
