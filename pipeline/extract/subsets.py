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


def named_subset(slot: Slot) -> bool:
    """The figure's own clause names its flow as "non-X" trade (see the module docstring), and
    no sector after it: "the leading non-copper exports were base metals, worth $X" is the
    sector's figure."""
    tail = clause_tail(slot.left)
    if "non" not in tail.lower():
        return False  # (the cheap test first: almost no clause has it)
    found = _NON_SUBSET.search(tail)
    return found is not None and not trigger("sector").search(tail[found.end() :])
