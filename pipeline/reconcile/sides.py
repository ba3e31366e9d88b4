"""Who says what for one fact key: one side per named authority, and where the rest belong.

* A named authority (``source_country``) is one side however many articles repeat it. When its
  own claims disagree, a later publication restating the figure *revises* it (the newest
  publication's claims are the side's value; the older ones are kept but no longer count); when
  one article, or articles of the same date, state both, the side is *ambiguous* (almost always
  a misread period, pair or scope) and the fact needs review.
* An unattributed claim (null ``source_country``) is never a side of its own: agreeing within
  rounding with a named side it *supports* that side; disagreeing with every named side it is an
  *orphan* and the fact needs review.
* A claim below the confidence threshold (figures' ``confidence``, when extraction provides it)
  is *doubtful*: it never creates or joins a conflict and is listed for review instead, unless
  its source's own turnover = exports + imports vouches for it (``corroborate.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pipeline.reconcile.claims import Claim, claim_order
from pipeline.reconcile.intervals import all_overlap, human

UNATTRIBUTED = "unattributed"


@dataclass
class Side:
    """The claims of one named authority for one fact key."""

    label: str
    current: list[Claim]
    """The claims that give the side's value (the newest publication's, after a revision)."""
    older: list[Claim] = field(default_factory=list)
    """Claims a newer publication of the same authority restated with another value."""
    supporters: list[Claim] = field(default_factory=list)
    """Unattributed claims that agree within rounding with this side."""
    ambiguous: str | None = None
    """Why the authority's own claims cannot be resolved (one article states both values)."""

    @property
    def values(self) -> list[float]:
        return sorted({c.value for c in self.current}, reverse=True)


@dataclass
class Sides:
    """A fact key's claims sorted into named sides, orphans and doubtful claims."""

    named: list[Side]
    unattributed_only: list[Claim]
    """Unattributed claims of a key no named authority states (they decide among themselves)."""
    orphans: list[Claim]
    """Unattributed claims that disagree with every named side."""
    doubtful: list[Claim]
    """Claims below the confidence threshold, left out of the decision."""
    all_doubtful: bool = False
    """Every claim is doubtful: they decide, but may not make a conflict."""

    @property
    def current(self) -> list[Claim]:
        """The claims that decide agreement: each side's current claims and supporters."""
        if not self.named:
            return list(self.unattributed_only)
        return [c for s in self.named for c in s.current + s.supporters]

    @property
    def set_aside(self) -> list[Claim]:
        """Claims that no longer count for the fact's value or for identities."""
        older = [c for s in self.named for c in s.older]
        return older if self.all_doubtful else older + self.doubtful


def _date(c: Claim) -> str:
    return c.published.isoformat() if c.published else "undated"


def _values(claims: list[Claim], unit: str) -> str:
    return "/".join(human(v, unit) for v in sorted({c.value for c in claims}, reverse=True))


def authority_side(label: str, claims: list[Claim], unit: str) -> Side:
    """One authority's claims: agreeing, revised by a newer publication, or ambiguous."""
    claims = sorted(claims, key=claim_order)
    if all_overlap([c.reach for c in claims]):
        return Side(label, claims)
    docs = sorted({c.doc_id for c in claims})
    if len(docs) == 1:
        return Side(
            label,
            claims,
            ambiguous=f"one article ({docs[0]}) gives {label} both {_values(claims, unit)}",
        )
    dates = {c.published for c in claims}
    if None in dates:
        return Side(
            label,
            claims,
            ambiguous=f"{label} states {_values(claims, unit)} and an article has no date, so "
            "which one is newer is unknown",
        )
    newest = max(d for d in dates if d is not None)
    current = [c for c in claims if c.published == newest]
    older = [c for c in claims if c.published != newest]
    if not all_overlap([c.reach for c in current]):
        docs = sorted({c.doc_id for c in current})
        where = (
            f"one article ({docs[0]})"
            if len(docs) == 1
            else f"{len(docs)} articles of the same date ({newest.isoformat()})"
        )
        return Side(
            label,
            claims,
            ambiguous=f"{where} gives {label} both {_values(current, unit)}",
        )
    return Side(label, current, older=older)


def is_doubtful(claim: Claim, min_confidence: float | None) -> bool:
    """Below the threshold; a claim without a confidence (column absent) is never doubtful."""
    return (
        min_confidence is not None
        and claim.confidence is not None
        and claim.confidence < min_confidence
    )


def sort_sides(
    claims: list[Claim],
    unit: str,
    min_confidence: float | None = None,
    trusted: frozenset[str] = frozenset(),
) -> Sides:
    """Named sides, their supporters, orphans and doubtful claims of one fact key's claims.

    ``trusted``: figure ids never doubtful whatever their confidence (corroborated claims).
    When every claim is doubtful they all decide (there is nothing else), but the caller must
    not let them make a conflict.
    """
    doubtful = [c for c in claims if is_doubtful(c, min_confidence) and c.figure_id not in trusted]
    deciding = [c for c in claims if c not in doubtful] or claims
    all_doubtful = bool(doubtful) and len(doubtful) == len(claims)
    by_authority: dict[str, list[Claim]] = {}
    unattributed: list[Claim] = []
    for c in deciding:
        if c.source:
            by_authority.setdefault(c.source, []).append(c)
        else:
            unattributed.append(c)
    named = [authority_side(label, cs, unit) for label, cs in sorted(by_authority.items())]
    if not named:
        return Sides([], sorted(unattributed, key=claim_order), [], doubtful, all_doubtful)
    orphans = []
    for c in sorted(unattributed, key=claim_order):
        home = next((s for s in named if any(c.reach.overlaps(o.reach) for o in s.current)), None)
        if home is not None:
            home.supporters.append(c)
            continue
        old = next((s for s in named if any(c.reach.overlaps(o.reach) for o in s.older)), None)
        if old is not None:
            old.older.append(c)  # a repost of the figure before its revision
        else:
            orphans.append(c)
    return Sides(named, [], orphans, doubtful, all_doubtful)


def revision_note(side: Side, unit: str) -> str:
    """``KGZ revised 1.2bn (2024-02-01) to 1.34bn (2024-05-10)``."""
    old = sorted(side.older, key=claim_order)
    new = sorted(side.current, key=claim_order)
    return (
        f"{side.label} revised {_values(old, unit)} ({_date(old[-1])}) to "
        f"{_values(new, unit)} ({_date(new[-1])})"
    )


def newest(claims: list[Claim]) -> dt.date | None:
    dates = [c.published for c in claims if c.published]
    return max(dates) if dates else None
