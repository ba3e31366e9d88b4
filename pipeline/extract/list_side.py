"""The flow of a partner list whose sentence names none, from the sentence before it.

"The ten biggest partners by exports took 77% of Georgia's exports. The top partners were China
($205m), Azerbaijan ($204m) and Russia ($188m)." The list's own words ("the top partners were")
make its amounts each partner's trade with Georgia, both directions (``flow_cues._PARTNER_LIST``);
but the sentence before has said which side the ranking is of ("partners by exports", "on the
import side", "the main export markets", "the main suppliers"), so the amounts are exports
(imports). Round 42, batch 2 (hr16).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.slots import Slot

# what the sentence before says the ranking is of
_SIDE_BEFORE = Caseless(
    re.compile(
        r"\b(?:partners|destinations|markets|countries)\s(?:by|for|in\sterms\sof)\s(?P<f>exports|imports)\b"
        r"|\b(?:on|for)\sthe\s(?P<s>export|import)\sside\b"
        r"|\b(?P<n>export|import)\s(?:partners|markets|destinations|sources)\b"
        r"|\b(?P<sup>suppliers)\b",
        re.IGNORECASE,
    )
)
# the list's own opening, with no flow word: "The top partners were", "Its main partners included"
_LIST_OPENING = re.compile(
    r"^\W*(?:the|its|their|[A-Z][\w'’]*['’]s?)\s(?:[\w-]+\s){0,3}?partners\s(?:were|are|included|include)\b",
    re.IGNORECASE,
)


def side_of_list(flow: str | None, slot: Slot, before: tuple[str, ...]) -> str | None:
    """``flow`` as "exports"/"imports" for a turnover read from a partner list whose sentence
    opens with no flow word, when the sentence before (``before[0]``, ``DocContext.before``)
    names the side the ranking is of; ``flow`` otherwise."""
    if flow != "turnover" or not before or slot.tail_flows:
        return flow
    if not _LIST_OPENING.match(slot.sentence):
        return flow
    found = _SIDE_BEFORE.search(before[0])
    if found is None:
        return flow
    if found.group("sup"):
        return "imports"
    word = (found.group("f") or found.group("s") or found.group("n")).lower()
    return "exports" if word.startswith("export") else "imports"
