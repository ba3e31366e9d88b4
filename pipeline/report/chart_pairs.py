"""What the chart ranks, kept per release bucket: an add-one recounts only the pairs whose rows
changed (issue 18: an add-one costs what it changes).

Why: :func:`~pipeline.report.chart.chart_inputs` merged every claim with its fact, read every
claim's period and built every claim's pair name (1.2 CPU-s at 100k articles) only to rank the
pairs and draw six of them. The ranking needs, per pair, its points and conflicts; the release
groups facts and claims into buckets by pair, and its bucket memo (:mod:`pipeline.release.reuse`)
knows each bucket's content digest. So the counts of a bucket whose facts and claims digests
equal the recorded ones are taken from the record, the other buckets' rows are counted, and the
drawn pairs' points are made from their own rows: what the whole tables give, same rows, order
and dtypes (a subset of the claims keeps their relative order; a pair lies in one bucket).

Doubt falls back: no digests (a table not read by chunks), another bucket count, unit or code
(``version``), a damaged or unreadable record, a fact count that does not match its buckets,
or no pair at all: :func:`chart_inputs` on the whole tables. A claim without a year
anywhere makes the year column float, as the whole tables' column is (``null_year``). Layout: ``<chart memo>/pairs.json``,
``{"version", "unit", "n", "buckets": {bucket: {"facts", "claims", "null_year", "pairs"}},
"sha256"}``, written in one rename; it names content, not a release, so a crash leaves it true.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.contract.code_version import source_version
from pipeline.files import write_atomic
from pipeline.report.chart import ChartInputs, chart_inputs
from pipeline.report.chart_data import TOP_PAIRS, chart_points, level_claims
from pipeline.report.chart_memo import installed_version

MEMO_FILE = "pairs.json"
Frames = Callable[[set[int]], tuple[pd.DataFrame, pd.DataFrame]]
"""The facts and claims of some buckets, in table order."""


@dataclass(frozen=True)
class PairBuckets:
    """The release's buckets of facts and claims (:mod:`pipeline.release.reuse`): their count,
    each bucket's content digest per table, and the bucket of every facts row in table order."""

    n: int
    facts: dict[str, str]
    claims: dict[str, str]
    fact_buckets: np.ndarray

    @classmethod
    def of(cls, planned: dict[str, tuple], n_facts: int) -> PairBuckets | None:
        """From the store's ``{table: (count, digests, row buckets)}``; ``None`` unless it
        planned facts and claims by chunks, with one count, for all ``n_facts`` facts."""
        if "facts" not in planned or "claims" not in planned:
            return None
        (n, facts, rows), (m, claims, _) = planned["facts"], planned["claims"]
        if n != m or len(rows) != n_facts:
            return None
        return cls(n, dict(facts), dict(claims), rows)


def _whole_frames(
    facts: pd.DataFrame | None, claims: pd.DataFrame | None, buckets: PairBuckets | None
) -> Frames | None:
    """Bucket rows taken from the whole tables (``None`` when ``buckets`` does not fit them)."""
    if facts is None or claims is None or buckets is None:
        return None
    if len(buckets.fact_buckets) != len(facts):
        return None

    def frames(wanted: set[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
        some = facts[np.isin(buckets.fact_buckets, np.array(sorted(wanted), dtype=np.int64))]
        return some, claims[claims["fact_id"].isin(some["fact_id"])]

    return frames


@cache
def memo_version(module: str, packages: tuple[str, ...] = ("pandas",)) -> str:
    """A memo's version: the source of ``module`` (the code that computes what is kept) and the
    versions of ``packages`` (which can change how it computes); 32 hex characters."""
    digest = hashlib.sha256(source_version(module).encode())
    for package in packages:
        digest.update(f"{package}={installed_version(package)}".encode())
    return digest.hexdigest()[:32]


def body_digest(body: dict) -> str:
    """sha256 (hex) of a memo record's JSON body, keys sorted: what a stored record is checked by."""
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode("utf-8")).hexdigest()


def _version() -> str:
    return memo_version(__name__)


_digest = body_digest


def _load(path: Path, unit: str, n: int) -> dict[str, dict]:
    """The recorded buckets (empty on any doubt)."""
    with suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        stored = json.loads(path.read_text("utf-8"))
        body = {k: stored[k] for k in ("version", "unit", "n", "buckets")}
        if stored["sha256"] == _digest(body) and (body["version"], body["unit"], body["n"]) == (
            _version(),
            unit,
            n,
        ):
            return dict(body["buckets"])
    return {}


def _save(path: Path, unit: str, n: int, buckets: dict[str, dict]) -> None:
    body = {"version": _version(), "unit": unit, "n": n, "buckets": buckets}
    with suppress(OSError):  # a record not written only costs the next count
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({**body, "sha256": _digest(body)}).encode("utf-8"))


GROUP_BUCKETS = 32
"""Changed buckets converted to pandas at once by :func:`bucket_groups`' callers."""


def bucket_groups(changed: list[int], size: int | None = None) -> list[list[int]]:
    """``changed`` (bucket numbers) in groups of ``size``, in order: the report's memos count
    and pick per bucket, so a full run (every bucket changed) converts a group of buckets'
    facts and claims to pandas at a time, not the whole tables (issue 18, round 51)."""
    size = size or GROUP_BUCKETS
    return [changed[i : i + size] for i in range(0, len(changed), size)]


