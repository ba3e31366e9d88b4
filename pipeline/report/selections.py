"""Which facts and claims an analyst is shown, in which order: by pair and year, the
conflicting ones, both sides of each conflict quoted with their documents.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from pipeline.reconcile.intervals import human
from pipeline.report.labels import (
    as_date,
    fact_value_label,
    pair_label,
    period_label,
    source_label,
    value_label,
)

STATUS_ORDER = {"actual": 0, "target": 1}


def parse_pair(text: str) -> frozenset[str]:
    """``KGZ-KAZ``, ``kaz–kgz``, ``KGZ/KAZ``, ``KGZ←KAZ`` → ``{KAZ, KGZ}``; a single code
    matches any pair."""
    parts = text
    for sep in ("–", "→", "←", "/", ",", ":"):
        parts = parts.replace(sep, "-")
    codes = frozenset(c.strip().upper() for c in parts.split("-") if c.strip())
    if not 1 <= len(codes) <= 2 or not all(c.isalnum() for c in codes):
        raise ValueError(f"pair {text!r}: expected two codes like KGZ-KAZ")
    return codes


def _covers_year(start: object, end: object, year: int) -> bool:
    start, end = as_date(start), as_date(end)
    first = (start or end).year if (start or end) else None
    last = (end or start).year if (start or end) else None
    return first is not None and first <= year <= last


def _date_texts(column: pd.Series) -> pd.Series:
    """``str(as_date(d) or "")`` of each value, computed once per distinct value (a column of
    periods holds a few hundred dates; per row it was most of sorting 25k facts at 100k)."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), sort=False)
    texts = np.array([str(as_date(d) or "") for d in uniques] + [""], dtype=object)
    return pd.Series(texts[codes], index=column.index, dtype=object)  # code -1 (null): ""


def fact_order(facts: pd.DataFrame) -> pd.DataFrame:
    """The keys :func:`sort_facts` sorts ``facts`` by, a column each, on ``facts``' index: status
    (actuals first), pair, flow, scope, period end and start (as text), measure, fact id."""
    return pd.DataFrame(
        {
            "status": facts["status"].map(lambda s: STATUS_ORDER.get(s, 9)),
            "pair": [
                pair_label(f, r, p)
                for f, r, p in zip(facts["flow"], facts["reporter"], facts["partner"], strict=True)
            ],
            "flow": facts["flow"],
            "scope": facts["scope"],
            "end": _date_texts(facts["period_end"]),
            "start": _date_texts(facts["period_start"]),
            "measure": facts["measure"],
            "fact_id": facts["fact_id"],
        },
        index=facts.index,
    )


def sort_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Actuals before targets, then by pair, flow, scope, period, measure, fact id."""
    facts = facts.reset_index(drop=True)
    if facts.empty:
        return facts
    order = fact_order(facts)
    index = order.sort_values(list(order.columns), kind="mergesort").index
    return facts.iloc[index].reset_index(drop=True)


def select_facts(
    facts: pd.DataFrame, pair: str | None = None, year: int | None = None
) -> pd.DataFrame:
    """Facts of an unordered ``pair`` (any flow) whose period touches ``year``, sorted."""
    keep = pd.Series(True, index=facts.index)
    if pair:
        codes = parse_pair(pair)
        pairs = zip(facts["reporter"], facts["partner"], strict=True)
        keep &= pd.Series([codes <= {r, p} for r, p in pairs], index=facts.index, dtype=bool)
    if year is not None:
        periods = zip(facts["period_start"], facts["period_end"], strict=True)
        covers = [_covers_year(s, e, year) for s, e in periods]
        keep &= pd.Series(covers, index=facts.index, dtype=bool)
    return sort_facts(facts[keep])


def conflicting_facts(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts whose sources state values that rounding cannot reconcile, sorted."""
    return sort_facts(facts[facts["resolution"] == "conflicting"])


