"""How well a full run's extraction uses the cores: the figures step's work on N synthetic
articles in this process, timed, with the CPU of this process and of its worker processes.

``python -m benchmarks.figures_cores --docs 20000 [--workers 2] [--repeat 1] [--cache DIR]``

The corpus is ingested and segmented once (not timed); then, ``--repeat`` times,
``pipeline.extract.figures.extract_figures_in_batches`` over every document with the sentences
handed over a batch at a time, as the ``figures`` asset does in a full run. Printed per repeat:
wall, CPU of this process (the batches' preparation: sentence records, chunks sent), CPU of the
workers (children reaped when the pool closes), the cores used on average (all CPU / wall: 2.0 is
both cores busy all the time; on a loaded machine the share the scheduler gave), and a digest of
the figures frame (``pd.util.hash_pandas_object``), equal between code versions when the output
is. Not a test: nothing is asserted.

``--model``: instead, what the batches would cost on two idle cores, from CPU measured here
(load-independent): each document's extraction CPU (one process, serially) and each batch's
preparation CPU (its sentence records), then the schedule of the chunks on ``--workers``
workers that take the next chunk when free, as the pool does: **barrier** (every batch read,
then its chunks extracted to the last before the next batch is read: round 58's code, batches
of ``--batch-barrier`` documents) and **pipelined** (the next batch read while the workers
extract the previous one: round 59's, batches of ``--batch-pipelined``), against the bound of
all extraction CPU over the workers. A model: it leaves out the CPU the reading takes from a
busy worker and the cost of sending chunks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path

from benchmarks.synth import DEFAULT_CACHE, cached_corpus


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def digest(frame) -> str:
    """sha256 of the frame's row hashes, its columns and dtypes (16 hex digits)."""
    import pandas as pd

    rows = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    head = json.dumps([[c, str(t)] for c, t in frame.dtypes.items()]).encode()
    return hashlib.sha256(head + rows).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.figures_cores", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--model", action="store_true")
    parser.add_argument("--batch-barrier", type=int, default=10_000)
    parser.add_argument("--batch-pipelined", type=int, default=5_000)
    parser.add_argument("--scale", type=int, default=1, help="--model: the corpus repeated")
    args = parser.parse_args(argv)

    from pipeline.extract.figures import extract_figures_in_batches
    from pipeline.ingest.documents import ingest_folder
    from pipeline.ingest.segment import segment_documents

    corpus, _ = cached_corpus(args.docs, args.seed, args.cache)
    documents = ingest_folder(corpus)
    sentences = segment_documents(documents)
    by_doc = sentences.groupby("doc_id", sort=False).indices

    def sentences_of(some):
        import numpy as np

        rows = [by_doc[d] for d in some["doc_id"] if d in by_doc]
        return sentences.iloc[np.concatenate(rows)] if rows else sentences.iloc[:0]

    if args.model:
        row = _model(documents, sentences_of, args)
        print(json.dumps(row), flush=True)
        if args.json:
            args.json.write_text(json.dumps(row, indent=1))
        return 0
    rows = []
    for repeat in range(args.repeat):
        load = os.getloadavg()[0]
        cpu, children, wall = time.process_time(), _children_cpu(), time.perf_counter()
        figures = extract_figures_in_batches(documents, sentences_of, workers=args.workers)
        wall = time.perf_counter() - wall
        cpu, children = time.process_time() - cpu, _children_cpu() - children
        row = {
            "docs": args.docs,
            "sentences": len(sentences),
            "repeat": repeat,
            "wall_s": round(wall, 2),
            "main_cpu_s": round(cpu, 2),
            "workers_cpu_s": round(children, 2),
            "cores": round((cpu + children) / wall, 2),
            "figures": len(figures),
            "digest": digest(figures),
            "load_before": round(load, 1),
            "load_after": round(os.getloadavg()[0], 1),
        }
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


def _model(documents, sentences_of, args) -> dict:
    """Per-document and per-batch CPU measured here, then both schedules simulated."""
    from pipeline.extract import figures as f

    ok = documents[documents["status"] == "ok"]
    cost: list[float] = []  # extraction CPU per document, in document order
    prep: dict[int, list[float]] = {args.batch_barrier: [], args.batch_pipelined: []}
    for batch in prep:
        for start in range(0, len(ok), batch):
            some = ok.iloc[start : start + batch]
            began = time.process_time()
            work = f._work(some, sentences_of(some))
            prep[batch].append(time.process_time() - began)
            if batch == args.batch_barrier:
                for doc_id, published, title, doc_rows in work:
                    began = time.process_time()
                    f._extract_chunk([(doc_id, published, title, doc_rows)])
                    cost.append(time.process_time() - began)
    cost *= args.scale
    for batch in prep:
        prep[batch] *= args.scale
    workers = args.workers
    barrier = _schedule(cost, args.batch_barrier, prep[args.batch_barrier], workers, False)
    pipelined = _schedule(cost, args.batch_pipelined, prep[args.batch_pipelined], workers, True)
    return {
        "docs": len(cost),
        "extraction_cpu_s": round(sum(cost), 2),
        "bound_s": round(sum(cost) / workers, 2),
        "barrier_s": round(barrier, 2),
        "pipelined_s": round(pipelined, 2),
        "prep_cpu_s": {str(b): round(sum(p), 2) for b, p in prep.items()},
        "load": round(os.getloadavg()[0], 1),
    }


def _schedule(
    cost: list[float], batch: int, prep: list[float], workers: int, pipelined: bool
) -> float:
    """Seconds until the last chunk is extracted: chunks of ``workers * 4`` per batch (as
    ``figures._chunks``), each taken by the first free worker in order; a batch's chunks are
    ready when its preparation ends. Barrier: a preparation starts when the previous batch is
    extracted. Pipelined: when the previous batch was handed over and the one before it is
    extracted (the code awaits batch k-1's results after handing over batch k)."""
    free = [0.0] * workers
    begin, before = 0.0, 0.0  # next preparation's start; when batch k-1 was extracted
    for k, start in enumerate(range(0, len(cost), batch)):
        docs = cost[start : start + batch]
        ready = begin + prep[k]
        size = -(-len(docs) // (workers * 4))
        finish = ready
        for i in range(0, len(docs), size):
            w = min(range(workers), key=free.__getitem__)
            free[w] = max(free[w], ready) + sum(docs[i : i + size])
            finish = max(finish, free[w])
        begin = max(ready, before) if pipelined else finish
        before = finish
    return max(free)


if __name__ == "__main__":
    sys.exit(main())
