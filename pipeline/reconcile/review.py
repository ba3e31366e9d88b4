"""The review list: claims a person should read before anyone relies on them.

Two kinds, both from the release's ``facts`` and ``claims`` alone:

* every claim of a ``needs_review`` fact (one authority giving two values in one article, an
  unattributed figure that disagrees with every named side, ...), why = the fact's note;
* every claim whose extraction ``confidence`` is below the threshold (figures carry the column
  once extraction provides it), why = its confidence; such claims never create or join a
  conflict.

Each row says where the figure was stated (sentence, document), what was read (flow, pair,
period, value as stated and as read) and why it is doubtful.
"""

from __future__ import annotations

import pandas as pd

from pipeline.contract.tables import pick
from pipeline.reconcile.intervals import human
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE

REVIEW_COLUMNS = [
    "reason", "fact_id", "figure_id", "doc_id", "published", "flow", "scope", "reporter",
    "partner", "period_start", "period_end", "measure", "status", "source_country", "text",
    "read_as", "confidence", "why", "sentence",
]  # fmt: skip


def _period(start: object, end: object) -> str:
    s = start.isoformat() if hasattr(start, "isoformat") else ""
    e = end.isoformat() if hasattr(end, "isoformat") else ""
    return f"{s}..{e}" if s or e else "no period"


def review_count(
    facts: pd.DataFrame, claims: pd.DataFrame, min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> int:
    """How many rows :func:`review_rows` gives, without making them."""
    if facts.empty or claims.empty:
        return 0
    return int(_chosen(facts, claims, min_confidence)[0].sum())


def _chosen(
    facts: pd.DataFrame, claims: pd.DataFrame, threshold: float
) -> tuple[pd.Series, pd.Series, pd.Series, set]:
    """Which claims are reviewed; their confidence, whether it is low; the needs_review facts."""
    confidence = (
        pd.to_numeric(claims["confidence"], errors="coerce")
        if "confidence" in claims
        else pd.Series(float("nan"), index=claims.index)
    )
    review_facts = set(facts.loc[facts["resolution"] == "needs_review", "fact_id"])
    doubtful = confidence < threshold
    return claims["fact_id"].isin(review_facts) | doubtful, confidence, doubtful, review_facts


def review_rows(
    facts: pd.DataFrame,
    claims: pd.DataFrame,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    limit: int | None = None,
) -> pd.DataFrame:
    """One row per claim to review (see module doc), needs_review facts first, then doubtful
    claims (``confidence`` below ``min_confidence``, the threshold reconciliation used).

    With ``limit``, the first ``limit`` of those rows only (the report quotes 200): the order
    is decided on the keys first and only the rows kept are made."""
    threshold = min_confidence
    if facts.empty or claims.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS).astype({"confidence": "float64"})
    chosen, confidence, doubtful, review_facts = _chosen(facts, claims, threshold)
    if limit is not None:
        chosen = _first_chosen(facts, claims, chosen, review_facts, limit)
    picked = claims[chosen]
    # Records, not ``iterrows``/``.loc`` per claim: that took 1.7 CPU-s for 5k claims at 10k
    # articles. Plain values either way (``to_dict`` boxes numpy scalars as Python ones).
    fact_of = {
        f["fact_id"]: f for f in facts[facts["fact_id"].isin(picked["fact_id"])].to_dict("records")
    }
    fact_columns = pick(
        "facts", "flow", "scope", "reporter", "partner", "period_start", "period_end", "measure",
        "status",
    )  # fmt: skip
    rows = []
    for claim, conf, low in zip(
        picked.to_dict("records"), confidence[chosen], doubtful[chosen], strict=True
    ):
        fact = fact_of[claim["fact_id"]]
        reasons = []
        if claim["fact_id"] in review_facts:
            reasons.append(("needs_review", fact["note"]))
        if low:
            reasons.append(("low_confidence", f"extraction confidence {conf:.2f} < {threshold:g}"))
        unit = fact["unit"]
        read_as = (
            f"{fact['flow']} {fact['scope']} {fact['reporter']}-{fact['partner']} "
            f"{_period(fact['period_start'], fact['period_end'])} {fact['measure']} "
            f"{human(claim['value'], unit)} {unit if unit not in ('percent', 'times') else ''}"
            f" {fact['status']}"
        )
        rows.append(
            {
                "reason": "+".join(r for r, _ in reasons),
                "fact_id": claim["fact_id"],
                "figure_id": claim["figure_id"],
                "doc_id": claim["doc_id"],
                "published": claim.get("published"),
                **{k: fact[k] for k in fact_columns},
                "source_country": claim["source_country"],
                "text": claim["text"],
                "read_as": " ".join(read_as.split()),
                "confidence": None if pd.isna(conf) else float(conf),
                "why": "; ".join(w for _, w in reasons),
                "sentence": claim.get("sentence") or "",
            }
        )
    out = pd.DataFrame(rows, columns=REVIEW_COLUMNS)
    # float with NaN for "not given", whatever rows were kept: all-null would otherwise be object
    out["confidence"] = out["confidence"].astype("float64")
    order = out["reason"].map(lambda r: 0 if r.startswith("needs_review") else 1)
    ordered = (
        out.assign(_o=order)
        .sort_values(
            ["_o", "reporter", "partner", "flow", "fact_id", "figure_id"], kind="mergesort"
        )
        .drop(columns="_o")
        .reset_index(drop=True)
    )
    return ordered if limit is None else ordered.head(limit)


def _first_chosen(
    facts: pd.DataFrame, claims: pd.DataFrame, chosen: pd.Series, review: set, limit: int
) -> pd.Series:
    """``chosen`` narrowed to the claims of the first ``limit`` rows in :func:`review_rows`'
    order (the same keys, the same stable sort, on the claims' own order)."""
    picked = claims[chosen]
    of_fact = facts.drop_duplicates("fact_id").set_index("fact_id")
    keys = pd.DataFrame(
        {
            "_o": (~picked["fact_id"].isin(review)).astype(int),
            **{k: picked["fact_id"].map(of_fact[k]) for k in ("reporter", "partner", "flow")},
            "fact_id": picked["fact_id"],
            "figure_id": picked["figure_id"],
        }
    )
    first = keys.sort_values(list(keys.columns), kind="mergesort").index[:limit]
    return chosen & claims.index.isin(first)
