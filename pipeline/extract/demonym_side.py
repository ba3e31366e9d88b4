"""The side of the trade a demonym names when another country's name governs it (NOTES:
reporter/partner): "Vietnam's Japanese exports" (Vietnam exports to Japan) and "Indian imports in
Armenia" (Armenia imports from India). Split out of ``roles`` (which reads them in ``_role``) to
keep it under 400 lines.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan, find_countries

# "Indian imports in Armenia": Indian goods entering Armenia, as "imports to/into" (only with
# a country right after "in": "Indian imports in 2030", "in January" name no destination)
_DEMONYM_IMPORTS_IN = re.compile(r"^\s?(?:[a-z]+\s)?imports?\sin\s(?:the\s)?", re.IGNORECASE)


def imports_in(after: str) -> bool:
    """Whether the text after a demonym is "imports in" and a country's name."""
    found = _DEMONYM_IMPORTS_IN.match(after)
    if found is None:
        return False
    named = find_countries(after[found.end() : found.end() + 40])
    return bool(named) and named[0].start == 0 and named[0].kind != "demonym"


# "Vietnam's Japanese exports", "Chile's Chinese imports": a demonym right after a country's
# possessive, on the flow word, names the possessor's counterpart (NOTES: reporter/partner)
_POSSESSED_FLOW = re.compile(r"\s(?:[a-z]+\s)?(?P<flow>exports?|imports?)\b", re.IGNORECASE)
_POSSESSOR = re.compile(r"['’]s?\s$")


def possessed_counterpart(sentence: str, c: CountrySpan) -> str | None:
    """ "to" (exports) or "from" (imports) for a demonym on its flow word right after another
    country's possessive ("Vietnam's Japanese exports"); else None."""
    flow = _POSSESSED_FLOW.match(sentence, c.end)
    if flow is None or not _POSSESSOR.search(sentence, max(0, c.start - 3), c.start):
        return None
    head = sentence[max(0, c.start - 40) : c.start]
    owner = next((o for o in reversed(find_countries(head)) if o.kind != "demonym"), None)
    if owner is None or owner.iso3 == c.iso3 or not _POSSESSOR.match(head, owner.end):
        return None
    return "to" if flow.group("flow").lower().startswith("ex") else "from"
