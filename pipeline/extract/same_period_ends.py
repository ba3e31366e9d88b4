"""The two ends of "the same period" taken up by a change between two levels (round 49).

"B's exports fell from $2.6bn in 2016 to $755m in 2024. A's exports rose from $4bn to $12.5bn
over the same period": the period named before is a span with two ends (two levels of two
years, or "in the period from 2012 to 2022"), and the new pair of levels takes them in order:
the level the change starts from is the earlier end's, the level it reaches the later end's
(NOTES: "rose from X in 2021 to Y in 2022": the earlier value is a row with the earlier period).
Without this the base was read as "a year earlier" than the running period (2023), and a level
reached in the same sentence as its base took the base's year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.period_record import Period

# a bare "the same period" (the running period taken up again, not a base "of 2029")
_BARE_SAME = ("same_period",)
# hedges and articles between "from"/"to" and an amount
_HEDGE = r"(?:(?:about|around|nearly|almost|just|some|over|more\sthan|roughly|an\sestimated)\s)?"
_FROM_BEFORE = re.compile(rf"\bfrom\s{_HEDGE}$", re.IGNORECASE)
_TO_BEFORE = re.compile(rf"\bto\s{_HEDGE}$", re.IGNORECASE)
# between the two amounts of a pair: " to " (from-to) or " from " (to-from)
_BETWEEN = re.compile(rf"\s(?:\([^()]{{1,50}}\)\s)?(to|from)\s{_HEDGE}", re.IGNORECASE)
# the same clause: no sentence-internal clause break between the pair and the phrase
_CLAUSE_BREAK = re.compile(r"[;:]|,\s(?:and|while|but|whereas)\b")
_REACH = 60  # the phrase's distance from the pair
# nothing that moves it: not "the same period of 2029", "... last year", "... a year earlier"
_BARE_AFTER = re.compile(
    r"(?!\s(?:of|in|last|a\s|the\s|previous|before|one|a\syear|\d))", re.IGNORECASE
)


def _pair(sentence: str, mentions: list, i: int) -> tuple[int, int] | None:
    """(the base's index, the reached level's index) for the money pair mention ``i`` is part
    of: "from A to B" or "to B from A"."""
    for a, b in ((i - 1, i), (i, i + 1)):
        if a < 0 or b >= len(mentions):
            continue
        first, second = mentions[a], mentions[b]
        if first.kind != "money" or second.kind != "money":
            continue
        joined = _BETWEEN.fullmatch(sentence, first.end, second.start)
        if joined is None:
            continue
        word = joined[1].lower()
        if word == "to" and _FROM_BEFORE.search(sentence, max(0, first.start - 30), first.start):
            return a, b
        if word == "from" and _TO_BEFORE.search(sentence, max(0, first.start - 30), first.start):
            return b, a
    return None


def _same_clause(sentence: str, lo: int, hi: int) -> bool:
    return hi - lo <= _REACH and not _CLAUSE_BREAK.search(sentence, lo, hi)


def _ends(rows: list[tuple[dict, Period | None]]) -> tuple[Period, Period] | None:
    """The earlier and the later period of a statement's levels: two distinct dated periods of
    one length (two years, two first halves), else None."""
    dated: dict[tuple, Period] = {}
    for figure, period in rows:
        if figure.get("measure") != "level" or period is None:
            continue
        if period.period_start is None or period.period_end is None:
            continue
        dated.setdefault((period.period_start, period.period_end), period)
    if len(dated) != 2:
        return None
    early, late = sorted(dated.values(), key=lambda p: p.period_end)  # type: ignore[arg-type,return-value]
    length = {(p.period_end - p.period_start).days // 27 for p in (early, late)}  # type: ignore[operator]
    if len(length) != 1 or early.period_end >= late.period_start:  # type: ignore[operator]
        return None
    return early, late


def same_period_end(
    sentence: str,
    mentions: list,
    index: int,
    periods: list[Period],
    earlier: list[tuple[dict, Period | None]],
    before: list[tuple[dict, Period | None]] | None,
) -> Period | None:
    """The period of the amount ``mentions[index]`` when it is one of a "from A to B" pair
    dated only by a bare "the same period" of its clause: the earlier end of the statement
    before (``earlier``: this sentence's figures so far, else ``before``: the last sentence's)
    for A, the later end for B; else None."""
    if "same" not in sentence:
        return None
    pair = _pair(sentence, mentions, index)
    if pair is None:
        return None
    lo = min(mentions[pair[0]].start, mentions[pair[1]].start)
    hi = max(mentions[pair[0]].end, mentions[pair[1]].end)
    same = [
        p
        for p in periods
        if p.kind in _BARE_SAME
        and p.anchor in (0, -1)  # (read as a base a year back after "rose": the pair is its own)
        and p.period_end is None
        and _BARE_AFTER.match(sentence, p.end)
        and (_same_clause(sentence, hi, p.start) or _same_clause(sentence, p.end, lo))
    ]
    if not same:
        return None
    # the pair's own periods decide where it names any ("from $4bn in 2019 to $5bn")
    if any(lo <= p.start < hi or hi <= p.start < same[0].start for p in periods if p not in same):
        return None
    # the nearest statement of levels: this sentence's before the pair, else the last sentence's
    here = [r for r in earlier if r[0].get("char_end", hi) <= lo and r[0]["measure"] == "level"]
    ends = _ends(here) if here else _ends(before) if before else None
    if ends is None:
        return None
    if index == pair[0]:
        return replace(ends[0], comparison=True)  # (a base: no later figure's period)
    return replace(ends[1], comparison=False)
