"""Pair digests from per-chunk row hashes, so an add-one hashes the chunks it changed.

Why (issue 18): ``pairs.pair_digests`` hashed every figure row with its sentence text and date
on every run (491k rows and 784k sentence texts read at 100k articles) to find the few pairs an
article touches. The stored tables are folders of content-addressed chunks
(:mod:`pipeline.release.chunks`): a chunk's name is the hash of its bytes, so what is derived
from a chunk's rows alone can be kept by its name. Kept here, one small Parquet file per chunk:

- ``curated_figures``: each figure row's 64-bit hash (``pandas.util.hash_pandas_object`` over
  its columns), with its pair and document;
- ``sentences``: one hash per document over its sentence rows (ids and text);
- ``raw_documents``: one hash per document of its publication date.

A pair's digest covers its figure rows' hashes and the document hashes of the documents its
figures come from (a figure's sentence is one of its document's, ``<doc_id>:<position>``), so a
changed sentence text or date of a document changes the digest of every pair it feeds.

Trust: an entry is used only while its chunk file has the size, mtime and inode recorded with
it, and only if the chunk was not modified within 2 s of being hashed (git's racy-clean rule):
a chunk replaced or edited under the same name is hashed again. The folder is versioned by
this code, pandas and pyarrow. The caller gives the chunk files (:class:`StoredInputs`; a table that is
not chunked, a data folder written before chunking, takes the full path of ``pairs``).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.contract.arrow import from_arrow
from pipeline.contract.code_version import source_version
from pipeline.contract.hashing import sha256_hex
from pipeline.files import write_atomic
from pipeline.ingest.file_hashes import TIMESTAMP_SLACK_NS

_STAT = b"tradefacts.row_hashes.stat"
DOC_SALT = np.uint64(0x9E3779B97F4A7C15)
"""Mixed into document hashes so they never equal a figure row's hash."""


@dataclass(frozen=True)
class StoredInputs:
    """Reconciliation's three input tables as their chunk files (in row order), and how to read
    some of their rows (the release store's chunked tables, read by its code)."""

    figures: Sequence[Path]
    sentences: Sequence[Path]
    documents: Sequence[Path]
    figures_where: Callable[[np.ndarray], pd.DataFrame]
    """The figure rows where a boolean mask over the stored rows is true."""
    rows_of: Callable[[str, Sequence[str], Sequence[str]], pd.DataFrame]
    """``rows_of("sentences" or "documents", doc ids, columns)``: those documents' rows."""


def memo_version() -> str:
    """What a memo entry depends on besides its chunk: this code, pandas and pyarrow."""
    code = source_version("pipeline.reconcile.row_hashes")
    return sha256_hex(f"{code}\0pandas={pd.__version__}\0pyarrow={pa.__version__}")[:16]


def _stamp(path: Path) -> tuple[str, int]:
    """``(size:mtime:inode, now)`` of a chunk file: what an entry made now is checked against,
    and when it was seen (ctime is left out: linking a file changes it)."""
    seen = time.time_ns()
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}", seen


def _trusted(metadata: dict[bytes, bytes] | None, stamp: str) -> bool:
    """Whether an entry's recorded stamp is ``stamp`` and was not racy when recorded: a chunk
    modified within ``TIMESTAMP_SLACK_NS`` of being seen could be rewritten keeping its mtime
    (git's racy-clean rule, as ``pipeline.ingest.file_hashes``)."""
    recorded = (metadata or {}).get(_STAT, b"").decode()
    stat, _, seen = recorded.rpartition("@")
    if stat != stamp or not seen.isdigit():
        return False
    mtime = int(stamp.split(":")[1])
    return mtime + TIMESTAMP_SLACK_NS < int(seen)


