"""What one Dagster partition costs when the asset itself does nothing.

``python -m benchmarks.partition_overhead [--runs 100] [--batch 2000]``

Measured against a temporary local (SQLite) instance, like ``dagster dev``'s default:

1. **a run per partition**: ``materialize(partition_key=k)`` in process for ``--runs`` keys of a
   dynamic partitions definition (what a backfill without a single-run policy does, before the
   cost of launching a process per run);
2. **one run over a range**: a ``BackfillPolicy.single_run()`` asset over ``--batch`` keys in
   one in-process run; Dagster still records one materialization per partition.

Why it matters: per-document work in tradefacts is 1-10 ms an article, so per-document
partitions would spend most of their time in Dagster's bookkeeping (see ``pipeline/cache.py``
for the alternative taken). Prints milliseconds per partition; asserts nothing.
"""

import argparse
import tempfile
import time

from dagster import (
    AssetExecutionContext,
    BackfillPolicy,
    DagsterInstance,
    Definitions,
    DynamicPartitionsDefinition,
    asset,
    define_asset_job,
    in_process_executor,
    materialize,
)
from dagster._core.storage.tags import (
    ASSET_PARTITION_RANGE_END_TAG,
    ASSET_PARTITION_RANGE_START_TAG,
)

DOCS = DynamicPartitionsDefinition(name="docs")
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


@asset(partitions_def=DOCS)
def per_document(context: AssetExecutionContext) -> None:
    """One document's (empty) work."""


@asset(partitions_def=DOCS, backfill_policy=BackfillPolicy.single_run())
def per_document_batched(context: AssetExecutionContext) -> None:
    """Many documents' (empty) work in one step."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100, help="partitions, one run each")
    parser.add_argument("--batch", type=int, default=2000, help="partitions in one run")
    args = parser.parse_args()
    keys = [f"doc{i:06d}" for i in range(max(args.runs, args.batch))]
    with tempfile.TemporaryDirectory() as home, DagsterInstance.local_temp(home) as instance:
        instance.add_dynamic_partitions(DOCS.name, keys)

        started = time.perf_counter()
        for key in keys[: args.runs]:
            result = materialize(
                [per_document], partition_key=key, instance=instance, run_config=QUIET
            )
            assert result.success
        per_run = (time.perf_counter() - started) / args.runs

        job = define_asset_job("batched", [per_document_batched], executor_def=in_process_executor)
        batched = Definitions(assets=[per_document_batched], jobs=[job]).resolve_job_def("batched")
        tags = {
            ASSET_PARTITION_RANGE_START_TAG: keys[0],
            ASSET_PARTITION_RANGE_END_TAG: keys[args.batch - 1],
        }
        started = time.perf_counter()
        assert batched.execute_in_process(instance=instance, tags=tags, run_config=QUIET).success
        per_key = (time.perf_counter() - started) / args.batch

    print("| layout | partitions | ms per partition |")
    print("|---|---:|---:|")
    print(f"| one in-process run per partition | {args.runs} | {per_run * 1000:.0f} |")
    print(f"| one run over a range (single-run backfill) | {args.batch} | {per_key * 1000:.1f} |")


if __name__ == "__main__":
    main()
