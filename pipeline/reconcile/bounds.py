"""Bounds: "more than $500 mln" says the value is at least about 500M, not that it is 500M.

Extraction records the direction of a bound word before a figure in its ``evidence``
(``bound=lower`` for "more than", "over", "exceeded", "at least", ...; ``bound=upper`` for "less
than", "under", "up to", "at most", ...; the ``bound`` rows of ``lexicon/triggers.csv``). A
claim's written interval (``Claim.interval``: its digits, plus ``APPROX_MARGIN`` when the word is
also an approximation) stays finite: the claims table stores it and identities sum it. Only where
claims are *compared* (do two authorities, a revision, a supporter, an identity agree?) a bound
reaches out on its side: a lower bound is consistent with any value at or above its interval's
low end, an upper bound with any value at or below its high end (``reach``). A negative value
("fell more than 2%", stored as -2) bounds its magnitude, so its side flips. When a bound agrees
with an exact claim, the fact's value is the exact claim's (``most_precise``), never the bound's.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from pipeline.reconcile.intervals import Interval, human

BOUNDS = ("lower", "upper")


class Claim(Protocol):
    """What this module reads of a ``claims.Claim`` (no import: ``claims`` imports this)."""

    value: float
    bound: str | None

    @property
    def relative_precision(self) -> float: ...


C = TypeVar("C", bound=Claim)


def bound_from_evidence(evidence: object) -> str | None:
    """``lower``/``upper`` from a figure's ``evidence`` token ``bound=...``; else ``None``."""
    if not isinstance(evidence, str) or "bound=" not in evidence:
        return None
    for token in evidence.split(";"):
        name, _, value = token.partition("=")
        if name == "bound" and value in BOUNDS:
            return value
    return None


def _from_below(value: float, bound: str) -> bool:
    """Whether ``bound`` leaves the values above ``value`` open: a lower bound, or an upper bound
    on the magnitude of a negative value ("fell less than 2%" is above -2)."""
    return (bound == "lower") != (value < 0)


def reach(interval: Interval, value: float, bound: str | None) -> Interval:
    """The values a claim is consistent with: its written interval, opened on its bound's side
    (for a negative value the bound is on the magnitude, so the side flips)."""
    if bound not in BOUNDS:
        return interval
    if _from_below(value, bound):
        return Interval(interval.low, math.inf)
    return Interval(-math.inf, interval.high)


def precision_key(c: Claim) -> tuple:
    """Sort key that puts exact claims before bounds, then the most precise first."""
    return (c.bound is not None, c.relative_precision)


def tightest_side(claims: Iterable[Claim]) -> bool | None:
    """When every claim is a bound open on the same side: ``True`` if they all leave the values
    above open (lower bounds), ``False`` if below; else ``None`` (an exact claim, or mixed sides)."""
    sides = {_from_below(c.value, c.bound) if c.bound in BOUNDS else None for c in claims}
    if len(sides) != 1 or None in sides:
        return None
    return sides.pop()


def most_precise(claims: Iterable[C], order: Callable[[C], tuple]) -> C:
    """The claim a fact's value comes from: not a bound when any other claim agrees, then the
    most precise, then by ``order`` (the fact's claim order). When every claim is a bound on the
    same side, the tightest one: "more than 1bn" says all that "more than 600M" says and more, so
    claims ">1bn, >600M" give 1bn whichever is written with more digits."""
    claims = list(claims)
    side = tightest_side(claims)
    if side is None:
        return min(claims, key=lambda c: (*precision_key(c), order(c)))
    sign = -1 if side else 1  # lower bounds: the largest value; upper bounds: the smallest
    return min(claims, key=lambda c: (sign * c.value, *precision_key(c), order(c)))


def stated(c: Claim, unit: str) -> str:
    """A claim's value for notes: ``>500M`` for a lower bound, ``<3bn`` for an upper one."""
    text = human(c.value, unit)
    if c.bound is None:
        return text
    return (">" if _from_below(c.value, c.bound) else "<") + text
