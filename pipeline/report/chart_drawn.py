"""``claims.png`` without making its inputs again when the pairs drawn and their rows did not
change (issue 18: an add-one's release costs what changed).

Why: after the per-bucket counts (:mod:`pipeline.report.chart_pairs`) the release converted the
facts and claims of the buckets holding the six drawn pairs, made their points and hashed them
as CSV (:func:`~pipeline.report.chart_memo.chart_key`), ~0.08 CPU-s of a 10k add-one, to find
the picture it had drawn before: an add-one rarely touches a drawn pair. The inputs
(:class:`~pipeline.report.chart.ChartInputs`) are a function of: the unit, the number of
pairs, the pairs chosen, the rows of the buckets holding them (each bucket's facts and claims
digests: same rows, same order), whether any claim lacks a year (``null_year``), and the code
that makes and draws them. Those, hashed, name the picture drawn for them last
(``<chart memo>/drawn.json``: ``{"key", "png", "sha256"}``, one rename); the picture is the chart
memo's file of that name. Doubt (no record, another key, a damaged record, the file gone or
empty) makes the inputs and the picture as before (:func:`~pipeline.report.chart_memo.memoised`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from pipeline.files import write_atomic
from pipeline.report.chart import ChartInputs, chart_inputs
from pipeline.report.chart_data import TOP_PAIRS
from pipeline.report.chart_memo import chart_key, drawing_version, memoised, stored_picture
from pipeline.report.chart_pairs import (
    Frames,
    PairBuckets,
    body_digest,
    drawn_inputs,
    memo_version,
    ranked_pairs,
)

DRAWN_FILE = "drawn.json"


def reused_chart(
    buckets: PairBuckets,
    memo: Path,
    frames: Frames,
    draw: Callable[[ChartInputs], bytes],
    *,
    unit: str = "USD",
    n_pairs: int = TOP_PAIRS,
) -> bytes:
    """``claims.png`` of the tables ``buckets`` describes (``frames``: their rows by bucket):
    ``memoised(memo, inputs, draw)`` of :func:`~pipeline.report.chart_pairs
    .reused_chart_inputs`' inputs, or the picture ``drawn.json`` names when its key holds."""
    ranking = ranked_pairs(buckets, memo, frames, unit=unit, n_pairs=n_pairs)
    if not ranking.chosen:
        inputs = chart_inputs(*frames(set(range(buckets.n))), unit=unit, n_pairs=n_pairs)
        return memoised(memo, inputs, draw)
    rows = [
        [b, ranking.entries[str(b)].get("facts"), ranking.entries[str(b)].get("claims")]
        for b in sorted(ranking.drawing)
    ]
    null_year = any(e["null_year"] for e in ranking.entries.values())
    body = [memo_version(__name__), drawing_version(), unit, ranking.n_all, ranking.chosen]
    key = hashlib.sha256(json.dumps([*body, rows, null_year]).encode()).hexdigest()
    path = Path(memo) / DRAWN_FILE
    name = _recorded(path, key)
    picture = stored_picture(memo, name) if name else None
    if picture is not None:
        return picture
    inputs = drawn_inputs(ranking, frames, unit)
    picture = memoised(memo, inputs, draw)
    record = {"key": key, "png": chart_key(inputs)}
    with suppress(OSError):  # not recorded: the next release makes the inputs again
        write_atomic(path, json.dumps({**record, "sha256": body_digest(record)}).encode())
    return picture


def _recorded(path: Path, key: str) -> str | None:
    """The picture name recorded for ``key`` (``None``: another key, or any doubt)."""
    with suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        stored = json.loads(path.read_text("utf-8"))
        record = {"key": stored["key"], "png": stored["png"]}
        if stored["sha256"] == body_digest(record) and record["key"] == key:
            name = str(record["png"])
            return name if len(name) == 64 and name.isalnum() else None
    return None
