"""Economies a figure's sentence ranks it against, not a side of its trade: "Mexico was the
fifth destination for Canadian exports (below the United States, China and Japan), with $6bn",
"surpassed only by the US and China, Mexico ranked third among Canadian imports with $34bn",
"Iraq followed Germany and the UAE with imports from Turkey worth $1bn". The economies after
such a cue ("below", "behind", "surpassed by", "trailing", "followed" with no "by"), and the ones
listed with them, are named before the amount as the ranking's others. Split out of ``pairs``.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.countries import CountrySpan

_CUE = re.compile(
    r"\b(?:below|behind|trailing|surpassed\s(?:only\s)?by|outranked\s(?:only\s)?by"
    r"|followed(?!\sby))\s(?:only\s)?(?:the\s)?$",
    re.IGNORECASE,
)
# "A, B and the C", "A, B, and C": the run goes on
_GLUE = re.compile(r"^(?:,\s|,?\sand\s|\s&\s)(?:the\s)?$")
_CHEAP = ("elow", "ehind", "railing", "urpassed", "utranked", "ollowed")  # any case


_has_cheap_cue = substring_test(_CHEAP)  # (no generator frame per test)


def ranked_aside(sentence: str, countries: list[CountrySpan], start: int) -> set[int]:
    """Indexes in ``countries`` of the economies a ranking names before the amount at ``start``
    as the others it ranks against; empty when the sentence has no such cue."""
    if not _has_cheap_cue(sentence):
        return set()  # (the cheap test first: most sentences rank nothing)
    out: set[int] = set()
    previous: int | None = None  # the run's last economy, while the run may go on
    for i, c in enumerate(countries):
        if c.end > start:
            break
        glue = (
            _GLUE.match(sentence[countries[previous].end : c.start])
            if previous is not None
            else None
        )
        if glue or _CUE.search(sentence, max(0, c.start - 30), c.start):
            out.add(i)
            # "A and B, C ranked ...": the run ends with the economy after "and"
            previous = None if glue and "and" in glue.group(0) else i
        else:
            previous = None
    return out
