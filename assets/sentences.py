"""Asset ``sentences``: cleaned sentences with offsets into the cleaned document text."""

import pandas as pd
from dagster import AssetExecutionContext, asset

from assets.io_manager import TABLE_METADATA_KEY
from assets.metadata import GROUP, KINDS, frame_metadata
from assets.versioning import source_version
from pipeline.segment import segment_documents


@asset(
    description="One row per cleaned sentence of every readable document.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.segment"),
    metadata={TABLE_METADATA_KEY: "sentences"},
)
def sentences(context: AssetExecutionContext, raw_documents: pd.DataFrame) -> pd.DataFrame:
    """Split each document's cleaned text into sentences."""
    frame = segment_documents(raw_documents)
    context.add_output_metadata(frame_metadata(frame))
    return frame
