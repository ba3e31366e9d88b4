"""A ranking that goes on after a figure, with no trade word of its own: "Benin came in second
with $790m", "Chad ranked third with $300m, followed by Mali with $210m", "Niger followed with
$437m", "C ranked third with $5m, and D was fourth with $4m". Each economy ranked after the
figure takes its place: the figure's flow and scope, with that economy on the side of the one
ranked before it (the partner, or the reporter after "A was the largest importer from B").
Split out of ``follow_up``.
"""

from __future__ import annotations

import re

from pipeline.extract.context import DocContext, own_rank
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot, flow_at, trigger

# right after the economy: its rank ("came in second", "ranked third", "was close behind",
# "was next"), or "followed" with its amount ("Niger followed with $437m"). "Behind" with a
# determiner after it is no rank ("was behind the $910m rail deal", "behind a plan"), unless
# a name follows it ("was behind the United States with $5m"). (The match ends at the amount.)
RANKED_NEXT = re.compile(
    r"\s(?:(?:came|comes|ranked|ranks|was|is|placed|finished|followed)\s(?:(?:in|at)\s)?(?:a\s)?"
    r"(?:close\s)?"
    r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next)\b"
    r"|\d{1,2}(?:st|nd|rd|th)\b|behind\b(?!\s(?:a|an|its|this|that|these|those|their|the)"
    r"\s(?!(?-i:[A-Z]))))"
    r"|followed,?\s(?:with|at)\s"
    # ... or the place it holds ("holds third place ($2.5bn)", "took fourth place with $1bn")
    r"|(?:holds|held|takes|took|occupies|occupied|secured|is\sin|was\sin)\s(?:the\s)?"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s"
    r"(?:place|spot|position)\b"
    # ... or first, with its amount right after ("China was the largest with $301bn"): the
    # ranking the sentence before opened ("Among A's trading partners, B ranked 14th")
    r"|(?:was|is|ranked|ranks|came|comes|placed|stood)\s(?:in\s)?(?:the\s)?"
    r"(?:first|largest|biggest|top)\b,?\s(?:with|at)\s)",
    re.IGNORECASE,
)
# right after a ranked economy named as the trader itself: "was the largest importer", "is the
# biggest exporter", "remains the top exporter"
_AGENT = re.compile(
    r"\s(?:was|is|remains|remained|became|has\sbeen)\s(?:the\s)?(?:[\w-]+\s){0,3}?"
    r"(?:importer|exporter)s?\b"
    r"|,?\s(?:which|that)\s(?:imported|exported|bought|purchased)\b",  # "B, which imported $X"
    re.IGNORECASE,
)
# a rank opening the sentence before its economy: "Second is Thailand, in 2029 reaching $957m",
# "Next was Malaysia: in 2029 it reached $961m", "In third place is C with $5m", "The largest
# value belongs to Indonesia: ..." (every amount of the sentence is that economy's)
RANK_OPENS = re.compile(
    r"(?:(?:in\s)?(?:the\s)?(?:second|third|fourth|fifth|sixth|next)(?:\s(?:place|spot|position))?"
    r"\s(?:is|was|comes|came|goes\sto|went\sto|belongs\sto|belonged\sto|stands|stood)"
    r"|(?:ranked|ranking|placed)\s(?:second|third|fourth|fifth|sixth|next)\s(?:is|was)"
    r"|(?:next|then)\s(?:is|was|comes|came)"
    r"|the\s(?:largest|biggest|highest|top)\s(?:[\w-]+\s){0,2}?(?:always\s)?"
    r"(?:belongs|belonged|goes|went)\sto)\s(?:the\s)?",
    re.IGNORECASE,
)
# right before a later economy of the sentence: "..., followed by B with $Y", "trailed by B at"
FOLLOWED_BY = re.compile(r"\b(?:followed|trailed)\sby\s(?:the\s)?$", re.IGNORECASE)
# between a "followed by" economy and its amount: only "with"/"at" and a hedge ("with about")
_ITEM_GAP = re.compile(
    r"\s(?:with|at)\s(?:(?:about|around|nearly|almost|some|over)\s)?(?:[A-Z]{3}\s?)?$"
)
# a sentence that breaks the figure before it down: "Of this, imports made up $5.4bn"
_BREAKDOWN_OPENS = re.compile(
    r"\s*(?:of|out\sof)\s(?:this|which|these|that|it|them)\b", re.IGNORECASE
)
# a later economy of a ranking with its amount in brackets, after an opener that ranks: "C holds
# third place ($2.5bn), with D ($1.9bn) and E ($1.3bn) next", "..., then D ($1.9bn)"
_LISTED_BEFORE = re.compile(r"(?:,\s(?:with\s|and\s|then\s)?|\sand\s|\swith\s)(?:the\s)?$")
_BRACKET_GAP = re.compile(r"\s?\((?:(?:about|around|nearly|almost|some|over)\s)?(?:[A-Z]{3}\s?)?")


