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

Stored once (issue 18: disk per add-one): once a release holding the picture is published,
:func:`share` replaces the memo's copy by a hard link to the release's ``claims.png`` (itself a
link to the release object), so the ~200 kB picture is not kept twice; a copy stays where links
are refused. A hit on a linked file does not refresh its modification time (that would change
the published file's, which the release objects' stamps then distrust): it keeps the time the
object was written. ``gc`` does not count the memo's links as a release's
(:func:`pipeline.release.objects.sweep`): an object only the memo holds is removed from
``objects/`` and the memo's name keeps the bytes, as its copy did.
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
def installed_version(package: str) -> str:
    """``importlib.metadata.version(package)``, looked up once per process (each lookup scans
    the installed distributions: ~5 ms; the report's memos asked for pandas' five times per
    release). ``PackageNotFoundError`` as ``metadata.version``."""
    return metadata.version(package)


@cache
def drawing_version() -> str:
    """The drawing code and libraries, hashed once per process.

    The code is :func:`~pipeline.contract.code_version.source_version` of ``chart.py``: every
    ``pipeline`` file it imports, transitively, so a module the chart starts importing counts
    without anyone listing it (a hand-written list went stale that way)."""
    digest = hashlib.sha256(source_version(CHART_MODULE).encode() + b"\0")
    for package in ("matplotlib", "pandas", "pillow", "numpy"):
        with suppress(metadata.PackageNotFoundError):
            digest.update(f"{package}={installed_version(package)}\0".encode())
    return digest.hexdigest()


def chart_key(inputs: ChartInputs) -> str:
    """The sha256 (hex) naming the picture of ``inputs``."""
    digest = hashlib.sha256(drawing_version().encode())
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
    data = stored_picture(folder, path.stem)
    if data is not None:
        return data
    data = draw(inputs)
    with suppress(OSError):  # a memo that cannot be written only costs the next drawing
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        _prune(path.parent)
    return data


def stored_picture(folder: Path, key: str) -> bytes | None:
    """The memo's picture named ``key`` (:func:`chart_key`), ``None`` when missing or empty;
    a hit is made the newest file (kept by the next prune)."""
    path = Path(folder) / f"{key}.png"
    with suppress(OSError):
        data = path.read_bytes()
        if data:
            if path.stat().st_nlink == 1:  # a copy of ours; a link shares a release's file
                os.utime(path)
            return data
    return None


def _prune(folder: Path) -> None:
    """Keep the ``KEEP`` newest memo files."""
    found = []
    for path in folder.glob("*.png"):
        with suppress(OSError):
            found.append((path.stat().st_mtime_ns, path.name, path))
    for *_, path in sorted(found, reverse=True)[KEEP:]:
        path.unlink(missing_ok=True)


def share(folder: Path, published: Path) -> int:
    """Replace each memo file holding the bytes of ``published`` (a release's ``claims.png``) by
    a hard link to it, in one rename (a reader sees the copy or the link, never neither); the
    copy stays where the link is refused. Returns how many were linked."""
    try:
        target = os.stat(published)
    except OSError:
        return 0
    wanted: bytes | None = None
    linked = 0
    for path in Path(folder).glob("*.png"):
        scratch = path.with_name(f".{path.name}.{os.getpid()}.link")
        try:
            st = path.stat()
            same = (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino)
            if same or st.st_size != target.st_size:
                continue  # already this file, or another picture
            wanted = wanted if wanted is not None else Path(published).read_bytes()
            if path.read_bytes() != wanted:
                continue
            os.link(published, scratch)
            os.replace(scratch, path)
            linked += 1
        except OSError:  # links refused (another filesystem), a file gone: the copy stays
            scratch.unlink(missing_ok=True)
    return linked
