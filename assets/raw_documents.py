"""Asset ``raw_documents``: one row per input file, readable or quarantined."""

import pandas as pd
from dagster import AssetExecutionContext, MetadataValue, asset

from assets.io_manager import TABLE_METADATA_KEY
from assets.metadata import GROUP, KINDS, PREVIEW_HIDDEN, frame_metadata
from assets.resources import TradefactsPaths
from assets.versioning import source_version
from pipeline.ingest import ingest_folder


@asset(
    description="Every *.txt article in the seeds folder: encoding, header date, title, cleaned "
    "text, and a quarantine reason for files that cannot be read as text.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.ingest"),
    metadata={TABLE_METADATA_KEY: "documents"},
)
def raw_documents(context: AssetExecutionContext, paths: TradefactsPaths) -> pd.DataFrame:
    """Read the input folder; the folder's contents are the only input of the whole chain."""
    documents = ingest_folder(paths.seeds)
    status = documents["status"].value_counts()
    context.add_output_metadata(
        {
            **frame_metadata(documents, hide=PREVIEW_HIDDEN),
            "ok": MetadataValue.int(int(status.get("ok", 0))),
            "quarantined": MetadataValue.int(int(status.get("quarantined", 0))),
            "seeds_dir": MetadataValue.path(str(paths.seeds.resolve())),
        }
    )
    return documents
