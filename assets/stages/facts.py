"""Assets ``facts`` and ``identity_checks``: figures reconciled into facts, in one step.

Reconciliation produces both at once (the identity checks are a by-product of resolving facts),
so they are one multi-asset rather than two assets running the same computation.
"""

from collections.abc import Iterator
from pathlib import Path

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

from assets.arrow_previews import first_conflicts, overview_candidates
from assets.io_manager import stored_folder, table_metadata
from assets.metadata import GROUP, KINDS, arrow_frame_metadata, markdown_table
from assets.settings import TradefactsSettings
from assets.versioning import source_version
from pipeline.contract.arrow import from_arrow
from pipeline.ingest.cache import StageCache
from pipeline.reconcile.pairs import OUTPUTS, reconcile_pairs
from pipeline.reconcile.previous import TABLES, PreviousOutput
from pipeline.reconcile.row_hashes import StoredInputs
from pipeline.release.chunks import PairedRows, chunk_names, is_chunked, pair_digests, read_chunked
from pipeline.release.parquet import TableFile
from pipeline.release.table_rows import rows_of, rows_where
from pipeline.report.selections import conflict_summary, facts_overview

CODE_VERSION = source_version("pipeline.reconcile.pairs")
ASSET_OF = {"facts": "facts", "claims": "claims", "checks": "identity_checks"}
"""The asset storing each reconciled table."""
CONFLICT_PREVIEW_ROWS = 40
FACTS_PREVIEW_ROWS = 12


def facts_preview(facts: pd.DataFrame, total: int | None = None) -> str:
    """The facts an analyst looks at first, labelled as ``tradefacts facts`` prints them
    (``total``: the facts' count when ``facts`` holds only the candidates)."""
    shown = facts_overview(facts, FACTS_PREVIEW_ROWS)
    total = len(facts) if total is None else total
    table = markdown_table(shown, max_rows=FACTS_PREVIEW_ROWS, max_chars=60)
    note = (
        f"_Conflicting and inconsistent facts first, then the largest USD levels: {len(shown)} "
        f"of {total} facts. Every fact and its claims: `tradefacts facts`._"
    )
    return f"{note}\n\n{table}" if total else table


def conflicts_preview(facts: pd.DataFrame, claims: pd.DataFrame, total: int) -> str:
    """The first of ``total`` conflicts, one row each with every side's value (three narrow
    columns, so the asset's Overview tab shows the table whole)."""
    summary = conflict_summary(facts, claims, limit=CONFLICT_PREVIEW_ROWS)
    table = markdown_table(summary, max_rows=CONFLICT_PREVIEW_ROWS, max_chars=80)
    if total > len(summary):
        table += f"\n\n_{len(summary)} of {total} conflicting facts shown._"
    return f"{table}\n\n_Both sides quoted, with their documents: `tradefacts conflicts`._"


def stored_inputs(
    figures: TableFile, sentences: TableFile, documents: TableFile
) -> StoredInputs | None:
    """The three tables as chunk files for ``reconcile_by_pair``; ``None`` if one is not
    chunked."""
    if not all(is_chunked(t.path) for t in (figures, sentences, documents)):
        return None
    tables = {"sentences": sentences, "documents": documents}
    return StoredInputs(
        figures=chunk_names(figures.path),
        sentences=chunk_names(sentences.path),
        documents=chunk_names(documents.path),
        figures_where=lambda mask: from_arrow(rows_where(figures, mask)),
        rows_of=lambda name, docs, columns: rows_of(tables[name], "doc_id", docs, columns),
    )


def previous_output(folders: dict[str, Path]) -> PreviousOutput | None:
    """The reconciled tables as last stored in ``folders`` (``{"facts"|"claims"|"checks":
    chunked table folder}``) with the pair digests their rows were computed from, or ``None``
    if a table has none that hold for its stored chunks (never written with them, a write
    interrupted before its memo, no table: :func:`~pipeline.release.chunks.pair_digests`)."""
    digests = {}
    for name in TABLES:
        stored = pair_digests(folders[name])
        if stored is None:
            return None
        digests[name] = stored
    return PreviousOutput(digests=digests, load=lambda name: read_chunked(folders[name]))


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
    ins={"raw_documents": AssetIn(), "sentences": AssetIn(), "figures": AssetIn("curated_figures")},
    group_name=GROUP,
)
def reconcile_facts(
    context: AssetExecutionContext,
    paths: TradefactsSettings,
    raw_documents: TableFile,
    sentences: TableFile,
    figures: TableFile,
) -> Iterator[Output[PairedRows]]:
    """Group the curated figures (corrections applied) by fact key and resolve each group;
    never averages mirror statistics.

    Pairs whose figures, sentences and dates are unchanged keep their rows as this asset
    last stored them, where the IO manager holds the pair digests those rows were computed
    from (``PairedRows``; :mod:`pipeline.reconcile.previous`); otherwise they come from the
    per-pair cache. The inputs come as their files: the pairs' digests are made from
    per-chunk row hashes kept under ``cache/reconcile-rows`` and only the rows of pairs to
    compute are read (issue 18).
    """
    caches = {
        name: StageCache(paths.data / "cache", f"reconcile-{name}", CODE_VERSION, table=name)
        for name in OUTPUTS
    }
    stored = stored_inputs(figures, sentences, raw_documents)
    frames = (None, None, None)
    if stored is None:  # a table not chunked (a data folder written before): read them whole
        frames = (
            figures.load(),
            sentences.load(["sentence_id", "text"]),
            raw_documents.load(["doc_id", "published"]),
        )
    folders = {name: stored_folder(paths, ASSET_OF[name]) for name in OUTPUTS}
    by_pair = reconcile_pairs(
        *frames,
        stored=stored,
        policy=paths.policy(),
        caches=caches,
        threshold=paths.confidence_threshold(),
        memo=paths.data / "cache" / "reconcile-rows",
        as_arrow=True,
        previous=previous_output(folders),
    )
    result, digests = by_pair.reconciled, by_pair.digests
    facts = result.facts
    resolution = facts.column("resolution").to_pandas().value_counts()
    conflicting = int(resolution.get("conflicting", 0))
    # metadata on the materialisations only, not also on the step outputs (assets/metadata.py)
    context.add_asset_metadata(
        {
            **arrow_frame_metadata(facts),
            "preview": MetadataValue.md(facts_preview(*overview_candidates(facts))),
            "conflicting": MetadataValue.int(conflicting),
            "resolutions": MetadataValue.json({str(k): int(v) for k, v in resolution.items()}),
            "pairs_reused": MetadataValue.int(caches["facts"].hits),
            "pairs_computed": MetadataValue.int(caches["facts"].misses),
            "pairs_kept_as_stored": MetadataValue.bool(by_pair.merged),
            "conflicts": MetadataValue.md(
                conflicts_preview(*first_conflicts(facts, result.claims), conflicting)
            ),
        },
        asset_key=AssetKey("facts"),
    )
    context.add_asset_metadata(arrow_frame_metadata(result.claims), asset_key=AssetKey("claims"))
    context.add_asset_metadata(
        arrow_frame_metadata(result.checks), asset_key=AssetKey("identity_checks")
    )
    # each table with the pair digests its rows come from, stored by the IO manager with its
    # chunk list: the next run keeps the rows of the pairs whose digest has not changed
    yield Output(PairedRows(facts, digests), output_name="facts")
    yield Output(PairedRows(result.claims, digests), output_name="claims")
    yield Output(PairedRows(result.checks, digests), output_name="identity_checks")