def per_chunk(
    chunks: Sequence[Path],
    memo: Path,
    columns: list[str] | None,
    compute: Callable[[pd.DataFrame], pd.DataFrame],
) -> pd.DataFrame:
    """``compute`` of each chunk's ``columns``, concatenated in chunk order; a chunk whose
    entry in ``memo`` is trusted is not read. Entries of chunks no longer listed are removed.

    The entries stay Arrow until all are read and become one frame at once (round 53: a
    frame per entry and their ``pd.concat`` were half of the ~0.7 CPU-s this took at 100k
    articles, 448 entries); where their column types differ (an entry of no rows), each
    becomes a frame and they are concatenated as before."""
    memo.mkdir(parents=True, exist_ok=True)
    tables: list[pa.Table] = []
    live = set()
    for chunk in chunks:
        entry = memo / chunk.name
        live.add(entry.name)
        stamp, seen = _stamp(chunk)
        try:
            with pq.ParquetFile(entry) as file:  # not ``pq.read_table``: a dataset per call
                stored = file.read(use_threads=False)  # costs ~1 ms of CPU per entry
            if _trusted(stored.schema.metadata, stamp):
                tables.append(stored)
                continue
        except (OSError, pa.ArrowInvalid):
            pass  # no entry, a torn one, or one made from another file: hash the chunk again
        rows = compute(from_arrow(pq.read_table(chunk, columns=columns)))
        arrow = pa.Table.from_pandas(rows, preserve_index=False)
        arrow = arrow.replace_schema_metadata({_STAT: f"{stamp}@{seen}".encode()})
        write_atomic(entry, lambda tmp, t=arrow: pq.write_table(t, tmp))
        tables.append(arrow)
    for stale in memo.iterdir():
        if stale.name not in live:
            stale.unlink(missing_ok=True)
    if not tables:
        return compute(pd.DataFrame())
    return _one_frame(tables)


def _one_frame(tables: list[pa.Table]) -> pd.DataFrame:
    """``pd.concat([t.to_pandas() for t in tables], ignore_index=True)``: one conversion of
    the tables concatenated when they have one schema (their ``_STAT`` metadata aside)."""
    plain = [t.replace_schema_metadata(None) for t in tables]  # entries hold no pandas metadata
    if all(t.schema.equals(plain[0].schema) for t in plain):
        return pa.concat_tables(plain).to_pandas()
    return pd.concat([t.to_pandas() for t in plain], ignore_index=True)


def pair_labels(figures: pd.DataFrame) -> pd.Series:
    """The unordered pair of each figure, ``"A|B"`` with A <= B."""
    reporter = figures["reporter"].astype(str)
    partner = figures["partner"].astype(str)
    first = reporter.where(reporter <= partner, partner)
    second = partner.where(reporter <= partner, reporter)
    return first + "|" + second


