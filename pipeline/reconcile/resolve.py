"""Figures to facts: one row per fact key, with who says what and whether they agree.

Claims are grouped by *authority* (``source_country``), not by article: three outlets reposting
one statement are one source. Mirror statistics from two countries' authorities are never
averaged: claims that rounding cannot reconcile make the fact ``conflicting`` with ``value``
null, both sides kept in ``claims`` and summarised in ``note``. A separate, configurable
``preferred_value`` says which side an analyst would pick by policy without hiding the conflict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pandas as pd

from pipeline.contract.hashing import stable_id
from pipeline.contract.keys import FACT_KEY, FactKey
from pipeline.contract.schemas import UNRESOLVED
from pipeline.contract.tables import columns, pick
from pipeline.lexicon.fx import FX_MARGIN, MONEY_MEASURES, is_money, usd_factor
from pipeline.reconcile.bounds import most_precise, precision_key, stated, tightest_side
from pipeline.reconcile.claims import (
    Claim,
    claim_order,
    claim_records,
    claims_from,
    source_label,
)
from pipeline.reconcile.corroborate import corroborated
from pipeline.reconcile.identities import apply_identities
from pipeline.reconcile.intervals import all_overlap, human
from pipeline.reconcile.order import follow_order, text_order
from pipeline.reconcile.sides import (
    UNATTRIBUTED,
    Side,
    Sides,
    is_doubtful,
    revision_note,
    sort_sides,
)

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


DEFAULT_MIN_CONFIDENCE = 0.5
"""Figures whose extraction ``confidence`` is below this never create or join a conflict (they
are listed for review instead); figures without a ``confidence`` column are all trusted.
0.5 from the calibration on the real-news development pages (``tests/realnews/calibrate.py``):
below it a figure is likelier wrong than right (the 0-0.5 band was 35 % right), above it
likelier right; a higher default would hide true disputes stated in plainer sentences. The
deployment's value is ``TradefactsSettings.min_confidence`` (``TRADEFACTS_MIN_CONFIDENCE``),
passed in by the ``facts`` asset; ``pipeline/`` reads no environment."""


def _prefer(claims: list[Claim], reporter: str, flow: str, policy: str) -> Claim | None:
    if policy == "none":
        return None
    if policy == "own_statistics" and flow != "turnover":
        own = [c for c in claims if c.source == reporter]
        if own:
            claims = own
    return min(claims, key=lambda c: (*precision_key(c), -(c.published or dt.date.min).toordinal()))


def _conflict_note(sides: list[Side], unit: str) -> str:
    """``KAZ side 1.7bn vs KGZ side 1.34bn (ratio 1.27)``, largest side first."""
    ordered = sorted(sides, key=lambda s: (-max(s.values), s.label))
    parts = []
    for side in ordered:
        part = f"{side.label} side {'/'.join(human(v, unit) for v in side.values)}"
        if side.supporters:
            part += f" (+{len(side.supporters)} unattributed)"
        parts.append(part)
    values = [v for s in sides for v in s.values]
    hi, lo = max(values), min(values)
    ratio = f" (ratio {hi / lo:.2f})" if lo > 0 else ""
    return " vs ".join(parts) + ratio


def _undated_apart(key: tuple, claims: list[Claim]) -> bool:
    """A key with no period whose disagreeing claims come from different articles: nothing says
    they describe one period ("turnover rose 16.4%" in a piece on ASEAN, "grew 2.3% in the first
    ten months of the year" on an undated page), so two authorities' values are no dispute an
    analyst can rely on; one article setting two sides side by side ("eight months of this year:
    $286m by one statistics office ... January-August: $194m by the other") still is."""
    period_start, period_end = key[4], key[5]
    return period_start is None and period_end is None and len({c.doc_id for c in claims}) > 1


def resolve_sides(
    key: tuple,
    claims: list[Claim],
    policy: str,
    min_confidence: float | None,
    trusted: frozenset[str] = frozenset(),
) -> tuple[dict, Sides]:
    """One fact from the claims sharing a key, and how its claims were sorted into sides.

    ``conflicting`` only between different named authorities; one authority's own
    disagreement is ``revised`` (a newer publication) or ``needs_review`` (one article or one
    date); unattributed claims support a named side or make the fact ``needs_review``; doubtful
    claims (below ``min_confidence`` and not in ``trusted``, the corroborated figure ids) never
    make or join a conflict.
    """
    flow, _, reporter, partner, *_rest, unit, _status = key
    sides = sort_sides(claims, unit, min_confidence, trusted)
    values = [c.value for c in claims]
    named = sorted(s.label for s in sides.named)
    own = [c for s in sides.named for c in s.current] or sides.unattributed_only
    agree = all_overlap([c.reach for c in own])
    # supporters agree with a side's claim each; they join the value when they agree together
    deciding = sides.current if all_overlap([c.reach for c in sides.current]) else own
    review: list[str] = [s.ambiguous for s in sides.named if s.ambiguous]
    if sides.orphans:
        review.append(
            f"unattributed {_values_label(sides.orphans, unit)} disagrees with every named side"
        )
    if sides.unattributed_only and not agree:
        review.append(f"unattributed claims state {_values_label(deciding, unit)}")
    revised = [s for s in sides.named if s.older and not s.ambiguous]
    value: float | None = None
    preferred = None
    if len(sides.named) > 1 and not agree and not any(s.ambiguous for s in sides.named):
        if sides.all_doubtful:
            resolution = "needs_review"
            note = f"only doubtful claims: {_conflict_note(sides.named, unit)}"
        elif _undated_apart(key, own):
            resolution = "needs_review"
            note = f"no period stated, articles apart: {_conflict_note(sides.named, unit)}"
        else:
            resolution = "conflicting"
            note = _conflict_note(sides.named, unit)
            preferred = _prefer(own, reporter, flow, policy)
        if sides.orphans:
            note += "; " + review[-1]
    elif review:
        resolution = "needs_review"
        note = "; ".join(review)
    else:
        voices = max(len(sides.named), 1)
        exact = len({round(c.value, 9) for c in deciding}) == 1
        best = most_precise(deciding, claim_order)
        value = deciding[0].value if exact else best.value
        if exact:
            resolution = "single_source" if voices == 1 else "agreed"
            note = (
                f"{human(value, unit)} stated by {', '.join(named) or UNATTRIBUTED}"
                if voices == 1
                else f"all {voices} sources state {human(value, unit)}"
            )
        else:
            resolution = "single_source" if voices == 1 else "agreed_within_rounding"
            note = (
                f"claims {', '.join(sorted({stated(c, unit) for c in deciding}))} agree "
                f"within stated precision; value from the "
                f"{'tightest bound' if tightest_side(deciding) is not None else 'most precise'} "
                f"({human(best.value, unit)}, {source_label(best.source)})"
            )
        if revised:
            resolution = "revised"
            note = "; ".join(revision_note(s, unit) for s in revised) + f"; {note}"
    if revised and resolution != "revised":
        note += "; " + "; ".join(revision_note(s, unit) for s in revised)
    if sides.doubtful and not sides.all_doubtful:
        note += (
            f"; {len(sides.doubtful)} doubtful claim(s) left out "
            f"({_values_label(sides.doubtful, unit)}, confidence < {min_confidence:g})"
        )
    vouched = [c for c in claims if c.figure_id in trusted and is_doubtful(c, min_confidence)]
    if vouched:
        note += (
            f"; {len(vouched)} claim(s) below confidence {min_confidence:g} kept "
            f"({_values_label(vouched, unit)}): their source's turnover = exports + imports holds"
        )
    ordered = sorted(claims, key=claim_order)
    fact = {
        "fact_id": stable_id("fact", *key),
        **key._asdict(),
        "value": value,
        "value_min": min(values),
        "value_max": max(values),
        "resolution": resolution,
        "n_claims": len(claims),
        "n_sources": len(named),
        "sources": named,
        "figure_ids": [c.figure_id for c in ordered],
        "doc_ids": sorted({c.doc_id for c in claims}),
        "note": note,
        "preferred_value": preferred.value if preferred else None,
        "preferred_source": source_label(preferred.source) if preferred else None,
        "superseded_by": None,
    }
    return fact, sides


def _values_label(claims: list[Claim], unit: str) -> str:
    return "/".join(human(v, unit) for v in sorted({c.value for c in claims}, reverse=True))


def resolve_group(
    key: tuple, claims: list[Claim], policy: str, min_confidence: float | None = None
) -> dict:
    """One fact from the claims sharing a key (see ``resolve_sides``)."""
    return resolve_sides(key, claims, policy, min_confidence)[0]


def _target_groups(key: tuple, claims: list[Claim]) -> list[tuple[tuple, list[Claim], bool]]:
    """Targets restated with a new value by a newer article supersede older ones.

    Returns (key, claims, is_current) per distinct target value; the value joins the id of the
    superseded rows so every restatement keeps its own fact row.
    """
    if all_overlap([c.reach for c in claims]):
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
    threshold: float = DEFAULT_MIN_CONFIDENCE,
) -> Reconciled:
    """Facts, their claims and the identity checks, from the figures table.

    ``threshold``: figures whose ``confidence`` is below it never create or join a conflict
    (the caller passes the deployment's ``min_confidence``); ignored when figures have no
    ``confidence`` column.
    """
    grouped: dict[tuple, list[Claim]] = {}
    sentence_of: dict[str, str] = {}
    for key, claim, sentence in claims_from(figures, sentences, documents):
        grouped.setdefault(key, []).append(claim)
        sentence_of[claim.figure_id] = sentence
    fact_rows: list[dict] = []
    claim_rows: list[dict] = []
    set_aside: set[str] = set()
    trusted = corroborated(grouped)
    for key in sorted(grouped, key=lambda k: tuple(str(x) for x in k)):
        claims = grouped[key]
        groups = _target_groups(key, claims) if key.status == "target" else [(key, claims, True)]
        current_id = None
        for _, cs, is_current in groups:
            fact, sides = resolve_sides(key, cs, policy, threshold, trusted)
            set_aside.update(c.figure_id for c in sides.set_aside)
            if is_current:
                current_id = fact["fact_id"]
            else:
                fact["fact_id"] = stable_id("fact", *key, fact["value"])
                fact["superseded_by"] = current_id
                fact["note"] = f"superseded by a newer article's target; {fact['note']}"
            fact_rows.append(fact)
            claim_rows.extend(claim_records(fact["fact_id"], cs, sentence_of))
    _across_currencies(fact_rows, grouped, set_aside, policy, threshold, trusted)
    facts = pd.DataFrame(fact_rows, columns=FACT_COLUMNS)
    # identities read what each source says now: no revised-away or doubtful claims
    counted = {k: [c for c in cs if c.figure_id not in set_aside] for k, cs in grouped.items()}
    facts, checks = apply_identities(facts, {k: cs for k, cs in counted.items() if cs})
    return canonical_order(
        Reconciled(
            facts=facts,
            claims=pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS),
            checks=pd.DataFrame(checks, columns=CHECK_COLUMNS),
        )
    )


