"""A change and the level it led to, both before the flow noun that owns them (round 25).

French word order, glossed, puts the noun last: "le recul de 6% à 848 millions d'euros des
ventes ivoiriennes" -> "the decline of 6% to 848 million euros of the Ivorian sales"; English
has "the 6% rise to $2bn in exports". The level takes its flow from the noun right after it
(``flow._RIGHT_FLOW``); the change before it takes the same flow.
"""

from __future__ import annotations

import re

from pipeline.extract.slots import Slot

# what stands between a change and its level: "of 6% to", "6% decline to"
_TO_LEVEL = re.compile(
    r"^\s?(?:(?:decline|decrease|drop|fall|rise|increase|growth|jump)\s)?(?:to|at)\s?$",
    re.IGNORECASE,
)
# (a restatement in brackets may stand between: "to €848m (556.2bn FCFA), of Ivorian sales")
_FLOW_NOUN = (
    r"(?:,?\s(?:of|in)\s(?:the\s)?(?:(?-i:[A-Z][\w-]+)\s)?"
    r"(?P<w>exports?|imports?|sales|purchases|shipments|deliveries)\b)"
)
_LEVEL_OF_FLOW = re.compile(r"^[^,;:()]{0,40}?(?:\s?\([^()]{0,60}\))?" + _FLOW_NOUN, re.IGNORECASE)
# an amount itself followed by its bracketed restatement, then the flow noun; or the
# restatement, inside its bracket, before it
_BRACKET_THEN_FLOW = re.compile(r"^\s?(?:\([^()]{0,60}\)|\))" + _FLOW_NOUN, re.IGNORECASE)


def change_to_level_flow(slot: Slot) -> str | None:
    """The flow of a change (a percentage or multiple) whose clause continues only "to
    <level> of <flow noun>", or of an amount whose bracketed restatement the flow noun follows
    ("€848m (556.2bn FCFA), of Ivorian sales"): ``exports`` or ``imports``, else None. The
    caller keeps a flow word before the change first."""
    if slot.mention.kind == "money":
        if "(" not in slot.right[:3] and ")" not in slot.right[:3]:
            return None
        found = _BRACKET_THEN_FLOW.match(slot.sentence, slot.mention.end)
    elif not _TO_LEVEL.match(slot.right):
        return None
    else:
        found = _LEVEL_OF_FLOW.match(slot.sentence[slot.mention.end + len(slot.right) :])
    if found is None:
        return None
    return "imports" if found.group("w").lower().startswith(("import", "purchase")) else "exports"
