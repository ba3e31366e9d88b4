"""The mirror table kept per release bucket: an add-one recomputes only the mirror rows of the
buckets whose facts or claims changed (issue 18: an add-one costs what it changes).

Why: :func:`~pipeline.reconcile.mirror.mirror_flows` filtered every fact, matched every export
with its import and chose a side value for every claim of them (0.48 of the ~5 cProfile CPU-s
of a 10k add-one's release) to give a few hundred rows, nearly all of them those of the
previous release. A mirror row pairs A's exports to B with B's imports from A: both facts have
the unordered pair A-B, the key of the release's buckets of facts and claims
(:mod:`pipeline.release.parts`), so a row is a function of its bucket's facts and claims only.
Rows of a bucket whose facts and claims digests equal the recorded ones are taken from the
record; the other buckets' rows are computed from those buckets' facts and claims; the union,
in ``mirror_flows``' order (exporter, importer, period end, ``mirror_id``: unique), is the frame
the whole tables give (tests: same frame, same ``mirror.parquet`` bytes).

Doubt falls back to the whole tables: no digests, another bucket count, band, confidence
threshold or code (``version``: this module and all it imports, pandas and pyarrow), a damaged
or unreadable record, rows file or row count, a kept row whose bucket is unknown. Layout:
``<memo>/mirror.json`` (``{"version", "band", "min_confidence", "n", "buckets": {bucket:
{"facts", "claims"}}, "rows": [bucket of each row], "rows_sha256", "sha256"}``) and
``<memo>/mirror-rows.arrow`` (the rows, Arrow IPC), each written in one rename, the rows first;
it names content, not a release, so a crash leaves it true or detectably stale.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.contract.arrow import from_arrow, to_arrow
from pipeline.contract.tables import pick
from pipeline.files import write_atomic
from pipeline.reconcile.mirror import mirror_flows
from pipeline.report.chart_pairs import body_digest, memo_version

if TYPE_CHECKING:
    from pipeline.report.section_memo import BucketRows

RECORD_FILE = "mirror.json"
ROWS_FILE = "mirror-rows.arrow"
ORDER = list(pick("mirror", "exporter", "importer", "period_end", "mirror_id"))
"""``mirror_flows``' row order (``mirror_id`` unique: a total order)."""


def _version() -> str:
    return memo_version(__name__, ("pandas", "pyarrow"))


_digest = body_digest


def _settings(band: tuple[float, float], min_confidence: float | None, n: int) -> dict:
    return {
        "version": _version(),
        "band": [float(band[0]), float(band[1])],
        "min_confidence": min_confidence,
        "n": n,
    }


def _load(memo: Path, settings: dict) -> tuple[dict[str, dict], pd.DataFrame, np.ndarray] | None:
    """``(buckets, rows, bucket of each row)`` recorded for ``settings``; ``None`` on any doubt."""
    with suppress(OSError, ValueError, TypeError, KeyError, AttributeError, pa.ArrowException):
        stored = json.loads((memo / RECORD_FILE).read_text("utf-8"))
        body = {k: stored[k] for k in (*settings, "buckets", "rows", "rows_sha256")}
        if stored["sha256"] != _digest(body) or any(body[k] != v for k, v in settings.items()):
            return None
        data = (memo / ROWS_FILE).read_bytes()
        if hashlib.sha256(data).hexdigest() != body["rows_sha256"]:
            return None
        rows = from_arrow(pa.ipc.open_stream(data).read_all())
        where = np.asarray(body["rows"], dtype=np.int64)
        if len(where) != len(rows):
            return None
        return dict(body["buckets"]), rows, where
    return None


def _save(memo: Path, settings: dict, buckets: dict, rows: pd.DataFrame, where: np.ndarray) -> None:
    with suppress(OSError, ValueError, TypeError, pa.ArrowException):  # a miss costs a recompute
        table = to_arrow(rows, "mirror")
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        data = sink.getvalue().to_pybytes()
        memo.mkdir(parents=True, exist_ok=True)
        write_atomic(memo / ROWS_FILE, data)
        body = {
            **settings,
            "buckets": buckets,
            "rows": [int(b) for b in where],
            "rows_sha256": hashlib.sha256(data).hexdigest(),
        }
        write_atomic(memo / RECORD_FILE, json.dumps({**body, "sha256": _digest(body)}).encode())


def reused_mirror_flows(
    rows: BucketRows,
    memo: Path,
    *,
    band: tuple[float, float],
    min_confidence: float | None,
) -> pd.DataFrame:
    """:func:`~pipeline.reconcile.mirror.mirror_flows` of ``rows``' facts and claims, computing
    only the buckets whose digests differ from ``memo``'s record (``memo``: a folder)."""
    settings = _settings(band, min_confidence, rows.n)
    current = {
        b: {"facts": rows.fact_digests.get(b), "claims": rows.claim_digests.get(b)}
        for b in set(rows.fact_digests) | set(rows.claim_digests)
    }
    record = _load(Path(memo), settings)
    old, kept, where = record if record is not None else ({}, None, np.empty(0, np.int64))
    same = [int(b) for b, d in current.items() if old.get(b) == d]
    if kept is None or not np.isin(where, [int(b) for b in old]).all():
        same, kept = [], None
    every = {int(b) for b in current} | set(np.unique(rows.fact_buckets).tolist())
    facts, claims = rows.frames(every - set(same))  # the claims of these facts are theirs
    fresh = mirror_flows(facts, claims, band, min_confidence)
    facts_where = rows.fact_buckets[~np.isin(rows.fact_buckets, np.array(same, dtype=np.int64))]
    of_fact = pd.Series(facts_where, index=facts["fact_id"].to_numpy())
    fresh_where = fresh["exports_fact_id"].map(of_fact).to_numpy(dtype=np.int64)
    parts = [(fresh, fresh_where)]
    if kept is not None and len(kept):
        keep = np.isin(where, np.array(same, dtype=np.int64))
        parts.insert(0, (kept[keep], where[keep]))
    parts = [(p, w) for p, w in parts if len(p)]
    if not parts:
        out, out_where = fresh, fresh_where
    elif len(parts) == 1:
        out, out_where = parts[0]
    else:
        both = pd.concat([p for p, _ in parts], ignore_index=True)
        both = both.assign(_where=np.concatenate([w for _, w in parts])).sort_values(ORDER)
        out, out_where = both.drop(columns="_where"), both["_where"].to_numpy()
    out = out.reset_index(drop=True)
    if len(out) and not out["mirror_id"].is_unique:  # not a total order: do not trust it
        return mirror_flows(*rows.frames(set(range(rows.n))), band, min_confidence)
    if len(out_where) == len(out):
        _save(Path(memo), settings, current, out, np.asarray(out_where))
    return out