def _across_currencies(
    fact_rows: list[dict],
    grouped: dict[tuple, list[Claim]],
    set_aside: set[str],
    policy: str,
    threshold: float | None,
    trusted: frozenset[str] = frozenset(),
) -> None:
    """Facts of one key stated in different currencies, compared in US dollars.

    Each claim is converted at the average rate of its period (``lexicon/fx``), its interval
    widened by ``FX_MARGIN``; the converted claims are resolved like any others. Agreement adds
    a note; a dispute between named authorities makes every such fact ``conflicting`` (and a
    misread ``needs_review``), the note giving both sides in dollars. A missing rate is said.
    Stated values are never replaced.
    """
    by_base: dict[tuple, list[dict]] = {}
    for row in fact_rows:
        if isinstance(row["superseded_by"], str) or not is_money(row["unit"]):
            continue
        if row["measure"] not in MONEY_MEASURES:
            continue
        base = tuple(row[k] for k in KEY if k != "unit")
        by_base.setdefault(base, []).append(row)
    for base, rows in by_base.items():
        if len({r["unit"] for r in rows}) < 2:
            continue
        converted: list[Claim] = []
        missing: list[str] = []
        for row in rows:
            factor, why = usd_factor(row["unit"], row["period_start"], row["period_end"])
            if factor is None:
                missing.append(f"{row['unit']}: {why}")
                continue
            for c in grouped[tuple(row[k] for k in KEY)]:
                if c.figure_id in set_aside:
                    continue
                usd = c.value * factor
                widened = c.rounding * factor + abs(usd) * FX_MARGIN
                converted.append(dataclasses.replace(c, value=usd, rounding=widened))
        units = ", ".join(sorted({r["unit"] for r in rows}))
        if missing:
            for row in rows:
                row["note"] += f"; not compared across {units}: {'; '.join(missing)}"
            continue
        usd_key = FactKey(*base[:7], "USD", base[7])  # KEY order: unit is second to last
        fact, _ = resolve_sides(usd_key, converted, policy, threshold, trusted)
        verdict = fact["resolution"]
        for row in rows:
            if verdict in ("conflicting", "needs_review"):
                if row["resolution"] not in UNRESOLVED:
                    row["resolution"], row["value"] = verdict, None
                row["note"] += (
                    f"; across {units} in USD at annual average rates (±{FX_MARGIN:.0%}): "
                    f"{fact['note']}"
                )
            else:
                others = [
                    f"{human(r['value_min'] if r['value'] is None else r['value'], r['unit'])} {r['unit']}"
                    for r in rows
                    if r is not row
                ]
                row["note"] += (
                    f"; agrees with {', '.join(others)} in USD at annual average rates "
                    f"(±{FX_MARGIN:.0%})"
                )


def canonical_order(result: Reconciled) -> Reconciled:
    """Rows in one order however they were computed: whole corpus at once or pair by pair.

    Facts by pair, period and measure; claims in their facts' order (each fact's own claims
    keep their oldest-first order); identity checks by subject.
    """
    order = list(
        pick("facts", "flow", "reporter", "partner", "period_end", "measure", "status", "fact_id")
    )
    facts = result.facts.take(text_order(result.facts, order)).reset_index(drop=True)
    claims = result.claims.take(follow_order(result.claims["fact_id"], facts["fact_id"]))
    claims = claims.reset_index(drop=True)
    checks = result.checks.sort_values(["subject", "check_id"], kind="mergesort")
    return Reconciled(
        facts=facts.astype({"n_claims": "int64", "n_sources": "int64"}),
        claims=claims.astype({"confidence": "float64"}),
        checks=checks.astype({"n_rows": "int64", "n_failures": "int64"}).reset_index(drop=True),
    )


def reconcile(figures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(facts, identity checks) from figures alone; see ``reconcile_all`` for claims."""
    result = reconcile_all(figures)
    return result.facts, result.checks
