"""Flows named as a subset by what they leave out: "non-dairy exports", "non-agricultural
imports", "non-traditional exports", "non-copper shipments". Such a figure is a part of the
pair's trade with no sector of its own (NOTES: export subsets named by a statistical category,
not a sector, are not annotated; a sector word after "non-" is not that sector either). The
one exception is the non-oil group ("non-oil", "non-petroleum", "non-oil and gas", "non-gas",
"non-hydrocarbon"), which is the ``non_oil`` scope (``triggers.csv``).
"""

from __future__ import annotations

import re

from pipeline.extract.slots import Slot, clause_tail, trigger

# "non-X" (hyphen, space or none), then at most one more word, then the flow word it qualifies
_NON_SUBSET = re.compile(
    r"\bnon[-\s]?(?!oil\b|petroleum\b|gas\b|hydrocarbons?\b)[a-z]+"
    r"\s(?:[a-z]+\s)?(?:exports?|imports?|shipments|sales|trade)\b"
    # not a place the trade goes ("a non-traditional export destination" is the partner)
    r"(?!\s(?:destinations?|markets?|partners?|hubs?)\b)",
    re.IGNORECASE,
)


# "domestic exports", "domestic Cypriot exports", "re-exports": a statistical part of exports
# (NOTES: domestic exports and re-exports stated apart are subsets, not annotated)
_PART_OF_EXPORTS = re.compile(
    r"\b(?:domestic\s(?:[A-Z][\w-]+\s)?exports?|re-?exports?)\b", re.IGNORECASE
)


# a part named as included in the flow, not as the flow: "exports to B, including re-exports,
# rose to $X" is the total (like the bracket "(domestic + re-exports)")
_INCLUDED = re.compile(r"(?:\b(?:including|incl\.|inclusive\sof|plus)|\+)\s(?:[a-z]+\s){0,3}$")


def _part_of_exports(tail: str) -> bool:
    """The clause names domestic exports or re-exports, outside a bracket that describes a
    total ("total exports (domestic + re-exports) rose 13%" is the total) and not as a part
    the flow includes ("exports, including re-exports, rose 9%")."""
    if "xport" not in tail or not ("omestic" in tail or "e-export" in tail or "eexport" in tail):
        return False  # (the cheap test first)
    return any(
        tail.count("(", 0, m.start()) <= tail.count(")", 0, m.start())
        and not _INCLUDED.search(tail, 0, m.start())
        for m in _PART_OF_EXPORTS.finditer(tail)
    )


# Trade under an agreement or a preference scheme: "exports under the FTA rose to $X", "$Xm of
# which took place under the FTA" (NOTES: a subset of the pair's trade with no sector scope)
_AGREEMENT = (
    r"under\s(?:the\s|an?\s|its\s|their\s)?(?:[\w–-]+\s){0,4}?"
    r"(?:FTA|PTA|GSP|AGOA|(?:free|preferential)\strade\sagreement|preference\sscheme)\b"
)
_FLOW_UNDER = re.compile(
    r"\b(?:exports?|imports?|trade|shipments)\s"
    r"(?:(?:to|from|with)\s(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s)?" + _AGREEMENT,
    re.IGNORECASE,
)
_AMOUNT_UNDER = re.compile(r"[^,;.]{0,60}?\b" + _AGREEMENT, re.IGNORECASE)


def under_agreement(slot: Slot) -> bool:
    """The figure's flow is the trade under an agreement or a preference scheme, named so
    before the amount ("exports under the FTA rose to $X") or in the amount's own clause after
    it ("$53m of which took place under the FTA"); "since the FTA", "Under the FTA, trade
    reached $X" (a whole trade it came with) stay."""
    end = slot.mention.end
    after = slot.sentence[end : end + 80]
    if "under" not in after and "under" not in slot.tail:
        return False  # (the cheap test first)
    return bool(_AMOUNT_UNDER.match(after) or _FLOW_UNDER.search(slot.tail))


def named_subset(slot: Slot) -> bool:
    """The figure's own clause names its flow as "non-X" trade (see the module docstring), and
    no sector after it: "the leading non-copper exports were base metals, worth $X" is the
    sector's figure; or as domestic exports or re-exports (``_part_of_exports``)."""
    tail = slot.tail  # (clause_tail(slot.left), computed once per slot)
    cut = len(slot.left) - len(tail)
    if slot.left.endswith(", which", 0, cut):  # "non-dairy exports, which rose 5%": its subject
        tail = clause_tail(slot.left[: cut - len(", which")]) + ", which" + tail
    if _part_of_exports(tail) or under_agreement(slot):
        return True
    if "non" not in tail.lower():
        return False  # (the cheap test first: almost no clause has it)
    found = _NON_SUBSET.search(tail)
    return found is not None and not trigger("sector").search(tail[found.end() :])
