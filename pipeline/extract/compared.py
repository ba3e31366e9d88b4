"""A change measured against another economy's or item's figure, not against an earlier time:
"31% higher than the exports that Mexico sends", "44% higher compared to China", "about twice
the volume with the US", "almost double the amount shipped by Saudi Arabia", "4 times the
imports from China", "1.2 times higher than the average price", "$100 million more than
Tajik". Such a number compares two different
figures; it is no change of one pair's trade over time, so it is not a figure (NOTES: a change
is dated with the period it describes, which needs an earlier period to compare with).

Rule: a comparison right after the number ("more/higher/... than", "compared to/with", "the
amount/volume/value/level of/with/shipped/...") whose base, up to the end of the sentence part
(80 characters at most, cut at ";" or a full stop), names no time: no year digits and no word of
``vocabulary.csv`` kind ``time_base`` ("year", "period", "previous", "earlier", a month, "Q1").
"31% higher than in 2021", "compared to the same period last year", "up 16% compared to
$1.59 billion in January-March" keep their time and stay changes.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import substring_test
from pipeline.extract.slots import Slot
from pipeline.lexicon import alternation, vocabulary

_COMPARISON = re.compile(
    r"^\s?(?:(?:more|less|higher|lower|greater|bigger|larger|smaller)\s)?"
    r"(?:than|compared\s(?:to|with)|in\scomparison\s(?:to|with)"
    r"|(?:the|that)\s(?:amount|volume|value|level|figure|size)\s(?:of|with|shipped|sold|bought|by|from|to)"
    # "4 times the imports from China", "crossed 104.6 times the export to China"
    r"|(?:the|that|its)\s(?:exports?|imports?|shipments|sales)\s(?:of|with|by|from|to)"
    r"|as\s(?:much|high|large)\sas"
    # any comparative before "than", as glosses leave it ("3 times maior than the imports",
    # Portuguese "3 vezes maior do que"), never "rather than" or "other than" (round 49)
    r"|(?!(?:rather|other)\b)[^\W\d_]{3,}\sthan)\b",
    re.IGNORECASE,
)
_CUES = (
    "than",
    "compar",
    "amount",
    "volume",
    "value",
    "level",
    "figure",
    "size",
    "as much",
    "as high",
    "as large",
    "the exp",
    "the imp",
    "its exp",
    "its imp",
    "the ship",
    "the sales",
)
_BASE_END = re.compile(r";|\.(?!\d)")


@cache
def _time() -> re.Pattern[str]:
    words = alternation(list(vocabulary("time_base")))
    return re.compile(rf"\b(?:(?:19|20)\d\d|(?:{words}))", re.IGNORECASE)


_has_cue = substring_test(_CUES)  # (no generator frame per test)


# The comparison written before the number: "exceeding its exports to Germany by six billion
# krona", "imports outstripped exports by $2bn": the number is the margin between two figures
# (or a balance), not a change of one figure over time unless the base names a time ("exceeded
# the 2022 level by 12%"; round 49: hi13, with ht10's and ih06's glossed comparisons)
_EXCEEDS_BY = re.compile(
    r"\b(?:exceed|surpass|outstrip|outpac|outdo|overtak)(?:s|es|ed|ing|e|ped|ping)?\s"
    r"(?P<base>[^.;,:]{2,60}?)\sby\s(?:(?:about|around|some|nearly|almost|over|roughly|"
    r"more\sthan|less\sthan)\s)?\Z",
    re.IGNORECASE,
)


# A multiple of another flow's figure: "double of Spain's exports to the country" (Spanish "el
# doble de las exportaciones" glossed), "twice of its imports" (not an amount's own "$5m of
# imports", which is no multiple; round 49)
_MULTIPLE_OF = re.compile(
    r"^\s?of\s(?:the\s|that\s|its\s|their\s)?(?:[^\W\d_]+['’]s\s)?"
    r"(?:exports?|imports?|shipments|sales)\b",
    re.IGNORECASE,
)


def _exceeds_other(slot: Slot) -> bool:
    """``_EXCEEDS_BY`` ends right before the number and its base names no time."""
    start = slot.mention.start
    left = slot.sentence[max(0, start - 110) : start]
    if " by " not in left[-24:]:
        return False  # (the cheap test first)
    found = _EXCEEDS_BY.search(left)
    return found is not None and _time().search(found.group("base")) is None


def compares_other(slot: Slot) -> bool:
    """The number compares with a figure of another economy or item (see the module docstring)."""
    if _exceeds_other(slot):
        return True
    right = slot.sentence[slot.mention.end : slot.mention.end + 100]
    if slot.mention.kind == "multiple" and _MULTIPLE_OF.match(right):
        return True
    near = right[:40].lower()
    if not _has_cue(near):
        return False  # (the cheap test first: most numbers have no comparison after them)
    match = _COMPARISON.match(right)
    if match is None:
        return False
    base = right[match.end() : match.end() + 80]
    end = _BASE_END.search(base)
    if end:
        base = base[: end.start()]
    return _time().search(base) is None
