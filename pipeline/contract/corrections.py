"""The contract of ``corrections.csv``: analysts' corrections to extracted figures, as data.

Why a file and not code: an analyst who sees a wrong figure fixes it without touching the
extractor, and the fix is versioned with the input (reviewed, diffed, reverted like an article).
One row per correction, appended in order (``tradefacts correct`` writes them); a later ``set``
of the same field wins. Not a release table: ``pipeline/curate/corrections.py`` applies it
between ``figures`` and ``facts``, and a release carries the file as an attachment, its sha256
in the manifest.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

ACTIONS = ("reject", "set")
SETTABLE = (
    "flow",
    "scope",
    "reporter",
    "partner",
    "period_start",
    "period_end",
    "measure",
    "value",
    "unit",
    "status",
    "approx",
    "source_country",
)
"""Figure columns a ``set`` correction may change (the reading, not the span or its ids)."""


def _text(description: str, **kwargs: object) -> object:
    return pa.Field(description=description, **kwargs)


class CorrectionsSchema(pa.DataFrameModel):
    """One row per correction of one figure."""

    figure_key: Series[str] = _text(
        "stable key of the figure: its document, its sentence's text and the span; survives "
        "re-runs and extractor versions while the sentence and the span stay the same",
        str_matches=r"^[0-9a-f]{16}$",
    )
    figure_id: Series[str] = _text(
        "figure_id when the correction was made (for reading; matching uses figure_key)",
        nullable=True,
    )
    doc_id: Series[str] = _text("the document stating the figure")
    figure_text: Series[str] = _text("the figure as written, e.g. $1,340 billion")
    action: Series[str] = _text("reject (drop the figure) or set (change one field)", isin=ACTIONS)
    field: Series[str] = _text("the column a set changes; empty for reject", nullable=True)
    value: Series[str] = _text(
        "the new value as text (a date as YYYY-MM-DD, true/false); empty for reject",
        nullable=True,
    )
    reason: Series[str] = _text("why, in one line", str_length={"min_value": 1})
    author: Series[str] = _text("who decided it", str_length={"min_value": 1})
    date: Series[pandas_engine.Date] = _text("when it was decided (YYYY-MM-DD)")

    @pa.dataframe_check
    @classmethod
    def set_names_a_settable_field_and_a_value(cls, df: pd.DataFrame) -> pd.Series:
        is_set = df["action"] == "set"
        ok_set = df["field"].isin(SETTABLE) & df["value"].notna()
        ok_reject = df["field"].isna() & df["value"].isna()
        return (is_set & ok_set) | (~is_set & ok_reject)

    class Config:
        strict = True
        coerce = True
