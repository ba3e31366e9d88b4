"""The files a release carries besides its tables: ``report.md`` and ``claims.png``."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.report.markdown import CHART_FILE, REPORT_FILE, report_markdown


def release_attachments(tables: Mapping[str, pd.DataFrame], release_id: str) -> dict[str, bytes]:
    """The files a release carries besides its tables: ``report.md`` and ``claims.png``."""
    from pipeline.report.chart import claims_chart

    return {
        REPORT_FILE: report_markdown(tables, release_id).encode("utf-8"),
        CHART_FILE: claims_chart(tables["facts"], tables["claims"]),
    }
