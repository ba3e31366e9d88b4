"""The files a release carries besides its tables: ``report.md``, ``claims.png``, ``mirror.parquet``."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pandas as pd

from pipeline.contract.schemas import MirrorSchema
from pipeline.reconcile.mirror import MIRROR_BAND
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.report.markdown import CHART_FILE, mirror_table, report_files

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
) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md`` and its section files
    (``report-conflicts.md``...: :func:`~pipeline.report.markdown.report_files`), ``claims.png`` and, with
    ``write_table``, ``mirror.parquet`` (validated against ``MirrorSchema``).
    ``min_confidence`` is the threshold reconciliation used (the review list and the mirror
    table leave out the same doubtful claims); ``mirror_band`` the CIF/FOB band of the mirror
    table."""
    from pipeline.report.chart import claims_chart

    mirror = mirror_table(tables, min_confidence, mirror_band)
    report = report_files(tables, release_id, mirror=mirror, min_confidence=min_confidence)
    files = {name: text.encode("utf-8") for name, text in report.items()}
    files[CHART_FILE] = claims_chart(tables["facts"], tables["claims"])
    if write_table is not None:
        checked = MirrorSchema.validate(mirror) if len(mirror) else mirror
        files[MIRROR_FILE] = write_table(checked, "mirror")
    return files
