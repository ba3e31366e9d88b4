"""Countries named only in the cause of a change are no side of its figure.

"Between April 2030 and February 2031, trade fell to $4.6 billion, chiefly because of disruption
of shipping through the Suez Canal and the Israel-Hamas conflict": Israel is in the cause, not
in the trade; the figure keeps the page's pair. A country counts as such when it comes after a
cause phrase ("because (of)", "due to", "owing to", "thanks to", "on account of", "as a result
of", "amid", "in the wake of", "as demand ...") that itself comes after the figure, with no flow
word between the phrase and the country ("due to higher imports from B" names a counterpart of
trade and keeps B). Not "after": "exports went up to $310m right after B cut its tariffs" are
exports to B (round 31). A world total keeps out an economy so named too (``world``: "A's
exports fell 2.6% because fewer coal trucks crossed into B" is A's total with the world).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import trigger

_CAUSE = re.compile(
    r"\b(?:because(?:\sof)?|due\sto|owing\sto|thanks\sto|on\saccount\sof|as\sa\sresult\sof"
    r"|amidst|amid|in\sthe\swake\sof"
    # "..., stems mostly from B's own ban", "resulting from", "caused by" (round 38)
    r"|(?:stems?|stemmed|stemming|results?|resulted|resulting)\s(?:\w+ly\s)?from|caused\sby"
    # "as demand from B recovered" (round 37): "as" only before demand, prices or consumption,
    # not "as well as", "such as", nor "as shipments to B fell" (a flow word names B's trade)
    r"|as\s(?:(?:a\s|the\s)?(?:weaker|stronger|lower|higher|slower|falling|rising|strong|weak)"
    r"\s)?(?:demand|prices|consumption))\b",
    re.IGNORECASE,
)
_HAS_CUE = ("because", "due to", "owing to", "thanks to", "account of", "result of", "amid")
_HAS_CUE += ("wake of", "demand", "prices", "consumption", "stem", "result", "caused by")


def outside_causes(sentence: str, countries: list[CountrySpan], end: int) -> list[CountrySpan]:
    """``countries`` without those named in a cause phrase after the figure ending at ``end``."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in _HAS_CUE):
        return countries
    cause = _CAUSE.search(sentence, end)
    if cause is None:
        return countries
    return [
        c
        for c in countries
        if c.start < cause.end() or trigger("flow").search(sentence[cause.end() : c.start])
    ]
