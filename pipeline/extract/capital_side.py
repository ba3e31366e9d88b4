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


def trading_capital(sentence: str, capital: CountrySpan) -> bool:
    """Whether ``capital`` (a span of kind "capital") is a side of the sentence's trade: it owns a
    flow word or fills a flow's "to"/"from" slot (see the module docstring)."""
    return bool(
        _OWNS_FLOW.match(sentence, capital.end)
        or _IN_FLOW_SLOT.search(sentence, max(0, capital.start - 60), capital.start)
    )
