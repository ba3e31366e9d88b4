"""A memo of ``claims.png`` bytes by what the chart draws (issue 18: an add-one costs what it
changes).

Why: drawing the chart (importing matplotlib, six panels, the PNG encoder) took about 2.4 of
the ~8 CPU-seconds of a 10k add-one release, and the chart draws only the pairs with most
claims: an article about any other pair leaves the picture as it was. The key is a sha256 of
everything :func:`~pipeline.report.chart.draw_chart` reads (the unit, the pair count, the pairs
drawn and their points written as CSV, every value in full) and of what draws it (the source of
``chart.py`` and of every pipeline module it imports, matplotlib's and pandas' versions); equal
keys give equal bytes, as the chart is deterministic (``chart.py``). A new key draws and stores
the bytes.

Layout: ``<memo>/<key>.png``, written to a scratch name and renamed (a reader never sees a
partial file); a file that cannot be read is a miss. The newest ``KEEP`` files stay (a chart is
a few hundred kB; reverting an article or a rollback finds its picture again).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Protocol

import pandas as pd

from pipeline.contract.code_version import source_version
from pipeline.files import write_atomic


class ChartInputs(Protocol):
    """What the chart draws (``pipeline.report.chart.ChartInputs``; not imported: the chart
    module stays free of the memo)."""

    unit: str
    n_all: int
    pairs: tuple[str, ...]
    points: pd.DataFrame


KEEP = 8
"""Memo files kept, newest first (by modification time, refreshed on a hit)."""
CHART_MODULE = "pipeline.report.chart"
"""The module that draws (``draw_chart``): its import closure is the drawing code."""


@cache
def _code_version() -> str:
    """The drawing code and libraries, hashed once per process.

    The code is :func:`~pipeline.contract.code_version.source_version` of ``chart.py``: every
    ``pipeline`` file it imports, transitively, so a module the chart starts importing counts
    without anyone listing it (a hand-written list went stale that way)."""
    digest = hashlib.sha256(source_version(CHART_MODULE).encode() + b"\0")
    for package in ("matplotlib", "pandas", "pillow", "numpy"):
        with suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}={metadata.version(package)}\0".encode())
    return digest.hexdigest()


def chart_key(inputs: ChartInputs) -> str:
    """The sha256 (hex) naming the picture of ``inputs``."""
    digest = hashlib.sha256(_code_version().encode())
    head = f"\0{inputs.unit}\0{inputs.n_all}\0{'|'.join(inputs.pairs)}\0"
    digest.update(head.encode())
    digest.update(str(inputs.points.dtypes.to_dict()).encode())
    # CSV writes floats with repr (round-trip exact) and nulls as empty fields
    digest.update(inputs.points.to_csv(index=False, lineterminator="\n").encode())
    return digest.hexdigest()


def memoised(folder: Path, inputs: ChartInputs, draw: Callable[[ChartInputs], bytes]) -> bytes:
    """The PNG of ``inputs``: from ``folder`` when drawn before, else ``draw(inputs)`` (then
    stored there)."""
    path = Path(folder) / f"{chart_key(inputs)}.png"
    with suppress(OSError):
        data = path.read_bytes()
        if data:
            os.utime(path)  # newest: kept by the next prune
            return data
    data = draw(inputs)
    with suppress(OSError):  # a memo that cannot be written only costs the next drawing
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        _prune(path.parent)
    return data


def _prune(folder: Path) -> None:
    """Keep the ``KEEP`` newest memo files."""
    found = []
    for path in folder.glob("*.png"):
        with suppress(OSError):
            found.append((path.stat().st_mtime_ns, path.name, path))
    for *_, path in sorted(found, reverse=True)[KEEP:]:
        path.unlink(missing_ok=True)
