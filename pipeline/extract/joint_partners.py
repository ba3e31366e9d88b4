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

from pipeline.contract.hashing import short_id
from pipeline.extract.countries import CountrySpan
from pipeline.extract.lists import _LIST_GLUE
from pipeline.extract.respective_countries import (
    _PARTNER_BEFORE,
    _RESPECTIVELY,
    _may_be_respective,
    country_run,
)
from pipeline.extract.slots import Slot

# what may stand between the amount and a run after it: no clause mark ("$1m from A and B")
_OWN_PHRASE = re.compile(r"^[^,;:()]{0,40}$")
# what may stand between a run and the amount after it: no clause mark or comma ("to A and B
# dipped to $5m", "behind A, B and C (US$ 2bn"), at most the amount's own opening bracket
_BEFORE_AMOUNT = re.compile(r"[^,;:()]{0,60}(?:\([^,;:()]{0,8})?")


# a run set off as an aside that names the flow's partners ("shipments to the regional
# countries, namely A, B, and C, add up to $4bn"): the comma that closes it is the run's own
_APPOSITIVE = re.compile(
    r",\s(?:namely|such\sas|including|i\.e\.|that\sis|viz\.?)\s(?:the\s)?\Z", re.IGNORECASE
)


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


def joint_group(
    slot: Slot, countries: list[CountrySpan], after_joint: bool = False
) -> tuple[str, ...] | None:
    """The economies of the group of partners the amount's own phrase names (see the module
    docstring), in order; ``()`` right after such an amount (``after_joint``) when the amount
    goes on in its clause with no economy of its own ("exports to A, B and C rose 5% to $2bn":
    the $2bn is the group's too) or for a combined partner ("China (including Hong Kong)");
    None when the amount is no group's."""
    sentence = slot.sentence
    if after_joint and slot.tail == slot.left:
        start = slot.left_offset
        if not any(start <= c.start < slot.mention.start for c in countries):
            return ()
    if len(countries) < 2 or (" and " not in sentence and "ncl" not in sentence):
        return None  # (the cheap tests first)
    if (_may_be_respective(sentence) and _RESPECTIVELY.search(sentence)) or country_run(
        sentence, countries
    ):
        return None  # "to A and B grew by 8% and 5% respectively" / "8% and 5% each" / "were
        # $5bn and $3bn" (``respective_countries``: the "respectively" left unsaid)
    start = slot.left_offset  # the text the amount owns: from the previous number on
    amount_start, amount_end = slot.mention.start, slot.mention.end
    stop = amount_end + len(slot.right)
    runs = [(*run, False) for run in _runs(sentence, countries)] if " and " in sentence else []
    if "ncl" in sentence or "together" in sentence:
        runs += [(*run, True) for run in _combined(sentence, countries)]
    for run_start, run_end, size, combined in runs:
        if run_start < start or run_end > stop:
            continue
        if size < 3 and not _PARTNER_BEFORE.search(sentence, max(0, run_start - 12), run_start):
            continue
        members = () if combined else _members(countries, run_start, run_end)
        if (
            run_end <= amount_start
            and sentence.startswith(",", run_end)
            and _APPOSITIVE.search(sentence, max(0, run_start - 20), run_start)
        ):
            run_end += 1  # (the comma closing the aside)
        if (
            run_end <= amount_start
            and _BEFORE_AMOUNT.fullmatch(sentence, run_end, amount_start)
            and not any(run_end <= c.start < amount_start for c in countries)
        ):
            return members  # (an economy in between is the amount's own: "A followed B, C and
            # D with imports from E worth $5bn")
        if run_start >= amount_end and _OWN_PHRASE.match(sentence[amount_end:run_start]):
            return members
    return None


def _members(countries: list[CountrySpan], start: int, end: int) -> tuple[str, ...]:
    named = (c.iso3 for c in countries if c.kind != "demonym" and start <= c.start < end)
    return tuple(dict.fromkeys(named))


_RATES = ("pct_change", "multiple")
# "a combined 25%", "together they doubled", "jointly": one rate of the group taken together
_JOINTLY = re.compile(r"\b(?:combined|together|jointly|collectively|altogether)\b", re.IGNORECASE)


def spread_rates(
    out: list[tuple[dict, object]], groups: dict[int, tuple[str, ...]], sentence: str
) -> list[tuple[dict, object]]:
    """``out`` without the figures of a group's amount (``groups``: figure id -> the group's
    economies), except a rate ("imports from A, B and C increased by more than 30 percent", a
    multiple "doubled to A, B and C"), which each economy of the group gets as a row of its own
    (NOTES, ft rule: a per-partner rate is each named partner's; an amount cannot be split). A
    rate the sentence says is the group's taken together ("a combined 25%") is left out too."""
    # ... nor a rate beside the group's amount ("exports to A, B and C rose 5% to $2bn": the 5%
    # is the growth of that joint total)
    jointly = _JOINTLY.search(sentence) is not None or any(
        id(figure) in groups and figure["measure"] not in _RATES for figure, _ in out
    )
    spread: list[tuple[dict, object]] = []
    for figure, period in out:
        members = groups.get(id(figure))
        if members is None:
            spread.append((figure, period))
            continue
        if jointly or figure["measure"] not in _RATES or len(members) < 2:
            continue
        side = "partner" if figure["partner"] in members else "reporter"
        if figure[side] not in members or (
            figure["reporter"] in members and figure["partner"] in members
        ):
            continue  # (no side of the pair in the group, or both: the pair is not the group's)
        other = figure["partner" if side == "reporter" else "reporter"]
        for iso in members:
            if iso != other:
                own_id = short_id(f"{figure['figure_id']}|{iso}")
                spread.append(({**figure, side: iso, "figure_id": own_id}, period))
    return spread
