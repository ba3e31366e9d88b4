"""Parts of buckets whose rows did not change are carried over from the previous publish, neither
sorted, sliced nor fingerprinted (issue 18: an add-one at 100k articles fingerprinted ~2,000
parts, sorting every table whole, to learn that ~12 changed).

How: a release table is read from the IO manager's chunked table (:mod:`pipeline.release
.chunks`), whose chunk files are content-addressed and never change in place. Each row gets a
64-bit content hash (pandas' ``hash_pandas_object``; list columns by their ``repr``), computed
only for chunks without a kept entry (``<data>/cache/release-rows/<table>/``, one file per
chunk written once, :class:`~pipeline.release.chunk_arrays.ChunkArrays`; a single file of every
row's hash was rewritten whole by each add-one before, 1.8 MB at 10k). A bucket's *digest* is the sha256 of its rows'
hashes in table order. A part is its bucket's rows in sort order, ties in table order
(:func:`~pipeline.release.parts.table_parts`), so a bucket with the digest of the previous
publish (same bucket count, Arrow schema, parts code and build path) has the same part: it is
linked from its object. Every other bucket is built as before. Claims whose fact moved pair
move bucket, which changes both digests.

Doubt falls back to building: a record of another parts code or pyarrow (``memo_version``),
another bucket count, schema or build path, a row file that does not match its record
(sha256), a damaged record, or a carried object that is missing or fails its stamp and hash
(:mod:`pipeline.release.stamps`): that bucket, or the whole table, is built. Layout:
``<data>/cache/release-buckets.json``, ``{"version", "tables": {table: record}, "sha256"}``, and
the row files, each written with one rename before the record naming it; only the latest
publish is kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.contract.hashing import file_sha256, sha256_hex
from pipeline.files import write_atomic
from pipeline.release.chunk_arrays import ChunkArrays
from pipeline.release.fingerprint import memo_version
from pipeline.release.stamps import ObjectStamps

REUSE_FILE = Path("cache") / "release-buckets.json"
ROWS_DIR = Path("cache") / "release-rows"
ROWS_VERSION = f"release-rows-2|pandas={pd.__version__}|"
"""What a chunk's row hashes depend on besides its bytes (with ``memo_version``)."""
BUCKETS_DIR = Path("cache") / "release-row-buckets"
ROW_KEYED = ("documents", "sentences", "figures", "facts")
"""Tables whose chunks' row buckets are kept per chunk name, for :mod:`pipeline.release
.stored_parts`: a row's bucket is a function of the row alone (its ``doc_id``, a fact's
unordered country pair; not so for claims, whose bucket is their fact's pair)."""
FACT_KEYS_DIR = Path("cache") / "release-row-facts"
FACT_KEYED = ("facts", "claims")
"""Tables whose chunks' ``fact_id`` hashes (:func:`fact_key_hashes`) are kept per chunk name:
a claim's bucket is its fact's, looked up by them (:mod:`pipeline.release.stored_parts`)."""

Layout = list[tuple[str, int]]
"""A table's chunks in row order: ``(chunk name, rows)``."""


@dataclass(frozen=True)
class Carried:
    """A part carried over from the previous publish: its object is linked as it is."""

    name: str
    sha256: str
    rows: int
    size: int
    path: Path


def part_name_of(bucket: int) -> str:
    """``parts.part_name`` of a Parquet part (not imported: ``parts`` imports this module)."""
    return f"part-{bucket:05d}.parquet"


def row_hashes(rows: pa.Table) -> np.ndarray:
    """A 64-bit content hash of each row of ``rows`` (list columns hashed by their ``repr``)."""
    if rows.num_rows == 0:
        return np.zeros(0, dtype=np.uint64)
    columns = {}
    for i, kind in enumerate(rows.schema.types):
        column = rows.column(i)
        if pa.types.is_nested(kind):
            columns[f"c{i}"] = pd.Series([repr(v) for v in column.to_pylist()], dtype=object)
        else:
            columns[f"c{i}"] = column.to_pandas(date_as_object=True)
    frame = pd.DataFrame(columns)
    return pd.util.hash_pandas_object(frame, index=False).to_numpy(dtype=np.uint64)


