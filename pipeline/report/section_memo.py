"""What the report's sections read, kept per release bucket: an add-one converts and ranks only
the buckets whose facts or claims changed, and the few that hold the rows shown (issue 18: an
add-one costs what it changes).

Why: the report converted every fact and claim to pandas, then sorted every conflict, target
and doubtful claim and counted every pair, to quote the first 200 rows of each section (with
the mirror table and the chart, ~1.9 of the ~5 cProfile CPU-s of a 10k add-one's release).
The release groups facts and claims into buckets by unordered country pair
(:mod:`pipeline.release.parts`) and knows each bucket's content digest. Per bucket the record
keeps the section totals, the sort keys of the bucket's first ``limit`` rows of each ranked
section (conflicts of actual figures and of targets, targets, the review list) and its rows of
the pairs table (a pair lies in one bucket). A bucket whose digests equal the recorded ones is
taken from the record; the others are converted and counted. The first ``limit`` keys over all
buckets name the buckets holding the rows shown; each section is then made, by the same
functions, from those buckets' rows only: the first rows of a subset holding the whole tables'
first rows are those rows, in the same order (each order ends in unique ids), and the totals are
the sums of the buckets'. Tests: the same report bytes as from the whole tables.

Doubt falls back to the whole tables (``None``): no digests or row buckets, another bucket
count, limit, threshold or code (``version``: this module and all it imports, pandas), a
damaged or unreadable record, a sort key that is not text (pandas puts nulls last; a list
comparison would fail), claims not unique by (fact, figure), a pair in two buckets. Layout:
``<memo>/sections/<bucket>-<sha256, 16 hex>.json`` per bucket (:class:`pipeline.files.Blobs`),
``{"facts", "claims", "counts", "keys", "pairs"}``, written once when the bucket changed, and
``<memo>/sections.json``, ``{"version", "limit", "min_confidence", "n", "files": {bucket: [file,
sha256]}, "sha256"}``, in one rename after them (a file whose bytes do not hash to its sha256 is
a bucket to count again); it names content, not a release, so a crash leaves it true.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.arrow import from_arrow
from pipeline.files import Blobs, write_atomic
from pipeline.reconcile.review import _chosen
from pipeline.report.chart_pairs import body_digest, bucket_groups, memo_version
from pipeline.report.section_rows import Picks, pair_rows
from pipeline.report.selections import fact_order

MEMO_FILE = "sections.json"
BUCKETS_DIR = "sections"
"""One file per bucket's entry, named by its sha256 (written when the bucket changed: the one
file of every bucket was rewritten by each add-one, 1.2 MB at 10k articles)."""
RANKED = ("conflicts_actual", "conflicts_target", "targets", "review")


class _Doubt(Exception):
    """Rows the record cannot describe faithfully: the whole tables decide."""


@dataclass
class BucketRows:
    """Facts and claims as the release read them (Arrow), the bucket of each row, and each
    bucket's digest per table (:meth:`~pipeline.release.reuse.BucketMemo.row_buckets`)."""

    n: int
    facts: pa.Table | ChunkRows
    claims: pa.Table | ChunkRows
    fact_buckets: np.ndarray
    claim_buckets: np.ndarray
    fact_digests: dict[str, str]
    claim_digests: dict[str, str]

    @classmethod
    def of(cls, planned: dict[str, tuple], facts: object, claims: object) -> BucketRows | None:
        """From the store's ``{table: (count, digests, row buckets)}`` and the Arrow tables it
        was given; ``None`` unless both were planned by chunks, with one count, row for row."""
        if not (_rows_source(facts) and _rows_source(claims)):
            return None
        if "facts" not in planned or "claims" not in planned:
            return None
        (n, fd, fb), (m, cd, cb) = planned["facts"], planned["claims"]
        if n != m or len(fb) != facts.num_rows or len(cb) != claims.num_rows:
            return None
        return cls(n, facts, claims, np.asarray(fb), np.asarray(cb), dict(fd), dict(cd))

    def frames(
        self, buckets: set[int], only: tuple[str, str] | None = None, claims: bool = True
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The facts and claims of ``buckets`` as pandas (the rows in table order); ``only``
        ``(column, value)``: the facts with that value only, and their claims; ``claims``
        False: an empty frame for the claims."""
        wanted = np.array(sorted(buckets), dtype=np.int64)
        # the buckets' rows first, then ``only`` among them: the same rows, in table order
        facts = _rows_where(self.facts, np.isin(self.fact_buckets, wanted))
        if only is not None:
            facts = facts.filter(pc.fill_null(pc.equal(facts[only[0]], only[1]), False))
        if not claims:
            return from_arrow(facts), pd.DataFrame()
        rows = _rows_where(self.claims, np.isin(self.claim_buckets, wanted))
        if only is not None:
            rows = rows.filter(pc.is_in(rows["fact_id"], value_set=facts["fact_id"]))
        return from_arrow(facts), from_arrow(rows)


class ChunkRows(Protocol):
    """A table not read whole (the release's ``StoredChunks``: the report imports nothing of
    the release): its row count, and its rows where a mask is true, in table order."""

    @property
    def num_rows(self) -> int: ...

    def rows_where(self, mask: np.ndarray) -> pa.Table: ...

    def read(self) -> pa.Table: ...


def _rows_source(table: object) -> bool:
    """Whether ``table`` is Arrow or a :class:`ChunkRows`."""
    return isinstance(table, pa.Table) or (
        hasattr(table, "rows_where") and hasattr(table, "num_rows") and hasattr(table, "read")
    )


def _rows_where(table: pa.Table | ChunkRows, mask: np.ndarray) -> pa.Table:
    """The rows of ``table`` where ``mask`` is true (one bool per row), in table order."""
    if isinstance(table, pa.Table):
        return table.filter(pa.array(mask))
    return table.rows_where(mask)


def _version() -> str:
    return memo_version(__name__)


_digest = body_digest


def _texts(frame: pd.DataFrame, columns: list[str]) -> None:
    for column in columns:
        if not frame[column].map(lambda v: isinstance(v, str)).all():
            raise _Doubt(column)


def _ranked_keys(
    facts: pd.DataFrame, claims: pd.DataFrame, where: np.ndarray, min_confidence: float, k: int
) -> dict[str, dict[int, list]]:
    """Per ranked section, per bucket: the sort keys of the bucket's first ``k`` rows."""
    out: dict[str, dict[int, list]] = {name: {} for name in RANKED}
    if len(facts):
        order = fact_order(facts.reset_index(drop=True)).assign(_b=where)
        _texts(order, ["pair", "flow", "scope", "end", "start", "measure", "fact_id"])
        resolution, status = facts["resolution"].to_numpy(), facts["status"].to_numpy()
        conflicting = resolution == "conflicting"
        masks = {
            "conflicts_actual": conflicting & (status == "actual"),
            "conflicts_target": conflicting & (status != "actual"),
            "targets": status == "target",
        }
        columns = [c for c in order.columns if c != "_b"]
        for name, mask in masks.items():
            ranked = order[mask].sort_values(columns, kind="mergesort").groupby("_b").head(k)
            for b, key in zip(ranked["_b"], ranked[columns].values.tolist(), strict=True):
                out[name].setdefault(int(b), []).append([int(key[0]), *key[1:]])
    if len(facts) and len(claims):
        chosen, _, _, review = _chosen(facts, claims, min_confidence)
        picked = claims.loc[chosen, ["fact_id", "figure_id"]]
        if picked.duplicated().any():
            raise _Doubt("claims not unique by fact and figure")
        of = facts.drop_duplicates("fact_id").set_index("fact_id")
        keys = pd.DataFrame(
            {
                "_o": (~picked["fact_id"].isin(review)).astype(int).to_numpy(),
                **{c: picked["fact_id"].map(of[c]).to_numpy() for c in ("reporter", "partner")},
                "flow": picked["fact_id"].map(of["flow"]).to_numpy(),
                "fact_id": picked["fact_id"].to_numpy(),
                "figure_id": picked["figure_id"].to_numpy(),
                "_b": picked["fact_id"].map(pd.Series(where, index=facts["fact_id"])).to_numpy(),
            }
        )
        _texts(keys, ["reporter", "partner", "flow", "fact_id", "figure_id"])
        columns = ["_o", "reporter", "partner", "flow", "fact_id", "figure_id"]
        ranked = keys.sort_values(columns, kind="mergesort").groupby("_b").head(k)
        for b, key in zip(ranked["_b"], ranked[columns].values.tolist(), strict=True):
            out["review"].setdefault(int(b), []).append([int(key[0]), *key[1:]])
    return out


def _per_bucket(where: np.ndarray) -> list[tuple[int, int]]:
    """``(bucket, rows)`` of each bucket in ``where``."""
    buckets, counts = np.unique(where, return_counts=True)
    return list(zip(buckets.tolist(), counts.tolist(), strict=True))


def _records(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    fact_where: np.ndarray,
    claim_where: np.ndarray,
    buckets: list[int],
    min_confidence: float,
    k: int,
) -> dict[int, dict]:
    """The record of each of ``buckets`` from its rows (``facts``, ``claims``: theirs)."""
    out = {b: {"counts": {}, "keys": {n: [] for n in RANKED}, "pairs": []} for b in buckets}
    for b in buckets:
        counts = out[b]["counts"]
        counts["facts"] = int((fact_where == b).sum())
        counts["claims"] = int((claim_where == b).sum())
    if len(facts):
        resolution, status = facts["resolution"], facts["status"]
        totals = {
            "conflicting": resolution == "conflicting",
            "conflicting_actual": (resolution == "conflicting") & (status == "actual"),
            "conflicting_target": (resolution == "conflicting") & (status != "actual"),
            "targets": status == "target",
        }
        for name, mask in totals.items():
            for b, c in _per_bucket(fact_where[mask.to_numpy()]):
                out[int(b)]["counts"][name] = int(c)
        by = pd.DataFrame({"b": fact_where, "r": resolution.to_numpy()}).value_counts()
        for (b, r), c in by.items():
            out[int(b)]["counts"][f"resolution:{r}"] = int(c)
        pairs = pair_rows(facts, claims, len(facts) + 1)
        reporter, partner = facts["reporter"].astype(str), facts["partner"].astype(str)
        low = reporter.where(reporter <= partner, partner)
        high = partner.where(reporter <= partner, reporter)
        where_of = pd.DataFrame({"pair": (low + "–" + high).to_numpy(), "b": fact_where})
        where_of = where_of.drop_duplicates()
        if where_of["pair"].duplicated().any():
            raise _Doubt("a pair in two buckets")
        bucket_of = dict(zip(where_of["pair"], where_of["b"], strict=True))
        for row in pairs:
            out[int(bucket_of[row["pair"]])]["pairs"].append(row)
    if len(facts) and len(claims):
        chosen = _chosen(facts, claims, min_confidence)[0].to_numpy()
        for b, c in _per_bucket(claim_where[chosen]):
            out[int(b)]["counts"]["review"] = int(c)
    for name, per_bucket in _ranked_keys(facts, claims, fact_where, min_confidence, k).items():
        for b, keys in per_bucket.items():
            out[b]["keys"][name] = keys
    return out


def _blobs(path: Path) -> Blobs:
    return Blobs(path.parent / BUCKETS_DIR, ".json")


def _load(path: Path, settings: dict) -> tuple[dict[str, dict], dict[str, list[str]]]:
    """The recorded bucket entries that are intact, and their files (``[name, sha256]``)."""
    entries: dict[str, dict] = {}
    files: dict[str, list[str]] = {}
    blobs = _blobs(path)
    with suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        stored = json.loads(path.read_text("utf-8"))
        body = {k: stored[k] for k in (*settings, "files")}
        if stored["sha256"] == _digest(body) and all(body[k] == v for k, v in settings.items()):
            for b, (name, sha) in body["files"].items():
                data = blobs.read(name, sha)
                if data is not None:
                    with suppress(ValueError):
                        entries[str(b)], files[str(b)] = json.loads(data), [name, sha]
    return entries, files


def _save(path: Path, settings: dict, buckets: dict[str, dict], known: dict) -> None:
    """Write the entries not in ``known`` (``{bucket: [file, sha256]}`` of entries read intact
    and kept) as files, then the index naming every entry's file, then delete unnamed files."""
    blobs = _blobs(path)
    with suppress(OSError, ValueError, TypeError):  # a record not written costs the next count
        blobs.folder.mkdir(parents=True, exist_ok=True)
        files = {}
        for b, entry in buckets.items():
            if b in known:
                files[b] = known[b]
                continue
            files[b] = list(blobs.write(b, json.dumps(entry, sort_keys=True).encode("utf-8")))
        body = {**settings, "files": files}
        write_atomic(path, json.dumps({**body, "sha256": _digest(body)}).encode("utf-8"))
        blobs.sweep({name for name, _ in files.values()})


def _first_buckets(records: dict[str, dict], name: str, k: int) -> set[int]:
    """The buckets holding the first ``k`` rows of section ``name`` over all buckets."""
    keyed = sorted((key, int(b)) for b, r in records.items() for key in r["keys"][name])
    return {b for _, b in keyed[:k]}


def section_picks(
    rows: BucketRows | None,
    memo: Path,
    *,
    min_confidence: float,
    limit: int,
    pairs_shown: int,
) -> Picks | None:
    """What the sections read (:class:`~pipeline.report.section_rows.Picks`), converting and
    counting only the buckets whose digests differ from ``memo``'s record (``memo``: a folder);
    ``None`` (make the report from the whole tables) on any doubt."""
    if rows is None:
        return None
    settings = {
        "version": _version(),
        "limit": limit,
        "min_confidence": min_confidence,
        "n": rows.n,
    }
    path = Path(memo) / MEMO_FILE
    record, known = _load(path, settings)
    current = {
        b: {"facts": rows.fact_digests.get(b), "claims": rows.claim_digests.get(b)}
        for b in set(rows.fact_digests) | set(rows.claim_digests)
    }
    fresh: dict[str, dict] = {}
    changed = []
    for b, digests in current.items():
        old = record.get(b)
        if isinstance(old, dict) and all(old.get(k) == v for k, v in digests.items()):
            fresh[b] = old
        else:
            changed.append(int(b))
    try:
        made = {}
        for group in bucket_groups(changed):  # a bucket's records are its own (the memo's premise)
            facts, claims = rows.frames(set(group))
            wanted = np.array(group, dtype=np.int64)
            fact_where = rows.fact_buckets[np.isin(rows.fact_buckets, wanted)]
            claim_where = rows.claim_buckets[np.isin(rows.claim_buckets, wanted)]
            made.update(
                _records(facts, claims, fact_where, claim_where, group, min_confidence, limit)
            )
            del facts, claims
        for b, entry in made.items():
            fresh[str(b)] = {**current[str(b)], **entry}
        counts: dict[str, int] = {}
        for entry in fresh.values():
            for name, value in entry["counts"].items():
                counts[name] = counts.get(name, 0) + int(value)
        for name in ("conflicting", "conflicting_actual", "conflicting_target", "targets"):
            counts.setdefault(name, 0)
        counts.setdefault("review", 0)
        ranked_pairs = sorted(
            (row for entry in fresh.values() for row in entry["pairs"]),
            key=lambda r: (-r["claims"], -r["facts"], r["pair"]),
        )
        first = {name: _first_buckets(fresh, name, limit) for name in RANKED}
    except (_Doubt, KeyError, TypeError, ValueError):
        return None
    _save(path, settings, fresh, {b: f for b, f in known.items() if fresh.get(b) is record.get(b)})
    shown = first["conflicts_actual"] | first["conflicts_target"]
    return Picks(
        conflicts=rows.frames(shown, only=("resolution", "conflicting")),
        review=rows.frames(first["review"]),
        targets=rows.frames(first["targets"], only=("status", "target"), claims=False)[0],
        pairs=ranked_pairs[:pairs_shown],
        counts=counts,
    )


class ReportTables(Mapping[str, pd.DataFrame]):
    """The report's tables; a ``kept`` table still in Arrow is converted when first read, and
    put back into ``kept`` so (the report made from the bucket memos never reads facts and
    claims whole)."""

    def __init__(self, loaded: dict[str, pd.DataFrame], kept: dict) -> None:
        self._loaded, self._kept = dict(loaded), kept

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._loaded:
            kept = self._kept[name]
            if not isinstance(kept, pa.Table | pd.DataFrame) and _rows_source(kept):
                kept = kept.read()  # chunks unread (the whole-table report): read once
            if isinstance(kept, pa.Table):  # converted once, also for the next reader
                kept = self._kept[name] = from_arrow(kept)
            self._loaded[name] = kept
        return self._loaded[name]

    def __iter__(self) -> Iterator[str]:
        return iter([*self._kept, *(n for n in self._loaded if n not in self._kept)])

    def __len__(self) -> int:
        return len(set(self._kept) | set(self._loaded))
