"""How an amount is qualified: approximate ("about $5 million", a range) or bounded ("more than",
"at least", "up to"); ``measure`` asks both for every figure.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.slots import Slot, trigger
from pipeline.lexicon import triggers


def is_approx(slot: Slot) -> bool:
    """An approximation word right before the number ("about $5 million", "about ($5 million)"),
    or a range."""
    if slot.mention.is_range:
        return True
    tail = slot.left[-25:].rstrip()
    if tail.endswith("("):  # "540 million dinars, about ($760 million)": the hedge stands
        tail = tail[:-1].rstrip()  # before the bracket of the amount it qualifies
    if "stimat" in tail and _ESTIMATED.search(tail):
        return True  # "is estimated at $5bn", "estimated at plus 200 billion" (NOTES: estimate)
    if tail.isascii() and not tail.lower().endswith(_approx_phrases()):
        return False  # a match must end the tail: exact on ASCII text
    found = [m for m in trigger("approx").finditer(tail) if tail.endswith(m.group(0))]
    if (
        found
        and found[-1].group(1).lower() == "up to"
        and _PHRASAL_UP.search(tail, 0, found[-1].start())
    ):
        return False  # "edged up to $5m", "added up to": the verb's "up", the level reached
    return bool(found)


# An estimate on the amount, with at most one word between (NOTES "Any form of 'estimate' on the
# amount"): "was estimated at $1.4bn", "is estimated to be about $2bn", a gloss's stray word
# ("est estimé à plus 200 milliards" -> "is estimated at plus 200 billion"); round 53
_ESTIMATED = re.compile(
    r"\bestimated\s(?:at|to\sbe|to\sstand\sat|to\stotal)(?:\s\S+)?\s*$", re.IGNORECASE
)


# A verb whose particle is the "up" of "up to" ("edged up to", "ticked up to", "summed up to",
# "added up to", "went up to"): "to" names the level reached, not a cap
_PHRASAL_UP = re.compile(
    r"\b(?:edge[ds]?|edging|tick(?:ed|s|ing)?|inch(?:ed|es|ing)?|cre(?:ep|eps|eping|pt)"
    r"|move[ds]?|moving|add(?:ed|s|ing)?|sum(?:med|s|ming)?|pick(?:ed|s|ing)?"
    r"|sho(?:t|ot|ots|oting)|went|go(?:es|ing)?|chalk(?:ed|s|ing)?|rack(?:ed|s|ing)?"
    r"|notch(?:ed|es|ing)?"
    # "trade in 2030 ran up to $485m": "ran up to" is the verb "amounted to" (NOTES hy 3)
    r"|r[au]n|runs|running)\s$",
    re.IGNORECASE,
)


@cache
def _approx_phrases() -> tuple[str, ...]:
    return tuple(triggers("approx"))


def bound_of(slot: Slot) -> str | None:
    """``lower`` or ``upper`` when a bound word ends the text right before the number ("more
    than $5 million", "at least", "up to $3bn": triggers.csv ``bound``), else ``None``; the
    figure's evidence says it (``bound=``) and reconciliation reads it (``reconcile/bounds``).
    As with ``is_approx`` the word must end the left context: "over the year to $5 million" is
    no bound. A range is none ("between $1bn and $2bn")."""
    if slot.mention.is_range:
        return None
    tail = slot.left[-25:].rstrip()
    found = trigger("bound").finditer(tail)
    if not found or not tail.endswith(found[-1].group(0)):
        return None
    phrase = found[-1].group(1).lower()
    if phrase == "up to" and not _UP_TO_CAP.search(tail[: found[-1].start()]):
        return None  # "increased by 1.2%, up to $68.7 million", "bring trade up to": reached
    return triggers("bound")[phrase]


# "up to" caps the amount after "by", a form of "be" or "could reach" ("grow by up to 40%",
# "worth up to $3bn", "could reach up to $3bn"); after any other verb, a change or another
# number it names the level reached ("rose 12.6 percent up to $4.45bn", "reached up to").
_UP_TO_CAP = re.compile(
    r"\b(?:by|of|at|is|was|were|are|be|been|worth|reach|valued\sat|estimated\sat)\s*$",
    re.IGNORECASE,
)
