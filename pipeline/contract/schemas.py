"""One pandera model per table: the only place column types and vocabularies are written.

Every stage validates its output against these models, the Dagster layer turns each model into a
blocking asset check, and the release writer records each validation in ``checks.parquet``.
Bump ``SCHEMA_VERSION`` whenever a contract column is renamed, dropped or re-meant.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

SCHEMA_VERSION = "1.1"
# 1.1: resolutions ``revised`` and ``needs_review``; ``conflicting`` only between named
#      authorities; ``n_sources`` counts named authorities; claims.confidence.

FLOWS = ("turnover", "exports", "imports", "investment")
MEASURES = ("level", "pct_change", "abs_change", "multiple")
STATUSES = ("actual", "target")
RESOLUTIONS = (
    "single_source",
    "agreed",
    "agreed_within_rounding",
    "conflicting",
    "derived",
    "inconsistent",
    "revised",
    "needs_review",
)
UNRESOLVED = ("conflicting", "inconsistent", "needs_review")
"""Resolutions whose fact has no accepted ``value``."""
DOC_STATUSES = ("ok", "quarantined")
# The fact key (CONTRACT.md): the pair is ordered for exports, imports and investment and
# unordered (sorted) for turnover.
FACT_KEY: tuple[str, ...] = (
    "flow", "scope", "reporter", "partner", "period_start", "period_end", "measure", "unit",
    "status",
)  # fmt: skip
ISO3_OR_BLOC = r"^[A-Z]{2,5}$"

Date = pandas_engine.Date


def _is_list_of_str(series: pd.Series) -> pd.Series:
    return series.map(
        lambda v: (
            hasattr(v, "__iter__") and not isinstance(v, str) and all(isinstance(x, str) for x in v)
        )
    )


class DocumentsSchema(pa.DataFrameModel):
    """One row per input file, readable or not."""

    doc_id: Series[str] = pa.Field(unique=True)
    path: Series[str]
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    encoding: Series[str] = pa.Field(nullable=True)
    published: Series[Date] = pa.Field(nullable=True)
    title: Series[str] = pa.Field(nullable=True)
    n_chars: Series[int] = pa.Field(ge=0)
    status: Series[str] = pa.Field(isin=DOC_STATUSES)
    reason: Series[str] = pa.Field(nullable=True)
    text: Series[str] = pa.Field(nullable=True)
    decode_errors: Series[int] = pa.Field(ge=0)
    duplicate_of: Series[str] = pa.Field(nullable=True)
    note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def text_iff_ok(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "ok") == df["text"].notna()

    @pa.dataframe_check
    @classmethod
    def reason_iff_quarantined(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "quarantined") == df["reason"].notna()

    class Config:
        strict = False
        coerce = True


class SentencesSchema(pa.DataFrameModel):
    """One row per cleaned sentence; offsets index the cleaned document text."""

    sentence_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str]
    position: Series[int] = pa.Field(ge=0)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check
    @classmethod
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    class Config:
        strict = False
        coerce = True


class FiguresSchema(pa.DataFrameModel):
    """One row per trade figure stated in an article (see CONTRACT.md)."""

    figure_id: Series[str] = pa.Field(unique=True)
    doc_id: Series[str]
    sentence_id: Series[str]
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    flow: Series[str] = pa.Field(isin=FLOWS)
    scope: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    reporter: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    partner: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    period_start: Series[Date] = pa.Field(nullable=True)
    period_end: Series[Date] = pa.Field(nullable=True)
    measure: Series[str] = pa.Field(isin=MEASURES)
    value: Series[float]
    unit: Series[str] = pa.Field(str_matches=r"^([A-Z]{3}|percent|times)$")
    status: Series[str] = pa.Field(isin=STATUSES)
    approx: Series[bool]
    source_country: Series[str] = pa.Field(nullable=True, str_matches=ISO3_OR_BLOC)
    # Half-width of the interval the stated digits imply ("$1.3bn" -> 0.05e9); reconcile uses it.
    rounding: Series[float] = pa.Field(ge=0)
    # Why a period bound is null (no date header, open target), null when both are known.
    period_note: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check
    @classmethod
    def pair_is_bilateral(cls, df: pd.DataFrame) -> pd.Series:
        return df["reporter"] != df["partner"]

    @pa.dataframe_check
    @classmethod
    def period_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        pairs = zip(df["period_start"], df["period_end"], strict=True)
        return pd.Series(
            [pd.isna(s) or pd.isna(e) or s <= e for s, e in pairs], index=df.index, dtype=bool
        )

    @pa.dataframe_check
    @classmethod
    def money_levels_positive(cls, df: pd.DataFrame) -> pd.Series:
        return (df["measure"] != "level") | (df["value"] > 0)

    class Config:
        strict = False
        coerce = True


class FactsSchema(pa.DataFrameModel):
    """One row per reconciled fact; the key is the contract's fact key."""

    fact_id: Series[str] = pa.Field(unique=True)
    flow: Series[str] = pa.Field(isin=FLOWS)
    scope: Series[str]
    reporter: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    partner: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    period_start: Series[Date] = pa.Field(nullable=True)
    period_end: Series[Date] = pa.Field(nullable=True)
    measure: Series[str] = pa.Field(isin=MEASURES)
    unit: Series[str]
    status: Series[str] = pa.Field(isin=STATUSES)
    value: Series[float] = pa.Field(nullable=True)
    value_min: Series[float]
    value_max: Series[float]
    resolution: Series[str] = pa.Field(isin=RESOLUTIONS)
    n_claims: Series[int] = pa.Field(ge=0)
    n_sources: Series[int] = pa.Field(ge=0)
    sources: Series[object]
    figure_ids: Series[object]
    doc_ids: Series[object]
    note: Series[str]

    @pa.dataframe_check
    @classmethod
    def lists_hold_strings(cls, df: pd.DataFrame) -> pd.Series:
        return (
            _is_list_of_str(df["sources"])
            & _is_list_of_str(df["figure_ids"])
            & _is_list_of_str(df["doc_ids"])
        )

    @pa.dataframe_check
    @classmethod
    def conflicts_have_no_value(cls, df: pd.DataFrame) -> pd.Series:
        return ~df["resolution"].isin(UNRESOLVED) | df["value"].isna()

    @pa.dataframe_check
    @classmethod
    def bounds_are_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["value_min"] <= df["value_max"]

    class Config:
        strict = False
        coerce = True


