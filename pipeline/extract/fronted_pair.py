"""A pair named in a fronted phrase of its own sentence: "As for the UK and Malawi, total trade
in goods and services came to £184 million in 2015". The phrase ("As for", "As regards", "For",
"Between", "In the case of", "Regarding", "Concerning", "When it comes to") and two economies
joined by "and" before the first comma name the pair whose total the clause gives, as a sentence
naming the two right before it does (``flow._pair_total``); without them "total trade" is a
country's trade with the world.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan, find_countries

_FRONTED = re.compile(
    r"^(?:As\s(?:for|regards)|For|Between|In\sthe\scase\sof|Regarding|Concerning"
    r"|When\sit\scomes\sto)\s(?P<pair>[^,;:]{3,80}?\sand\s[^,;:]{2,60}?),\s"
)


def fronted_pair(sentence: str) -> list[CountrySpan]:
    """The two economies a fronted phrase of ``sentence`` names (see the module doc), else []."""
    if not sentence.startswith(("As ", "For ", "Between ", "In the ", "Regard", "Concern", "When")):
        return []
    m = _FRONTED.match(sentence)
    if m is None:
        return []
    named = find_countries(m.group("pair"))
    return named if len({c.iso3 for c in named}) == 2 else []