def ranked_next(slot: Slot, ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The figure an economy ranked after the page's last figure states (see the module): that
    figure's row with this economy on the ranked side, and its period. The sentence opens with an
    economy (the first ranked), the last figure was read in the sentence before or earlier in
    this one, and the amount's economy is the nearest before it, ranked right after its name or
    named after "followed by". None when the last figure is older or no level, or the economy
    is one of its sides."""
    prior, current = ctx.prior, ctx.current
    if prior is None or current is None or ctx.last_figure is None:
        return None
    ranks_before = any(own_rank(prior[0], c.end) for c in prior[1])
    if ctx.last_figure is prior[2] and not ranks_before:
        # the figure ranked before must be the previous sentence's (or this one's), unless the
        # previous sentence ranks an economy itself ("Among A's partners, B ranked 14th")
        return None
    economies = [c for c in current[1] if c.kind != "capital"]
    before = [c for c in economies if c.end <= slot.mention.start]
    sentence = slot.sentence
    if before and len(before) == 1 and RANK_OPENS.fullmatch(sentence, 0, before[0].start):
        return _ranked_first_named(before[0].iso3, ctx)
    if not before or economies[0].start > 4:
        return None
    own = before[-1]
    if not (
        RANKED_NEXT.match(sentence, own.end, slot.mention.start)
        or (
            own is not economies[0]
            and FOLLOWED_BY.search(sentence, max(0, own.start - 20), own.start)
            and _ITEM_GAP.fullmatch(sentence, own.end, slot.mention.start)
        )
        or (
            own is not economies[0]
            and _LISTED_BEFORE.search(sentence, max(0, own.start - 12), own.start)
            and _BRACKET_GAP.fullmatch(sentence, own.end, slot.mention.start)
        )
    ):
        return None
    if own is not economies[0] and not RANKED_NEXT.match(sentence, economies[0].end):
        return None  # a later economy ranks only after an opener that ranks
    base, period = ctx.last_figure  # type: ignore[misc]
    if base["measure"] != "level" or own.iso3 in (base["reporter"], base["partner"]):
        return None
    if ctx.last_figure is not prior[2] and _BREAKDOWN_OPENS.match(prior[0]):
        return None  # "B ... $6.9bn. Of this, imports made up $5.4bn. C ranks second with $5.3bn":
        # the last figure is a part of the ranked one, which side and flow C takes is not said
    if ranks_before and ctx.last_figure is prior[2]:
        # the sentence before ranks by its own flow ("Among A's partners, B ranked 14th by trade
        # volume. C was the largest with $301bn"): the ranking's, not the last figure's
        # ("Exports were $8.5bn and imports $10.7bn" before it)
        base = {**base, "flow": flow_at(prior[0]) or base["flow"]}
    # the economy takes the side of the one ranked before it: the partner ("A ranked first for
    # B's exports"), or the reporter named as the ranked importer or exporter ("A was the largest
    # importer from B, with $X. C followed with $Y": C imports from B)
    named = ((sentence, [c for c in before if c.start < own.start]), (prior[0], prior[1]))
    side = "partner"
    for text, spans in named:  # (or ranked next itself: "C followed with $Y. D was third")
        ranked = [c for c in spans if _AGENT.match(text, c.end) or RANKED_NEXT.match(text, c.end)]
        side = "reporter" if any(c.iso3 == base["reporter"] for c in ranked) else side
    other = "partner" if side == "reporter" else "reporter"
    if base[other] in ctx.rank_named and base[side] not in ctx.rank_named:
        side = other  # the side the page ranks on ("A ranked 14th. B was the largest with $X")
    ctx.rank_named |= {own.iso3}  # ... and the ranking goes on there ("C ($Y) were also in")
    return {**base, side: own.iso3}, period


def _ranked_first_named(own: str, ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The figure of an economy named after a rank that opens its sentence ("Second is B, ..."):
    the last figure's row with ``own`` on the side the page ranks (the side whose economy the
    page gave a rank of its own: "A ranks fourth among exporters to C"); the sentence's later
    amounts continue its first. None when the page ranks neither side (which one B takes is
    not said: the sentence is left unread, as in round 31)."""
    base, period = ctx.last_figure  # type: ignore[misc]
    if own in (base["reporter"], base["partner"]):
        # the sentence's first amount made it: the later ones are that economy's too
        current = ctx.current
        return (base, period) if current is not None and current[2] is not ctx.last_figure else None
    if base["reporter"] in ctx.rank_named:
        ctx.rank_named |= {own}  # ... and the next rank ("Next is C") goes on on that side
        return {**base, "reporter": own}, period
    if base["partner"] in ctx.rank_named:
        ctx.rank_named |= {own}
        return {**base, "partner": own}, period
    return None  # which side it ranks on is not said: left unread (round 31)


def ranked_after(
    slot: Slot, ctx: DocContext, previous: tuple[dict, Period | None] | None
) -> tuple[dict, Period | None] | None:
    """For an amount whose flow only carries on from the sentence's previous figure, when that
    figure was itself ranked next ("B ranked third with $5m, and C was fourth with $4m"): the
    ranking goes on (``ranked_next``); or the amount is ranked before any flow word of its own
    (``ranked_first``: "C followed with $Y, ... of A's exports"); else None."""
    if (first := ranked_first(slot, ctx)) is not None:
        return first
    if previous is None or "flow=follow_up" not in str(previous[0].get("evidence", "")):
        return None
    return ranked_next(slot, ctx)


def ranked_first(slot: Slot, ctx: DocContext) -> tuple[dict, Period | None] | None:
    """An economy ranked next with its amount before any trade word of the sentence ("C followed
    with $Y, and with B it made 90% of A's exports to the region"): the ranking (``ranked_next``),
    read before a flow word later in the sentence could take the amount; else None."""
    ranked = ranked_next(slot, ctx)
    if ranked is None:
        return None
    # a flow word between the ranked economy and its amount is the ranking's own measure
    # ("Russia ranked second with a turnover of $2.6bn, while Kazakhstan came third"): only
    # one before the economy speaks for another flow
    economies = [c for c in ctx.current[1] if c.end <= slot.mention.start]  # type: ignore[index]
    start = economies[-1].start if economies else slot.mention.start
    if trigger("flow").search(slot.sentence[:start]):
        return None
    return ranked


def ranked_flow(ranked: tuple[dict, Period | None] | None) -> str | None:
    """The flow of a ``ranked_first`` figure, or None."""
    return ranked[0]["flow"] if ranked else None
