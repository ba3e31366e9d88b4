"""Reconcile pair by pair, reusing the results of pairs whose inputs did not change.

Why by pair: every fact key and every identity (turnover = exports + imports, sub-periods,
previous levels) stays within one unordered country pair, so a pair's facts, claims and identity
checks are a function of that pair's figures alone, with the sentences and publication dates
they cite. Adding an article touches a few pairs; the rest come back from a cache keyed by a
digest of exactly those inputs. Working in chunks of pairs also bounds memory: the record-based
resolution never holds the claims of a whole large corpus at once.
"""

from __future__ import annotations

import functools
import itertools
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.contract.arrow import to_arrow
from pipeline.contract.hashing import sha256_hex
from pipeline.ingest.cache import KEY_COLUMN, StageCache
from pipeline.processes import shared_map, usable_cores
from pipeline.reconcile.arrow_rows import (
    CHECK_ORDER,
    FACT_ORDER,
    canonical_arrow,
    combined,
    nulls_are_none,
    stacked,
)
from pipeline.reconcile.identities import subject_pair
from pipeline.reconcile.previous import PreviousOutput, cached_rows, kept_rows
from pipeline.reconcile.resolve import (
    CHECK_COLUMNS,
    CLAIM_COLUMNS,
    DEFAULT_MIN_CONFIDENCE,
    DEFAULT_POLICY,
    FACT_COLUMNS,
    Reconciled,
    canonical_order,
    reconcile_all,
)
from pipeline.reconcile.row_hashes import StoredInputs, chunked_pair_digests, pair_labels

CHUNK_FIGURES = 20_000
"""Figures resolved at once: large enough that per-chunk overhead is noise, small enough that a
chunk's Python records stay in the tens of megabytes."""

QUEUED_CHUNKS = 2
"""Chunks handed to the worker process at a time (one it resolves, one waiting; see
:func:`pipeline.processes.shared_map`)."""

OUTPUTS = {"facts": FACT_COLUMNS, "claims": CLAIM_COLUMNS, "checks": CHECK_COLUMNS}


def _inputs(
    figures: pd.DataFrame, sentences: pd.DataFrame | None, documents: pd.DataFrame | None
) -> pd.DataFrame:
    """Figures with the two things reconciliation reads from elsewhere: sentence and date."""
    frame = figures.copy(deep=False)  # new columns only: the figures' own data is shared
    frame["_sentence"] = None
    frame["_published"] = None
    if sentences is not None and len(sentences):
        text = pd.Series(sentences["text"].to_numpy(), index=sentences["sentence_id"])
        frame["_sentence"] = frame["sentence_id"].map(text)
    if documents is not None and len(documents):
        published = pd.Series(documents["published"].to_numpy(), index=documents["doc_id"])
        frame["_published"] = frame["doc_id"].map(published)
    frame["_pair"] = pair_labels(frame)
    return frame


def pair_digests(inputs: pd.DataFrame, policy: str) -> pd.Series:
    """One sha256 per pair over its rows' content, in any row order; indexed by pair."""
    # pandas hashes column by column (no copy of the frame), turning non-string objects such as
    # dates into text as it goes; the pair column is hashed too, which changes nothing
    rows = pd.DataFrame(
        {"pair": inputs["_pair"].to_numpy(), "h": pd.util.hash_pandas_object(inputs, index=False)}
    ).sort_values(["pair", "h"], kind="mergesort")
    pairs = rows["pair"].to_numpy()
    hashes = rows["h"].to_numpy(dtype=np.uint64)
    starts = np.flatnonzero(np.r_[True, pairs[1:] != pairs[:-1]]) if len(pairs) else []
    bounds = list(starts) + [len(pairs)]
    digests = {}
    for begin, end in zip(bounds[:-1], bounds[1:], strict=True):
        seed = f"{policy}\0{pairs[begin]}\0{list(inputs.columns)}".encode()
        digests[pairs[begin]] = sha256_hex(seed + hashes[begin:end].tobytes())
    return pd.Series(digests, dtype=object)


def _chunks(inputs: pd.DataFrame | None, pairs: list[str], size: int) -> Iterator[pd.DataFrame]:
    """The rows of ``pairs``, a few pairs at a time, about ``size`` figures per chunk."""
    if inputs is None:
        return
    wanted = inputs[inputs["_pair"].isin(pairs)]
    groups = dict(tuple(wanted.groupby("_pair", sort=True)))
    batch: list[pd.DataFrame] = []
    count = 0
    for pair in sorted(groups):
        batch.append(groups[pair])
        count += len(groups[pair])
        if count >= size:
            yield pd.concat(batch)
            batch, count = [], 0
    if batch:
        yield pd.concat(batch)


