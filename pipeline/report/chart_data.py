"""Which claims ``claims.png`` draws: the points of every pair and year, the pairs with most
claims, and a bounded sample of each panel.

Why apart from the drawing (``chart.py``): what is drawn is a choice about the data, and its
size decides what drawing costs. A panel draws at most ``MAX_PANEL_POINTS`` markers, so the
chart costs the same for a fact with 80,000 distinct claims as for one with 200 (drawing every
claim once took 29 s at 5,000 claims and over 300 s at 80,000).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.contract.tables import pick
from pipeline.report.labels import as_date, pair_label, period_label, source_label

TOP_PAIRS = 6
RECENT_YEARS = 6
"""Years drawn per panel: the most recent ones with claims (a large corpus spans decades)."""
MAX_PANEL_POINTS = 200
"""Markers drawn per panel at most; the panel's title says how many of its points it drew."""
SAMPLE_GROUP = ["year", "source", "flow", "scope", "status"]
"""A column of markers in a panel: one source's values of one kind in one year."""


@dataclass(frozen=True)
class LevelClaims:
    """The money-level claims of :func:`chart_points` before any is labelled: the merged rows
    and, per row, its period's bounds and year, pair, value, whether its fact is in conflict,
    and whether it is a point (``keep``: a year and a positive value)."""

    merged: pd.DataFrame
    starts: list
    ends: list
    year_list: list
    years: pd.Series
    pairs: pd.Series
    values: pd.Series
    conflict: pd.Series
    keep: np.ndarray


def level_claims(
    facts: pd.DataFrame, claims: pd.DataFrame, unit: str = "USD", extra: tuple[str, ...] = ()
) -> LevelClaims | None:
    """The claims :func:`chart_points` draws from (``None``: none); ``extra``: more columns of
    ``facts`` carried into ``merged``."""
    columns = list(pick("facts", "fact_id", "flow", "scope", "reporter", "partner"))
    columns += pick("facts", "period_start", "period_end", "measure", "unit", "status")
    columns += ["resolution", *extra]
    merged = claims.merge(facts[columns], on="fact_id", how="inner")
    merged = merged[merged["measure"] == "level"]
    if unit == "USD":
        # every currency on one scale: the claims' value_usd (annual average rates, computed
        # once with the figures); no rate, no point
        merged = merged.assign(value=merged["value_usd"])[merged["value_usd"].notna()]
    else:
        merged = merged[merged["unit"] == unit]
    if merged.empty:
        return None
    # A corpus states few distinct periods: each is read and labelled once (per claim this
    # took a second of CPU at 10k articles). Bounds are dates or nulls, all hashable.
    bounds = pd.concat([merged["period_start"], merged["period_end"]])
    date_of = {value: as_date(value) for value in set(bounds)}
    starts = [date_of[v] for v in merged["period_start"]]
    ends = [date_of[v] for v in merged["period_end"]]
    year_list = [(e or s).year if (e or s) else None for s, e in zip(starts, ends, strict=True)]
    # the column's dtype is inferred from every claim's year, as when all rows were kept
    years = pd.Series(year_list, index=merged.index)
    pairs = pd.Series(
        ["–".join(sorted(p)) for p in zip(merged.reporter, merged.partner, strict=True)],
        index=merged.index,
        dtype=object,
    )
    values = merged["value"].astype(float)
    conflict = merged["resolution"] == "conflicting"
    keep = (years.notna() & (values > 0)).to_numpy()
    return LevelClaims(merged, starts, ends, year_list, years, pairs, values, conflict, keep)