def figure_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Per figure: its pair, document and row hash (every column of the row)."""
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in ("pair", "doc_id")}).assign(
            h=pd.Series(dtype=np.uint64)
        )
    hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy(dtype=np.uint64)
    return pd.DataFrame({"pair": pair_labels(frame), "doc_id": frame["doc_id"], "h": hashes})


def document_hashes(frame: pd.DataFrame) -> pd.DataFrame:
    """One hash per ``doc_id`` over its rows (every column), in any row order."""
    if frame.empty:
        return pd.DataFrame({"doc_id": pd.Series(dtype=str), "h": pd.Series(dtype=np.uint64)})
    rows = pd.DataFrame(
        {"doc_id": frame["doc_id"].to_numpy(), "h": pd.util.hash_pandas_object(frame, index=False)}
    ).sort_values(["doc_id", "h"], kind="mergesort")
    docs, hashes = rows["doc_id"].to_numpy(), rows["h"].to_numpy(dtype=np.uint64)
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
    ends = np.r_[starts[1:], len(docs)]
    out = [
        int(sha256_hex(hashes[s:e].tobytes())[:16], 16) for s, e in zip(starts, ends, strict=True)
    ]
    return pd.DataFrame({"doc_id": docs[starts], "h": np.array(out, dtype=np.uint64)})


def chunked_pair_digests(
    stored: StoredInputs, memo: Path, seed: str
) -> tuple[pd.Series, pd.DataFrame]:
    """``(digest per pair, figure rows)`` from the chunked tables; ``figure rows`` has per
    figure, in stored order, its ``pair`` and ``doc_id``."""
    root = memo / memo_version()
    if memo.is_dir():  # entries of other code versions are never read again
        for other in memo.iterdir():
            if other.name != root.name:
                shutil.rmtree(other, ignore_errors=True)
    rows = per_chunk(stored.figures, root / "figures", None, figure_rows)
    text = per_chunk(
        stored.sentences, root / "sentences", ["doc_id", "sentence_id", "text"], document_hashes
    )
    dates = per_chunk(
        stored.documents, root / "documents", ["doc_id", "published"], document_hashes
    )
    # a document's hashes: its sentences' and its date's (none where it has no rows)
    doc = pd.concat([text.assign(part=1), dates.assign(part=2)], ignore_index=True)
    mixed = doc["h"].to_numpy(dtype=np.uint64) * DOC_SALT + doc["part"].to_numpy(dtype=np.uint64)
    of_doc = pd.DataFrame({"doc_id": doc["doc_id"], "h": mixed})
    coded = _coded_hashes(rows, of_doc)
    if coded is None:
        pair_docs = rows[["pair", "doc_id"]].drop_duplicates()
        doc_rows = pair_docs.merge(of_doc, on="doc_id", how="inner")
        every = pd.concat([rows[["pair", "h"]], doc_rows[["pair", "h"]]], ignore_index=True)
        codes, labels = pd.factorize(every["pair"])
        coded = codes, labels, every["h"].to_numpy(dtype=np.uint64)
    codes, labels, hashes = coded
    # by pair, then hash: ``np.lexsort((hashes, codes))``'s order from two stable sorts, the
    # second on small integers (a third of the lexsort's CPU)
    by_hash = np.argsort(hashes, kind="stable")
    order = by_hash[np.argsort(codes[by_hash], kind="stable")]
    codes, hashes = codes[order], hashes[order]
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else []
    bounds = [*starts, len(codes)]
    digests = {}
    for b, e in zip(bounds[:-1], bounds[1:], strict=True):
        pair = labels[codes[b]]
        digests[pair] = sha256_hex(f"{seed}\0{pair}".encode() + hashes[b:e].tobytes())
    return pd.Series(digests, dtype=object), rows[["pair", "doc_id"]]


def _coded_hashes(
    rows: pd.DataFrame, of_doc: pd.DataFrame
) -> tuple[np.ndarray, pd.Index, np.ndarray] | None:
    """``(pair code, pair labels, hash)`` of every hash a pair's digest covers: each figure
    row's, and for each distinct (pair, document) of the rows each hash ``of_doc`` holds for
    that document; codes by first appearance of the pair in ``rows``. What the frames' distinct
    (pair, doc_id) pairs merged with ``of_doc`` give, on integer codes (round 53: the merge,
    ``drop_duplicates`` and ``concat`` over 491k text keys took ~0.4 CPU-s of an add-one at
    100k articles). ``None`` where a key is null (pandas' merge matches null keys): the frames
    decide."""
    pair_codes, labels = pd.factorize(rows["pair"])
    both = pd.concat([rows["doc_id"], of_doc["doc_id"]], ignore_index=True)
    doc_codes, docs = pd.factorize(both)
    if (pair_codes < 0).any() or (doc_codes < 0).any():
        return None
    figure_docs, hashed_docs = doc_codes[: len(rows)], doc_codes[len(rows) :]
    width = np.int64(max(len(docs), 1))
    distinct = np.unique(pair_codes.astype(np.int64) * width + figure_docs)
    pairs, wanted = distinct // width, distinct % width
    by_doc = np.argsort(hashed_docs, kind="stable")
    sorted_docs = hashed_docs[by_doc]
    first = np.searchsorted(sorted_docs, wanted, "left")
    counts = np.searchsorted(sorted_docs, wanted, "right") - first
    # the positions (in ``by_doc``) of each wanted document's hashes, one run per (pair, doc)
    runs = np.repeat(first - np.cumsum(np.r_[0, counts[:-1]]), counts)
    taken = by_doc[runs + np.arange(int(counts.sum()))]
    doc_hashes = of_doc["h"].to_numpy(dtype=np.uint64)[taken]
    codes = np.concatenate([pair_codes, np.repeat(pairs, counts)]).astype(np.intp)
    hashes = np.concatenate([rows["h"].to_numpy(dtype=np.uint64), doc_hashes])
    return codes, labels, hashes
