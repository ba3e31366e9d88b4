"""A possessive whose noun phrase names a directed trade relation: "Kenya's biggest supplier",
"Kenya's largest source of imports", "Kenya's top investor" make Kenya the side goods (or
capital) go to; "Kenya's largest export market", "Kenya's main customer" the side they come
from.

"China was Kenya's biggest supplier, with exports worth $3.5bn": the exports are China's, to
Kenya, although "Kenya's" opens a phrase that ``roles.owns_flow`` reads as Kenya's own trade
("Kenya's exports"). Only the head of the possessed phrase counts (up to four words before
it, no flow word among them except "export"/"import" as a modifier of the head): "Kenya's
imports from its largest supplier" owns the imports first. A market named with "import"
("Kenya's largest import market") is left alone: pages use it both for where Kenya buys and
for where Kenya's imports go.
"""

from __future__ import annotations

import re

# the possessed phrase: up to four modifier words (no preposition, article or verb), then the
# head ("Cambodia's second largest foreign direct investor"). "supply"-side heads make the
# possessor the destination, "demand"-side ones the origin.
_MODIFIERS = r"(?:(?!(?:of|in|to|from|with|and|or|for|by|at|on|the|a|an|is|was)\s)[\w-]+\s){0,4}"
_RELATION = re.compile(
    r"\s" + _MODIFIERS + r"(?:(?P<supply>suppliers?|providers?|investors?"
    r"|sources?\sof\s(?:(?:its|their)\s)?(?:imports|goods|supplies|investments?|FDI"
    r"|foreign\s(?:direct\s)?investments?))"
    r"|(?P<demand>markets?|destinations?|customers?|buyers?|clients?))\b",
    re.IGNORECASE,
)


def possessed_relation(sentence: str, at: int) -> str | None:
    """The possessor's side when the noun phrase its possessive mark opens (ending at ``at``)
    names a directed trade relation: "to" for a supplier, source of imports or investor (the
    goods or capital go to the possessor), "from" for a market, destination, customer or buyer
    (they come from it); None for any other phrase ("'s exports", "'s trading partner")."""
    found = _RELATION.match(sentence, at)
    if found is None:
        return None
    if found.group("supply"):
        return "to"
    if re.search(r"\bimports?\b", found.group(), re.IGNORECASE):
        return None  # "Kenya's largest import market": either way round on real pages
    return "from"


# the same relation with the economy after "for": "the largest source of goods for Cyprus" (goods
# go to Cyprus), "the biggest market for Kenya" (goods come from Kenya); a supplier, customer or
# buyer also "of" the economy ("Chile is the main supplier of Peru": Peru imports)
_FOR = re.compile(
    r"\b(?:(?P<supply>suppliers?|providers?|sources?(?:\sof\s(?:imports|goods|supplies))?)"
    r"|(?P<demand>(?:export\s)?(?:markets?|destinations?|customers?|buyers?|outlets?)))"
    r"\sfor\s(?:the\s)?$"
    r"|\b(?:(?P<supply2>suppliers?|providers?)|(?P<demand2>customers?|buyers?|clients?))"
    r"\sof\s(?:the\s)?$"
)


def relation_for(before: str) -> str | None:
    """The side of the economy right after ``before`` (lower case, ending where its name starts)
    when ``before`` ends in a directed relation noun and "for": "to" after a supplier or source
    of goods, "from" after a market, destination, customer or buyer; else None."""
    found = _FOR.search(before)
    if found is None:
        return None
    return "to" if found.group("supply") or found.group("supply2") else "from"
