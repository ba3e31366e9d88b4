"""A change that names its own flow right after its amount ("an 11% increase in exports to X",
"a $5m (4%) rise in imports"): that flow is the figure's, whatever balance the clause before it
reports ("the surplus rose $Y, pushed by an 11% (A$7m) increase in exports to X"). Split out of
``flow`` (kept under 400 lines).
"""

from __future__ import annotations

import re

from pipeline.extract.slots import Slot

# A change noun and its flow right after the amount, past the amount's bracketed twin or the
# bracket it closes; a capitalised word between ("in Uruguayan exports") is the flow's owner.
_OWN_CHANGE_FLOW = re.compile(
    r"^\s?(?:\([^()]{1,40}\)\s?|\)\s?)?(?:increase|rise|growth|decline|decrease|drop|fall)\s"
    r"in\s(?:the\s)?(?:(?-i:[A-Z][\w.-]+)\s)?(?P<w>exports|imports|trade|shipments)\b",
    re.IGNORECASE,
)
_FLOWS = {"exports": "exports", "imports": "imports", "trade": "turnover", "shipments": "exports"}


def own_change_flow(slot: Slot) -> str | None:
    """The flow a change noun right after the slot's amount names, else None."""
    end = slot.mention.end
    after = slot.sentence[end : end + 100]
    if "in " not in after:
        return None
    found = _OWN_CHANGE_FLOW.match(after)
    return _FLOWS[found.group("w").lower()] if found else None
