"""The gold sets' columns: one row per figure a correct extractor finds (``tests/data/*/gold.csv``,
``tests/realnews/gold.csv``). Not a release table; ``tradefacts evaluate`` reads it. Apart from
``schemas.py`` so the release contract stays one screenful per table.
"""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from pipeline.contract.schemas import FLOWS, MEASURES, STATUSES, Date, _text


class GoldSchema(pa.DataFrameModel):
    """One row per figure a correct extractor finds: the gold sets' columns (not a release
    table; ``tradefacts evaluate`` reads it)."""

    doc: Series[str] = _text("doc_id of the article")
    flow: Series[str] = _text("as in figures", isin=FLOWS)
    scope: Series[str] = _text("as in figures")
    reporter: Series[str] = _text("as in figures")
    partner: Series[str] = _text("as in figures")
    period_start: Series[Date] = _text("as in figures", nullable=True)
    period_end: Series[Date] = _text("as in figures", nullable=True)
    measure: Series[str] = _text("as in figures", isin=MEASURES)
    value: Series[float] = _text("as in figures")
    unit: Series[str] = _text("as in figures")
    status: Series[str] = _text("as in figures", isin=STATUSES)
    approx: Series[bool] = _text("as in figures")
    source_country: Series[str] = _text("as in figures", nullable=True)

    class Config:
        strict = False
        coerce = True
