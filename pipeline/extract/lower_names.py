"""A country's name written in lower case as the other side of a flow: "Egyptian exports to
kenya rose", "the total exports of Cambodia to china", "imports from south africa".

The gazetteer matches names case-sensitively, so "China" is a country and "china" porcelain. Right
after a flow word's "to", "from" or "with" (past an owner: "exports of A to ...") a word can only
be the flow's other side, so there the lower-case form of a country's name (or alias) is read as
that country, as a page that had kept the capital letter would be. Anywhere else a lower-case
name stays a word ("bone china", "roast turkey").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import Caseless
from pipeline.lexicon import gazetteer

# (``Caseless``: its lower-case twin finds the same matches several times faster)
_OBJECT = Caseless(
    r"\b(?:exports?|imports?|exported|imported|shipments|trade)\s"
    r"(?:(?:of|from)\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}\s)?"
    r"(?:to|from|with)\s(?:the\s)?(?P<name>[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2})",
    re.IGNORECASE,
)


@cache
def _lower_names() -> dict[str, str]:
    """Lower-cased name and alias surfaces (not demonyms, capitals or acronyms) to their own
    surface."""
    gaz = gazetteer()
    return {
        surface.lower(): surface
        for surface, mention in gaz.by_surface.items()
        if mention.kind in ("name", "alias")
        and surface[:1].isupper()
        and not surface.isupper()  # ("US", "UAE": "exports to us" is a pronoun's)
        and surface.lower() not in gaz.homonyms
    }


def lower_case_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of the countries ``text`` names in lower case right after a flow
    word's "to", "from" or "with" (module doc); the longest name that the words start with."""
    if " to " not in text and " from " not in text and " with " not in text:
        return []
    names = _lower_names()
    out = []
    for found in _OBJECT.finditer(text):
        name = found.group("name")
        if name[0].isupper():
            continue  # (IGNORECASE: a capitalised name is the gazetteer's own)
        words = name.split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            if phrase in names:
                start = found.start("name")
                out.append((start, start + len(phrase), names[phrase]))
                break
    return out