def chart_points(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    unit: str = "USD",
    choose: Callable[[pd.DataFrame], list[str]] | None = None,
) -> pd.DataFrame:
    """Claims drawn in the chart, one row each: pair, year, source, value, status, conflict.

    ``choose`` (given the ``pair``, ``value`` and ``conflict`` of every point) names the pairs
    wanted; only their rows are labelled (labels of every claim took most of the 0.5 CPU-s
    this cost at 10k articles, for about a tenth of the rows drawn). The rows kept are those
    the whole table would hold for these pairs, in the same order."""
    level = level_claims(facts, claims, unit)
    if level is None:
        return pd.DataFrame(
            columns=["pair", "year", "source", "value", "flow", "scope", "status", "conflict"]
        )
    merged, pairs, values, conflict = level.merged, level.pairs, level.values, level.conflict
    starts, ends, years, year_list, keep = (
        level.starts,
        level.ends,
        level.years,
        level.year_list,
        level.keep,
    )
    if choose is not None:
        chosen = choose(pd.DataFrame({"pair": pairs, "value": values, "conflict": conflict})[keep])
        keep &= pairs.isin(chosen).to_numpy()
    merged, pairs, values, conflict = merged[keep], pairs[keep], values[keep], conflict[keep]
    starts = [s for s, k in zip(starts, keep, strict=True) if k]
    ends = [e for e, k in zip(ends, keep, strict=True) if k]
    years = years[keep]
    year_list = [y for y, k in zip(year_list, keep, strict=True) if k]
    labels = {pair: period_label(*pair) for pair in set(zip(starts, ends, strict=True))}
    points = pd.DataFrame(
        {
            "fact_id": merged["fact_id"],
            "pair": pairs,
            "year": years,
            "source": merged["source_country"].map(source_label),
            "value": values,
            "flow": merged["flow"],
            "scope": merged["scope"],
            "status": merged["status"],
            "conflict": conflict,
            "label": [
                "" if labels[s, e] == str(y) else labels[s, e]
                for s, e, y in zip(starts, ends, year_list, strict=True)
            ],
            "direction": [
                pair_label(f, r, p)
                for f, r, p in zip(merged.flow, merged.reporter, merged.partner, strict=True)
            ],
        }
    )
    return points.sort_values(
        ["pair", "year", "source", "flow", "value", "fact_id"], kind="mergesort"
    ).reset_index(drop=True)


def top_pairs(points: pd.DataFrame, n: int = TOP_PAIRS) -> list[str]:
    """The ``n`` pairs with most claims (conflicts first among equals), then by name."""
    stats = points.groupby("pair").agg(claims=("value", "size"), conflicts=("conflict", "sum"))
    ranked = sorted(stats.itertuples(), key=lambda r: (-r.claims, -r.conflicts, r.Index))
    return [r.Index for r in ranked[:n]]


def drawable(points: pd.DataFrame) -> pd.DataFrame:
    """One marker per distinct claim in the most recent years: reposts of the same value by the
    same source draw nothing new, and drawing every repost of a large corpus takes minutes."""
    years = sorted(y for y in points["year"].dropna().unique())[-RECENT_YEARS:]
    recent = points[points["year"].isin(years)]
    distinct = [c for c in ("year", "source", "value", "flow", "scope", "status") if c in recent]
    return recent.drop_duplicates(subset=distinct, keep="first")


def panel_sample(points: pd.DataFrame, limit: int = MAX_PANEL_POINTS) -> pd.DataFrame:
    """At most ``limit`` of a panel's points, in their order.

    Kept first: each column of markers' (``SAMPLE_GROUP``) lowest and highest value, which
    show how far the sources are apart; then the next lowest and highest, and so on; among
    equals conflicts first, then the most recent years. Linear apart from one sort.
    """
    if len(points) <= limit:
        return points
    order = points.reset_index(drop=True)
    by_value = order.sort_values([*SAMPLE_GROUP, "value"], kind="mergesort")
    groups = by_value.groupby(SAMPLE_GROUP, sort=False, dropna=False)
    rank = groups.cumcount()
    size = groups["value"].transform("size")
    from_edge = pd.concat([rank, size - 1 - rank], axis=1).min(axis=1).reindex(order.index)
    keys = pd.DataFrame(
        {
            "from_edge": from_edge,
            "conflict": ~order["conflict"].astype(bool),
            "year": -order["year"].astype(float),
            "position": order.index,
        }
    )
    kept = keys.sort_values(list(keys.columns), kind="mergesort").index[:limit]
    return order.loc[sorted(kept)]