def _resolve(chunk: pd.DataFrame, policy: str, threshold: float) -> Reconciled:
    sentences = chunk[["sentence_id", "_sentence"]].rename(columns={"_sentence": "text"})
    documents = chunk[["doc_id", "_published"]].rename(columns={"_published": "published"})
    return reconcile_all(
        chunk.drop(columns=["_sentence", "_published", "_pair"]),
        sentences.dropna().drop_duplicates("sentence_id"),
        documents.drop_duplicates("doc_id"),
        policy=policy,
        threshold=threshold,
    )


def _resolve_chunks(
    chunks: Iterable[pd.DataFrame], policy: str, threshold: float, workers: int | None = None
) -> list[Reconciled]:
    """``_resolve`` of each chunk, in chunk order. With two chunks or more and a second core
    (``workers``: cores to use, default all usable), one spawned worker process and this one
    share the chunks (:func:`pipeline.processes.shared_map`): pairs are independent, so where
    a chunk is resolved changes nothing."""
    it = iter(chunks)
    first = next(it, None)
    second = next(it, None) if first is not None else None
    if second is None or (workers or usable_cores()) < 2:
        head = [c for c in (first, second) if c is not None]
        return [_resolve(c, policy, threshold) for c in itertools.chain(head, it)]
    resolve = functools.partial(_resolve, policy=policy, threshold=threshold)
    return shared_map(resolve, itertools.chain((first, second), it), queued=QUEUED_CHUNKS)


def _tag(result: Reconciled, digests: pd.Series) -> dict[str, pd.DataFrame]:
    """Each output row with the digest of its pair, the cache key."""
    fact_pair = pd.Series(pair_labels(result.facts).to_numpy(), index=result.facts["fact_id"])
    claims_pair = result.claims["fact_id"].map(fact_pair)
    checks_pair = result.checks["subject"].map(subject_pair)
    return {
        "facts": result.facts.assign(**{KEY_COLUMN: fact_pair.map(digests).to_numpy()}),
        "claims": result.claims.assign(**{KEY_COLUMN: claims_pair.map(digests)}),
        "checks": result.checks.assign(**{KEY_COLUMN: checks_pair.map(digests)}),
    }


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    """Cached and fresh rows together. pandas warns that all-null columns (``superseded_by``
    of a chunk without superseded targets) will count towards dtypes in a future version;
    these columns are object (or float with NaN) either way."""
    if not frames:
        return pd.DataFrame(columns=columns)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return pd.concat(frames, ignore_index=True)


def _stored_inputs(
    stored: StoredInputs, memo: Path, seed: str
) -> tuple[pd.Series, Callable[[list[str]], pd.DataFrame]]:
    """The pair digests from the per-chunk row hashes (``row_hashes``) and a function giving
    the inputs of some pairs, reading only their figures, sentences and dates."""
    digests, rows = chunked_pair_digests(stored, memo, seed)

    def inputs_of(pairs: list[str]) -> pd.DataFrame:
        wanted = stored.figures_where(rows["pair"].isin(pairs).to_numpy())
        docs = list(wanted["doc_id"].unique())
        text = stored.rows_of("sentences", docs, ("sentence_id", "text"))
        dates = stored.rows_of("documents", docs, ("doc_id", "published"))
        return _inputs(wanted, text, dates)

    return digests, inputs_of


def reconcile_by_pair(
    figures: pd.DataFrame | None,
    sentences: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    **options,
) -> Reconciled:
    """:func:`reconcile_pairs` without the digests: what ``reconcile_all`` returns."""
    return reconcile_pairs(figures, sentences, documents, **options).reconciled


@dataclass(frozen=True)
class ByPair:
    """What :func:`reconcile_pairs` returns."""

    reconciled: Reconciled
    digests: dict[str, str]
    """``{pair: digest of its inputs}`` of every pair (the rows' provenance, stored with them
    by the IO manager for the next run's merge)."""
    merged: bool = False
    """Whether the unchanged pairs' rows were kept from ``previous``."""


