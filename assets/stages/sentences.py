"""Asset ``sentences``: cleaned sentences with offsets into the cleaned document text."""

import pandas as pd
import pyarrow as pa
from dagster import AssetExecutionContext, asset

from assets.io_manager import table_metadata
from assets.metadata import GROUP, KINDS, arrow_stage_metadata, sentences_preview
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.ingest.arrow_cache import cached_rows
from pipeline.ingest.cache import StageCache
from pipeline.ingest.segment import segment_documents
from pipeline.release.parquet import TableFile
from pipeline.release.table_rows import rows_of

CACHE_VERSION = source_version("pipeline.ingest.documents", "pipeline.ingest.segment")
"""Cache key version: segmenting depends on the cleaned text, so on the ingest code too."""
KEY_COLUMNS = ("doc_id", "sha256", "status")
"""What is read of every document; the text only of the documents not in the cache."""


@asset(
    description="One row per cleaned sentence of every readable document.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.ingest.segment"),
    metadata=table_metadata("sentences"),
)
def sentences(
    context: AssetExecutionContext, paths: TradefactsSettings, raw_documents: TableFile
) -> pa.Table:
    """Split each document's cleaned text into sentences, reusing unchanged documents' rows.

    ``raw_documents`` comes as its file: an add-one run reads the text of the new article,
    not of the archive (issue 18)."""
    cache = StageCache(paths.data / "cache", "sentences", CACHE_VERSION, table="sentences")
    keys = raw_documents.load(list(KEY_COLUMNS))
    ok = keys[keys["status"] == "ok"]

    def segment(missing: pd.DataFrame) -> pd.DataFrame:
        texts = rows_of(raw_documents, "doc_id", missing["doc_id"], ("doc_id", "text"))
        text_of = dict(zip(texts["doc_id"], texts["text"], strict=True))
        return segment_documents(missing.assign(text=missing["doc_id"].map(text_of)))

    rows = cached_rows(cache, ok, segment)  # Arrow, as the IO manager stores it
    context.add_asset_metadata(  # on the materialisation only (assets/metadata.py)
        arrow_stage_metadata(rows, cache, lambda head, n: sentences_preview(head, total=n))
    )
    return rows
