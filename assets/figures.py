"""Asset ``figures``: one row per bilateral trade figure stated in an article."""

import pandas as pd
from dagster import AssetExecutionContext, asset

from assets.io_manager import TABLE_METADATA_KEY
from assets.metadata import GROUP, KINDS, frame_metadata
from assets.versioning import source_version
from pipeline.extract import extract_figures


@asset(
    description="Trade figures extracted from the sentences: flow, pair, period, measure, "
    "normalised value and unit, actual vs target, and who states it.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.extract"),
    metadata={TABLE_METADATA_KEY: "figures"},
)
def figures(
    context: AssetExecutionContext, raw_documents: pd.DataFrame, sentences: pd.DataFrame
) -> pd.DataFrame:
    """Extract figures; documents are needed for their publication dates."""
    frame = extract_figures(raw_documents, sentences)
    context.add_output_metadata(frame_metadata(frame))
    return frame
