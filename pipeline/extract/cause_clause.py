"""Countries named only in the cause of a change are no side of its figure.

"Between April 2030 and February 2031, trade fell to $4.6 billion, chiefly because of disruption
of shipping through the Suez Canal and the Israel-Hamas conflict": Israel is in the cause, not
in the trade; the figure keeps the page's pair. A country counts as such when it comes after a
cause phrase ("because of", "due to", "owing to", "on account of", "as a result of", "amid",
"in the wake of") that itself comes after the figure, with no flow word between the phrase and
the country ("due to higher imports from B" names a counterpart of trade and keeps B).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import trigger

_CAUSE = re.compile(
    r"\b(?:because\sof|due\sto|owing\sto|on\saccount\sof|as\sa\sresult\sof|amidst|amid"
    r"|in\sthe\swake\sof)\b",
    re.IGNORECASE,
)
_HAS_CUE = ("because of", "due to", "owing to", "account of", "result of", "amid", "wake of")


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
