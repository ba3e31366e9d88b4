"""One pandera model per table: the only place columns, their types, vocabularies and meaning
are written.

Every stage validates its output against these models; ``contract/tables.py`` derives the column
lists, row order and Arrow types from them, the Dagster layer turns each model into a blocking
asset check and into the column docs the UI shows (``dagster/column_schema``), and the release
writer records each validation in ``checks.parquet``. Bump ``SCHEMA_VERSION`` whenever a
contract column is renamed, dropped or re-meant. The model of the attached ``mirror`` table is in
``mirror.py`` (listed here in ``TABLE_SCHEMAS``); field helpers in ``fields.py``.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline.contract.fields import ISO3_OR_BLOC, SORT_KEY, Date, _text
from pipeline.contract.keys import FACT_KEY
from pipeline.contract.mirror import MIRROR_VERDICTS, MirrorSchema

__all__ = ["FACT_KEY", "ISO3_OR_BLOC", "MIRROR_VERDICTS", "SORT_KEY", "Date", "MirrorSchema"]

SCHEMA_VERSION = "1.3"
# 1.1: resolutions ``revised`` and ``needs_review``; ``conflicting`` only between named
#      authorities; ``n_sources`` counts named authorities; claims.confidence; mirror table;
#      figures.evidence and figures.confidence.
# 1.2: figures.value_usd and figures.value_usd_note (money at the period's average rate, or why
#      not); claims.value_usd.
# 1.3: release layout only (no column changed): every release table is a folder of Parquet
#      parts bucketed by a stable key (``facts.parquet/part-00017.parquet``), the manifest lists
#      the parts and the input hashes live in ``inputs/part-*.json`` (pipeline/release/parts.py).

FLOWS = ("turnover", "exports", "imports", "investment")
MEASURES = ("level", "pct_change", "abs_change", "multiple")
MONEY_MEASURES = ("level", "abs_change")
"""Measures stated in a currency (a level, a change in money); the others are ratios."""
STATUSES = ("actual", "target")
SCOPE_PATTERN = r"^[a-z_]+$"
"""A scope: ``total`` or a sector in lower case (``agriculture``, ``energy``)."""
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
CHECK_KINDS = ("schema", "identity")
CHECK_OUTCOMES = ("passed", "failed", "agreed_within_rounding", "inconsistent")
ARROW_TYPE = "arrow_type"
"""Key of a column's metadata; ``"inferred"`` keeps the Arrow type pyarrow infers for it. The
three columns marked so were outside the models before; typing them from the model would change
the bytes of a release where they are all null, so they keep the type they always had. They are
also optional (``Optional[Series]``): a facts frame without them passed before and still does."""


def _is_list_of_str(series: pd.Series) -> pd.Series:
    return series.map(
        lambda v: (
            hasattr(v, "__iter__") and not isinstance(v, str) and all(isinstance(x, str) for x in v)
        )
    )


class DocumentsSchema(pa.DataFrameModel):
    """One row per input file, readable or not."""

    doc_id: Series[str] = _text("the file name without its extension", unique=True)
    path: Series[str] = _text("the file's path relative to the input folder")
    sha256: Series[str] = _text("sha256 of the raw bytes", str_matches=r"^[0-9a-f]{64}$")
    encoding: Series[str] = _text("encoding as detected; null when not decoded", nullable=True)
    published: Series[Date] = _text("date from the header; null where absent", nullable=True)
    title: Series[str] = _text("the headline, kept apart from the body", nullable=True)
    n_chars: Series[int] = _text("characters of the cleaned text", ge=0)
    status: Series[str] = _text("ok or quarantined", isin=DOC_STATUSES)
    reason: Series[str] = _text("why quarantined; null when ok", nullable=True)
    text: Series[str] = _text("the cleaned text; null when quarantined", nullable=True)
    decode_errors: Series[int] = _text("invalid bytes replaced while decoding", ge=0)
    duplicate_of: Series[str] = _text("doc_id of an identical earlier file", nullable=True)
    note: Series[str] = _text("e.g. a doc_id collision resolved by using the name", nullable=True)

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
        metadata = {SORT_KEY: ("doc_id",)}


class SentencesSchema(pa.DataFrameModel):
    """One row per cleaned sentence; offsets index the cleaned document text."""

    sentence_id: Series[str] = _text("<doc_id>:<position>", unique=True)
    doc_id: Series[str] = _text("the document it belongs to")
    position: Series[int] = _text("order within the document, from 0", ge=0)
    text: Series[str] = _text("the cleaned sentence", str_length={"min_value": 1})
    char_start: Series[int] = _text("start offset in the cleaned document", ge=0)
    char_end: Series[int] = _text("end offset (exclusive) in the cleaned document", ge=0)

    @pa.dataframe_check
    @classmethod
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_end"] > df["char_start"]

    class Config:
        strict = False
        coerce = True
        metadata = {SORT_KEY: ("doc_id", "position", "sentence_id")}


class FiguresSchema(pa.DataFrameModel):
    """One row per trade figure stated in an article (see CONTRACT.md)."""

    figure_id: Series[str] = _text("stable id (same text and code, same id)", unique=True)
    doc_id: Series[str] = _text("the document that states it")
    sentence_id: Series[str] = _text("the sentence that states it")
    char_start: Series[int] = _text("start of the figure in the cleaned sentence", ge=0)
    char_end: Series[int] = _text("end of the figure in the cleaned sentence", ge=0)
    text: Series[str] = _text(
        "the span as written, e.g. $1,340 billion", str_length={"min_value": 1}
    )
    flow: Series[str] = _text("turnover, exports, imports or investment", isin=FLOWS)
    scope: Series[str] = _text("total, or a sector such as agriculture", str_matches=SCOPE_PATTERN)
    reporter: Series[str] = _text(
        "ISO alpha-3 of the economy whose flow it is; for investment the recipient",
        str_matches=ISO3_OR_BLOC,
    )
    partner: Series[str] = _text(
        "ISO alpha-3 of the counterpart or a bloc code; for investment the investor",
        str_matches=ISO3_OR_BLOC,
    )
    period_start: Series[Date] = _text("first day of the period; null if unbounded", nullable=True)
    period_end: Series[Date] = _text("last day of the period; null if unbounded", nullable=True)
    measure: Series[str] = _text("level, pct_change, abs_change or multiple", isin=MEASURES)
    value: Series[float] = _text("normalised value: $1.34bn is 1340000000.0, 44.7% is 44.7")
    unit: Series[str] = _text(
        "ISO 4217 code for money, percent or times", str_matches=r"^([A-Z]{3}|percent|times)$"
    )
    status: Series[str] = _text("actual or target (plans, goals)", isin=STATUSES)
    approx: Series[bool] = _text("stated with about, almost, nearly, over, or as a range")
    source_country: Series[str] = _text(
        "ISO alpha-3 of the authority stating it; null where joint or unknown",
        nullable=True,
        str_matches=ISO3_OR_BLOC,
    )
    rounding: Series[float] = _text(
        "half-width of the interval the stated digits imply ($1.3bn: 0.05e9)", ge=0
    )
    period_note: Series[str] = _text(
        "why a period bound is null (no date header, open target)", nullable=True
    )
    evidence: Series[str] = _text(
        "the rules that decided the figure, `name=value;...`: flow (own trigger, carried from"
        " the previous figure, follow_up of the last figure), pair (how many of the two economies"
        " the sentence names), period (sentence, previous figure, document, inferred, none), unit"
        " (stated or from context)"
    )
    confidence: Series[float] = _text(
        "probability (0-1) that flow, pair, period, measure, value, unit and status are all"
        " right, calibrated on the real-news development pages by evidence and facets",
        ge=0,
        le=1,
    )
    value_usd: Series[float] = _text(
        "value in US dollars at the average exchange rate of its period (lexicon/usd_rates.csv);"
        " null for percentages and multiples, and where no rate exists (value_usd_note says why)",
        nullable=True,
    )
    value_usd_note: Series[str] = _text(
        "why a money figure has no value_usd (a year's rate missing, a period without bounds);"
        " null otherwise",
        nullable=True,
    )

    @pa.dataframe_check
    @classmethod
    def value_usd_or_why(cls, df: pd.DataFrame) -> pd.Series:
        """A money figure has value_usd or a note saying why not, never both; a figure that
        is not money (percent, times, a percent change) has neither; dollars are themselves."""
        money = df["unit"].str.fullmatch(r"[A-Z]{3}") & df["measure"].isin(MONEY_MEASURES)
        has_usd, has_note = df["value_usd"].notna(), df["value_usd_note"].notna()
        dollars = (df["unit"] != "USD") | ~money | (df["value_usd"] == df["value"])
        return (money & (has_usd != has_note) | ~money & ~has_usd & ~has_note) & dollars

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
        metadata = {SORT_KEY: ("doc_id", "sentence_id", "char_start", "char_end", "figure_id")}


class FactsSchema(pa.DataFrameModel):
    """One row per reconciled fact; the key is the contract's fact key."""

    fact_id: Series[str] = _text("stable id of the fact", unique=True)
    flow: Series[str] = _text("fact key: the flow", isin=FLOWS)
    scope: Series[str] = _text("fact key: total or a sector")
    reporter: Series[str] = _text(
        "fact key: reporter (sorted with partner for turnover)", str_matches=ISO3_OR_BLOC
    )
    partner: Series[str] = _text("fact key: partner", str_matches=ISO3_OR_BLOC)
    period_start: Series[Date] = _text("fact key: first day of the period", nullable=True)
    period_end: Series[Date] = _text("fact key: last day of the period", nullable=True)
    measure: Series[str] = _text("fact key: the measure", isin=MEASURES)
    unit: Series[str] = _text("fact key: the unit")
    status: Series[str] = _text("fact key: actual or target", isin=STATUSES)
    value: Series[float] = _text("the accepted value; null where unresolved", nullable=True)
    value_min: Series[float] = _text("lowest value the claims allow")
    value_max: Series[float] = _text("highest value the claims allow")
    resolution: Series[str] = _text("how the claims were resolved", isin=RESOLUTIONS)
    n_claims: Series[int] = _text("claims behind the fact", ge=0)
    n_sources: Series[int] = _text("distinct authorities among them", ge=0)
    sources: Series[object] = _text("list of source countries")
    figure_ids: Series[object] = _text("list of the figures behind it")
    doc_ids: Series[object] = _text("list of the documents behind it")
    note: Series[str] = _text("why, in one line")
    preferred_value: Series[float] | None = _text(
        "the side the preference policy picks; does not hide a conflict",
        nullable=True,
        metadata={ARROW_TYPE: "inferred"},
    )
    preferred_source: Series[str] | None = _text(
        "who states preferred_value", nullable=True, metadata={ARROW_TYPE: "inferred"}
    )
    superseded_by: Series[str] | None = _text(
        "fact_id of the newer target restating this one",
        nullable=True,
        metadata={ARROW_TYPE: "inferred"},
    )

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
        metadata = {SORT_KEY: ("fact_id",)}