class ClaimsSchema(pa.DataFrameModel):
    """One row per claim behind a fact: who said which value, where, in which sentence."""

    fact_id: Series[str]
    figure_id: Series[str]
    doc_id: Series[str]
    sentence_id: Series[str]
    source_country: Series[str] = pa.Field(nullable=True, str_matches=ISO3_OR_BLOC)
    value: Series[float]
    value_low: Series[float]
    value_high: Series[float]
    approx: Series[bool]
    text: Series[str]
    sentence: Series[str]
    published: Series[Date] = pa.Field(nullable=True)
    # Extraction's confidence in the figure (0-1); null when figures carry none.
    confidence: Series[float] | None = pa.Field(nullable=True, ge=0, le=1)

    @pa.dataframe_check
    @classmethod
    def interval_contains_value(cls, df: pd.DataFrame) -> pd.Series:
        return (df["value_low"] <= df["value"]) & (df["value"] <= df["value_high"])

    class Config:
        strict = False
        coerce = True


class ChecksSchema(pa.DataFrameModel):
    """One row per check run before publishing: schema validations and identity checks."""

    check_id: Series[str] = pa.Field(unique=True)
    kind: Series[str] = pa.Field(isin=("schema", "identity"))
    subject: Series[str]
    outcome: Series[str] = pa.Field(
        isin=("passed", "failed", "agreed_within_rounding", "inconsistent")
    )
    n_rows: Series[int] = pa.Field(ge=0)
    n_failures: Series[int] = pa.Field(ge=0)
    detail: Series[str]

    class Config:
        strict = False
        coerce = True


MIRROR_VERDICTS = ("within_band", "mirror_discrepancy")


class MirrorSchema(pa.DataFrameModel):
    """One row per trade stated from both ends: the exporter's exports to the importer as the
    exporter's authority states them, and the importer's imports from it as the importer's
    authority states them (``mirror.parquet``; README "Mirror flows")."""

    mirror_id: Series[str] = pa.Field(unique=True)
    exporter: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    importer: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    scope: Series[str]
    period_start: Series[Date] = pa.Field(nullable=True)
    period_end: Series[Date] = pa.Field(nullable=True)
    unit: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    exports_value: Series[float] = pa.Field(gt=0)
    exports_source: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    exports_fact_id: Series[str]
    exports_figure_id: Series[str]
    imports_value: Series[float] = pa.Field(gt=0)
    imports_source: Series[str] = pa.Field(str_matches=ISO3_OR_BLOC)
    imports_fact_id: Series[str]
    imports_figure_id: Series[str]
    ratio: Series[float] = pa.Field(gt=0)
    ratio_low: Series[float]
    ratio_high: Series[float]
    band_low: Series[float] = pa.Field(gt=0)
    band_high: Series[float] = pa.Field(gt=0)
    verdict: Series[str] = pa.Field(isin=MIRROR_VERDICTS)
    note: Series[str]

    @pa.dataframe_check
    @classmethod
    def ratio_is_imports_over_exports(cls, df: pd.DataFrame) -> pd.Series:
        return (df["ratio"] - df["imports_value"] / df["exports_value"]).abs() <= 1e-9 * df["ratio"]

    class Config:
        strict = False
        coerce = True


MIRROR_COLUMNS: list[str] = list(MirrorSchema.to_schema().columns)


TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentsSchema,
    "sentences": SentencesSchema,
    "figures": FiguresSchema,
    "facts": FactsSchema,
    "claims": ClaimsSchema,
    "checks": ChecksSchema,
    "mirror": MirrorSchema,
}


def empty_frame(schema: type[pa.DataFrameModel]) -> pd.DataFrame:
    """An empty frame with the model's columns, so stages can return "nothing" uniformly."""
    return pd.DataFrame({name: pd.Series(dtype="object") for name in schema.to_schema().columns})
