"""Economies a figure's sentence ranks it against, not a side of its trade: "Mexico was the
fifth destination for Canadian exports (below the United States, China and Japan), with $6bn",
"surpassed only by the US and China, Mexico ranked third among Canadian imports with $34bn",
"Iraq followed Germany and the UAE with imports from Turkey worth $1bn". The economies after
such a cue ("below", "behind", "surpassed by", "trailing", "followed" with no "by"), and the ones
listed with them, are named before the amount as the ranking's others. So is an economy named after the amount
as "followed by C" (``unranked``), and one an earlier clause ranks is no trader of a later one
(``ranks``). Split out of ``pairs``.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.countries import CountrySpan
from pipeline.extract.digits import Mention
from pipeline.extract.literal_gate import gated
from pipeline.extract.ranked_next import FOLLOWED_BY, RANKED_NEXT
from pipeline.extract.slots import Slot

_CUE = re.compile(
    r"\b(?:below|behind|trailing|surpassed\s(?:only\s)?by|outranked\s(?:only\s)?by"
    r"|followed(?!\sby))\s(?:only\s)?(?:the\s)?$",
    re.IGNORECASE,
)
# "A, B and the C", "A, B, and C": the run goes on
_GLUE = re.compile(r"^(?:,\s|,?\sand\s|\s&\s)(?:the\s)?$")
_CHEAP = ("elow", "ehind", "railing", "urpassed", "utranked", "ollowed")  # any case


_has_cheap_cue = substring_test(_CHEAP)  # (no generator frame per test)
# "A is ... the 2nd destination market of B's exports after C, for a value of $5bn": "after" is
# a ranking's cue when an ordinal or a rank word comes shortly before it in its clause (round 53:
# glossed Italian "il 2° mercato di destinazione dell'export croato dopo la Germania")
_AFTER = re.compile(r"\bafter\s(?:only\s)?(?:the\s)?$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    r"(?:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ranks?|ranked|place)"
    r"|\b\d{1,2}(?:st|nd|rd|th|e|°|º))\s[^,;:()]{0,60}$",
    re.IGNORECASE,
)


def _ranked_after(sentence: str, c: CountrySpan) -> bool:
    """``c`` comes right after "after" that a rank word shortly before makes a ranking's cue."""
    cue = _AFTER.search(sentence, max(0, c.start - 16), c.start)
    return cue is not None and bool(
        _ORDINAL_BEFORE.search(sentence, max(0, cue.start() - 80), cue.start())
    )


def ranked_aside(sentence: str, countries: list[CountrySpan], start: int) -> set[int]:
    """Indexes in ``countries`` of the economies a ranking names before the amount at ``start``
    as the others it ranks against; empty when the sentence has no such cue."""
    after = "after" in sentence
    if not _has_cheap_cue(sentence) and not after:
        return set()  # (the cheap test first: most sentences rank nothing)
    out: set[int] = set()
    previous: int | None = None  # the run's last economy, while the run may go on
    for i, c in enumerate(countries):
        if c.end > start:
            break
        glue = (
            _GLUE.match(sentence[countries[previous].end : c.start])
            if previous is not None
            else None
        )
        if (
            glue
            or _CUE.search(sentence, max(0, c.start - 30), c.start)
            or (after and _ranked_after(sentence, c))
        ):
            out.add(i)
            # "A and B, C ranked ...": the run ends with the economy after "and"
            previous = None if glue and "and" in glue.group(0) else i
        else:
            previous = None
    return out


def ranks(slot: Slot, c: CountrySpan) -> bool:
    """Whether the economy ``c``, named in a clause before ``slot``'s, is a ranked item:
    ranked right after its name ("C followed with $Y", "C came second") or named after "followed
    by". Such an economy takes a counterpart's place in a ranking; it trades in no later clause
    of its sentence ("C followed with $Y, while exports to D totalled $Z": the page's exports
    go to D, not C's)."""
    sentence = slot.sentence
    return c.end <= slot.clause_start and bool(
        RANKED_NEXT.match(sentence, c.end)
        or FOLLOWED_BY.search(sentence, max(0, c.start - 20), c.start)
    )


