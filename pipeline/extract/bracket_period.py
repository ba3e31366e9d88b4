"""Periods written beside a bracketed amount (wrong-period kind, round 12): a period in an aside
about one party dates only the aside's bracketed amount ("B, A's top partner in 2029 (at $5bn),
came second at $2bn"), and a bracket holding only a year labels the amount right before it
("valued at $4.3bn (2030)"). Which of a sentence's periods a figure in or outside a bracket
sees (``visible``), and whether a bracketed figure restates the one before it (``restates``),
are decided here for ``sentence.sentence_figures``.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.numbers import Mention
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot


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


def _span_of(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    return next((sp for sp in spans if sp[0] < position < sp[1]), None)


def visible(
    sentence: str,
    periods: list[Period],
    spans: list[tuple[int, int]],
    asides: list[Period],
    span: tuple[int, int] | None,
) -> list[Period]:
    """The periods a figure in the bracket ``span`` (``None``: outside every bracket) sees: its
    bracket's own, or outside brackets those of no bracket (an aside's only right before it)."""
    return [
        p
        for p in periods
        if (own := _span_of(spans, p.start)) is None
        and (p not in asides or span is not None and 0 <= span[0] - p.end <= 1)
        or own is not None
        and own == span
        # a label's bracketed period: "Inward stock of FDI (2029): £7.9 billion"
        or (own == (p.start - 1, p.end + 1) and sentence.startswith(":", own[1]))
    ]


def restates(
    slot: Slot,
    span: tuple[int, int] | None,
    previous_end: int | None,
    countries: list[CountrySpan],
    periods: list[Period],
    spans: list[tuple[int, int]],
) -> bool:
    """A bracketed figure that restates the one before it (not a list item's value)."""
    if span is None or previous_end is None:
        return False
    if previous_end > span[0]:  # a second amount in one bracket, unless a country's own
        return not any(previous_end <= c.start < slot.mention.start for c in countries)
    # "in 2017-18 ($10.7bn) and 2019-20 ($10.1bn)": a new period before a bracket with
    # none of its own ("$1.3bn in 2030 ($1.05bn in 2029)" restates), a new figure
    return not any(previous_end <= c.start < span[0] for c in countries) and not (
        any(previous_end <= p.start < span[0] and _span_of(spans, p.start) is None for p in periods)
        and not any(_span_of(spans, p.start) == span for p in periods)
    )


# between an amount and the bracket that converts it: " (", " (about ", " (approx. ", " (or "
_CONVERSION_GAP = re.compile(
    r"\s?\(\s?(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|or|ca\.)\s?)?",
    re.IGNORECASE,
)


def converts(sentence: str, before: Mention, amount: Mention) -> bool:
    """``amount`` opens a bracket right after the money amount ``before``: its conversion ("$660m
    (about ¥73.3bn)"), which is what ``before`` is, kept or left out alike."""
    return _CONVERSION_GAP.fullmatch(sentence, before.end, amount.start) is not None
