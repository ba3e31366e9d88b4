"""Periods written beside a bracketed amount (wrong-period kind, round 12): a period in an aside
about one party dates only the aside's bracketed amount ("B, A's top partner in 2029 (at $5bn),
came second at $2bn"), and a bracket holding only a year labels the amount right before it
("valued at $4.3bn (2030)").
"""

from __future__ import annotations

from pipeline.extract.numbers import Mention
from pipeline.extract.periods import Period


def aside_periods(
    sentence: str, spans: list[tuple[int, int]], periods: list[Period], mentions: list[Mention]
) -> list[Period]:
    """The periods that stand, with the bracketed amount right after them, between commas in an
    aside about one party ("B, A's top partner in 2029 (at $5bn), came second at $2bn"): such a
    period dates that amount only, not the sentence's other figures. Not a period alone between
    commas (", in 2029 ($5bn), it rose 10%": the clause's own)."""
    out = []
    for lo, hi in spans:
        if not sentence.startswith(",", hi):
            continue
        for p in periods:
            if 0 <= lo - p.end <= 1:
                before = sentence[
                    max((m.end for m in mentions if m.end <= p.start), default=0) : p.start
                ]
                if "," in before and len(before[before.rindex(",") + 1 :].split()) >= 3:
                    out.append(p)
    return out


def bracketed_after(
    sentence: str, end: int, periods: list[Period], spans: list[tuple[int, int]]
) -> Period | None:
    """A bracket holding only a period right after an amount ("valued at $4.3bn (2030)"), as
    reports label a figure with its year: that amount's period."""
    for p in periods:
        if (p.start - 1, p.end + 1) in spans and p.start > end:
            return p if not sentence[end : p.start - 1].strip() else None
    return None
