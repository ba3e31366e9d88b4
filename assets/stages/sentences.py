"""Asset ``sentences``: cleaned sentences with offsets into the cleaned document text."""

import pandas as pd
from dagster import AssetExecutionContext, asset

from assets.io_manager import table_metadata
from assets.metadata import GROUP, KINDS, cached_stage_metadata, sentences_preview
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.ingest.cache import StageCache, cached_per_document
from pipeline.ingest.segment import segment_documents

CACHE_VERSION = source_version("pipeline.ingest.documents", "pipeline.ingest.segment")
"""Cache key version: segmenting depends on the cleaned text, so on the ingest code too."""


@asset(
    description="One row per cleaned sentence of every readable document.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.ingest.segment"),
    metadata=table_metadata("sentences"),
)
def sentences(
    context: AssetExecutionContext, paths: TradefactsSettings, raw_documents: pd.DataFrame
) -> pd.DataFrame:
    """Split each document's cleaned text into sentences, reusing unchanged documents' rows."""
    cache = StageCache(paths.data / "cache", "sentences", CACHE_VERSION, table="sentences")
    ok = raw_documents[raw_documents["status"] == "ok"]
    frame = cached_per_document(cache, ok, segment_documents)
    context.add_output_metadata(
        cached_stage_metadata(frame, cache, preview=sentences_preview(frame))
    )
    return frame
