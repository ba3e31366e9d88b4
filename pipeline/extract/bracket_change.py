"""An amount in brackets right after a percentage change that restates the change in money.

Pages that state a level and then its change write the change's size in money in a bracket
right after the percentage: "exports were $12.0 billion in 2030, up 27.4% ($2.6 billion) from
2029", "imports totaled $15.6 billion, a 38.2% increase ($4.3 billion)", "fell 5.1% (Sh3.2
billion) to Sh60.4 billion". The level is stated once, before the change in its clause or right
after the bracket ("to ..."), so the bracket cannot be the level again: it is the change.

Without a level of its own ("trade with A rose 20% (RM5.1 billion), B 8% (RM300 million)") the
bracket is the level of that trade (NOTES), and a bracket after a share ("accounted for 12%
($2bn)") is no change at all: both stay as they were.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import find_mentions
from pipeline.extract.slots import Slot, flow_at, trigger
from pipeline.lexicon import triggers

# the text between the percentage and the amount: " (", " increase (", ", a rise ("
_BETWEEN = re.compile(r"\s?(?:,?\s?(?:an?\s)?[a-z]+\s)?\(", re.IGNORECASE)
# the percentage that ends right before it: "27.4%", "27.4 per cent", "27.4 percent"
_PERCENT_END = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:%|per\s?cent|percent)$", re.IGNORECASE)
# a level right after the bracket: ") to Sh60.4 billion", ") at $5m"
_LEVEL_AFTER = re.compile(r"\)\s(?:to|at)\s\D{0,5}\d")
_SHARE = re.compile(r"\b(?:share|accounts?\sfor|accounted\sfor|of\s(?:the\s)?total)\b", re.I)


def bracketed_change(slot: Slot) -> float | None:
    """The signed change a bracketed money amount right after a percentage change restates,
    when the level of that change is stated in its clause (see the module); None otherwise."""
    left = slot.left
    if len(left) > 16 or not left.endswith("(") or _BETWEEN.fullmatch(left) is None:
        return None
    sentence, end = slot.sentence, slot.left_offset
    percent = _PERCENT_END.search(sentence, max(0, end - 24), end)
    if percent is None:
        return None
    before = sentence[max(0, percent.start() - 30) : percent.start()]
    words = trigger("change").finditer(before + " " + left)
    if not words or _SHARE.search(before + left):
        return None
    after = _LEVEL_AFTER.match(sentence, slot.mention.end, slot.mention.end + 12)
    if after is None and not _level_before(sentence, percent.start()):
        return None
    sign = -1.0 if triggers("change")[words[-1].group(1).lower()] == "down" else 1.0
    return sign * slot.mention.value


def _level_before(sentence: str, start: int) -> bool:
    """A money amount earlier in the clause, with no other flow word or clause break between it
    and the percentage ("exports were $12bn in 2030, up 27.4%", not "imports were $5bn, while
    exports rose 12%")."""
    head = sentence[:start]
    if ";" in head:
        head = head[head.rindex(";") + 1 :]
    amounts = [m for m in find_mentions(head) if m.kind == "money"]
    if not amounts:
        return False
    between = head[amounts[-1].end :]
    return flow_at(between) is None and " while " not in between and " whereas " not in between


def bracketed_share(slot: Slot) -> bool:
    """An unsigned percentage alone in a bracket right after a money amount that no change word
    governs: "£2.6bn (63.8 percent) were goods", "B followed with $304m (16.2%)". It is that
    amount's share of a total, not a change: a change in a bracket is written with its sign
    ("$11.3m (-18.5%)") or after a change of the amount ("grew by $1.2bn (12.5 percent)", "up
    $3m (9%)"); a bare percentage whose meaning the text does not fix is not annotated (NOTES,
    "Bare percentages of unfixed meaning")."""
    if slot.left not in ("(", " (") or not slot.right.startswith(")"):
        return False
    sentence, start = slot.sentence, slot.mention.start
    if sentence[start] in "+-−–":
        return False
    amount = [m for m in find_mentions(sentence[:start]) if m.kind == "money"]
    if not amount or len(sentence[amount[-1].end : start].strip()) > 1:
        return False
    clause = sentence[max(0, amount[-1].start - 60) : amount[-1].start]
    clause = clause[max(clause.rfind(";"), clause.rfind(","), clause.rfind(")")) + 1 :]
    return not trigger("change").finditer(clause) and not clause.rstrip().endswith(" by")
