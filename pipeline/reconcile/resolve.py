"""Figures to facts: one row per fact key, with who says what and whether they agree.

Claims are grouped by *authority* (``source_country``), not by article: three outlets reposting
one statement are one source. Mirror statistics from two countries' authorities are never
averaged: claims that rounding cannot reconcile make the fact ``conflicting`` with ``value``
null, both sides kept in ``claims`` and summarised in ``note``. A separate, configurable
``preferred_value`` says which side an analyst would pick by policy without hiding the conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from pipeline.contract.hashing import stable_id
from pipeline.contract.keys import FACT_KEY
from pipeline.contract.tables import columns, pick
from pipeline.reconcile.claims import (
    Claim,
    by_source,
    claim_order,
    claim_records,
    claims_from,
    source_label,
)
from pipeline.reconcile.identities import apply_identities
from pipeline.reconcile.intervals import all_overlap, human

KEY = list(FACT_KEY)


FACT_COLUMNS = columns("facts")


CLAIM_COLUMNS = columns("claims")


CHECK_COLUMNS = columns("checks")


# Which side fills preferred_value when sources conflict (see README "Reconciliation"):
#   own_statistics - the reporter's own authority for its exports/imports/investment; for
#                    turnover (no side is "own") the most precise claim, then the newest;
#   most_precise   - the claim stated with most significant digits, then the newest;
#   none           - leave preferred_value null.
PREFERENCE_POLICIES = ("own_statistics", "most_precise", "none")


DEFAULT_POLICY = "own_statistics"


def _prefer(claims: list[Claim], reporter: str, flow: str, policy: str) -> Claim | None:
    if policy == "none":
        return None
    if policy == "own_statistics" and flow != "turnover":
        own = [c for c in claims if c.source == reporter]
        if own:
            claims = own
    return min(
        claims, key=lambda c: (c.relative_precision, -(c.published or dt.date.min).toordinal())
    )


def resolve_group(key: tuple, claims: list[Claim], policy: str) -> dict:
    """One fact from the claims sharing a key.

    Unattributed claims speak with one voice when deciding agreement, but ``voices`` and
    ``sources`` count only named authorities (a null ``source_country`` is not a country).
    """
    flow, _, reporter, partner, *_rest, unit, _status = key
    values = [c.value for c in claims]
    sources = by_source(claims)
    named_sources = sorted(s for s in sources if s != "unattributed")
    voices = len(sources)
    intervals = [c.interval for c in claims]
    exact = len({round(v, 9) for v in values}) == 1
    value: float | None
    if exact:
        resolution = "single_source" if voices == 1 else "agreed"
        value = values[0]
        note = f"{human(value, unit)} stated by {', '.join(sorted(sources))}"
        if voices > 1:
            note = f"all {voices} sources state {human(value, unit)}"
    elif all_overlap(intervals):
        resolution = "single_source" if voices == 1 else "agreed_within_rounding"
        best = min(claims, key=lambda c: c.relative_precision)
        value = best.value
        note = f"claims {', '.join(sorted({human(v, unit) for v in values}))} agree within stated precision; value from the most precise ({human(best.value, unit)}, {source_label(best.source)})"
    else:
        resolution = "conflicting"
        value = None
        sides = []
        for label, side in sorted(sources.items(), key=lambda kv: -max(c.value for c in kv[1])):
            side_values = sorted({c.value for c in side}, reverse=True)
            sides.append((label, side_values))
        parts = [f"{label} side {'/'.join(human(v, unit) for v in vals)}" for label, vals in sides]
        hi, lo = max(values), min(values)
        ratio = f" (ratio {hi / lo:.2f})" if lo > 0 else ""
        note = " vs ".join(parts) + ratio
        if voices == 1:
            note = f"one source states different values: {note}"
    preferred = None
    if resolution == "conflicting":
        preferred = _prefer(claims, reporter, flow, policy)
    ordered = sorted(claims, key=claim_order)
    return {
        "fact_id": stable_id("fact", *key),
        **key._asdict(),
        "value": value,
        "value_min": min(values),
        "value_max": max(values),
        "resolution": resolution,
        "n_claims": len(claims),
        "n_sources": len(named_sources),
        "sources": named_sources,
        "figure_ids": [c.figure_id for c in ordered],
        "doc_ids": sorted({c.doc_id for c in claims}),
        "note": note,
        "preferred_value": preferred.value if preferred else None,
        "preferred_source": source_label(preferred.source) if preferred else None,
        "superseded_by": None,
    }


def _target_groups(key: tuple, claims: list[Claim]) -> list[tuple[tuple, list[Claim], bool]]:
    """Targets restated with a new value by a newer article supersede older ones.

    Returns (key, claims, is_current) per distinct target value; the value joins the id of the
    superseded rows so every restatement keeps its own fact row.
    """
    if all_overlap([c.interval for c in claims]):
        return [(key, claims, True)]
    dates = {c.published for c in claims}
    if None in dates or len(dates) == 1:
        return [(key, claims, True)]
    newest = max(dates)
    current = [c for c in claims if c.published == newest]
    older = [c for c in claims if c.published != newest]
    groups: dict[float, list[Claim]] = {}
    for c in older:
        groups.setdefault(c.value, []).append(c)
    return [(key, current, True)] + [(key, cs, False) for cs in groups.values()]


@dataclass
class Reconciled:
    facts: pd.DataFrame
    claims: pd.DataFrame
    checks: pd.DataFrame


def reconcile_all(
    figures: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    documents: pd.DataFrame | None = None,
    policy: str = DEFAULT_POLICY,
) -> Reconciled:
    """Facts, their claims and the identity checks, from the figures table."""
    grouped: dict[tuple, list[Claim]] = {}
    sentence_of: dict[str, str] = {}
    for key, claim, sentence in claims_from(figures, sentences, documents):
        grouped.setdefault(key, []).append(claim)
        sentence_of[claim.figure_id] = sentence
    fact_rows: list[dict] = []
    claim_rows: list[dict] = []
    for key in sorted(grouped, key=lambda k: tuple(str(x) for x in k)):
        claims = grouped[key]
        groups = _target_groups(key, claims) if key.status == "target" else [(key, claims, True)]
        current_id = None
        for _, cs, is_current in groups:
            fact = resolve_group(key, cs, policy)
            if is_current:
                current_id = fact["fact_id"]
            else:
                fact["fact_id"] = stable_id("fact", *key, fact["value"])
                fact["superseded_by"] = current_id
                fact["note"] = f"superseded by a newer article's target; {fact['note']}"
            fact_rows.append(fact)
            claim_rows.extend(claim_records(fact["fact_id"], cs, sentence_of))
    facts = pd.DataFrame(fact_rows, columns=FACT_COLUMNS)
    facts, checks = apply_identities(facts, grouped)
    return canonical_order(
        Reconciled(
            facts=facts,
            claims=pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS),
            checks=pd.DataFrame(checks, columns=CHECK_COLUMNS),
        )
    )


def canonical_order(result: Reconciled) -> Reconciled:
    """Rows in one order however they were computed: whole corpus at once or pair by pair.

    Facts by pair, period and measure; claims in their facts' order (each fact's own claims
    keep their oldest-first order); identity checks by subject.
    """
    facts = result.facts.sort_values(
        list(
            pick(
                "facts", "flow", "reporter", "partner", "period_end", "measure", "status", "fact_id"
            )
        ),
        na_position="first",
        key=lambda s: s.astype(str),
    ).reset_index(drop=True)
    position = pd.Series(range(len(facts)), index=facts["fact_id"])
    claims = result.claims.sort_values(
        "fact_id", key=lambda s: s.map(position), kind="mergesort"
    ).reset_index(drop=True)
    checks = result.checks.sort_values(["subject", "check_id"], kind="mergesort")
    return Reconciled(
        facts=facts.astype({"n_claims": "int64", "n_sources": "int64"}),
        claims=claims,
        checks=checks.astype({"n_rows": "int64", "n_failures": "int64"}).reset_index(drop=True),
    )


def reconcile(figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, identity checks) from figures alone; see ``reconcile_all`` for claims."""
    result = reconcile_all(figures)
    return result.facts, result.checks
