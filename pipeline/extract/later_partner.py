"""A country's whole flow whose partner comes only in a later clause of the same flow: "Kenya's
exports rose 5% to $2bn, while exports to Uganda fell 3%", "A's merchandise exports fell 9%,
with shipments to B plunging 27%". The later clause names its partner with the flow's own role
("exports to B"), so the first amount is not B's: it is A's trade with the world (NOTES: no row).
``world.world_total`` then judges the first amount on the economies named before that clause.
A later clause of the other flow ("A's exports rose 5%, while imports from B fell") is left
alone: pages write that for the pair's two directions.
"""

from __future__ import annotations

import re

from pipeline.extract.slots import Slot
from pipeline.lexicon import triggers

# A clause that opens with a flow noun of its own right after a comma, a semicolon or a clause
# word ("while exports to", ", with shipments to", "and apparel exports to"): at most two words
# between them, and a noun, not a verb ("machinery and equipment was imported from B" goes on
# with the amount's own clause)
_CLAUSE = re.compile(
    r"(?:[,;]\s?|\s(?:while|whereas|with|but|and)\s)(?:[\w-]+\s){0,2}?"
    r"(?P<flow>exports?|imports?|shipments|sales|purchases|those)\s(?P<role>to|into|from)\s",
    re.IGNORECASE,
)

# the amount's own clause names a partner right after its flow noun, by name or description
_OWN_ROLE = re.compile(
    r"\b(?:exports?|imports?|shipments|sales|purchases)\s(?:to|into|from)\s", re.IGNORECASE
)

# where the amount's own clause starts: after the last comma, semicolon or clause word
_BREAK = re.compile(r"[,;]|\s(?:while|whereas|but)\s", re.IGNORECASE)

# the partner role of each flow ("exports to B", "imports from B")
_ROLES = {"exports": ("to", "into"), "imports": ("from",)}


def later_partner_clause(slot: Slot, flow: str | None) -> int | None:
    """Where a later clause of the same flow with its own partner starts ("..., while exports
    to B"), if the amount's clause is followed by one; ``None`` else."""
    roles = _ROLES.get(flow or "")
    if roles is None:
        return None
    sentence = slot.sentence
    opened = [m.end() for m in _BREAK.finditer(sentence, 0, slot.mention.start)]
    if _OWN_ROLE.search(sentence, opened[-1] if opened else 0, slot.mention.start):
        return None  # "exports to the bloc rose 3% to $2bn": the amount's own partner
    for found in _CLAUSE.finditer(sentence, slot.mention.end):
        word = found.group("flow").lower()
        # "while those to B fell": the amount's own flow noun, taken up again
        own = flow if word == "those" else triggers("flow").get(word)
        own = own or triggers("flow").get(f"{word} {found.group('role')}")
        if own == flow and found.group("role").lower() in roles:
            return found.start()
    return None
