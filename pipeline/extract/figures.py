"""The figures table of a whole corpus: every ``ok`` document's figures, in one process or
split across spawned worker processes for large inputs (the output does not depend on how many).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

import pandas as pd

from pipeline.contract.tables import columns, pick
from pipeline.extract.document import extract_rows
from pipeline.ingest.cache import FAILED_DOCUMENTS
from pipeline.lexicon.fx import with_value_usd
from pipeline.processes import spawned_pool, usable_cores

LOG = logging.getLogger(__name__)

FIGURE_COLUMNS = columns("figures")
USD_COLUMNS = pick("figures", "value_usd", "value_usd_note")
"""Derived from value, unit, measure and period once a figure is read (``lexicon/fx``)."""
READ_COLUMNS = [c for c in FIGURE_COLUMNS if c not in USD_COLUMNS]
"""What the per-document rules return."""


PARALLEL_MIN_DOCUMENTS = 2000  # below this, starting worker processes costs more than it saves
BATCH_DOCUMENTS = 5_000
"""Documents whose sentences :func:`extract_figures_in_batches` reads at once. Two batches are
held at a time (one being extracted, the next being read), so this is half of the 10,000 one
batch was while the workers waited for each batch to be read (round 59)."""


Chunk = list[tuple[str, dt.date | None, str | None, list[dict]]]


def _extract_chunk(chunk: Chunk) -> tuple[list[dict], dict[str, str]]:
    """The chunk's figure rows, and the documents whose extraction raised (``doc_id`` -> "Error:
    message")."""
    rows: list[dict] = []
    failures: dict[str, str] = {}
    for doc_id, published, title, doc_rows in chunk:
        try:
            rows.extend(extract_rows(doc_id, published, title, doc_rows))
        except Exception as error:  # a fault of ours on one page never stops the others
            failures[doc_id] = f"{type(error).__name__}: {error}"
            LOG.error("extraction failed on document %s: %s", doc_id, failures[doc_id])
    return rows, failures


