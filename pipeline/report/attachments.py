"""The files a release carries besides its tables: ``report.md`` and ``claims.png``."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE
from pipeline.report.markdown import CHART_FILE, REPORT_FILE, mirror_table, report_markdown

MIRROR_FILE = "mirror.parquet"
"""The mirror table (``MirrorSchema``), derived from facts and claims like the report."""


def mirror_parquet(mirror: pd.DataFrame) -> bytes:
    """``mirror.parquet`` bytes: validated, rows in key order, the release's writer options."""
    import tempfile
    from pathlib import Path

    from pipeline.contract.schemas import MirrorSchema
    from pipeline.release.parquet import write_parquet

    checked = MirrorSchema.validate(mirror) if len(mirror) else mirror
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / MIRROR_FILE
        write_parquet(checked, path, "mirror")
        return path.read_bytes()


def release_attachments(
    tables: Mapping[str, pd.DataFrame],
    release_id: str,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md``, ``claims.png`` and
    ``mirror.parquet``; ``min_confidence`` is the threshold reconciliation used (the review
    list and the mirror table leave out the same doubtful claims)."""
    from pipeline.report.chart import claims_chart

    mirror = mirror_table(tables, min_confidence)
    return {
        REPORT_FILE: report_markdown(
            tables, release_id, mirror=mirror, min_confidence=min_confidence
        ).encode("utf-8"),
        CHART_FILE: claims_chart(tables["facts"], tables["claims"]),
        MIRROR_FILE: mirror_parquet(mirror),
    }