def reconcile_pairs(
    figures: pd.DataFrame | None,
    sentences: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    *,
    policy: str = DEFAULT_POLICY,
    caches: dict[str, StageCache] | None = None,
    chunk_figures: int = CHUNK_FIGURES,
    threshold: float = DEFAULT_MIN_CONFIDENCE,
    stored: StoredInputs | None = None,
    memo: Path | None = None,
    as_arrow: bool = False,
    workers: int | None = None,
    previous: PreviousOutput | None = None,
) -> ByPair:
    """What ``reconcile_all`` returns, computed per pair and only for pairs not in ``caches``.

    ``caches`` maps ``facts``, ``claims`` and ``checks`` to a ``StageCache`` each (same code
    version); their ``hits`` and ``misses`` count pairs. Without it every pair is computed,
    still in bounded chunks. With ``stored`` (the tables as chunk files) and ``memo`` (a folder)
    instead of the frames, the digests come from per-chunk row hashes kept in ``memo`` and only
    the rows of pairs to compute are read (``row_hashes``); otherwise every row is hashed.
    With ``as_arrow`` (and ``caches``) the three tables are Arrow tables of the contract's
    types, the cached pairs' rows kept as stored (``arrow_rows``). ``workers``: cores to
    resolve the pairs to compute on (default: all usable; they share them only when there is
    more than one chunk, as in a full run).

    ``previous`` (with ``caches`` and ``as_arrow``): the tables as last stored, with the pair
    digests their rows were computed from (:mod:`~pipeline.reconcile.previous`). Then the rows
    of every pair whose digest is unchanged in all three are kept as stored, and only the
    other pairs are taken from ``caches`` or computed; the tables are those of the path
    without it, row for row and type for type. Where that cannot be shown (a row's pair
    unknown, column types that differ, a fresh null that is not ``None``) the run takes that
    path instead. Returns a :class:`ByPair`.
    """
    seed = f"{policy}\0min_confidence={threshold!r}"
    if stored is not None and memo is not None:
        digests, inputs_of = _stored_inputs(stored, memo, seed)
    else:
        inputs = _inputs(figures, sentences, documents)
        digests = pair_digests(inputs, seed)

        def inputs_of(pairs: list[str]) -> pd.DataFrame:
            return inputs

    resolve = functools.partial(
        _resolve_missing,
        inputs_of=inputs_of,
        digests=digests,
        caches=caches,
        options=(policy, threshold, chunk_figures, workers),
    )
    if previous is not None and caches and as_arrow:
        counts = [(c.hits, c.misses) for c in caches.values()]
        merged = _merged(previous, digests, caches, resolve)
        if merged is not None:
            return ByPair(merged, digests.to_dict(), merged=True)
        for cache, (hits, misses) in zip(caches.values(), counts, strict=True):
            cache.hits, cache.misses = hits, misses
    return ByPair(_reconciled(digests, caches, as_arrow, resolve), digests.to_dict())


def _resolve_missing(
    missing: list[str],
    *,
    inputs_of: Callable[[list[str]], pd.DataFrame],
    digests: pd.Series,
    caches: dict[str, StageCache] | None,
    options: tuple[str, float, int, int | None],
) -> dict[str, pd.DataFrame]:
    """The rows of the ``missing`` pairs, computed, tagged with their pairs' digests and saved
    to ``caches``: ``{"facts"|"claims"|"checks": frame with _key}``."""
    policy, threshold, chunk_figures, workers = options
    fresh: dict[str, list[pd.DataFrame]] = {name: [] for name in OUTPUTS}
    chunks = _chunks(inputs_of(missing) if missing else None, missing, chunk_figures)
    for resolved in _resolve_chunks(chunks, policy, threshold, workers):
        for name, rows in _tag(resolved, digests).items():
            fresh[name].append(rows)
    new = {
        name: _concat([f for f in fresh[name] if len(f)], [*columns, KEY_COLUMN])
        for name, columns in OUTPUTS.items()
    }
    if caches:
        new_keys = set(digests[missing])
        for name in OUTPUTS:
            caches[name].save(new[name], new_keys, live=digests.to_numpy())
    return new


def _count_lookups(caches: dict[str, StageCache] | None, pairs: int, missing: list[str]) -> None:
    """Each cache's hits and misses of a run over ``pairs`` pairs, ``missing`` of them not held."""
    for cache in (caches or {}).values():
        cache.hits += pairs - len(missing)
        cache.misses += len(missing)