def _chunk_frame(chunk: Chunk) -> tuple[pd.DataFrame, dict[str, str]]:
    """A worker's figures as a frame: far smaller to send back and hold than row dicts."""
    rows, failures = _extract_chunk(chunk)
    return _frame(rows), failures


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The figure rows as a frame, built from one list per column: cheaper than pandas reading
    a list of dicts, same dtypes (an empty frame keeps pandas' object columns), with
    ``value_usd`` beside each stated value."""
    if not rows:
        frame = pd.DataFrame(rows, columns=READ_COLUMNS)
    else:
        frame = pd.DataFrame({column: [row[column] for row in rows] for column in READ_COLUMNS})
    return with_value_usd(frame)[FIGURE_COLUMNS]


def _records_by_doc(sentences: pd.DataFrame) -> dict[str, list[dict]]:
    """Each document's sentence records in position order, read from column lists (what
    ``to_dict("records")`` gives, several times faster)."""
    by_doc: dict[str, list[dict]] = {}
    if not len(sentences):
        return by_doc
    # Sort the two key columns only and reorder the others by position: a sorted copy of the
    # whole table (text included) cost hundreds of MB at 100k articles.
    keys = sentences[["doc_id", "position"]].sort_values(["doc_id", "position"], kind="mergesort")
    order = sentences.index.get_indexer(keys.index)
    columns = (
        sentences[c].to_numpy()[order].tolist()
        for c in pick("sentences", "sentence_id", "doc_id", "position", "text")
    )
    for sentence_id, doc_id, position, text in zip(*columns, strict=True):
        record = {"sentence_id": sentence_id, "doc_id": doc_id, "position": position, "text": text}
        by_doc.setdefault(doc_id, []).append(record)
    return by_doc


def extract_figures(
    documents: pd.DataFrame, sentences: pd.DataFrame, workers: int | None = None
) -> pd.DataFrame:
    """Figures of every ``ok`` document (see FiguresSchema).

    Sentences are sorted and turned into records once for all documents: per-document pandas
    calls cost more than the extraction itself on large corpora. Documents are independent, so
    large inputs may be split across ``workers`` processes (spawned, so the caller's main module
    must be import-safe, as console scripts and ``python -m`` are); the output does not depend
    on the number of workers. ``workers`` is capped by the usable cores. A document whose
    extraction raises gives no rows and is listed in ``frame.attrs[FAILED_DOCUMENTS]`` (``doc_id`` -> "ErrorType: message"); callers
    report them (the ``figures`` asset's metadata, ``tradefacts evaluate`` on stderr) and the
    stage caches do not keep them, so every run tries them again and says so again.
    """
    ok = documents[documents["status"] == "ok"]
    work = _work(ok, sentences)
    workers = _workers(workers, len(work))
    if workers > 1 and len(work) >= PARALLEL_MIN_DOCUMENTS:
        with _pool(workers) as pool:
            parts = _extract_parts(pool, workers, work)
        del work
        return _joined(parts)
    rows, failures = _extract_chunk(work)
    return _typed(_frame(rows), failures)


def extract_figures_in_batches(
    documents: pd.DataFrame,
    sentences_of: Callable[[pd.DataFrame], pd.DataFrame],
    workers: int | None = None,
    batch: int = BATCH_DOCUMENTS,
) -> pd.DataFrame:
    """:func:`extract_figures` of ``documents``, reading the sentences of ``batch`` documents
    at a time (``sentences_of(documents)``, called once per batch, in order): the same frame,
    while the sentences held as Python objects, their records and the chunks sent to the
    workers are two batches', not the corpus's (issue 18: a full run at 100k articles held 784k
    sentences so, ~1.5 GB in the main process plus ~310 MB per worker). Fewer than ``batch``
    documents: exactly :func:`extract_figures`.

    One pool of workers serves every batch, and a batch's chunks are handed to it before the
    previous batch's results are awaited (round 59): this process reads the next batch while the
    workers extract the current one, and a worker that finishes the last chunk of a batch takes
    the next batch's first instead of waiting for the slowest chunk and the next read. Results
    are joined in document order, so the frame does not depend on the timing."""
    ok = documents[documents["status"] == "ok"]
    if len(ok) <= batch:
        return extract_figures(ok, sentences_of(ok), workers)
    workers = _workers(workers, len(ok))
    parts: list[tuple[pd.DataFrame, dict[str, str]]] = []
    with _pool(workers) as pool:
        running: list[Future[tuple[pd.DataFrame, dict[str, str]]]] = []  # the previous batch
        for start in range(0, len(ok), batch):
            some = ok.iloc[start : start + batch]
            work = _work(some, sentences_of(some))  # read while the workers extract ``running``
            if workers > 1:
                submitted = [pool.submit(_chunk_frame, chunk) for chunk in _chunks(work, workers)]
            else:
                rows, failed = _extract_chunk(work)
                parts.append((_frame(rows), failed))
                submitted = []
            del work
            parts.extend(future.result() for future in running)
            running = submitted
        parts.extend(future.result() for future in running)
    return _joined(parts)


def _joined(parts: list[tuple[pd.DataFrame, dict[str, str]]]) -> pd.DataFrame:
    """The workers' (frame, failures) parts as one typed frame, in order. A chunk without figures
    is an empty frame of object columns: left out (unless all are), so it cannot turn a typed
    column into objects (and pandas warns on concatenating empty frames)."""
    frames = [f for f, _ in parts if len(f)] or [f for f, _ in parts][:1]
    frame = pd.concat(frames, ignore_index=True) if frames else _frame([])
    failures = {doc: why for _, part in parts for doc, why in part.items()}
    return _typed(frame, failures)


def _work(ok: pd.DataFrame, sentences: pd.DataFrame) -> Chunk:
    """What extraction reads of each ``ok`` document that has sentences, in document order."""
    by_doc = _records_by_doc(sentences)
    return [
        (
            doc_id,
            published if isinstance(published, dt.date) else None,
            title if isinstance(title, str) else None,
            by_doc[doc_id],
        )
        for doc_id, published, title in zip(ok["doc_id"], ok["published"], ok["title"], strict=True)
        if by_doc.get(doc_id)
    ]


def _workers(workers: int | None, documents: int) -> int:
    # More processes than cores only add memory (``TRADEFACTS_WORKERS=1000`` once started
    # 290 of them and took 12 GB); each chunk needs a process at most.
    return max(1, min(workers or 1, usable_cores(), documents))


def _pool(workers: int) -> ProcessPoolExecutor:
    """``workers`` spawned extraction processes (:func:`pipeline.processes.spawned_pool`)."""
    return spawned_pool(workers)


def _extract_parts(
    pool: ProcessPoolExecutor, workers: int, work: Chunk
) -> list[tuple[pd.DataFrame, dict[str, str]]]:
    """``work`` cut into ``workers * 4`` chunks, extracted by ``pool``, in order."""
    return list(pool.map(_chunk_frame, _chunks(work, workers)))


def _chunks(work: Chunk, workers: int) -> list[Chunk]:
    """``work`` cut into at most ``workers * 4`` consecutive chunks of equal document counts
    (the last one shorter); none when ``work`` is empty."""
    if not work:
        return []
    size = -(-len(work) // (workers * 4))
    return [work[i : i + size] for i in range(0, len(work), size)]


def _typed(frame: pd.DataFrame, failures: dict[str, str]) -> pd.DataFrame:
    frame = frame.astype(
        {
            "char_start": "int64",
            "char_end": "int64",
            "value": "float64",
            "approx": "bool",
            "rounding": "float64",
        }
    )
    if failures:
        frame.attrs[FAILED_DOCUMENTS] = failures
    return frame
