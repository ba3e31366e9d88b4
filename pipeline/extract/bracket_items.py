"""A list whose items each carry a percentage in brackets: "Areas of growth in A's exports were
foodstuffs (173%), machinery (85%) and textiles (31%)", "key exports kept growing, including
machinery (62.1%); footwear (41.3%); textiles (26.3%)".

Pages write a breakdown of a flow this way: the item, then its change alone in the bracket. The
change word is written once, before the list, often further back than a single figure's change
word stands (``list_direction``); and the list breaks down the flow of the sentences before it,
so a sentence naming only the reporter continues the pair they read (``continued``).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.slots import Slot
from pipeline.lexicon import triggers

# the bracket closes right after the percentage: "(173%)", "(85 per cent)"
_CLOSE = re.compile(r"\s?\)")
# an item's bracketed percentage, which the list's later items may stand after
_ITEM_PERCENT = re.compile(
    r"\(\s?(?:up\s|down\s)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s?\)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# the items are parts of a whole, not changes: "the share of ...", "accounted for"
_PART = re.compile(r"\b(?:share|accounts?\sfor|accounted\sfor|of\s(?:the\s)?total)\b", re.I)
# the items are others the change is set against: "the fastest growth compared with other
# partners such as A (6.9%), B (1.9%)"
_AGAINST = re.compile(r"\b(?:than|compared|comparison|versus|against|unlike)\b", re.I)


def bracketed_item(slot: Slot) -> bool:
    """The slot's percentage stands alone in the bracket right after its item ("foodstuffs
    (173%)")."""
    return (
        slot.mention.kind == "percent"
        and slot.left.endswith("(")
        and _CLOSE.match(slot.sentence, slot.mention.end) is not None
    )


def list_direction(slot: Slot, pattern: Caseless) -> str | None:
    """The direction of the change word written before a list of bracketed percentages, for one
    of its items: no other number stands between them but the list's bracketed percentages, and
    no word of a share ("the share of ... was copper (45%)") and no comparison between them
    ("grew 9% compared with partners such as A (6.9%)": the items are others' changes)."""
    if not bracketed_item(slot):
        return None
    before = slot.sentence[: slot.mention.start]
    found = pattern.finditer(before)
    if not found:
        return None
    between = before[found[-1].end() :]
    if _DIGIT.search(_ITEM_PERCENT.sub("", between[:-1])) or _AGAINST.search(between):
        return None
    if _PART.search(before):
        return None
    return triggers("change")[found[-1].group(1).lower()]
