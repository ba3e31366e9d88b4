"""The interval a stated figure stands for, and how intervals combine.

A claim's interval follows from its stated digits (``rounding`` in figures: "$1.3bn" is
[1.25, 1.35]bn). Two further allowances, both documented in the README:

* ``APPROX_MARGIN``: "about $133 million" is widened by 5 % of the value on each side.
* ``REL_TOLERANCE``: every interval is widened by 0.1 % of its value, because official sources
  often truncate rather than round, or total unrounded parts ("1.208bn" next to
  521.4M + 687.3M = 1.2087bn). The same tolerance the gold comparison uses.
"""

from __future__ import annotations

from dataclasses import dataclass

APPROX_MARGIN = 0.05
REL_TOLERANCE = 0.001


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    @classmethod
    def of_claim(cls, value: float, rounding: float, approx: bool) -> Interval:
        half = (
            rounding + abs(value) * REL_TOLERANCE + (abs(value) * APPROX_MARGIN if approx else 0.0)
        )
        return cls(value - half, value + half)

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def divide(self, other: Interval) -> Interval:
        """Division by a strictly positive interval (growth factors, multiples)."""
        if other.low <= 0:
            raise ValueError("divisor interval must be positive")
        candidates = [
            self.low / other.low,
            self.low / other.high,
            self.high / other.low,
            self.high / other.high,
        ]
        return Interval(min(candidates), max(candidates))

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


def all_overlap(intervals: list[Interval]) -> bool:
    """True when one value lies in every interval (the claims can all be the same number)."""
    return max(i.low for i in intervals) <= min(i.high for i in intervals)


def human(value: float, unit: str = "USD") -> str:
    """Short amounts for notes: 1.25bn, 412.6M, 12.5%."""
    if unit == "percent":
        return f"{value:g}%"
    if unit == "times":
        return f"{value:g}x"
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:.4g}"
