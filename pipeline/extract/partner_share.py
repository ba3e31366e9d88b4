"""A partner's part of a country's world total, stated in the sentences after it.

"Uzbekistan's foreign trade turnover in January-August amounted to $42.3bn. China accounted for
$9.1bn", "... The largest share fell on China ($9.1bn), followed by Russia ($7.5bn)", "... China
was the largest partner with $9.1bn": the world total is left out (``world.world_total``), and
the amount after it, with no flow word of its own, is its owner's trade with the one partner the
clause names, in the total's flow (its period is the running one, as for any figure). The cue is
a verb or noun of a part ("accounted for", "the share ... fell on", "partner with"); without it
an amount after a world total continues the total ("Oil exports were $9bn"). NOTES.md: a
partner's share of a country's total with an amount is that pair's flow (round 20, gi 6).
"""

from __future__ import annotations

import re

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import Slot, trigger
from pipeline.lexicon import triggers

# the part's cue right before the amount (its own clause): "China accounted for (about) $X",
# "the largest share fell on China ($X", "falls to China - $X", "China's share was $X", "the
# share of China was 21.5% ($X", "the largest partner, with $X"
_PART_CUE = re.compile(
    r"(?:\baccount(?:s|ed|ing)?\sfor"
    r"|\bshare\b[^.;]{0,60}?\b(?:fell|falls|fall|went|goes|was|is|stood|amounted|reached)\b"
    r"[^;]{0,40}?"  # (a decimal point may stand in it: "was 21.5% (")
    r"|\bpartners?,?\swith)"
    r"\s(?:(?:about|around|nearly|almost|over|some|more\sthan|less\sthan|just)\s)?"
    r"(?:[(–—-]\s?|:\s)?$",
    re.IGNORECASE,
)


# a ranked part, whose clause may carry a flow word of its own: "China accounted for the largest
# volume of foreign trade turnover, with trade that amounted to $X", "Russia ranks second with
# $Y" (the owner's trade with that partner, whatever flow the sentence's rules gave it)
_RANKED_PART = re.compile(
    r"(?:\baccount(?:s|ed|ing)?\sfor\s(?:the\s)?(?:largest|biggest|highest|greatest|main)\s"
    r"(?:[\w-]+\s){0,5}?(?:volume|share|part|value)\b[^.;]{0,60}?"
    r"\b(?:amounted\sto|totall?ed|totall?ing|worth|reached|reaching|with)"
    r"|\b(?:ranks|ranked|ranking|came|comes|is|was|stands|stood)\s(?:in\s)?"
    r"(?:second|third|fourth|fifth|next)(?:\splace)?,?\swith)"
    r"\s(?:(?:about|around|nearly|almost|over|some|more\sthan|less\sthan|just)\s)?$",
    re.IGNORECASE,
)


def partner_part(
    slot: Slot, economies: list[CountrySpan], ctx: DocContext, decided: bool, after_part: bool
) -> tuple[str, tuple[str, str]] | None:
    """The flow of the world total the amount is a partner's part of and the pair (owner,
    partner), else None (module doc). ``decided``: the sentence's flow rules gave the amount a
    flow (this rule then stays out, unless ``after_part``: the figure before it in the sentence
    was a part, and this one is the next partner of its gapped list, "China accounted for $9bn,
    Russia for $7bn", with no flow word of its own)."""
    if ctx.world_flow is None or len(ctx.world_own) != 1:
        return None
    m = slot.mention
    window = slot.sentence[max(0, m.start - 200) : m.start]
    ranked = _RANKED_PART.search(window) if " with" in window or "account" in window else None
    if ranked is not None:
        # the clause's subject is the partner: from the clause's start to the amount
        clause = max(window.rfind(";", 0, ranked.start()), window.rfind(". ", 0, ranked.start()))
        part = _owner_and_partner(economies, m.start - len(window) + clause + 1, m.start, ctx)
        if part is not None:
            return part
    if decided and not after_part:
        return None
    tail = slot.tail
    if tail.strip() == "(":  # "the share of China was 21.5% ($X": the bracket opens no clause
        tail = slot.sentence[max(0, m.start - 120) : m.start]
    if after_part:
        if slot.tail_flows:
            return None
    elif "account" not in tail and "share" not in tail and "partner" not in tail:
        return None  # (the cheap test first)
    elif _PART_CUE.search(tail) is None:
        return None
    return _owner_and_partner(economies, m.start - len(tail), m.start, ctx)


def _owner_and_partner(
    economies: list[CountrySpan], begin: int, end: int, ctx: DocContext
) -> tuple[str, tuple[str, str]] | None:
    """The world total's flow and (owner, partner) when the one economy other than the total's
    owner named in ``begin:end`` (the part's clause) is the partner; None for none or several."""
    partners = {c.iso3 for c in economies if begin <= c.start < end} - ctx.world_own
    if len(partners) != 1 or ctx.world_flow is None:
        return None
    (owner,) = ctx.world_own
    return ctx.world_flow, (owner, partners.pop())


def stated_total_flow(sentence: str) -> str | None:
    """The flow of a country's whole trade stated in ``sentence`` whose amount was not read
    (``unread_national``): its first flow word's; None when it states a balance."""
    if trigger("balance").search(sentence) is not None:
        return None
    found = trigger("flow").search(sentence)
    return triggers("flow").get(found.group(1).lower()) if found else None