def _merged(
    previous: PreviousOutput,
    digests: pd.Series,
    caches: dict[str, StageCache],
    resolve: Callable[[list[str]], dict[str, pd.DataFrame]],
) -> Reconciled | None:
    """The three tables as Arrow: the stored rows of the pairs unchanged since ``previous``,
    and the other pairs' rows from ``caches`` or computed (``resolve``), in canonical order;
    ``None``: take the path without ``previous``."""
    current = digests.to_dict()
    stale = previous.stale(current)
    try:
        stored = {name: previous.load(name) for name in OUTPUTS}
    except (OSError, ValueError, pa.ArrowException):
        return None
    kept = kept_rows(stored, set(current) - stale)
    if kept is None:
        return None
    wanted = sorted(current[pair] for pair in stale)
    loaded = {name: cached_rows(caches[name], wanted) for name in OUTPUTS}
    known = set.intersection(set(wanted), *(keys for _, keys in loaded.values()))
    missing = [pair for pair in digests.index if pair in stale and current[pair] not in known]
    _count_lookups(caches, len(digests), missing)
    new = resolve(missing)
    cached = {name: rows for name, (rows, _) in loaded.items()}
    if not known:
        cached = {name: None for name in OUTPUTS}
    return _as_arrow(new, cached, known, kept)


def _reconciled(
    digests: pd.Series,
    caches: dict[str, StageCache] | None,
    as_arrow: bool,
    resolve: Callable[[list[str]], dict[str, pd.DataFrame]],
) -> Reconciled:
    """The three tables from ``caches`` and the pairs not cached, computed (``resolve``)."""
    cached: dict[str, pd.DataFrame | pa.Table | None] = {}
    known = set()
    if caches:
        load = (lambda c: c.load_arrow(digests.to_numpy())) if as_arrow else None
        load = load or (lambda c: c.load(digests.to_numpy()))
        loaded = {name: load(caches[name]) for name in OUTPUTS}
        known = set.intersection(*(keys for _, keys in loaded.values()))
        cached = {name: rows for name, (rows, _) in loaded.items()}
    missing = [pair for pair, digest in digests.items() if digest not in known]
    _count_lookups(caches, len(digests), missing)
    new = resolve(missing)
    if as_arrow and caches:
        result = _as_arrow(new, cached, known)
        if result is not None:
            return result
        cached = {name: caches[name].load(known)[0] for name in OUTPUTS}
    parts = {}
    for name, columns in OUTPUTS.items():
        frames = [new[name]] if len(new[name]) else []
        rows = cached.get(name)
        if isinstance(rows, pd.DataFrame) and len(rows):
            hit = rows[rows[KEY_COLUMN].isin(known)]
            frames.append(hit[[*columns, KEY_COLUMN]])
        parts[name] = _concat(frames, [*columns, KEY_COLUMN])
    result = canonical_order(
        Reconciled(*(parts[name].drop(columns=KEY_COLUMN) for name in OUTPUTS))
    )
    if as_arrow:
        return Reconciled(*(to_arrow(getattr(result, n), n) for n in OUTPUTS))
    return result


def _as_arrow(
    new: dict[str, pd.DataFrame],
    cached: dict[str, pa.Table | None],
    known: set[str],
    kept: dict[str, pa.Table] | None = None,
) -> Reconciled | None:
    """The fresh and cached rows (and ``kept``: stored rows without ``_key``, after them) in
    canonical order as Arrow; ``None``: take the pandas path."""
    sorted_by = {"facts": FACT_ORDER, "checks": CHECK_ORDER}
    if not all(nulls_are_none(new[name], columns) for name, columns in sorted_by.items()):
        return None
    tables = {}
    for name in OUTPUTS:
        rows = cached.get(name)
        if rows is None and known:
            return None  # stored rows whose column types differ: the pandas path reads them
        if rows is not None and rows.num_rows:
            keep = pc.is_in(rows.column(KEY_COLUMN), value_set=pa.array(sorted(known), pa.string()))
            # the cache loaded only wanted pairs, so usually every row is kept: filtering then
            # would only copy the whole table (issue 18: O(archive) per add-one)
            if pc.sum(keep).as_py() != rows.num_rows:
                rows = rows.filter(keep)
        if kept is not None:
            rows = stacked(rows, kept[name])
            if rows is False:
                return None
        tables[name] = combined(new[name], rows, name)
        if tables[name] is None:
            return None
    ordered = canonical_arrow(tables["facts"], tables["claims"], tables["checks"])
    return None if ordered is None else Reconciled(*ordered)
