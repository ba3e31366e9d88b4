"""Asset ``figures``: one row per bilateral trade figure stated in an article."""

import os

import pandas as pd
import pyarrow as pa
from dagster import AssetExecutionContext, MetadataValue, asset

from assets.io_manager import columns_in, table_metadata
from assets.metadata import GROUP, KINDS, arrow_stage_metadata
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.contract.arrow import from_arrow
from pipeline.contract.tables import pick
from pipeline.extract.figures import (
    BATCH_DOCUMENTS,
    extract_figures,
    extract_figures_in_batches,
)
from pipeline.ingest.arrow_cache import cached_rows
from pipeline.ingest.cache import FAILED_DOCUMENTS, StageCache
from pipeline.release.chunks import is_chunked
from pipeline.release.parquet import TableFile
from pipeline.release.table_rows import arrow_rows_of, rows_in, rows_of

CACHE_VERSION = source_version(
    "pipeline.ingest.documents", "pipeline.ingest.segment", "pipeline.extract.figures"
)
"""Cache key version: a document's figures depend on its cleaned text and its sentences too."""
DOCUMENT_COLUMNS = pick("documents", "doc_id", "sha256", "status", "published", "title")
"""What extraction reads of a document besides its sentences (not its whole text)."""


@asset(
    description="Trade figures extracted from the sentences: flow, pair, period, measure, "
    "normalised value and unit, actual vs target, and who states it.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.extract.figures"),
    metadata=table_metadata("figures"),
    ins={"raw_documents": columns_in(*DOCUMENT_COLUMNS)},
)
def figures(
    context: AssetExecutionContext,
    paths: TradefactsSettings,
    raw_documents: pd.DataFrame,
    sentences: TableFile,
) -> pa.Table:
    """Extract figures of new or changed documents; documents give publication dates.

    ``sentences`` comes as its file: only the new documents' sentences are read (issue 18)."""
    cache = StageCache(paths.data / "cache", "figures", CACHE_VERSION, table="figures")

    failed: dict[str, str] = {}

    def extract(documents: pd.DataFrame) -> pd.DataFrame:
        workers = paths.workers or os.cpu_count()
        if len(documents) > BATCH_DOCUMENTS and is_chunked(sentences.path):
            # a full run: the sentences as Arrow, as pandas a batch of documents at a time
            stored = arrow_rows_of(sentences, "doc_id", documents["doc_id"])
            found = extract_figures_in_batches(
                documents, lambda some: from_arrow(rows_in(stored, some["doc_id"])), workers
            )
        else:
            wanted = rows_of(sentences, "doc_id", documents["doc_id"])
            found = extract_figures(documents, wanted, workers=workers)
        failed.update(found.attrs.get(FAILED_DOCUMENTS) or {})
        return found

    ok = raw_documents[raw_documents["status"] == "ok"]
    rows = cached_rows(cache, ok, extract)  # Arrow, as the IO manager stores it
    metadata = arrow_stage_metadata(rows, cache)
    # a fault of extraction on a page: the page gives no figures, the run goes on, and it shows
    metadata["failed_documents"] = MetadataValue.int(len(failed))
    if failed:
        metadata["failed_documents_list"] = MetadataValue.json(failed)
        for doc_id, why in sorted(failed.items()):
            context.log.error(f"extraction failed on document {doc_id}: {why}")
    context.add_asset_metadata(metadata)  # assets/metadata.py: once
    return rows
