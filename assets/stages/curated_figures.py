"""Asset ``curated_figures``: the extracted figures with analysts' corrections applied.

Why an asset between ``figures`` and ``facts``: a correction (``corrections.csv``, see
``pipeline/curate/corrections.py``) must change every fact, conflict and check built on the
figure, without touching the extractor; the raw ``figures`` stay as read, so a release shows
the reading and the correction. Its blocking check ``corrections_apply`` fails the run, before
anything is reconciled or published, on a correction whose figure no longer exists: an
analyst's decision is never dropped silently.
"""

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    MetadataValue,
    Output,
    asset,
)

from assets.io_manager import table_metadata
from assets.metadata import GROUP, KINDS, markdown_table
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.curate.corrections import COLUMNS, apply_corrections, file_line, read_corrections
from pipeline.release.parquet import TableFile

CHECK = "corrections_apply"
SHA_METADATA = "corrections_sha256"
"""Metadata key of the corrections file's sha256 ("none": no file); the release compares it."""


@asset(
    description="Figures after the analysts' corrections (corrections.csv: reject a figure, or "
    "set one field); the raw figures stay in `figures`. Blocking check: every correction finds "
    "its figure.",
    group_name=GROUP,
    kinds=KINDS,
    code_version=source_version("pipeline.curate.corrections"),
    metadata=table_metadata("figures"),
    check_specs=[
        AssetCheckSpec(
            CHECK,
            asset="curated_figures",
            blocking=True,
            description="Every correction in corrections.csv names a figure that exists.",
        )
    ],
)
def curated_figures(
    context: AssetExecutionContext,
    paths: TradefactsSettings,
    figures: TableFile,
    sentences: TableFile,
):
    """Apply ``paths.corrections`` to ``figures``; report applied and orphaned corrections.

    ``figures`` and ``sentences`` come as their files. Without corrections the figures pass
    through as their stored file: the IO manager links the chunks of ``figures`` instead of
    reading 491k rows at 100k articles to write the same chunks (issue 18), and the sentences
    are not read; with corrections both are read (the sentences' two columns)."""
    corrections = read_corrections(paths.corrections)
    if len(corrections.frame):
        text = sentences.load(["sentence_id", "text"])
        curated = apply_corrections(figures.load(), text, corrections.frame)
        out: pd.DataFrame | TableFile = curated.figures
        n_rows = len(curated.figures)
    else:
        out = figures  # the same rows as stored: the same chunks (ParquetIOManager)
        n_rows = figures.rows()
        curated = apply_corrections(pd.DataFrame(), pd.DataFrame(), corrections.frame)
    actions = curated.applied["action"].value_counts()
    context.add_asset_metadata(  # on the materialisation only (assets/metadata.py)
        {
            "dagster/row_count": MetadataValue.int(n_rows),
            "corrections_path": MetadataValue.path(str(corrections.path.resolve())),
            SHA_METADATA: MetadataValue.text(corrections.sha256 or "none"),
            "corrections": MetadataValue.int(len(corrections.frame)),
            "rejected": MetadataValue.int(int(actions.get("reject", 0))),
            "set": MetadataValue.int(int(actions.get("set", 0))),
            "orphans": MetadataValue.int(len(curated.orphans)),
        }
    )
    yield Output(out)
    metadata = {"orphans": MetadataValue.int(len(curated.orphans))}
    if len(curated.orphans):
        shown = curated.orphans[list(COLUMNS)]
        metadata["orphaned_corrections"] = MetadataValue.md(markdown_table(shown, max_rows=20))
        metadata["reason"] = MetadataValue.text(orphan_reason(curated.orphans, corrections.path))
        context.log.error(
            f"{len(curated.orphans)} correction(s) in {corrections.path} name a figure that no "
            f"longer exists: {', '.join(curated.orphans['figure_key'])}"
        )
    yield AssetCheckResult(
        check_name=CHECK,
        passed=curated.orphans.empty,
        severity=AssetCheckSeverity.ERROR,
        metadata=metadata,
    )


def orphan_reason(orphans: pd.DataFrame, path, shown: int = 3) -> str:
    """One line naming the corrections whose figure is gone: ``N correction(s) in PATH match no
    figure: line L (figure_id, 'text'), …``, lines as the file numbers them (``file_line``).
    What ``tradefacts run`` prints after "failed" (round 59's trial: the command line named no
    row)."""
    items = [
        f"line {file_line(i)} ({row['figure_id']}, {row['figure_text']!r})"
        for i, row in orphans.head(shown).iterrows()
    ]
    more = f" and {len(orphans) - shown} more" if len(orphans) > shown else ""
    return (
        f"{len(orphans)} correction(s) in {path} match no figure: {', '.join(items)}{more}; "
        "fix or remove those rows"
    )
