"""Assets ``facts`` and ``identity_checks``: figures reconciled into facts, in one step.

Reconciliation produces both at once (the identity checks are a by-product of resolving facts),
so they are one multi-asset rather than two assets running the same computation.
"""

from collections.abc import Iterator

import pandas as pd
from dagster import (
    AssetExecutionContext,
    AssetIn,
    AssetKey,
    AssetOut,
    MetadataValue,
    Output,
    multi_asset,
)

from assets.io_manager import columns_in, table_metadata
from assets.metadata import GROUP, KINDS, frame_metadata, markdown_table
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.ingest.cache import StageCache
from pipeline.reconcile.pairs import OUTPUTS, reconcile_by_pair
from pipeline.report.selections import conflict_summary, facts_overview

CODE_VERSION = source_version("pipeline.reconcile.pairs")
CONFLICT_PREVIEW_ROWS = 40
FACTS_PREVIEW_ROWS = 12


def facts_preview(facts: pd.DataFrame) -> str:
    """The facts an analyst looks at first, labelled as ``tradefacts facts`` prints them."""
    shown = facts_overview(facts, FACTS_PREVIEW_ROWS)
    table = markdown_table(shown, max_rows=FACTS_PREVIEW_ROWS, max_chars=60)
    note = (
        f"_Conflicting and inconsistent facts first, then the largest USD levels: {len(shown)} "
        f"of {len(facts)} facts. Every fact and its claims: `tradefacts facts`._"
    )
    return f"{note}\n\n{table}" if len(facts) else table


def conflicts_preview(facts: pd.DataFrame, claims: pd.DataFrame, total: int) -> str:
    """The first of ``total`` conflicts, one row each with every side's value (three narrow
    columns, so the asset's Overview tab shows the table whole)."""
    summary = conflict_summary(facts, claims, limit=CONFLICT_PREVIEW_ROWS)
    table = markdown_table(summary, max_rows=CONFLICT_PREVIEW_ROWS, max_chars=80)
    if total > len(summary):
        table += f"\n\n_{len(summary)} of {total} conflicting facts shown._"
    return f"{table}\n\n_Both sides quoted, with their documents: `tradefacts conflicts`._"


@multi_asset(
    outs={
        "facts": AssetOut(
            description="One row per reconciled fact with its resolution (single_source, "
            "agreed, agreed_within_rounding, conflicting, revised, needs_review, derived, "
            "inconsistent).",
            kinds=KINDS,
            code_version=CODE_VERSION,
            metadata=table_metadata("facts"),
        ),
        "claims": AssetOut(
            description="One row per claim behind each fact: value, source, document, sentence.",
            kinds=KINDS,
            code_version=CODE_VERSION,
            metadata=table_metadata("claims"),
        ),
        "identity_checks": AssetOut(
            description="Identity checks run while reconciling (turnover = exports + imports).",
            kinds=KINDS,
            code_version=CODE_VERSION,
            metadata=table_metadata("checks"),
        ),
    },
    ins={
        "raw_documents": columns_in("doc_id", "published"),
        "sentences": columns_in("sentence_id", "text"),
        "figures": AssetIn("curated_figures"),
    },
    group_name=GROUP,
)
def reconcile_facts(
    context: AssetExecutionContext,
    paths: TradefactsSettings,
    raw_documents: pd.DataFrame,
    sentences: pd.DataFrame,
    figures: pd.DataFrame,
) -> Iterator[Output[pd.DataFrame]]:
    """Group the curated figures (corrections applied) by fact key and resolve each group;
    never averages mirror statistics.

    Pairs whose figures, sentences and dates are unchanged come from the per-pair cache.
    """
    caches = {
        name: StageCache(paths.data / "cache", f"reconcile-{name}", CODE_VERSION, table=name)
        for name in OUTPUTS
    }
    result = reconcile_by_pair(
        figures,
        sentences,
        raw_documents,
        policy=paths.policy(),
        caches=caches,
        threshold=paths.confidence_threshold(),
    )
    facts, checks = result.facts, result.checks
    resolution = facts["resolution"].value_counts() if len(facts) else pd.Series(dtype=int)
    conflicting = int(resolution.get("conflicting", 0))
    # metadata on the materialisations only, not also on the step outputs (assets/metadata.py)
    context.add_asset_metadata(
        {
            **frame_metadata(facts),
            "preview": MetadataValue.md(facts_preview(facts)),
            "conflicting": MetadataValue.int(conflicting),
            "resolutions": MetadataValue.json({str(k): int(v) for k, v in resolution.items()}),
            "pairs_reused": MetadataValue.int(caches["facts"].hits),
            "pairs_computed": MetadataValue.int(caches["facts"].misses),
            "conflicts": MetadataValue.md(conflicts_preview(facts, result.claims, conflicting)),
        },
        asset_key=AssetKey("facts"),
    )
    context.add_asset_metadata(frame_metadata(result.claims), asset_key=AssetKey("claims"))
    context.add_asset_metadata(frame_metadata(checks), asset_key=AssetKey("identity_checks"))
    yield Output(facts, output_name="facts")
    yield Output(result.claims, output_name="claims")
    yield Output(checks, output_name="identity_checks")
