"""Content fingerprints of the input folder and a per-document cache for the per-document stages.

Why a cache inside whole-corpus assets rather than one Dagster partition per document: Dagster
costs about 25 ms per partition even when one run covers a whole range (360 ms with a run per
partition), while ingesting, segmenting and extracting one article costs 1-10 ms. So the stages
stay one asset each over the whole corpus and skip the documents they have already seen.

Layout: ``<root>/<stage>/<version>/seg-*.parquet``. ``version`` is the code version of the stage
and of every per-document stage before it, so a code change starts an empty cache. Each segment
holds the rows of some document keys (``_key`` column) and lists those keys, including keys with
no rows (an article without figures), in the Parquet schema metadata. A run adds at most one
segment; past ``max_segments`` the segments are merged into one that keeps only live keys.
Readers tolerate segments vanishing under them (a concurrent merge): a miss only costs work.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow, to_arrow, unify_null_columns
from pipeline.contract.hashing import sha256_hex
from pipeline.files import write_atomic

KEY_COLUMN = "_key"
_KEYS_METADATA = b"tradefacts.cache.keys"


# --------------------------------------------------------------------------- fingerprints


def content_set_hash(fingerprint: Mapping[str, str]) -> str:
    """One hash for a set of ``{name: sha256}``: equal sets give equal hashes, in any order."""
    text = "\n".join(f"{name}\0{sha}" for name, sha in sorted(fingerprint.items()))
    return sha256_hex(text)


def document_key(doc_id: str, sha256: str) -> str:
    """Cache key of a document's rows: its content and its id (ids are part of the rows)."""
    return sha256_hex(f"{doc_id}\0{sha256}")


# --------------------------------------------------------------------------- the cache


