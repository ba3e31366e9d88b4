"""The previous reconciled output, and which of its rows a run may keep (issue 18).

Why: an add-one changes the inputs of a few country pairs. Reconciliation took every other
pair's facts, claims and checks from its per-pair cache (a few Parquet segments holding every
pair's rows, with a 64-hex key per row) and sorted them with the fresh rows. The previous
output already holds those rows, in order. The IO manager stores with each reconciled table
``{pair: digest of the pair's inputs}`` of the rows it wrote (``pipeline.release.chunks.
pair_digests``, kept with the chunk list; the asset reads them, as this stage imports no
release code), so a run keeps the stored rows of each pair whose digest is unchanged in all
three tables and recomputes (or takes from the cache) only the others.

A row's pair: a fact's is its unordered (reporter, partner), as ``row_hashes.pair_labels``
gives it; a claim's is its fact's (by ``fact_id``; a fact id hashes the fact's key, which holds
its countries, so the facts of any write give it); a check's is read from its subject
(``identities.subject_pair``). Where one cannot be told (a claim whose fact is not stored, a
subject that does not parse), :func:`kept_rows` answers ``None`` and the caller recomputes as
before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.contract.arrow import unify_null_columns
from pipeline.ingest.cache import _KEYS_METADATA, KEY_COLUMN, StageCache
from pipeline.reconcile.identities import subject_pair

TABLES = ("facts", "claims", "checks")
"""The reconciled tables, as ``pairs.OUTPUTS`` names them."""


@dataclass(frozen=True)
class PreviousOutput:
    """The reconciled tables as last stored: per table ``{pair: digest}`` its rows were
    computed from, and ``load(table)``, its rows as Arrow (``OSError`` or ``ValueError`` if
    they cannot be read)."""

    digests: Mapping[str, Mapping[str, str]]
    load: Callable[[str], pa.Table]

    def stale(self, current: Mapping[str, str]) -> set[str]:
        """The pairs of ``current`` (``{pair: digest}`` now) whose digest is not the one every
        table's rows were computed from (a pair new, or changed, or stored by an interrupted
        write in some tables only)."""
        return {
            pair
            for pair, digest in current.items()
            if any(stored.get(pair) != digest for stored in self.digests.values())
        }


def _codes(column: pa.ChunkedArray | pa.Array) -> tuple[np.ndarray, list]:
    """``(per row, an index into values; values)``: the column dictionary-encoded, a null as
    the value ``None``."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks() if column.num_chunks else pa.array([], column.type)
    encoded = pc.dictionary_encode(column)
    values = encoded.dictionary.to_pylist()
    indices = encoded.indices
    if indices.null_count:
        indices = pc.fill_null(indices, len(values))
        values.append(None)
    return indices.to_numpy(zero_copy_only=False).astype(np.int64), values


def fact_pairs(facts: pa.Table) -> tuple[np.ndarray, list[str]]:
    """``(per fact, an index into labels; labels)``: each fact's unordered pair ``"A|B"``
    (``A <= B``; a null country reads ``None``), as ``row_hashes.pair_labels``."""
    reporters, reporter_values = _codes(facts.column("reporter"))
    partners, partner_values = _codes(facts.column("partner"))
    width = max(len(partner_values), 1)
    combos, inverse = np.unique(reporters * width + partners, return_inverse=True)
    labels = []
    for combo in combos.tolist():
        first = str(reporter_values[combo // width])
        second = str(partner_values[combo % width])
        labels.append(f"{first}|{second}" if first <= second else f"{second}|{first}")
    return inverse.reshape(-1), labels


def kept_rows(tables: Mapping[str, pa.Table], keep: Iterable[str]) -> dict[str, pa.Table] | None:
    """Each stored table (``facts``, ``claims``, ``checks``) limited to the rows of pairs in
    ``keep``, in stored order, without schema metadata; ``None`` if a row's pair cannot be
    told (a claim whose ``fact_id`` no stored fact has, a check subject that does not parse)."""
    keep = set(keep)
    facts = tables["facts"]
    fact_of, labels = fact_pairs(facts)
    kept_label = np.array([label in keep for label in labels], dtype=bool)
    fact_kept = kept_label[fact_of] if len(labels) else np.zeros(facts.num_rows, dtype=bool)
    claims = tables["claims"]
    where = pc.index_in(claims.column("fact_id"), value_set=facts.column("fact_id"))
    if where.null_count:
        return None
    claim_kept = fact_kept[where.to_numpy(zero_copy_only=False).astype(np.int64)]
    checks = tables["checks"]
    subjects, values = _codes(checks.column("subject"))
    try:
        subject_kept = np.array([subject_pair(str(v)) in keep for v in values], dtype=bool)
    except (IndexError, ValueError):
        return None
    check_kept = subject_kept[subjects] if len(values) else np.zeros(0, dtype=bool)
    masks = {"facts": fact_kept, "claims": claim_kept, "checks": check_kept}
    out = {}
    for name, mask in masks.items():
        table = tables[name].replace_schema_metadata(None)
        out[name] = table if mask.all() else table.filter(pa.array(mask))
    return out


def cached_rows(cache: StageCache, wanted: Iterable[str]) -> tuple[pa.Table | None, set[str]]:
    """``cache.load_arrow(wanted)``: the same rows, keys and ``None`` cases, reading only the
    segments whose keys (in their Parquet footer) hold one of ``wanted``.

    Why (issue 18): a merge into the previous output wants the few pairs an article changed,
    whose new digests are in no segment, or in the small segment a killed run saved; the
    segment holding every pair (90 % of the cache's bytes after a merge of segments) is then
    not read. ``load_arrow`` skips a segment with none of ``wanted`` after reading it, so
    skipping it before changes nothing. Here, not in ``StageCache``: every stage's cache
    version hashes ``pipeline.ingest.cache``, and a change there would re-extract every
    document once."""
    wanted = set(wanted)
    tables: list[pa.Table] = []
    seen: set[str] = set()
    for segment in cache._segments():  # noqa: SLF001 (its order: oldest first)
        try:
            held = (pq.read_schema(segment).metadata or {}).get(_KEYS_METADATA, b"[]")
            if not wanted & set(json.loads(held)):
                continue
            table = pq.read_table(segment)
        except (FileNotFoundError, OSError, pa.ArrowInvalid, ValueError):
            continue  # merged away by another run, or a torn file: recompute instead
        keys = set(json.loads((table.schema.metadata or {}).get(_KEYS_METADATA, b"[]")))
        new = (keys - seen) & wanted
        if not new:
            continue
        seen |= new
        keep = pc.is_in(table.column(KEY_COLUMN), value_set=pa.array(sorted(new), pa.string()))
        tables.append(table.filter(keep).replace_schema_metadata(None))
    same = unify_null_columns(tables)
    if not same:
        return None, seen
    return pa.concat_tables(same), seen
