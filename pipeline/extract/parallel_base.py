"""A bare base parallel to a dated one in the same sentence: "exports to A fell from $4m in
January to $3m, while exports to B fell from $2m to $1.5m". The second change is written in the
first one's frame: its base is the month the first base names (January), not the main period a
year earlier, which is what a base with no period of its own takes when nothing frames it
("down from $768 million": NOTES, "from $322M a year earlier")."""

from __future__ import annotations

import re

from pipeline.extract.period_record import Period
from pipeline.extract.slots import Slot

# "from $4m ", "from about US$ 4.1 million in the ": a base amount just before its period
_DATED_BASE = re.compile(
    r"\bfrom\s(?:[a-z]+\s){0,2}\S{0,4}\d[\d.,]*\s?(?:[a-z$€£¥₹.]+\s){0,3}(?:\([^()]{1,50}\)\s)?"
    r"(?:(?:in|for|during|of)\s(?:the\s)?)?$",
    re.IGNORECASE,
)
# the change goes on to the level it reached: "... in January to $3m", "$2m (Shs7.4bn) to $1.5m"
_TO_NEXT = re.compile(r"(?:\s?\([^()]{1,50}\))?\sto\s", re.IGNORECASE)


def parallel_base(slot: Slot, periods: list[Period]) -> Period | None:
    """For a bare "from $Z to $W" base, the period of an earlier dated "from $X in P to $Y" base
    of the same sentence, outside the slot's own clause; else None."""
    start = slot.mention.start
    if not _TO_NEXT.match(slot.sentence, slot.mention.end):
        return None
    own = slot.clause_start
    if any(own <= p.start < start for p in periods):
        return None  # its own clause dates it: "while in March exports to B fell from $2m"
    for p in reversed(periods):
        if p.end > own:
            continue
        if _TO_NEXT.match(slot.sentence, p.end) and _DATED_BASE.search(
            slot.sentence, max(0, p.start - 60), p.start
        ):
            return p
    return None
