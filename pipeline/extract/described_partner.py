"""A partner named by a description instead of its name: "exports to its northern neighbour",
"imports from the Andean nation", "trade with the latter", "exports to the North" (a divided
country's other half).

Pages name the partner once, then refer back to it the way they refer to any noun already
introduced: a definite noun phrase whose head is a country noun ("the Asian country", "the
southern neighbor", "the island nation"), "the latter"/"the former", or, for a divided country,
its half by compass ("the North", "the South", capitalised). Right after a flow's partner
preposition ("to", "from", "with") such a phrase is the partner, so the figure is bilateral, not
the named economy's trade with the world (``world.world_total``); which partner it is comes from
the page, as for "that country" (``partner_ref`` triggers).

Not a partner: a possessive in the phrase ("the world's largest economy", "the EU's biggest
economy" name an economy by its rank somewhere, not the one the page is about), a plural ("the
Asian nations": a group), "the north of the country" (a part of a country, lower case or
followed by "of").
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test

# cheap precheck: one of the head words must be in the sentence
_HEADS = ("nation", "countr", "econom", "neighbo", "latter", "former", "North", "South")

_DESCRIBED = re.compile(
    r"\b(?:[Tt]o|[Ff]rom|[Ww]ith)\s(?:the|its|their)\s"
    r"(?:(?:latter|former)\b"
    r"|(?:North|South)\b(?!\s+of\b|\s+[A-Z])"
    r"|(?:(?![\w-]+['’]s?\s|(?:of|in|and|or|for|by|at|on|the|a)\s)[\w-]+\s){0,3}"
    r"(?:nation|country|economy|neighbou?r)(?![\w'’-]))"
)


_has_head = substring_test(_HEADS)  # (no generator frame per test)


def described_partner(sentence: str) -> bool:
    """The sentence names a partner by description right after a partner preposition (see the
    module docstring)."""
    if not _has_head(sentence):
        return False
    return _DESCRIBED.search(sentence) is not None