def _count(
    facts: pd.DataFrame, claims: pd.DataFrame, fact_buckets: np.ndarray, unit: str
) -> dict[str, dict]:
    """Per bucket of ``facts``: ``null_year`` and ``pairs`` (``[pair, points, conflicts]``)."""
    out = {str(int(b)): {"null_year": False, "pairs": []} for b in np.unique(fact_buckets)}
    level = level_claims(facts.assign(_bucket=fact_buckets), claims, unit, extra=("_bucket",))
    if level is None:
        return out
    bucket = level.merged["_bucket"].to_numpy()
    for b in np.unique(bucket[level.years.isna().to_numpy()]):
        out[str(int(b))]["null_year"] = True
    keep = level.keep
    points = pd.DataFrame(
        {
            "bucket": bucket[keep],
            "pair": level.pairs.to_numpy()[keep],
            "conflict": level.conflict.to_numpy()[keep].astype(np.int64),
        }
    )
    stats = points.groupby(["bucket", "pair"], sort=True).agg(
        points=("conflict", "size"), conflicts=("conflict", "sum")
    )
    for (b, pair), row in zip(stats.index, stats.itertuples(index=False), strict=True):
        out[str(int(b))]["pairs"].append([pair, int(row.points), int(row.conflicts)])
    return out


def reused_chart_inputs(
    facts: pd.DataFrame | None,
    claims: pd.DataFrame | None,
    buckets: PairBuckets | None,
    memo: Path,
    *,
    unit: str = "USD",
    n_pairs: int = TOP_PAIRS,
    frames: Frames | None = None,
) -> ChartInputs:
    """:func:`~pipeline.report.chart.chart_inputs` of ``facts`` and ``claims``, counting only
    the buckets whose digests differ from ``memo``'s record (``memo``: the folder of the chart
    memo); ``buckets`` describes these tables (``None``: count everything, as before).
    ``frames``: instead of the whole tables, the facts and claims of some buckets (in table
    order), so that only the buckets counted or drawn are read."""
    if frames is None:
        frames = _whole_frames(facts, claims, buckets)
    if buckets is None or frames is None:
        return chart_inputs(facts, claims, unit=unit, n_pairs=n_pairs)
    ranking = ranked_pairs(buckets, memo, frames, unit=unit, n_pairs=n_pairs)
    if not ranking.chosen:
        return chart_inputs(*frames(set(range(buckets.n))), unit=unit, n_pairs=n_pairs)
    return drawn_inputs(ranking, frames, unit)


@dataclass(frozen=True)
class Ranking:
    """The pairs ranked from the per-bucket counts: the recorded entry of every bucket
    (``{bucket: {"facts", "claims", "null_year", "pairs"}}``), how many pairs there are, the
    ``chosen`` pairs (drawn) and the buckets holding them."""

    entries: dict[str, dict]
    n_all: int
    chosen: list[str]
    drawing: set[int]


def ranked_pairs(
    buckets: PairBuckets, memo: Path, frames: Frames, *, unit: str, n_pairs: int
) -> Ranking:
    """Count the changed buckets (recorded in ``memo``'s ``pairs.json``), then rank the pairs
    by points, conflicts and name over every bucket's counts."""
    path = Path(memo) / MEMO_FILE
    record = _load(path, unit, buckets.n)
    current = {
        b: {"facts": buckets.facts.get(b), "claims": buckets.claims.get(b)}
        for b in set(buckets.facts) | set(buckets.claims)
    }
    kept, changed = {}, []
    for b, digests in current.items():
        old = record.get(b)
        if isinstance(old, dict) and all(old.get(k) == v for k, v in digests.items()):
            kept[b] = old
        else:
            changed.append(int(b))
    counted = {}
    for group in bucket_groups(changed):  # a bucket's counts are its own (the memo's premise)
        mine = np.isin(buckets.fact_buckets, np.array(group, dtype=np.int64))
        some, some_claims = frames(set(group))
        some_claims = some_claims[some_claims["fact_id"].isin(some["fact_id"])]
        counted.update(_count(some, some_claims, buckets.fact_buckets[mine], unit))
    fresh = dict(kept)
    for b in map(str, changed):
        fresh[b] = {**current[b], **counted.get(b, {"null_year": False, "pairs": []})}
    _save(path, unit, buckets.n, fresh)
    totals: dict[str, list[int]] = {}
    where: dict[str, set[int]] = {}
    for b, entry in fresh.items():
        for pair, points, conflicts in entry["pairs"]:
            total = totals.setdefault(pair, [0, 0])
            total[0] += points
            total[1] += conflicts
            where.setdefault(pair, set()).add(int(b))
    ranked = sorted(totals.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
    chosen = [pair for pair, _ in ranked[:n_pairs]]
    return Ranking(fresh, len(totals), chosen, set().union(*(where[p] for p in chosen)))


def drawn_inputs(ranking: Ranking, frames: Frames, unit: str) -> ChartInputs:
    """The chart's inputs: the chosen pairs' points, from the buckets holding them."""
    some_facts, some_claims = frames(ranking.drawing)
    some_claims = some_claims[some_claims["fact_id"].isin(some_facts["fact_id"])]
    chosen = ranking.chosen
    drawn = chart_points(some_facts, some_claims, unit, choose=lambda _: chosen)
    if any(e["null_year"] for e in ranking.entries.values()) and drawn["year"].dtype != np.float64:
        # the whole tables' years hold a null, so their column is float (years are whole)
        drawn = drawn.assign(year=drawn["year"].astype(np.float64))
    return ChartInputs(unit, ranking.n_all, tuple(chosen), drawn)
