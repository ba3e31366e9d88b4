"""Asset ``raw_documents``: one row per input file, parsed only when its bytes are new."""

import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
from dagster import (
    AssetExecutionContext,
    BetaWarning,
    DataVersion,
    MetadataValue,
    Output,
    asset,
)

from assets.io_manager import table_metadata
from assets.metadata import (
    GROUP,
    KINDS,
    PREVIEW_HIDDEN,
    arrow_frame_metadata,
    markdown_table,
)
from assets.settings import TradefactsSettings
from assets.stages.input_folder import input_folder
from assets.versioning import source_version
from pipeline.contract.arrow import from_arrow
from pipeline.contract.tables import pick
from pipeline.ingest.arrow_cache import TableMemo
from pipeline.ingest.cache import StageCache, content_set_hash
from pipeline.ingest.documents import document_from_bytes
from pipeline.ingest.file_hashes import hashes_path
from pipeline.ingest.file_manifest import ColumnHashes
from pipeline.ingest.folder import ingest_folder_arrow

INGEST_VERSION = source_version("pipeline.ingest.documents")
MAX_LISTED_QUARANTINED = 50
QUARANTINE_COLUMNS = pick("documents", "doc_id", "status", "reason")
"""What ``quarantine_metadata`` reads of the documents."""


def documents_version(documents: pd.DataFrame | pa.Table) -> str:
    """Data version of ``raw_documents``: ingest code version plus file names and sha256s."""
    if isinstance(documents, pa.Table):
        documents = pd.DataFrame(
            {c: documents.column(c).to_pylist() for c in ("path", "sha256")}, dtype=object
        )
    names = documents["path"].tolist()
    if "/" in "\0".join(names):  # ``ingest_folder`` gives bare file names: no Path per row
        names = [Path(p).name for p in names]
    contents = content_set_hash(dict(zip(names, documents["sha256"], strict=True)))
    return f"{INGEST_VERSION}-{contents[:20]}"


def quarantine_metadata(documents: pd.DataFrame) -> dict[str, MetadataValue]:
    """Counts by status and the quarantined files with their reasons."""
    quarantined = documents[documents["status"] == "quarantined"]
    listed = quarantined[["doc_id", "reason"]]
    return {
        "ok": MetadataValue.int(int((documents["status"] == "ok").sum())),
        "quarantined": MetadataValue.int(len(quarantined)),
        "quarantined_files": MetadataValue.md(
            markdown_table(listed, max_rows=MAX_LISTED_QUARANTINED, max_chars=80)
        ),
    }


@asset(
    description="Every *.txt article in the seeds folder: encoding, header date, title, cleaned "
    "text, and a quarantine reason for files that cannot be read as text.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.ingest.documents", "pipeline.ingest.folder"),
    metadata=table_metadata("documents"),
    deps=[input_folder],
)
def raw_documents(context: AssetExecutionContext, paths: TradefactsSettings) -> Output[pa.Table]:
    """Read the input folder, parsing only files whose bytes were not parsed before, and
    reading only files whose stat does not vouch for their bytes.

    The table is Arrow, typed as the IO manager stores it (issue 18: the cached rows of 100k
    documents, their text included, went to pandas and back to Arrow on every add-one);
    the metadata reads its first rows and a few small columns."""
    cache = StageCache(paths.data / "cache", "documents", INGEST_VERSION, table="documents")
    memo = TableMemo(cache, document_from_bytes)
    hashes = ColumnHashes.load(hashes_path(paths.data))
    documents = ingest_folder_arrow(
        paths.seeds,
        max_bytes=paths.max_bytes,
        parse=memo,
        hashes=hashes,
        known_arrow=memo.arrow_rows_of,
    )
    memo.flush()
    hashes.save()
    version = documents_version(documents)
    # No log line: these counts are the materialisation's metadata, and each log message is one
    # more event (one more SQLite write) in every run's event log.
    metadata = {
        **arrow_frame_metadata(documents, hide=PREVIEW_HIDDEN),
        **quarantine_metadata(from_arrow(documents.select(list(QUARANTINE_COLUMNS)))),
        "cache_hits": MetadataValue.int(cache.hits),
        "cache_misses": MetadataValue.int(cache.misses),
        "files_read": MetadataValue.int(hashes.hashed_count),
        "files_trusted_from_stat": MetadataValue.int(hashes.trusted_count),
        "seeds_dir": MetadataValue.path(str(paths.seeds.resolve())),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BetaWarning)
        context.add_asset_metadata(metadata)  # on the materialisation only (assets/metadata.py)
        return Output(documents, data_version=DataVersion(version))