def claims_of(
    facts: pd.DataFrame, claims: pd.DataFrame, documents: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The claims of ``facts`` in their order, largest value first within a fact.

    Adds ``source`` (``unattributed`` for a null source), ``value_text``, and the document's
    ``title`` and ``path`` when ``documents`` is given.
    """
    position = {fact_id: i for i, fact_id in enumerate(facts["fact_id"])}
    unit = dict(zip(facts["fact_id"], facts["unit"], strict=True))
    rows = claims[claims["fact_id"].isin(position)].copy()
    rows["source"] = rows["source_country"].map(source_label)
    rows["value_text"] = [
        value_label(v, unit[f]) for v, f in zip(rows["value"], rows["fact_id"], strict=True)
    ]
    rows["_position"] = rows["fact_id"].map(position)
    rows = rows.sort_values(
        ["_position", "value", "source", "figure_id"],
        ascending=[True, False, True, True],
        kind="mergesort",
    ).drop(columns="_position")
    if documents is not None and len(rows):
        docs = documents.set_index("doc_id")
        rows["title"] = rows["doc_id"].map(docs["title"]) if "title" in docs else None
        rows["path"] = rows["doc_id"].map(docs["path"]) if "path" in docs else None
    return rows.reset_index(drop=True)


def conflict_sides(
    facts: pd.DataFrame, claims: pd.DataFrame, limit: int | None = None
) -> pd.DataFrame:
    """One row per side (source) of each conflicting fact: pair, period, values, documents.

    ``limit`` keeps the first conflicting facts only: a preview of a large corpus needs forty
    rows, not the sides of every conflict (seconds at 10k articles).
    """
    conflicts = conflicting_facts(facts)
    if limit is not None:
        conflicts = conflicts.head(limit)
    # Claims of all conflicts at once, then split by fact: per-fact lookups were quadratic
    # (15 s for 7,000 conflicts at 10k articles).
    by_fact = dict(tuple(claims_of(conflicts, claims).groupby("fact_id", sort=False)))
    rows = []
    for fact in conflicts.to_dict("records"):
        mine = by_fact.get(fact["fact_id"])
        if mine is None:
            continue
        for source, side in mine.groupby("source", sort=False):
            rows.append(
                {
                    "pair": pair_label(fact["flow"], fact["reporter"], fact["partner"]),
                    "flow": f"{fact['flow']} {fact['scope']}",
                    "period": period_label(fact["period_start"], fact["period_end"]),
                    "status": fact["status"],
                    "source": source,
                    "value": " / ".join(dict.fromkeys(side["value_text"])),
                    "documents": ", ".join(dict.fromkeys(side["doc_id"])),
                    "fact_id": fact["fact_id"],
                }
            )
    columns = ["pair", "flow", "period", "status", "source", "value", "documents", "fact_id"]
    return pd.DataFrame(rows, columns=columns)


SUMMARY_COLUMNS = ["fact", "sides", "fact_id"]


def _sides(sides: pd.DataFrame, unit: str) -> str:
    """``CHN 22.07bn vs KGZ 5.3bn USD``: each source's value(s), the unit said once."""
    suffix = value_label(1.0, unit).removeprefix(human(1.0, unit))  # " USD", or "" for percent
    values = [v.replace(suffix, "") if suffix else v for v in sides["value"]]
    return " vs ".join(f"{s} {v}" for s, v in zip(sides["source"], values, strict=True)) + suffix


def conflict_summary(
    facts: pd.DataFrame, claims: pd.DataFrame, limit: int | None = None
) -> pd.DataFrame:
    """One row per conflicting fact, narrow enough for the Dagster UI's metadata column:
    ``fact`` (pair, flow, scope, measure unless a level, period, status unless actual), ``sides`` (each source's value, largest
    first) and ``fact_id``. The documents and sentences of each side: ``conflict_rows``.

    Why one row per fact: a row per side with eight columns was wider than the asset page's
    metadata column, which cut its right-hand columns off.
    """
    sides = conflict_sides(facts, claims, limit)
    measure = dict(zip(facts["fact_id"], facts["measure"], strict=True))
    unit = dict(zip(facts["fact_id"], facts["unit"], strict=True))
    rows = [
        {
            "fact": f"{first['pair']} {first['flow']}"
            + ("" if measure[fact_id] == "level" else f" {measure[fact_id]}")
            + f" {first['period']}"
            + ("" if first["status"] == "actual" else f" {first['status']}"),
            "sides": _sides(rows, unit[fact_id]),
            "fact_id": fact_id,
        }
        for fact_id, rows in sides.groupby("fact_id", sort=False)
        for first in [rows.iloc[0]]
    ]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def _document(claim: Mapping) -> str:
    published = as_date(claim.get("published"))
    return f"`{claim['doc_id']}`" + (f" ({published.isoformat()})" if published else "")


CONFLICT_COLUMNS = [
    "pair",
    "flow",
    "period",
    "source",
    "value",
    "stated as",
    "sentence",
    "document",
]
"""The columns of the report's conflicts tables (of :func:`conflict_rows`' rows)."""


def conflict_rows(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    limit: int | None = None,
) -> list[dict]:
    """One row per claim of every conflicting fact (the first ``limit`` facts), each side
    quoted with its document."""
    by_fact = conflict_rows_by_fact(facts, claims, documents, limit)
    return [row for rows in by_fact.values() for row in rows]


def conflict_rows_by_fact(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    documents: pd.DataFrame | None = None,
    limit: int | None = None,
) -> dict[str, list[dict]]:
    """:func:`conflict_rows` grouped by fact id: ``{fact_id: [row, ...]}`` in the rows' order
    (a fact's rows are consecutive; a conflicting fact without claims has no entry), so a
    memo can keep each fact's rows and put the first ``limit`` facts' rows back together."""
    conflicts = conflicting_facts(facts)
    if limit is not None:
        conflicts = conflicts.head(limit)
    by_id = {f["fact_id"]: f for f in conflicts.to_dict("records")}
    out: dict[str, list[dict]] = {}
    for claim in claims_of(conflicts, claims, documents).to_dict("records"):
        fact = by_id[claim["fact_id"]]
        out.setdefault(claim["fact_id"], []).append(
            {
                "status": fact["status"],
                "pair": pair_label(fact["flow"], fact["reporter"], fact["partner"]),
                "flow": f"{fact['flow']} {fact['scope']}",
                "period": period_label(fact["period_start"], fact["period_end"]),
                "source": claim["source"],
                "value": claim["value_text"],
                "stated as": claim["text"],
                "sentence": f"“{claim['sentence']}”" if claim.get("sentence") else "",
                "document": _document(claim),
            }
        )
    return out


OVERVIEW_COLUMNS = ["pair", "fact", "period", "status", "value", "resolution", "sources", "claims"]


def facts_overview(facts: pd.DataFrame, limit: int) -> pd.DataFrame:
    """What an analyst looks at first, labelled as ``tradefacts facts`` prints it: the
    conflicting (and inconsistent) facts, widest range first, then the largest USD levels,
    then the rest; ``limit`` rows of ``OVERVIEW_COLUMNS``."""
    if facts.empty:
        return pd.DataFrame(columns=OVERVIEW_COLUMNS)
    disputed = facts["resolution"].isin(["conflicting", "inconsistent"])
    usd_level = (facts["unit"] == "USD") & (facts["measure"] == "level")
    size = facts["value"].fillna(facts["value_max"]).astype(float)
    order = pd.DataFrame(
        {
            "group": [0 if d else 1 if u else 2 for d, u in zip(disputed, usd_level, strict=True)],
            "size": -size.where(usd_level | disputed, 0.0).fillna(0.0),
            "fact_id": facts["fact_id"],
        },
        index=facts.index,
    )
    top = facts.loc[order.sort_values(list(order.columns), kind="mergesort").index[:limit]]
    rows = [
        {
            "pair": pair_label(f["flow"], f["reporter"], f["partner"]),
            "fact": f"{f['flow']} {f['scope']}"
            + ("" if f["measure"] == "level" else f" {f['measure']}"),
            "period": period_label(f["period_start"], f["period_end"]),
            "status": f["status"],
            "value": fact_value_label(f),
            "resolution": f["resolution"],
            "sources": ", ".join(f["sources"]) if f["sources"] is not None else "",
            "claims": str(f["n_claims"]),
        }
        for f in top.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=OVERVIEW_COLUMNS)
