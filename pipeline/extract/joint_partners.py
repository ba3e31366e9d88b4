"""One amount for several partners: "exports to A, B and C dipped to $1.9bn", "less than $1m
from A and B". The pair cannot be told (NOTES, fa rule: one figure for two partners is not
annotated), so such an amount is no figure. A run of economies joined by commas and a closing
"and" is the partner group when it has three economies or more, or two after a flow's partner
preposition ("to", "from", "with"); two economies without one ("A and B traded $5bn") are the
pair itself. A "respectively" (or "8% and 5% each") sentence gives each economy its own
amount (``respective_countries``), and a list whose items carry their own amounts is no run.
The amount is skipped alone: the list's next items keep their flow ("behind China, Hong Kong
and Macao ($2.1bn), the United States ($2.0bn) and Germany ($0.7bn)").
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.lists import _LIST_GLUE
from pipeline.extract.respective_countries import _RESPECTIVELY, _may_be_respective
from pipeline.extract.slots import Slot

# the partner preposition right before a run ("exports to A and B", "imports from the A and B")
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|with)\s(?:the\s)?$", re.IGNORECASE)
# what may stand between the amount and a run after it: no clause mark ("$1m from A and B")
_OWN_PHRASE = re.compile(r"^[^,;:()]{0,40}$")
# what may stand between a run and the amount after it: no clause mark or comma ("to A and B
# dipped to $5m", "behind A, B and C (US$ 2bn"), at most the amount's own opening bracket
_BEFORE_AMOUNT = re.compile(r"[^,;:()]{0,60}(?:\([^,;:()]{0,8})?")


def _runs(sentence: str, countries: list[CountrySpan]) -> list[tuple[int, int, int]]:
    """(start, end, size) of each run of two or more economies joined by list glue, the last
    joint an "and"."""
    named = sorted((c for c in countries if c.kind != "demonym"), key=lambda c: c.start)
    runs: list[tuple[int, int, int]] = []
    i = 0
    while i < len(named):
        j = i
        while j + 1 < len(named) and _LIST_GLUE.match(sentence[named[j].end : named[j + 1].start]):
            j += 1
        last_glue = sentence[named[j - 1].end : named[j].start] if j > i else ""
        if j > i and ("and" in last_glue or "&" in last_glue):
            runs.append((named[i].start, named[j].end, j - i + 1))
        i = j + 1
    return runs


# "China (including Hong Kong)", "China, including Hong Kong,": one partner taken together with
# another (NOTES: a combined partner is two economies, no row)
_COMBINED_GLUE = re.compile(r"\s?[(,]?\s?(?:including|incl\.|together\swith)\s(?:the\s)?")
_COMBINED_CLOSE = re.compile(r"\s?[),]?")


def _combined(sentence: str, countries: list[CountrySpan]) -> list[tuple[int, int, int]]:
    """(start, end, 3) of each economy taken together with the ones "including" joins to it,
    its end after the bracket or comma that closes them (a size of 3: no preposition needed)."""
    named = sorted((c for c in countries if c.kind != "demonym"), key=lambda c: c.start)
    found: list[tuple[int, int, int]] = []
    for i, (a, b) in enumerate(zip(named, named[1:], strict=False)):
        if a.iso3 == b.iso3 or not _COMBINED_GLUE.fullmatch(sentence, a.end, b.start):
            continue
        last = b
        for c in named[i + 2 :]:  # "including Hong Kong and Macao"
            if not _LIST_GLUE.match(sentence[last.end : c.start]):
                break
            last = c
        close = _COMBINED_CLOSE.match(sentence, last.end)
        found.append((a.start, close.end() if close else last.end, 3))
    return found


def joint_partners(slot: Slot, countries: list[CountrySpan], after_joint: bool = False) -> bool:
    """The amount's own phrase names a group of partners (see the module docstring); or, right
    after such an amount (``after_joint``), the amount goes on in its clause with no economy of
    its own ("exports to A, B and C rose 5% to $2bn": the $2bn is the group's too)."""
    sentence = slot.sentence
    if after_joint and slot.tail == slot.left:
        start = slot.left_offset
        if not any(start <= c.start < slot.mention.start for c in countries):
            return True
    if len(countries) < 2 or (" and " not in sentence and "ncl" not in sentence):
        return False  # (the cheap tests first)
    if _may_be_respective(sentence) and _RESPECTIVELY.search(sentence):
        return False  # "to A and B grew by 8% and 5% respectively" / "8% and 5% each"
    start = slot.left_offset  # the text the amount owns: from the previous number on
    amount_start, amount_end = slot.mention.start, slot.mention.end
    stop = amount_end + len(slot.right)
    runs = _runs(sentence, countries) if " and " in sentence else []
    if "ncl" in sentence or "together" in sentence:
        runs += _combined(sentence, countries)
    for run_start, run_end, size in runs:
        if run_start < start or run_end > stop:
            continue
        if size < 3 and not _PARTNER_BEFORE.search(sentence, max(0, run_start - 12), run_start):
            continue
        if (
            run_end <= amount_start
            and _BEFORE_AMOUNT.fullmatch(sentence, run_end, amount_start)
            and not any(run_end <= c.start < amount_start for c in countries)
        ):
            return True  # (an economy in between is the amount's own: "A followed B, C and D
            # with imports from E worth $5bn")
        if run_start >= amount_end and _OWN_PHRASE.match(sentence[amount_end:run_start]):
            return True
    return False
