"""An amount held over several periods: "imports remained less than $1bn in all these years",
"exports have hovered around $70-80m for the past few years", "it fell in the following years
but stayed above $15bn", "trade topped $1bn every year". One level or bound said of a span of
years or months is no amount of any one period (NOTES: "A ceiling over several years is not an
amount", hk 1; "A monthly threshold held over several named months", gv 6), like one amount for
two partners: no row. An amount of one period ("trade stayed above $1bn in 2030"), a total over
the span ("over the past 12 years inflows have exceeded $12bn": a sum, no holding verb) and a
bound of a present level ("not exceeding $300m", hx 4) stay figures. Round 55: English pages,
and Arabic ones through their gloss ("بقي فوق", "في السنوات التالية").
"""

from __future__ import annotations

import re

from pipeline.extract.qualifiers import bound_of
from pipeline.extract.slots import Slot

# a span of several periods: "in all these years", "in the last two years", "for the past few
# years", "in the following years", "over the years", "for three consecutive months"
_SPAN = re.compile(
    r"\b(?:in\sall\s(?:these|those|the)\s(?:years|months)"
    r"|(?:every|each)\s(?:single\s)?(?:year|month)"
    r"|(?:in|over|during|for|throughout)\s(?:all\s)?(?:the\s)?(?:last|past|following|previous"
    r"|subsequent|recent)\s(?:(?:two|three|four|five|six|seven|eight|nine|ten|few"
    r"|several|\d{1,2})\s)?(?:years|months|quarters)"
    r"|over\sthe\syears"
    r"|for\s(?:two|three|four|five|six|\d{1,2})\s(?:consecutive\s|straight\s)?(?:years|months)"
    r"|(?:years|months)\s(?:in\sa\srow|running))\b",
    re.IGNORECASE,
)
# ... of which these say the bound held in each period, whatever the verb ("topped $1bn every
# year"), where "in the last two years trade exceeded $1bn" may be the span's sum
_EACH = re.compile(r"^(?:in\sall|every|each)|(?:in\sa\srow|running|consecutive\s\w+)$", re.I)
# a verb that holds a level through time, in the amount's clause before it: "remained (less
# than)", "stayed (above)", "has hovered (around)", "was stuck (at)", "kept (above)"
_HELD = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|hover(?:s|ed|ing)?|kept|stuck|held\ssteady)\s"
    r"(?:[\w-]+\s){0,3}$",
    re.IGNORECASE,
)
# a year or "for the first time" between the span and the amount names one period
_ONE_PERIOD = re.compile(r"\b(?:1[89]|20)\d\d\b|\bfor\sthe\sfirst\stime\b", re.IGNORECASE)
_REACH = 140  # how far before or after the amount the span may be said


def held_bound(slot: Slot) -> bool:
    """The money amount is held over a span of several periods: a span (``_SPAN``) within
    ``_REACH`` characters of it in its sentence, with no sentence end, year or "for the first
    time" between, and either a holding verb right before the amount (``_HELD``) or a bound word
    before it (``bound_of``) with a span that says "each" (``_EACH``)."""
    if slot.mention.kind != "money":
        return False
    held = _HELD.search(slot.left[-40:]) is not None
    if not held and bound_of(slot) is None:
        return False
    sentence, m = slot.sentence, slot.mention
    lo, hi = max(0, m.start - _REACH), min(len(sentence), m.end + _REACH)
    for span in _SPAN.finditer(sentence, lo, hi):
        if span.end() <= m.start:
            between = sentence[span.end() : m.start]
        else:
            between = sentence[m.end : span.start()]
        if ". " in between or _ONE_PERIOD.search(between):
            continue
        if held or _EACH.search(span.group(0)):
            return True
    return False
