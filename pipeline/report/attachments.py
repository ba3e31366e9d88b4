"""The files a release carries besides its tables: ``report.md``, ``claims.png``, ``mirror.parquet``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.contract.schemas import MirrorSchema
from pipeline.reconcile.mirror import MIRROR_BAND
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.report.markdown import (
    CHART_FILE,
    PAIRS_SHOWN,
    REPORT_CONFLICTS,
    mirror_table,
    report_files,
)

if TYPE_CHECKING:
    from pipeline.report.chart_pairs import PairBuckets
    from pipeline.report.section_memo import BucketRows

MIRROR_FILE = "mirror.parquet"
"""The mirror table (``MirrorSchema``), derived from facts and claims like the report."""

TableWriter = Callable[[pd.DataFrame, str], bytes]
"""Parquet bytes of a contract table (``pipeline.release.parquet.table_bytes``): passed in,
because the report sits beside the release stage and imports nothing of it."""


def release_attachments(
    tables: Mapping[str, pd.DataFrame],
    release_id: str,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    write_table: TableWriter | None = None,
    mirror_band: tuple[float, float] = MIRROR_BAND,
    chart_memo: Path | None = None,
    pair_buckets: PairBuckets | None = None,
    bucket_rows: BucketRows | None = None,
) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md`` and its section files
    (``report-conflicts.md``...: :func:`~pipeline.report.markdown.report_files`), ``claims.png`` and, with
    ``write_table``, ``mirror.parquet`` (validated against ``MirrorSchema``).
    ``min_confidence`` is the threshold reconciliation used (the review list and the mirror
    table leave out the same doubtful claims); ``mirror_band`` the CIF/FOB band of the mirror
    table; ``chart_memo`` a folder where ``claims.png`` is looked up by what it draws before
    drawing it (:mod:`pipeline.report.chart_memo`); ``pair_buckets`` the release's buckets of
    facts and claims, so that only changed buckets are counted for the chart and computed for
    the mirror table (:mod:`pipeline.report.chart_pairs`, :mod:`pipeline.report.mirror_memo`,
    their records beside the chart memo); ``bucket_rows`` the same tables as Arrow with each
    row's bucket, so that the report, the mirror table and the chart read only the buckets
    that changed or are shown (:mod:`pipeline.report.section_memo`), not ``tables``' facts and
    claims (any doubt: the whole tables)."""
    from pipeline.report.chart import chart_inputs, draw_chart
    from pipeline.report.chart_memo import memoised

    picks = mirror = None
    if chart_memo is not None and bucket_rows is not None and "mirror" not in tables:
        from pipeline.report.mirror_memo import reused_mirror_flows
        from pipeline.report.section_memo import section_picks

        picks = section_picks(
            bucket_rows,
            chart_memo,
            min_confidence=min_confidence,
            limit=REPORT_CONFLICTS,
            pairs_shown=PAIRS_SHOWN,
        )
        if picks is not None:
            mirror = reused_mirror_flows(
                bucket_rows, chart_memo, band=mirror_band, min_confidence=min_confidence
            )
    if mirror is None:
        mirror = mirror_table(tables, min_confidence, mirror_band)
    report = report_files(
        tables, release_id, mirror=mirror, min_confidence=min_confidence, picks=picks
    )
    files = {name: text.encode("utf-8") for name, text in report.items()}
    if chart_memo is not None and pair_buckets is not None:
        from pipeline.report.chart_drawn import reused_chart
        from pipeline.report.chart_pairs import reused_chart_inputs

        if picks is not None and bucket_rows is not None:  # only the buckets it needs
            files[CHART_FILE] = reused_chart(
                pair_buckets, chart_memo, bucket_rows.frames, draw_chart
            )
        else:
            inputs = reused_chart_inputs(
                tables["facts"], tables["claims"], pair_buckets, chart_memo
            )
            files[CHART_FILE] = memoised(chart_memo, inputs, draw_chart)
    else:
        inputs = chart_inputs(tables["facts"], tables["claims"])
        files[CHART_FILE] = (
            memoised(chart_memo, inputs, draw_chart) if chart_memo else draw_chart(inputs)
        )
    if write_table is not None:
        checked = MirrorSchema.validate(mirror) if len(mirror) else mirror
        files[MIRROR_FILE] = write_table(checked, "mirror")
    return files
