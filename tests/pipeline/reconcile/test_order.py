"""``canonical_order``'s row orders by Arrow equal the pandas sorts they replace (issue 18)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from pipeline.reconcile.order import follow_order, text_order

COLUMNS = ["flow", "reporter", "partner", "period_end", "fact_id"]


def _pandas_order(frame: pd.DataFrame, columns: list[str]) -> list[int]:
    shown = frame.reset_index(drop=True)
    ordered = shown.sort_values(columns, na_position="first", key=lambda s: s.astype(str))
    return ordered.index.tolist()


def _facts(n: int, seed: int) -> pd.DataFrame:
    """Made-up facts with ties on every key column, nulls of both kinds, dates and text that
    sorts differently as bytes and as locale text (``é``, ``Z`` before ``a``)."""
    rng = np.random.default_rng(seed)
    words = np.array(["exports", "imports", "turnover", "Zeta", "élan", "a", "ab", None], object)
    countries = np.array(["KAZ", "KGZ", "RUS", "CHN", None, np.nan, "UZB"], object)
    days = [dt.date(2020 + i % 6, 1 + i % 12, 1) for i in range(20)] + [None]
    return pd.DataFrame(
        {
            "flow": words[rng.integers(0, len(words), n)],
            "reporter": countries[rng.integers(0, len(countries), n)],
            "partner": countries[rng.integers(0, len(countries), n)],
            "period_end": [days[i] for i in rng.integers(0, len(days), n)],
            "fact_id": [f"f{i}" for i in rng.integers(0, n // 3 + 1, n)],  # duplicates: ties
        },
        index=rng.permutation(n) + 1000,  # an index that is not positions
    )


def test_text_order_equals_the_pandas_sort_by_text_with_ties_and_nulls() -> None:
    for seed in range(8):
        frame = _facts(500, seed)
        assert text_order(frame, COLUMNS).tolist() == _pandas_order(frame, COLUMNS)
        assert text_order(frame, COLUMNS[::-1]).tolist() == _pandas_order(frame, COLUMNS[::-1])


def test_text_order_falls_back_to_pandas_for_text_arrow_cannot_hold_and_string_nulls() -> None:
    surrogate = pd.DataFrame({"a": ["b", "\ud800", "a", "b"], "b": ["2", "1", "3", "1"]})
    assert text_order(surrogate, ["a", "b"]).tolist() == _pandas_order(surrogate, ["a", "b"])
    typed = pd.DataFrame({"a": pd.array(["b", None, "a"], dtype="string"), "b": ["1", "2", "3"]})
    assert text_order(typed, ["a", "b"]).tolist() == _pandas_order(typed, ["a", "b"])
    assert text_order(typed.iloc[:0], ["a", "b"]).tolist() == []


def test_follow_order_is_a_stable_sort_by_position_with_unknown_ids_last() -> None:
    rng = np.random.default_rng(3)
    ordered = pd.Series([f"f{i}" for i in rng.permutation(50)])
    ids = pd.Series([f"f{i}" for i in rng.integers(0, 60, 400)], index=rng.permutation(400))
    position = pd.Series(range(len(ordered)), index=ordered)
    expected = ids.reset_index(drop=True).sort_values(
        key=lambda s: s.map(position), kind="mergesort"
    )
    assert follow_order(ids, ordered).tolist() == expected.index.tolist()
