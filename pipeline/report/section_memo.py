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

The conflicts section is not made from rows at all: it prints every claim of the first
``limit`` conflicting facts, and a fact's lines depend on the fact and its claims only (one
bucket's). Each shown bucket keeps a file of the table lines of its ranked conflicting facts
(:func:`_conflict_file`), true while the bucket's digests are; the section is those lines of
the first ``limit`` keys over all buckets, in key order. A bucket newly shown, changed or whose
file is damaged has its conflicting facts and claims read and its file made again; the others
read nothing (round 57: the conflicts section read 40 % of the facts and claims at 100k
articles, every shown bucket's, in each add-one).

Doubt falls back to the whole tables (``None``): no digests or row buckets, another bucket
count, limit, threshold or code (``version``: this module and all it imports, pandas), a
damaged or unreadable record, a sort key that is not text (pandas puts nulls last; a list
comparison would fail), claims not unique by (fact, figure), a pair in two buckets. Layout:
``<memo>/sections/<bucket>-<sha256, 16 hex>.json`` per bucket (:class:`pipeline.files.Blobs`),
``{"facts", "claims", "counts", "keys", "pairs"}``, written once when the bucket changed, and
``<memo>/sections.json``, ``{"version", "limit", "min_confidence", "n", "files": {bucket: [file,
sha256]}, "conflicts", "sha256"}``, in one rename after them (a file whose bytes do not hash to its sha256 is
a bucket to count again); it names content, not a release, so a crash leaves it true. The
conflict lines: ``<memo>/conflicts/<bucket>-<sha256, 16 hex>.jsonl`` per shown bucket, named in
the index's ``"conflicts": {bucket: [file, sha256, facts digest, claims digest]}``; a file of
other digests or other facts is a bucket to read again.
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
from pipeline.report.md_tables import md_row
from pipeline.report.section_rows import Picks, pair_rows
from pipeline.report.selections import CONFLICT_COLUMNS, conflict_rows_by_fact, fact_order

MEMO_FILE = "sections.json"
BUCKETS_DIR = "sections"
"""One file per bucket's entry, named by its sha256 (written when the bucket changed: the one
file of every bucket was rewritten by each add-one, 1.2 MB at 10k articles)."""
RANKED = ("conflicts_actual", "conflicts_target", "targets", "review")
CONFLICTS_DIR = "conflicts"
"""One file per shown bucket: the conflicts tables' lines of its first ranked facts."""
CONFLICT_SECTIONS = ("conflicts_actual", "conflicts_target")


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


def _conflict_blobs(path: Path) -> Blobs:
    return Blobs(path.parent / CONFLICTS_DIR, ".jsonl")


@dataclass
class _Stored:
    """What :func:`_load` found intact: bucket entries, their files (``{bucket: [file,
    sha256]}``) and the conflict lines' files (``{bucket: [file, sha256, facts digest, claims
    digest]}``)."""

    entries: dict[str, dict]
    files: dict[str, list[str]]
    conflicts: dict[str, list]


def _load(path: Path, settings: dict) -> _Stored:
    """The recorded bucket entries that are intact, their files, and the conflict lines' files
    (read later, for the shown buckets only)."""
    out = _Stored({}, {}, {})
    blobs = _blobs(path)
    with suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        stored = json.loads(path.read_text("utf-8"))
        body = {k: stored[k] for k in (*settings, "files", "conflicts")}
        if stored["sha256"] == _digest(body) and all(body[k] == v for k, v in settings.items()):
            for b, (name, sha) in body["files"].items():
                data = blobs.read(name, sha)
                if data is not None:
                    with suppress(ValueError):
                        out.entries[str(b)], out.files[str(b)] = json.loads(data), [name, sha]
            out.conflicts = {
                str(b): list(v)
                for b, v in body["conflicts"].items()
                if isinstance(v, list) and len(v) == 4
            }
    return out


def _save(
    path: Path,
    settings: dict,
    buckets: dict[str, dict],
    known: dict,
    conflicts: dict[str, list],
    new_conflicts: dict[str, bytes],
) -> None:
    """Write the entries not in ``known`` (``{bucket: [file, sha256]}`` of entries read intact
    and kept) and the conflict lines' files of ``new_conflicts`` (``{bucket: bytes}``, added to
    ``conflicts``, the kept ones) as files, then the index naming every file, then delete
    unnamed files."""
    blobs, lines = _blobs(path), _conflict_blobs(path)
    with suppress(OSError, ValueError, TypeError):  # a record not written costs the next count
        blobs.folder.mkdir(parents=True, exist_ok=True)
        files = {}
        for b, entry in buckets.items():
            if b in known:
                files[b] = known[b]
                continue
            files[b] = list(blobs.write(b, json.dumps(entry, sort_keys=True).encode("utf-8")))
        conflicts = dict(conflicts)
        for b, data in new_conflicts.items():
            entry = buckets[b]
            conflicts[b] = [*lines.write(b, data), entry["facts"], entry["claims"]]
        body = {**settings, "files": files, "conflicts": conflicts}
        write_atomic(path, json.dumps({**body, "sha256": _digest(body)}).encode("utf-8"))
        blobs.sweep({name for name, _ in files.values()})
        lines.sweep({v[0] for v in conflicts.values()})


def _key_ids(entry: dict, name: str) -> list[str]:
    """The fact ids of a bucket entry's ranked keys of section ``name`` (a key ends in it)."""
    return [str(key[-1]) for key in entry["keys"][name]]


def _conflict_file(entry: dict, by_fact: dict[str, list[dict]]) -> bytes:
    """The conflict lines' file of a bucket (``entry``: its record; ``by_fact``: the conflicts
    tables' rows of at least its ranked conflicting facts): a JSON header line ``{"facts",
    "claims": the bucket's digests, "conflicts_actual", "conflicts_target": the fact ids}``,
    then one JSON line per fact id, in that order (actual, then target): the list of that
    fact's table lines. ASCII JSON: no line holds a line break."""
    header = {"facts": entry["facts"], "claims": entry["claims"]}
    body = []
    for name in CONFLICT_SECTIONS:
        header[name] = ids = _key_ids(entry, name)
        for fact_id in ids:
            body.append([md_row(row, CONFLICT_COLUMNS) for row in by_fact.get(fact_id, [])])
    out = [json.dumps(header, sort_keys=True), *(json.dumps(lines) for lines in body)]
    return "\n".join(out).encode("ascii")


def _conflict_lines(data: bytes, entry: dict, wanted: dict[str, int]) -> dict[str, list[list]]:
    """The table lines of the first ``wanted[name]`` facts of each conflicts section from a
    bucket's file (:func:`_conflict_file`), parsing only those; ``ValueError`` when the file
    is not the one of ``entry`` (another content, other facts) or is malformed."""
    parts = data.split(b"\n")
    header = json.loads(parts[0])
    if header.get("facts") != entry["facts"] or header.get("claims") != entry["claims"]:
        raise ValueError("conflict lines of another content")
    out, start = {}, 1
    for name in CONFLICT_SECTIONS:
        ids = header.get(name)
        if ids != _key_ids(entry, name) or wanted[name] > len(ids):
            raise ValueError("conflict lines of other facts")
        out[name] = [json.loads(parts[start + i]) for i in range(wanted[name])]
        if not all(isinstance(x, list) and all(isinstance(t, str) for t in x) for x in out[name]):
            raise ValueError("conflict lines not text")
        start += len(ids)
    if start != len(parts):
        raise ValueError("conflict lines cut or padded")
    return out


def _first_keys(records: dict[str, dict], name: str, k: int) -> list[tuple[str, int]]:
    """The first ``k`` rows of section ``name`` over all buckets: ``(bucket, position among
    the bucket's ranked keys)`` each, in the section's order."""
    keyed = sorted(
        (key, int(b), i) for b, r in records.items() for i, key in enumerate(r["keys"][name])
    )
    return [(str(b), i) for _, b, i in keyed[:k]]


def _conflict_picks(
    rows: BucketRows,
    fresh: dict[str, dict],
    stored: dict[str, list],
    path: Path,
    limit: int,
) -> tuple[tuple[list[str], list[str]], dict[str, list], dict[str, bytes]]:
    """The two conflicts tables' lines (actual, target), the conflict files still true (of
    ``stored``: their buckets' digests unchanged) and the files to write (``{bucket: bytes}``).

    A shown bucket's lines come from its file; a bucket without a true file (changed, newly
    shown, damaged) has the conflicting facts and claims of its rows read and its file made
    again. Raises :class:`_Doubt` when a fact id repeats (one fact's lines would stand for
    two)."""
    first = {name: _first_keys(fresh, name, limit) for name in CONFLICT_SECTIONS}
    for name in CONFLICT_SECTIONS:
        ids = [fresh[b]["keys"][name][i][-1] for b, i in first[name]]
        if len(set(ids)) != len(ids):
            raise _Doubt("a fact id twice among the conflicts shown")
    kept = {
        b: v
        for b, v in stored.items()
        if b in fresh and v[2:] == [fresh[b]["facts"], fresh[b]["claims"]]
    }
    wanted: dict[str, dict[str, int]] = {}
    for name in CONFLICT_SECTIONS:
        for b, i in first[name]:
            counts = wanted.setdefault(b, dict.fromkeys(CONFLICT_SECTIONS, 0))
            counts[name] = max(counts[name], i + 1)
    blobs = _conflict_blobs(path)
    lines: dict[str, dict[str, list[list]]] = {}
    for b, counts in wanted.items():
        if b in kept:
            data = blobs.read(kept[b][0], kept[b][1], key=b)
            with suppress(ValueError, TypeError, AttributeError, IndexError):
                if data is not None:
                    lines[b] = _conflict_lines(data, fresh[b], counts)
        if b not in lines:
            kept.pop(b, None)
    need = sorted(set(wanted) - set(lines), key=int)
    made: dict[str, bytes] = {}
    if need:
        facts, claims = rows.frames({int(b) for b in need}, only=("resolution", "conflicting"))
        if facts["fact_id"].duplicated().any():
            raise _Doubt("a fact id twice among conflicting facts")
        by_fact = conflict_rows_by_fact(facts, claims)
        for b in need:
            made[b] = _conflict_file(fresh[b], by_fact)
            lines[b] = _conflict_lines(made[b], fresh[b], wanted[b])
    tables = tuple(
        [line for b, i in first[name] for line in lines[b][name][i]] for name in CONFLICT_SECTIONS
    )
    return tables, kept, made


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
    stored = _load(path, settings)
    record, known = stored.entries, stored.files
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
        first = {name: _first_buckets(fresh, name, limit) for name in ("targets", "review")}
        conflict_lines, conflicts, made_conflicts = _conflict_picks(
            rows, fresh, stored.conflicts, path, limit
        )
    except (_Doubt, KeyError, TypeError, ValueError):
        return None
    unchanged = {b: f for b, f in known.items() if fresh.get(b) is record.get(b)}
    _save(path, settings, fresh, unchanged, conflicts, made_conflicts)
    return Picks(
        conflict_lines=conflict_lines,
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
