"""A whole split among partners by an attached clause: the amount is the country's trade with the
world, and the partner named in the clause is only a part's.

"Chile's exports reached $95bn in 2023, 39% of them to China", "Kenya's exports reached $7.4bn,
of which $0.9bn went to Uganda", "Pakistan imported $55bn of goods, mostly from China", "India's
exports hit $437bn, with the United States the top destination", "Egypt attracted $10bn of FDI,
led by the UAE", "Out of Vietnam's $327bn of imports, $110.6bn came from China": the partner
comes after a mark that opens a part of the amount (a share, "of which", "including", "mostly",
a rank), so it is not the amount's partner (CONTRACT.md: only bilateral figures; NOTES "What is a
figure": world totals are distractors). ``world.world_total`` then judges the amount on the
economies named before the clause. A shared verb clause ("with a third going to Y") is
``world._share_after``'s.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import Slot

_APPROX = r"(?:(?:almost|nearly|about|around|over|some|roughly|just|more\sthan|less\sthan)\s)"
_SHARE = (
    r"(?:a\s(?:third|quarter|fifth|tenth|half|large\s(?:chunk|part|share|portion)|big\s(?:chunk|"
    r"part|share))|half|most|much|the\sbulk|the\smajority|two[-\s]thirds|three[-\s]quarters"
    r"|\d[\d.,]*\s?(?:%|percent\b|per\scent\b))"
)
# the rank a partner holds among the whole's partners ("the top destination", "its biggest
# source", "the second-largest market", "the leading markets")
_RANK = (
    r"(?:[\w-]+\s)?(?:top|largest|biggest|main|leading|principal|chief|major|dominant|"
    r"first|second|third)\s(?:single\s)?"
    r"(?:destination|market|buyer|customer|client|supplier|source|origin|investor|partner)s?\b"
)
_PARTITION = re.compile(
    # (a decimal point is no stop: "rose 1% to $100.9m, including $56m from B"; round 52)
    r"(?:[^.;]|\.(?=\d)){0,60}?(?P<cut>[,;]\s?(?:"
    # "of which $0.9bn went to B", "of which B accounted for $X", "about a third of which went"
    r"(?:[\w-]+\s){0,3}?(?:out\s)?of\swhich\b"
    # "39% of them to B", "a quarter of them to B", "with most of it from B"
    r"|(?:with\s)?" + _APPROX + r"?" + _SHARE + r"(?:\sof\s(?:it|them|this|these|the\s(?:total|"
    r"sum|amount)))?\s(?:to|from)\s"
    # "mostly from B", "mainly to B and C"
    r"|(?:mostly|mainly|largely|chiefly|primarily|predominantly|principally|overwhelmingly)"
    r"\s(?:to|from)\s"
    # "including $16bn to B", "led by B", "headed by B"
    r"|including\s|(?:led|headed|dominated)\sby\s"
    # "with B the top destination", "with the US remaining the top destination", "with B as its
    # biggest source"
    r"|with\s[^;.]{2,80}?\s(?:(?:as|remaining|being|again|still)\s)?(?:the|its|their)\s"
    + _RANK
    + r"))",
    re.IGNORECASE,
)
# "Out of Vietnam's $327bn of imports in 2023, $110.6bn came from China": the amount a part is
# taken out of, written before the part
_OUT_OF = re.compile(
    r"(?:^|[,;:]\s)(?:[Oo]ut\sof|Of)\s(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s?\s|the\s|its\s)?\Z"
)
_OUT_OF_END = re.compile(r"[^.;,]*,")
# a full stop, not a decimal point ("$100.9m")
_STOP = re.compile(r"\.(?!\d)")


def partition_after(slot: Slot) -> int | None:
    """Where an attached clause that splits the slot's amount among partners starts (see the
    module), if one does: an offset into ``slot.sentence``, else ``None``."""
    sentence = slot.sentence
    start, end = slot.mention.start, slot.mention.end
    if _OUT_OF.search(sentence, max(0, start - 40), start):
        closed = _OUT_OF_END.match(sentence, end)
        return closed.end() - 1 if closed else None
    # every such clause opens with a comma or semicolon at most 60 characters on, with no full
    # stop before it (the cheap test first)
    stop = _STOP.search(sentence, end, end + 61)
    limit = end + 61 if stop is None else stop.start()
    if sentence.find(",", end, limit) == -1 and sentence.find(";", end, limit) == -1:
        return None
    found = _PARTITION.match(sentence, end)
    return found.start("cut") if found else None


# the end of the mark that opens a part's own clause ("..., of which")
_WHICH_BEFORE = re.compile(r"\bof\swhich\Z")


def partition_part(slot: Slot, economies: list[CountrySpan]) -> bool:
    """The slot's amount is a part of a whole split before it ("..., of which the Netherlands
    accounted for $110bn"): its clause opens with "of which" and names an economy before the
    amount, the part's partner. The whole is a world total; the part keeps its flow."""
    sentence = slot.sentence
    clause_start = slot.clause_start
    if not _WHICH_BEFORE.search(sentence, max(0, clause_start - 10), clause_start):
        return False
    return any(clause_start <= c.start < slot.mention.start for c in economies)