class ClaimsSchema(pa.DataFrameModel):
    """One row per claim behind a fact: who said which value, where, in which sentence."""

    fact_id: Series[str] = _text("the fact it supports")
    figure_id: Series[str] = _text("the figure stating it")
    doc_id: Series[str] = _text("the document stating it")
    sentence_id: Series[str] = _text("the sentence stating it")
    source_country: Series[str] = _text(
        "the authority stating it; null where unattributed",
        nullable=True,
        str_matches=ISO3_OR_BLOC,
    )
    value: Series[float] = _text("the value as stated, normalised")
    value_low: Series[float] = _text("low end of the interval its digits and wording allow")
    value_high: Series[float] = _text("high end of that interval")
    approx: Series[bool] = _text("stated as approximate")
    text: Series[str] = _text("the figure as written")
    sentence: Series[str] = _text("the sentence quoted")
    published: Series[Date] = _text("publication date of the document", nullable=True)
    confidence: Series[float] | None = _text(
        "extraction's confidence in the figure (0-1); null when figures carry none",
        nullable=True,
        ge=0,
        le=1,
    )
    value_usd: Series[float] | None = _text(
        "the figure's value_usd (schema 1.2): the value in US dollars at its period's average"
        " rate; null where the figure has none (not money, no rate: see figures.value_usd_note)",
        nullable=True,
    )

    @pa.dataframe_check
    @classmethod
    def interval_contains_value(cls, df: pd.DataFrame) -> pd.Series:
        return (df["value_low"] <= df["value"]) & (df["value"] <= df["value_high"])

    class Config:
        strict = False
        coerce = True
        metadata = {SORT_KEY: ("fact_id", "figure_id")}


