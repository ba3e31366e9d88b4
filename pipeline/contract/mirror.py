"""The model of ``mirror.parquet``, a table a release carries as an attachment (schema 1.1)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.contract.fields import ISO3_OR_BLOC, SORT_KEY, Date, _text

MIRROR_VERDICTS = ("within_band", "mirror_discrepancy")


class MirrorSchema(pa.DataFrameModel):
    """One row per trade stated from both ends: the exporter's exports to the importer as the
    exporter's authority states them, and the importer's imports from it as the importer's
    authority states them (``mirror.parquet``; README "Mirror flows")."""

    mirror_id: Series[str] = _text("stable id of the pair of facts", unique=True)
    exporter: Series[str] = _text("ISO alpha-3 of the exporting economy", str_matches=ISO3_OR_BLOC)
    importer: Series[str] = _text("ISO alpha-3 of the importing economy", str_matches=ISO3_OR_BLOC)
    scope: Series[str] = _text("total, or a sector, as in facts")
    period_start: Series[Date] = _text("first day of the period", nullable=True)
    period_end: Series[Date] = _text("last day of the period", nullable=True)
    unit: Series[str] = _text("ISO 4217 code of both values", str_matches=r"^[A-Z]{3}$")
    exports_value: Series[float] = _text(
        "exports as the exporter's authority states them (its newest publication)", gt=0
    )
    exports_source: Series[str] = _text(
        "the authority stating exports_value (the exporter)", str_matches=ISO3_OR_BLOC
    )
    exports_fact_id: Series[str] = _text("the exports fact")
    exports_figure_id: Series[str] = _text("the figure exports_value is read from")
    imports_value: Series[float] = _text(
        "imports as the importer's authority states them (its newest publication)", gt=0
    )
    imports_source: Series[str] = _text(
        "the authority stating imports_value (the importer)", str_matches=ISO3_OR_BLOC
    )
    imports_fact_id: Series[str] = _text("the imports fact")
    imports_figure_id: Series[str] = _text("the figure imports_value is read from")
    ratio: Series[float] = _text("imports_value / exports_value", gt=0)
    ratio_low: Series[float] = _text("lowest ratio both claims' stated precision allows")
    ratio_high: Series[float] = _text("highest ratio both claims' stated precision allows")
    band_low: Series[float] = _text("low end of the band a ratio is expected in", gt=0)
    band_high: Series[float] = _text("high end of that band", gt=0)
    verdict: Series[str] = _text("within_band or mirror_discrepancy", isin=MIRROR_VERDICTS)
    note: Series[str] = _text("the comparison, in one line")

    @pa.dataframe_check
    @classmethod
    def ratio_is_imports_over_exports(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ratio"] - df["imports_value"] / df["exports_value"]).abs() <= 1e-9 * df["ratio"]

    class Config:
        strict = False
        coerce = True
        metadata = {SORT_KEY: ("mirror_id",)}