@dataclass
class StageCache:
    """Rows per document key of one stage at one code version, with hit and miss counters."""

    root: Path
    stage: str
    version: str
    table: str | None = None
    """Contract table whose column types the rows follow (keeps all-null columns typed)."""
    max_segments: int = 8
    hits: int = 0
    misses: int = 0

    @property
    def folder(self) -> Path:
        return Path(self.root, self.stage, self.version)

    def _segments(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob("seg-*.parquet"):
            try:
                found.append((path.stat().st_mtime_ns, path.name, path))
            except FileNotFoundError:
                continue
        return [path for *_, path in sorted(found)]

    def _stored(self, wanted: Iterable[str] | None) -> Iterator[tuple[pa.Table, set[str]]]:
        """Each readable segment (oldest first) with the keys it adds: not in an earlier
        segment, and in ``wanted`` if given."""
        wanted_set = set(wanted) if wanted is not None else None
        seen: set[str] = set()
        for segment in self._segments():
            try:
                table = pq.read_table(segment)
            except (FileNotFoundError, OSError, pa.ArrowInvalid):
                continue  # merged away by another run, or a torn file: recompute instead
            keys = set(json.loads((table.schema.metadata or {}).get(_KEYS_METADATA, b"[]")))
            new = keys - seen
            if wanted_set is not None:
                new &= wanted_set
            if not new:
                continue
            seen |= new
            yield table, new

    def load(self, wanted: Iterable[str] | None = None) -> tuple[pd.DataFrame, set[str]]:
        """Stored rows (with ``_key``) and every stored key, limited to ``wanted`` if given."""
        frames: list[pd.DataFrame] = []
        seen: set[str] = set()
        for table, new in self._stored(wanted):
            seen |= new
            rows = from_arrow(table)
            frames.append(rows[rows[KEY_COLUMN].isin(new)])
        rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        return rows, seen

    def load_arrow(self, wanted: Iterable[str] | None = None) -> tuple[pa.Table | None, set[str]]:
        """``load`` as stored: the same rows in the same order as one Arrow table (without
        schema metadata; all-null columns typed as the other segments type them), ``None`` if
        there are none or the segments' column types differ otherwise."""
        tables: list[pa.Table] = []
        seen: set[str] = set()
        for table, new in self._stored(wanted):
            seen |= new
            keep = pc.is_in(table.column(KEY_COLUMN), value_set=pa.array(sorted(new), pa.string()))
            tables.append(table.filter(keep).replace_schema_metadata(None))
        same = unify_null_columns(tables)
        if not same:
            return None, seen
        return pa.concat_tables(same), seen

    def save(self, rows: pd.DataFrame, keys: Iterable[str], live: Iterable[str] = ()) -> None:
        """Store ``rows`` (with ``_key``) for ``keys``; merge segments if there are too many."""
        keys = sorted(set(keys))
        if keys:
            self._write(rows, keys)
        segments = self._segments()
        if len(segments) > self.max_segments:
            self._merge(segments, set(live))

    def _write(self, rows: pd.DataFrame, keys: list[str]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        table = to_arrow(rows, self.table)
        metadata = {**(table.schema.metadata or {}), _KEYS_METADATA: json.dumps(keys).encode()}
        table = table.replace_schema_metadata(metadata)
        segment = self.folder / f"seg-{uuid.uuid4().hex}.parquet"
        write_atomic(segment, lambda tmp: pq.write_table(table, tmp, compression="zstd"))

    def _merge(self, segments: list[Path], live: set[str]) -> None:
        rows, keys = self.load(live or None)
        if keys:
            self._write(rows, sorted(keys))
        for segment in segments:
            segment.unlink(missing_ok=True)


FAILED_DOCUMENTS = "failed_documents"
"""``DataFrame.attrs`` key a ``compute`` sets on its result for documents it could not process
(``doc_id`` -> reason): their keys are not cached, so the next run computes them again."""


def computed_keys(fresh: pd.DataFrame, key_of: dict[str, str]) -> list[str]:
    """The cache keys of the documents ``compute`` finished: all but its ``FAILED_DOCUMENTS``."""
    failed = fresh.attrs.get(FAILED_DOCUMENTS) or {}
    return [key for doc_id, key in key_of.items() if doc_id not in failed]


def cached_per_document(
    cache: StageCache,
    documents: pd.DataFrame,
    compute: Callable[[pd.DataFrame], pd.DataFrame],
) -> pd.DataFrame:
    """``compute(documents)``, computed only for documents whose key is not in ``cache``.

    ``documents`` has one row per document with ``doc_id`` and ``sha256``; ``compute`` maps a
    subset of it to rows carrying ``doc_id``. The result has the rows in the order the uncached
    call gives: by document, then as ``compute`` ordered each document's rows.
    """
    keys = [
        document_key(d, s) for d, s in zip(documents["doc_id"], documents["sha256"], strict=True)
    ]
    stored, known = cache.load(keys)
    hit = pd.Series([k in known for k in keys], index=documents.index, dtype=bool)
    missing = documents[~hit]
    fresh = compute(missing)
    key_of = dict(
        zip(missing["doc_id"], [k for k, h in zip(keys, hit, strict=True) if not h], strict=True)
    )
    fresh = fresh.assign(**{KEY_COLUMN: fresh["doc_id"].map(key_of)})
    cache.save(fresh, computed_keys(fresh, key_of), live=keys)
    cache.hits += int(hit.sum())
    cache.misses += len(missing)
    if stored.empty:
        combined = fresh
    else:
        combined = pd.concat([stored[fresh.columns], fresh], ignore_index=True)
    order = {k: i for i, k in enumerate(keys)}
    combined = combined.sort_values(
        KEY_COLUMN, key=lambda s: s.map(order), kind="stable", ignore_index=True
    )
    return combined.drop(columns=KEY_COLUMN).astype(fresh.dtypes.drop(KEY_COLUMN).to_dict())


class RecordMemo:
    """A ``bytes -> row`` function memoised by the sha256 of the bytes, over ``cache``.

    For ``ingest_folder(parse=memo, known=memo.known)``: the row of a file is a pure function
    of its bytes, so a row can also be looked up by the sha256 alone (a file not read because
    its stat vouched for it). ``flush`` stores the rows computed since the load and merges
    segments when needed, keeping the keys used by this run.
    """

    def __init__(self, cache: StageCache, compute: Callable[[bytes], dict[str, object]]) -> None:
        self.cache, self.compute = cache, compute
        stored, _ = cache.load()
        self._stored: dict[str, dict[str, object]] = {}
        if len(stored):
            for record in stored.to_dict("records"):
                self._stored[str(record.pop(KEY_COLUMN))] = record
        self._fresh: dict[str, dict[str, object]] = {}
        self._used: set[str] = set()

    def known(self, sha: str) -> dict[str, object] | None:
        """A copy of the row of content ``sha`` if it was computed before, else ``None``."""
        row = self._stored.get(sha) or self._fresh.get(sha)
        if row is None:
            return None
        self._used.add(sha)
        self.cache.hits += 1
        return dict(row)

    def __call__(self, raw: bytes) -> dict[str, object]:
        key = sha256_hex(raw)
        row = self.known(key)
        if row is not None:
            return row
        self._used.add(key)
        self.cache.misses += 1
        row = self.compute(raw)
        self._fresh[key] = row
        return dict(row)

    def flush(self) -> None:
        rows = pd.DataFrame([{**row, KEY_COLUMN: key} for key, row in self._fresh.items()])
        self.cache.save(rows, self._fresh, live=self._used)
        self._stored.update(self._fresh)
        self._fresh.clear()


def cached_records(
    cache: StageCache, compute: Callable[[bytes], dict[str, object]]
) -> tuple[Callable[[bytes], dict[str, object]], Callable[[], None]]:
    """``RecordMemo(cache, compute)`` as its ``(parse, flush)`` pair."""
    memo = RecordMemo(cache, compute)
    return memo, memo.flush