class ChecksSchema(pa.DataFrameModel):
    """One row per check run before publishing: schema validations and identity checks."""

    check_id: Series[str] = _text("stable id of the check", unique=True)
    kind: Series[str] = _text("schema or identity", isin=CHECK_KINDS)
    subject: Series[str] = _text("the table, or the identity and the facts it relates")
    outcome: Series[str] = _text("what the check found", isin=CHECK_OUTCOMES)
    n_rows: Series[int] = _text("rows checked", ge=0)
    n_failures: Series[int] = _text("rows failing", ge=0)
    detail: Series[str] = _text("the model checked, or the arithmetic")

    class Config:
        strict = False
        coerce = True
        metadata = {SORT_KEY: ("check_id",)}


TABLE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "documents": DocumentsSchema,
    "sentences": SentencesSchema,
    "figures": FiguresSchema,
    "facts": FactsSchema,
    "claims": ClaimsSchema,
    "checks": ChecksSchema,
    "mirror": MirrorSchema,
}
"""Every contract table with its model, in manifest order: the release tables, then those in
``ATTACHED_TABLES``."""

ATTACHED_TABLES: tuple[str, ...] = ("mirror",)
"""Tables with a model that a release carries as an attachment derived from ``facts`` and
``claims`` (``mirror.parquet``), not as one of its tables (``contract.tables.TABLES``)."""


def empty_frame(schema: type[pa.DataFrameModel]) -> pd.DataFrame:
    """An empty frame with the model's columns, so stages can return "nothing" uniformly."""
    return pd.DataFrame({name: pd.Series(dtype="object") for name in schema.to_schema().columns})
