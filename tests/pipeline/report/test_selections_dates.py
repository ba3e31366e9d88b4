"""Issue 18: ``sort_facts`` labels each distinct period bound once; the order is unchanged."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from pipeline.report.labels import as_date
from pipeline.report.selections import _date_texts


def test_date_texts_equal_the_per_row_labels() -> None:
    values = [
        None,
        np.nan,
        pd.NaT,
        dt.date(2020, 1, 1),
        dt.datetime(2020, 1, 1, 5),
        pd.Timestamp("2020-01-01"),
        "2021-06-30",
        dt.date(2020, 1, 1),
    ]
    column = pd.Series(values, index=range(10, 18), dtype=object)
    expected = column.map(lambda d: str(as_date(d) or ""))
    pd.testing.assert_series_equal(_date_texts(column), expected)
    assert _date_texts(column.iloc[:0]).empty
