"""A clause that repeats an earlier clause's flow with "those" and names a new economy: "A's
exports to B were below those of C, at $X; D, $Y", "export sales from A rose 5% while those from
C went up 2%", "exports to B were $Xm, while those to A reached $Ym". The economy after "those
of/from/to/with/in" takes the place of the earlier clause's economy written with the same word
(an economy ranked after it in the clause, with no trade word between, takes it in turn): the
figure's pair is the earlier clause's pair with that economy replaced, mirrored when the new
economy was the earlier pair's other side ("exports from A to B ..., those to A": B's exports).
Split out of ``pairs``.

The same ellipsis without "those" (``reciprocal``): "A's exports to B were $Xm, while B's stood at
$Ym", "A exported $Xm to B, while B sent $Ym in return": a contrast clause whose subject is an
economy of the earlier figure's pair, with no flow word of its own, repeats that figure's flow
from the subject's side.
"""

from __future__ import annotations

import re

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.pairs import pair_of
from pipeline.extract.parallel_economy import economy_after
from pipeline.extract.slots import Slot, flow_at

_THOSE = re.compile(r"\bthose\s(of|from|to|with|in)\s(?:the\s)?$", re.IGNORECASE)
# the same word before an earlier economy ("of" also as a possessive or a demonym: "A's
# exports", "Egyptian exports" are A's as "those of C" are C's)
_WORD_BEFORE = {
    w: re.compile(rf"\b{w}\s(?:the\s)?$", re.IGNORECASE) for w in ("of", "from", "to", "with", "in")
}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)\s")
# an economy ranked in turn after the new one, after list glue: "C, at $X; D, $Y; and E, $Z"
_IN_TURN = re.compile(r"(?:[,;]|\band)\s(?:the\s)?$")


def _parallel(
    sentence: str, countries: list[CountrySpan], at: int
) -> tuple[int, CountrySpan, CountrySpan] | None:
    """(where "those" stands, the earlier economy, the one taking its place) for an amount at
    ``at``, else None."""
    before = [c for c in countries if c.end <= at]
    for i in range(len(before) - 1, -1, -1):
        those = _THOSE.search(sentence, max(0, before[i].start - 24), before[i].start)
        if those is not None:
            break
    else:
        return None
    new = before[i]
    for later in before[i + 1 :]:  # "those of C, at $X; D, $Y": D in C's place in turn
        if not _IN_TURN.search(sentence, max(0, later.start - 12), later.start):
            return None
        new = later
    if flow_at(sentence[before[i].end : at]) is not None:
        return None  # a flow of its own: "those of C rose while imports from D were $5m"
    word = those.group(1).lower()
    for c in reversed(before[:i]):
        if c.end > those.start() or c.iso3 == new.iso3:
            continue
        if _WORD_BEFORE[word].search(sentence, max(0, c.start - 12), c.start) or (
            word == "of" and (c.kind == "demonym" or _POSSESSIVE.match(sentence, c.end))
        ):
            return those.start(), c, new
    return None


def those_pair(
    flow: str,
    sentence: str,
    slot: Slot,
    countries: list[CountrySpan],
    ctx: DocContext,
    previous_pair: tuple[str, str] | None,
    listed: tuple[CountrySpan, ...],
) -> tuple[str, str] | None:
    """``pair_of``, except in a "those of C" clause (see the module): the earlier clause's pair,
    read with the economies named before "those", with C in its economy's place."""
    speaker = ctx.state.speaker
    if previous_pair is not None and flow in ("exports", "imports"):
        mirrored = reciprocal(sentence, countries, slot.mention.start, previous_pair)
        if mirrored is not None:
            return mirrored
        if (beside := economy_after(slot)) is not None and flow_at(slot.tail) is None:
            # "exports to B were $5m, against $4m for C": C in the counterpart's place
            reporter, partner = previous_pair
            if beside.iso3 not in previous_pair:
                return reporter, beside.iso3
    found = _parallel(sentence, countries, slot.mention.start) if "hose " in sentence else None
    if found is None:
        return pair_of(flow, sentence, slot, countries, ctx, speaker, previous_pair, listed)
    start, old, new = found
    earlier = [c for c in countries if c.end <= start]
    base = pair_of(flow, sentence, slot, earlier, ctx, speaker, None, ())
    if base is None or old.iso3 not in base:
        return pair_of(flow, sentence, slot, countries, ctx, speaker, previous_pair, listed)
    other = base[1] if base[0] == old.iso3 else base[0]
    if other == new.iso3:  # "exports to B ..., while those to A": A was B's counterpart
        return (old.iso3, new.iso3) if base[0] == new.iso3 else (new.iso3, old.iso3)
    return (new.iso3, other) if base[0] == old.iso3 else (other, new.iso3)


# a contrast clause's subject economy, bare or possessive, then (after an aside in dashes) a verb:
# "while B's stood at", "whereas B's—mostly oil—were", "while B sent"; not "while B's share was"
_CONTRAST = re.compile(r"(?:,\s(?:while|whereas|but|and)|;\s(?:while|whereas)?)\s?(?:the\s)?$")
_SUBJECT_VERB = re.compile(
    r"(?:'s|’s)?\s?(?:[—–-][^—–]{1,80}[—–]\s?|,[^,]{1,60},\s)?"
    r"(?:stood|was|were|reached|totall?ed|amounted|came|sent|shipped|sold|bought|earned)\b",
    re.IGNORECASE,
)


def reciprocal(
    sentence: str, countries: list[CountrySpan], at: int, previous: tuple[str, str]
) -> tuple[str, str] | None:
    """The pair of an amount at ``at`` in a contrast clause whose subject is one side of the
    sentence's previous directed figure and which names no flow or other economy of its own:
    that side's same flow toward the other side, else None."""
    if "while" not in sentence and "whereas" not in sentence and ", " not in sentence:
        return None  # (the cheap test first)
    before = [c for c in countries if c.end <= at]
    if not before:
        return None
    c = before[-1]
    if c.iso3 not in previous or c.kind == "capital":
        return None
    if not _CONTRAST.search(sentence, max(0, c.start - 14), c.start):
        return None
    verb = _SUBJECT_VERB.match(sentence, c.end)
    if verb is None or flow_at(sentence[c.end : at]) is not None:
        return None
    if any(m in sentence[verb.end() : at] for m in (" to ", " from ", " with ")):
        return None  # "while B's stood at $Y with C": a counterpart of its own
    reporter, partner = previous
    return (c.iso3, partner if c.iso3 == reporter else reporter)