# "..., the second in Asia in importance, after China": an economy ranked above the pair's,
# named after the amount behind a rank word
_AFTER_CUE = re.compile(r"\b(?:only\s)?(?:after|behind|below)\s(?:only\s)?(?:the\s)?$", re.I)
_RANK_WORD = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ranks?|ranked|place)\b",
    re.IGNORECASE,
)


# "... among the largest buyers of A's exports, worth $183m, next to B, C and D": the economies
# after such a cue share the ranking with the amount's partner; none is a side of the amount
_BESIDE_CUE = re.compile(
    r"[,;]?\s(?:next\sto|alongside|along\swith|together\swith)\s", re.IGNORECASE
)
_AMONG_TOP = gated(
    re.compile(
        r"\bamong\s(?:the\s)?(?:\w+\s)?(?:largest|biggest|top|main|leading|major|principal)\b",
        re.IGNORECASE,
    )
)


def unranked(sentence: str, countries: list[CountrySpan], m: Mention) -> list[CountrySpan]:
    """``countries`` without those named after the amount ``m`` as "followed by C": the next in
    a ranking, never a side of the amount before it ("A invested the most, $5bn, followed by C":
    A's partner is the page's, not C); nor those a rank after the amount places above the pair
    ("trade exceeded $220m, which made B A's second partner in Asia, after C"); nor those after
    "next to" when the amount's partner is "among the largest" ("..., next to C, D and E")."""
    beside = (
        _BESIDE_CUE.search(sentence, m.end, m.end + 40)
        if _AMONG_TOP.search(sentence, 0, m.start)
        else None
    )
    return [
        c
        for c in countries
        if not (beside and c.start >= beside.end())
        and not (
            m.end <= c.start < m.end + 40
            and FOLLOWED_BY.search(sentence, max(m.end, c.start - 20), c.start)
        )
        and not (
            m.end <= c.start < m.end + 160
            and _AFTER_CUE.search(sentence, max(m.end, c.start - 20), c.start)
            and _RANK_WORD.search(sentence, m.end, c.start)
        )
    ]


# an economy a ranking places by an ordinal right after its name, with no verb ("then C third
# with $5m"; the order of an Arabic or French gloss, "came B second in the list"); not an
# ordinal of a compound ("B second-largest")
_BARE_ORDINAL = re.compile(
    r",?\s(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!-)", re.IGNORECASE
)
# "..., then D with $2m": the next item of a ranking going on
_THEN = re.compile(r"\bthen\s(?:the\s)?$", re.IGNORECASE)


def ranking_items(sentence: str, countries: list[CountrySpan]) -> list[int]:
    """Indexes in ``countries`` of the items of a ranking the sentence runs through, each with
    amounts of its own ("B came second with $419m, of which $40m exports, then C third with
    $378m, then D with $345m"): economies ranked right after their name, or named after "followed
    by" or "then". Empty unless two or more economies rank so, one of them by its name's rank (a
    ranking, not a sequence: "exports to B and then C")."""
    ranked = [
        i
        for i, c in enumerate(countries)
        if c.kind != "capital"
        and (RANKED_NEXT.match(sentence, c.end) or _BARE_ORDINAL.match(sentence, c.end))
    ]
    if not ranked:
        return []
    items = sorted(
        set(ranked)
        | {
            i
            for i, c in enumerate(countries)
            if c.kind != "capital"
            and (
                FOLLOWED_BY.search(sentence, max(0, c.start - 20), c.start)
                or _THEN.search(sentence, max(0, c.start - 10), c.start)
            )
        }
    )
    return items if len(items) >= 2 else []


def ranking_item_sides(
    sentence: str, countries: list[CountrySpan], start: int
) -> tuple[list[CountrySpan], list[CountrySpan]]:
    """``countries`` without the items of a ranking (``ranking_items``) other than the one the
    amount at ``start`` belongs to, the nearest item before it: the ranked economies are each a
    partner of the ranking's economy, never a pair with one another ("B came second with $419m,
    then C third with $378m": the $378m is C's, with the economy whose partners are ranked);
    and the ranked items named before the amount (the last is the amount's own)."""
    items = ranking_items(sentence, countries)
    before = [i for i in items if countries[i].end <= start]
    if not before:
        return countries, []
    own = before[-1]
    sides = [c for i, c in enumerate(countries) if i == own or i not in items]
    return sides, [countries[i] for i in before]
