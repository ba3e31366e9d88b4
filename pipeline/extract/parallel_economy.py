"""An amount set beside the sentence's earlier figure for another economy: "exports to B reached
$5m, against $4m for C", "compared with $3m for C", "third after $9m for C and $7m for D" (Spanish
"frente a los 529 millones de dólares de C", glossed "of C"). The amount is C's counterpart of the
earlier figure: the same flow in the same period, with C in the earlier counterpart's place; not
a base of the earlier figure a year before (a base for the same pair names no economy after it).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan, find_countries
from pipeline.extract.slots import Slot

# "$4m for C", "$4m of C", "$4m (€3.6m) for the C": an economy right after the amount, then no
# possessive or flow noun of its own ("$4m of C's imports" is a share of C's imports)
_FOR_ECONOMY = re.compile(
    r"(?:\s[a-z]{1,8}\b\.?)?(?:\s?\([^()]{1,40}\))?\s(?:for|of)\s(?:the\s)?(?=[A-Z])"
)
_OWNED_AFTER = re.compile(r"(?:'s|’s|\s(?:exports?|imports?|trade|market|goods))\b", re.IGNORECASE)


def economy_after(slot: Slot) -> CountrySpan | None:
    """The economy (a name, not a demonym or capital) written right after the amount, if any."""
    sentence = slot.sentence
    end = slot.mention.end
    if " for " not in slot.right[:40] and " of " not in slot.right[:40]:
        return None  # (the cheap test first)
    found = _FOR_ECONOMY.match(sentence, end)
    if found is None:
        return None
    at = found.end()
    named = find_countries(sentence[at : at + 40])
    if not named or named[0].start != 0 or named[0].kind not in ("name", "alias"):
        return None
    c = named[0]
    if _OWNED_AFTER.match(sentence, at + c.end):
        return None
    return CountrySpan(at + c.start, at + c.end, c.iso3, c.kind)
