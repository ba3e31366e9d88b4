"""CPU of the reconcile step on a data folder, outside Dagster (issue 18).

``python -m benchmarks.reconcile_step DATA`` runs what the ``reconcile_facts`` asset runs on
``DATA`` (a data folder whose ``assets/`` hold the inputs and the previous output): the
reconciliation as the asset calls it, then the IO manager's writes of ``facts``, ``claims``
and ``identity_checks`` (``write_chunked``). It prints one JSON line: process CPU seconds and
wall seconds of each part, pairs reused and computed, whether stored rows were kept (the
merge into the previous output, where the code has it), and the sha256 of each table's Arrow
IPC stream and of its ``chunks.json`` after the write (equal tables, equal stored bytes).

It changes ``DATA`` (caches, outputs): run it on a copy. It imports whatever tree is on
``PYTHONPATH``, so one copy of this file measures a base tree and a head tree alike (a tree
without ``reconcile_pairs`` takes ``reconcile_by_pair``, as its asset does). Nothing here is a
test: no thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
from pathlib import Path

import pyarrow as pa


def _ipc_sha(table: pa.Table) -> str:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.sha256(sink.getvalue().to_pybytes()).hexdigest()[:16]


def measure(data: Path) -> dict:
    """One reconcile step on ``data``: ``{"compute": {cpu, wall}, "write": {...}, ...}``."""
    from assets.settings import TradefactsSettings
    from assets.stages import facts as stage
    from pipeline.files import fsync_file
    from pipeline.ingest.cache import StageCache
    from pipeline.reconcile import pairs
    from pipeline.release.chunks import write_chunked
    from pipeline.release.parquet import WRITE_OPTIONS, TableFile

    paths = TradefactsSettings(seeds_dir="unused", data_dir=str(data))
    assets = data / "assets"
    folder_of = {"facts": "facts", "claims": "claims", "checks": "identity_checks"}
    caches = {
        name: StageCache(data / "cache", f"reconcile-{name}", stage.CODE_VERSION, table=name)
        for name in pairs.OUTPUTS
    }
    cpu, wall = time.process_time(), time.perf_counter()
    stored = stage.stored_inputs(
        TableFile(assets / "curated_figures"),
        TableFile(assets / "sentences"),
        TableFile(assets / "raw_documents"),
    )
    options = dict(
        stored=stored,
        policy=paths.policy(),
        caches=caches,
        threshold=paths.confidence_threshold(),
        memo=data / "cache" / "reconcile-rows",
        as_arrow=True,
    )
    digests, merged = None, None
    if hasattr(pairs, "reconcile_pairs"):
        folders = {name: assets / folder for name, folder in folder_of.items()}
        by_pair = pairs.reconcile_pairs(None, previous=stage.previous_output(folders), **options)
        result, digests, merged = by_pair.reconciled, by_pair.digests, by_pair.merged
    else:
        result = pairs.reconcile_by_pair(None, **options)
    compute = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
    cpu, wall = time.process_time(), time.perf_counter()
    written = {}
    for name, folder in folder_of.items():
        extra = {} if digests is None else {"pairs": digests}
        written[name] = write_chunked(
            getattr(result, name),
            assets / folder,
            name,
            WRITE_OPTIONS,
            fsync=fsync_file,
            **extra,
        )[0]
    write = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}
    return {
        "compute": compute,
        "write": write,
        "merged": merged,
        "pairs_reused": caches["facts"].hits,
        "pairs_computed": caches["facts"].misses,
        "chunks_written": written,
        "rows": {name: getattr(result, name).num_rows for name in folder_of},
        "ipc_sha256": {name: _ipc_sha(getattr(result, name)) for name in folder_of},
        "index_sha256": {
            name: hashlib.sha256((assets / folder / "chunks.json").read_bytes()).hexdigest()[:16]
            for name, folder in folder_of.items()
        },
        "load1": os.getloadavg()[0],
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a data folder (changed: give a copy)")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.data), sort_keys=True))


if __name__ == "__main__":
    main()
