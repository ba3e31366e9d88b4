"""A span of years named once ("between 2025 and 2029, trade fell 81%") that a later sentence
refers back to ("during the period under review, trade dropped from $X to $Y", "in the same
period, imports rose from $X to $Y"): the amounts of such a change take the span's first and last
year, as they would in the span's own sentence (``figure_period._ends_of_span``).

The span is remembered on the document context from the last sentence with figures that names
one; a later sentence with figures that names a single period of its own forgets it. A sentence
naming its own period beside the reference keeps its own ("in 2031, over the same period, ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.context import DocContext
from pipeline.extract.periods import Period

# Periods that stand for "the period the page already named": "the period under review", "this
# period", "the same period" (with no year of its own).
_REFERENCE_KINDS = ("said_period", "same_period")


def _is_reference(p: Period) -> bool:
    return p.kind in _REFERENCE_KINDS and p.period_start is None and p.anchor == 0


def _own_dated(p: Period) -> bool:
    return not p.comparison and p.period_start is not None and p.period_end is not None


def with_referred_span(sentence: str, found: list[Period], ctx: DocContext) -> list[Period]:
    """``found`` with a reference to the period already named replaced by the remembered span,
    if the sentence names no dated period of its own and the reference opens a change "from" one
    amount (a reference after the amounts, "..., representing 9% during the same period", is
    the share's, not the change's)."""
    span = ctx.last_span
    if span is None or not any(_is_reference(p) for p in found) or any(map(_own_dated, found)):
        return found
    return [
        replace(span, start=p.start, end=p.end)
        if _is_reference(p) and " from " in sentence[p.end :]
        else p
        for p in found
    ]


def remember_span(found: list[Period], ctx: DocContext) -> None:
    """After a sentence with figures: its own span of years, if it names one, is the one later
    references mean; a single period of its own ends the earlier span's reach."""
    spans = [p for p in found if p.span and _own_dated(p)]
    if spans:
        ctx.last_span = spans[-1]
    elif any(_own_dated(p) and not p.span for p in found):
        ctx.last_span = None


# "the period under review", "under consideration", "the reporting period": the period the report
# is about, which the page names first; not "the said period" or "this period", the one just named
_REVIEWED = re.compile(
    r"\b(?:period\sunder\s(?:review|consideration)|review(?:ed)?\speriod|reporting\speriod)\b",
    re.IGNORECASE,
)


def reviewed_period(period: Period | None, sentence: str, ctx: DocContext) -> Period | None:
    """The main period "the period under review" stands for: the page's first dated period (the
    report's), not the one the sentence before named. A page on eight months' data that adds
    "on a month-on-month basis, exports fell 6% in February" then says "imports during the period
    under review were $698m": the eight months'. None where the figure's period is no such
    reference or the page has dated nothing yet."""
    if (
        period is None
        or period.kind != "said_period"
        or period.anchor != 0
        or ctx.first_period is None
        or not _REVIEWED.search(sentence, period.start, period.end)
    ):
        return None
    return ctx.first_period
