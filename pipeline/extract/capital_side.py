"""A capital that stands for its country as a side of the trade ("Manila's export to Tokyo rose to
$7.8bn": the Philippines' exports to Japan; NOTES "A capital named for its country").

Capitals are kept out of a sentence's trading economies by default, because most name a place
("the office in Beijing", "talks in Astana"); one that owns a flow ("Manila's export") or fills a
flow's partner slot ("export to Tokyo", "shipments from Hanoi") is the country.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan

_FLOW = r"(?:exports?|imports?|shipments?|sales|purchases|trade)"
# "Manila's export", "Tokyo's total imports"
_OWNS_FLOW = re.compile(rf"['’]s\s(?:[a-z]+\s)?{_FLOW}\b", re.IGNORECASE)
# "export to Tokyo", "imports from Hanoi", "shipments of rice to Dhaka"
_IN_FLOW_SLOT = re.compile(
    r"\b(?:exports?|imports?|shipments?|sales|purchases)\s(?:[a-z]+\s){0,3}?(?:to|from)\s$",
    re.IGNORECASE,
)


# ... or does the trade itself, as a verb's subject or the verb's other side (round 34): "Beijing
# exported $111bn of goods to Moscow", "Vientiane bought goods worth $2.6bn from Beijing",
# "Trade between Beijing and Washington fell"
_VERB = r"(?:exported|imported|bought|sold|purchased|shipped|sourced|procured|supplied)"
_DOES_TRADE = re.compile(rf"\s(?:(?:has|have|had|also)\s)?{_VERB}\b")
_IN_VERB_SLOT = re.compile(rf"\b{_VERB}\b[^;,]{{0,60}}?\s(?:to|from)\s$", re.IGNORECASE)
_BETWEEN = re.compile(
    r"\b(?:trade|turnover|commerce)\sbetween\s$|\b(?:trade|turnover|commerce)\sbetween\s"
    r"[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\sand\s$",
    re.IGNORECASE,
)


def trading_capital(sentence: str, capital: CountrySpan) -> bool:
    """Whether ``capital`` (a span of kind "capital") is a side of the sentence's trade: it owns a
    flow word or fills a flow's "to"/"from" slot, is a trade verb's subject or its "to"/"from"
    side, or one of the two a "trade between" names (see the module docstring)."""
    lead = max(0, capital.start - 60)
    return bool(
        _OWNS_FLOW.match(sentence, capital.end)
        or _IN_FLOW_SLOT.search(sentence, lead, capital.start)
        or _DOES_TRADE.match(sentence, capital.end)
        or _IN_VERB_SLOT.search(sentence, lead, capital.start)
        or _BETWEEN.search(sentence, lead, capital.start)
    )
