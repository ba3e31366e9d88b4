"""Figures that go on with border trade: the subset of a pair's trade that crosses its land
border posts (NOTES round-42 rule 11: "border trade" gets no row, like trade at named crossings,
gb 7), named in a sentence and continued by the next ones with no partner of their own.

"For the fiscal year, Myanmar-Thailand border trade totalled $1.24bn. Myanmar's export volume
came to more than $270m, and its import volume to more than $900m": the exports and imports are
the border trade's sides, not Myanmar's trade with Thailand. "Border trade is not free trade ...
Trade in the market is small, less than $1m a year": the market's trade. A Thai sentence glossed
"border trade of Thailand in June rose 41.68% ... amounted to trade 146bn baht" goes on with it
within the sentence (round 49: hl12, hp10, hy10).

Rule: within ``_REACH`` sentences with numbers of one naming "border trade" (not "cross-border trade", which
pages write for the whole pair's trade), and before any figure is kept, a figure is left out
when its sentence names one economy at most, none as a partner ("to X", "from X", "with X"),
no partner pointer ("the two countries", "bilateral") and no whole-trade word ("total",
"overall", "cross-border"). "Exports to Laos were $3bn", "trade between A and B reached $5bn",
"total trade was $5bn" stay figures.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.roles import _role
from pipeline.extract.slots import Slot, trigger

# how many sentences with numbers the border trade a sentence names reaches: its own and the
# next two (a sentence with no number in between, "It is an informal exchange," he said, counts
# for none)
_REACH = 3

_BORDER_TRADE = re.compile(r"(?<![-\w])(?<!cross\s)border\strade\b", re.IGNORECASE)

_WHOLE = re.compile(
    r"\b(?:total|overall|bilateral|two-way|mutual|entire|whole|cross-border|foreign|external)\b",
    re.IGNORECASE,
)

_PARTNER_ROLES = frozenset(("to", "from", "with"))


def border_reach(sentence: str, reach: int, numbers: bool) -> int:
    """How many sentences with numbers, this one included, border trade still reaches after
    ``sentence`` (``reach``: what it reached before it; ``numbers``: the sentence has some)."""
    if "order" in sentence and _BORDER_TRADE.search(sentence):
        return _REACH
    return max(0, reach - 1) if numbers else reach


def continues_border(slot: Slot, economies: list[CountrySpan], flow: str | None) -> bool:
    """The figure goes on with the border trade named before it (module doc); the caller asks
    only within its reach."""
    if flow not in ("exports", "imports", "turnover"):
        return False
    sentence = slot.sentence
    if len({c.iso3 for c in economies}) > 1 or _WHOLE.search(sentence):
        return False
    if any(_role(sentence, c) in _PARTNER_ROLES for c in economies):
        return False
    return not trigger("partner_ref").search(sentence)