def fact_key_hashes(fact_ids: pa.ChunkedArray | pa.Array) -> np.ndarray | None:
    """A 64-bit hash of each ``fact_id`` (``uint64``; pandas' ``hash_array`` of the text, stable
    across processes), or ``None`` when a fact id is null or not text."""
    if not pa.types.is_string(fact_ids.type) or fact_ids.null_count:
        return None
    values = np.asarray(fact_ids.to_numpy(zero_copy_only=False), dtype=object)
    return pd.util.hash_array(values, categorize=False).astype(np.uint64)


def bucket_digests(buckets: np.ndarray, hashes: np.ndarray) -> dict[str, str]:
    """``{bucket: sha256 of its rows' hashes in table order}`` (32 hex digits)."""
    order = np.argsort(buckets, kind="stable")
    ordered, ordered_hashes = buckets[order], hashes[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(order) else []
    ends = np.r_[starts[1:], len(order)] if len(order) else []
    return {
        str(int(ordered[a])): hashlib.sha256(ordered_hashes[a:b].tobytes()).hexdigest()[:32]
        for a, b in zip(starts, ends, strict=True)
    }


@dataclass
class BucketMemo:
    """The records of one data folder: read at the start of a publish, written at its end."""

    data_dir: Path
    locate: Callable[[Path, str, str], Path]
    """Where an object lives (``objects.object_path``: not imported, as ``parts`` imports this
    module and ``objects`` imports ``parts`` through ``layout``)."""
    stamps: ObjectStamps | None = None
    records: dict[str, dict] = field(default_factory=dict)
    fresh: dict[str, dict] = field(default_factory=dict)
    rows_hashed: int = 0
    _rows: dict[str, tuple] = field(default_factory=dict)
    """Per table planned: its row-hash store, the chunks' hashes computed, its chunk names."""
    _buckets: dict[str, tuple] = field(default_factory=dict)
    """Per ``ROW_KEYED`` table planned: its row-bucket store, new chunks' buckets, names."""
    _keys: dict[str, tuple] = field(default_factory=dict)
    """Per ``FACT_KEYED`` table planned: its fact-id hash store, new chunks' hashes, names."""

    @classmethod
    def load(
        cls,
        data_dir: Path,
        locate: Callable[[Path, str, str], Path],
        stamps: ObjectStamps | None = None,
    ) -> BucketMemo:
        """The records of ``data_dir`` (empty when missing, unreadable, damaged or of other
        parts code)."""
        memo = cls(Path(data_dir), locate, stamps)
        with suppress(OSError, ValueError, TypeError, AttributeError, KeyError):
            stored = json.loads((memo.data_dir / REUSE_FILE).read_text("utf-8"))
            tables = stored["tables"]
            if stored["version"] == memo_version() and stored["sha256"] == _digest(tables):
                memo.records = dict(tables)
        return memo

    def plan(
        self,
        table: str,
        layout: Layout | None,
        arrow: pa.Table,
        buckets: np.ndarray,
        n: int,
        path: str,
    ) -> tuple[set[int] | None, list[Carried]]:
        """``(buckets to build, parts carried)`` for ``table`` (``arrow``, read from the chunks
        of ``layout`` in that order) whose rows fall in ``buckets`` of ``n``; ``(None, [])``:
        build every bucket. Notes what to record for the next publish either way (``path``:
        how the table reached the store)."""
        if layout is None or sum(rows for _, rows in layout) != arrow.num_rows:
            return None, []
        schema = sha256_hex(arrow.schema.serialize().to_pybytes())[:32]
        old = self.records.get(table) or {}
        hashes = self._hashes(table, layout, arrow)
        self._keep_buckets(table, layout, buckets, n)
        self._keep_fact_keys(table, layout, arrow)
        digests = bucket_digests(buckets, hashes)
        self.note(table, n, path, schema, layout, digests, hashes, buckets)
        if (old.get("n"), old.get("path"), old.get("schema")) != (n, path, schema):
            return None, []
        try:
            before, lines = old["digests"], old["parts"]
            carried = [
                part
                for bucket_text, digest in digests.items()
                if (part := self.carried(before, lines, bucket_text, digest)) is not None
            ]
            changed = {int(b) for b in digests} - {int(p.name[5:10]) for p in carried}
        except (ValueError, TypeError, KeyError, AttributeError):
            return None, []
        return changed, carried

    def note(
        self,
        table: str,
        n: int,
        path: str,
        schema: str,
        layout: Layout,
        digests: dict[str, str],
        hashes: np.ndarray,
        buckets: np.ndarray,
    ) -> None:
        """What to record of ``table`` for the next publish (``save`` writes it; ``placed``
        adds each part): its bucket count, build path, schema digest, chunks, bucket digests,
        and every row's hash and bucket (``hashes`` go to the row files, ``buckets`` to
        :meth:`row_buckets`)."""
        self.fresh[table] = {
            "n": n,
            "path": path,
            "schema": schema,
            "chunks": [[name, rows] for name, rows in layout],
            "digests": digests,
            "parts": {},
            "_hashes": hashes,
            "_buckets": buckets,
        }

    def carried(
        self, before: Mapping[str, str], lines: Mapping[str, str], bucket_text: str, digest: str
    ) -> Carried | None:
        """The previous publish's part of bucket ``bucket_text``, if it can be carried: the
        bucket's digest is the recorded one (``before``; same rows) and its part object
        (``lines``) is intact; ``None``: the bucket is built (one without a recorded part too)."""
        line = lines.get(bucket_text) if before.get(bucket_text) == digest else None
        part = self.intact(line) if line is not None else None
        return part if part is not None and part.name == part_name_of(int(bucket_text)) else None

    def keep_arrays(
        self,
        table: str,
        names: list[str],
        hashes: tuple[ChunkArrays, dict[str, np.ndarray]],
        buckets: tuple[ChunkArrays, dict[str, np.ndarray]] | None,
        fact_keys: tuple[ChunkArrays, dict[str, np.ndarray]] | None = None,
    ) -> None:
        """Note the row hashes, row buckets (``ROW_KEYED``) and fact-id hashes (``FACT_KEYED``)
        of ``table``'s new chunks, each as (its store, ``{chunk: array}``; ``names``: the
        table's chunks in order), saved with the record by :meth:`save` (the arrays an
        incremental build computed, :mod:`~.stored_parts`); ``None``: none kept."""
        self._rows[table] = (*hashes, names)
        if buckets is not None:
            self._buckets[table] = (*buckets, names)
        if fact_keys is not None:
            self._keys[table] = (*fact_keys, names)

    def forget(self, table: str) -> None:
        """Drop what was noted of ``table`` (it is built as before, which notes it again)."""
        self.fresh.pop(table, None)
        self._rows.pop(table, None)
        self._buckets.pop(table, None)
        self._keys.pop(table, None)

    def row_buckets(self) -> dict[str, tuple[int, dict[str, str], np.ndarray]]:
        """``{table: (bucket count, {bucket: digest}, bucket of each row)}`` of the tables
        this publish planned (read by chunks): what the report's per-bucket memos key on."""
        return {t: (r["n"], dict(r["digests"]), r["_buckets"]) for t, r in self.fresh.items()}

    def _hashes(self, table: str, layout: Layout, arrow: pa.Table) -> np.ndarray:
        """Every row's hash: kept per chunk (:class:`~pipeline.release.chunk_arrays.ChunkArrays`,
        written once per chunk), computed for chunks without an intact entry."""
        store = self.row_store(table)
        kept = store.load([name for name, _ in layout])
        hashes = np.empty(arrow.num_rows, dtype=np.uint64)
        fresh: dict[str, np.ndarray] = {}
        start = 0
        for name, rows in layout:
            mine = kept.get(name)
            if mine is None or len(mine) != rows:
                mine = fresh[name] = row_hashes(arrow.slice(start, rows))
                self.rows_hashed += rows
            hashes[start : start + rows] = mine
            start += rows
        self._rows[table] = (store, fresh, [name for name, _ in layout])
        return hashes

    def row_store(self, table: str) -> ChunkArrays:
        """The kept row hashes of ``table``'s chunks."""
        return ChunkArrays(self.data_dir / ROWS_DIR / table, ROWS_VERSION + memo_version())

    def bucket_store(self, table: str, n: int) -> ChunkArrays:
        """The kept row buckets of ``table``'s chunks for ``n`` buckets (``ROW_KEYED`` only)."""
        version = f"{ROWS_VERSION}{memo_version()}|n={n}"
        return ChunkArrays(self.data_dir / BUCKETS_DIR / table, version)

    def fact_key_store(self, table: str) -> ChunkArrays:
        """The kept ``fact_id`` hashes of ``table``'s chunks (``FACT_KEYED`` only)."""
        return ChunkArrays(self.data_dir / FACT_KEYS_DIR / table, ROWS_VERSION + memo_version())

    def _keep_fact_keys(self, table: str, layout: Layout, arrow: pa.Table) -> None:
        """Note the ``fact_id`` hashes of ``table``'s chunks not kept yet (saved by
        :meth:`save`; none when a fact id is null or not text)."""
        if table not in FACT_KEYED or "fact_id" not in arrow.column_names:
            return
        store = self.fact_key_store(table)
        kept = store.load([name for name, _ in layout])
        fresh, start = {}, 0
        for name, rows in layout:
            if len(kept.get(name, ())) != rows:
                hashed = fact_key_hashes(arrow.column("fact_id").slice(start, rows))
                if hashed is None:
                    return
                fresh[name] = hashed
            start += rows
        self._keys[table] = (store, fresh, [name for name, _ in layout])

    def _keep_buckets(self, table: str, layout: Layout, buckets: np.ndarray, n: int) -> None:
        """Note the row buckets of ``table``'s chunks not kept yet (saved by :meth:`save`)."""
        if table not in ROW_KEYED:
            return
        store = self.bucket_store(table, n)
        kept = store.load([name for name, _ in layout])
        fresh, start = {}, 0
        for name, rows in layout:
            if len(kept.get(name, ())) != rows:
                fresh[name] = buckets[start : start + rows].astype(np.uint64)
            start += rows
        self._buckets[table] = (store, fresh, [name for name, _ in layout])

    def intact(self, line: str) -> Carried | None:
        """The part object a record ``line`` ("name sha rows size") names, if its bytes are
        still that sha256 (stamp or hash); ``None`` when gone or changed."""
        name, sha, rows, size = line.split(" ")
        path = self.locate(self.data_dir, sha, Path(name).suffix)
        try:
            actual = self.stamps.sha256(path, sha) if self.stamps is not None else file_sha256(path)
        except OSError:
            return None
        return Carried(name, sha, int(rows), int(size), path) if actual == sha else None

    def placed(self, table: str, name: str, sha: str, rows: int, size: int) -> None:
        """Record that ``table``'s part ``name`` (``part-00017.parquet``) is object ``sha``,
        durable and linked."""
        if table in self.fresh:
            bucket = int(name.split(".")[0].split("-")[1])
            self.fresh[table]["parts"][str(bucket)] = f"{name} {sha} {rows} {size}"

    def save(self) -> None:
        """Keep the records of this publish only (row files first, each in one rename); a
        record not written is no error (the next publish builds every bucket)."""
        tables = {}
        with suppress(OSError):
            for table, record in self.fresh.items():
                store, fresh, names = self._rows[table]
                store.save(fresh, names)  # before the record naming its chunks
                if table in self._buckets:
                    bucket_store, fresh_buckets, names = self._buckets[table]
                    bucket_store.save(fresh_buckets, names)
                if table in self._keys:
                    key_store, fresh_keys, names = self._keys[table]
                    key_store.save(fresh_keys, names)
                (self.data_dir / ROWS_DIR / f"{table}.npy").unlink(missing_ok=True)  # old layout
                tables[table] = {k: v for k, v in record.items() if not k.startswith("_")}
            body = {"version": memo_version(), "tables": tables, "sha256": _digest(tables)}
            path = self.data_dir / REUSE_FILE
            write_atomic(path, json.dumps(body, sort_keys=True).encode("utf-8"))


def _digest(tables: dict) -> str:
    return sha256_hex(json.dumps(tables, sort_keys=True))
