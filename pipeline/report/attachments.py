"""The files a release carries besides its tables: ``report.md``, ``claims.png``, ``mirror.parquet``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from pipeline.contract.schemas import MirrorSchema
from pipeline.reconcile.mirror import MIRROR_BAND
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.report.markdown import CHART_FILE, mirror_table, report_files

if TYPE_CHECKING:
    from pipeline.report.chart_pairs import PairBuckets

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
) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md`` and its section files
    (``report-conflicts.md``...: :func:`~pipeline.report.markdown.report_files`), ``claims.png`` and, with
    ``write_table``, ``mirror.parquet`` (validated against ``MirrorSchema``).
    ``min_confidence`` is the threshold reconciliation used (the review list and the mirror
    table leave out the same doubtful claims); ``mirror_band`` the CIF/FOB band of the mirror
    table; ``chart_memo`` a folder where ``claims.png`` is looked up by what it draws before
    drawing it (:mod:`pipeline.report.chart_memo`); ``pair_buckets`` the release's buckets of
    facts and claims, so that only changed buckets are counted for the chart
    (:mod:`pipeline.report.chart_pairs`, its record beside the chart memo)."""
    from pipeline.report.chart import chart_inputs, draw_chart
    from pipeline.report.chart_memo import memoised

    mirror = mirror_table(tables, min_confidence, mirror_band)
    report = report_files(tables, release_id, mirror=mirror, min_confidence=min_confidence)
    files = {name: text.encode("utf-8") for name, text in report.items()}
    if chart_memo is not None and pair_buckets is not None:
        from pipeline.report.chart_pairs import reused_chart_inputs

        inputs = reused_chart_inputs(tables["facts"], tables["claims"], pair_buckets, chart_memo)
    else:
        inputs = chart_inputs(tables["facts"], tables["claims"])
    files[CHART_FILE] = (
        memoised(chart_memo, inputs, draw_chart) if chart_memo else draw_chart(inputs)
    )
    if write_table is not None:
        checked = MirrorSchema.validate(mirror) if len(mirror) else mirror
        files[MIRROR_FILE] = write_table(checked, "mirror")
    return files
