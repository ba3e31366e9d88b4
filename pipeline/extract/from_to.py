"""A change written "from X to Y" whose first amount leans on the second's scale or currency:
"rose from 1.2 to 1.5 billion euros", "fell from 300 million to 250 million dollars", "went
from $1.2 to $1.5 billion", "from EUR 900 to 950 million". The two amounts are two levels (the
earlier one and the later one), as when each is written in full ("from $1.2 billion to $1.5
billion"); neither is a range, and the first is not lost.

``numbers`` reads "$1.2 to $1.5 billion" as one range (the midpoint) and "1.2 to 1.5 billion
euros" as the second amount alone; after "from" both are split here into the two amounts, the
first taking the second's scale (unless it states its own, "from 300 million to") and currency.
A range cue before "from" keeps the range: "ranging from $5 to $6 billion", "estimates vary
from 5 to 6 billion dollars". "between 5 and 6 billion" and "about 5 to 6 billion" are ranges
(``ranges``), and a year as the first number ("from 2029 to 5 billion") is no amount.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.digits import _NUM, Mention, parse_number
from pipeline.extract.period_patterns import YEAR_NUMBER
from pipeline.lexicon import scales

_QUALIFIER = r"(?:(?:about|around|nearly|almost|roughly|some|over|under|more\sthan|less\sthan)\s)"
_SCALE = r"(?:thousand|million|billion|trillion|mn|mln|bn|bln|m|b)"
# "from [about] 1.2 [billion] to [more than] " right before the second amount
# ... the first amount's own year between them when it has its scale ("from 18.7 billion in 2029
# to 70.0 billion CFA francs in 2030", "from 1.2 billion during 2029-30 to ...")
_BARE_FIRST = re.compile(
    rf"\bfrom\s{_QUALIFIER}?(?P<pre>(?:[A-Z]{{0,3}}\$|[€£¥₹])\s?)?(?P<n>{_NUM})"
    rf"(?:\s?(?P<scale>{_SCALE}))?"
    r"(?P<when>,?\s(?:in|during|for)\s(?:[\w-]+\s){0,4}?(?:19|20)\d\d(?:[-/–]\d{2,4})?,?)?"
    rf"\sto\s{_QUALIFIER}?$",
    re.IGNORECASE,
)
# a word before "from" that makes the pair a range's bounds
_RANGE_CUE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|estimated|estimates?)\s$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(rf"\bfrom\s{_QUALIFIER}?$", re.IGNORECASE)
_TWO_NUMBERS = re.compile(rf"(?P<a>{_NUM})\s?to\s?\D{{0,5}}?(?P<b>{_NUM})")
_WINDOW = 60  # characters before the second amount where "from X to" may stand


def split_from_to(sentence: str, m: Mention, out: list[Mention]) -> Mention | None:
    """The first amount X of "from X to Y" for the money mention ``m`` (Y), else None.
    ``out``: the mentions already kept, none of which may overlap X."""
    if "from" not in sentence[max(0, m.start - _WINDOW) : m.start].lower():
        return None  # the common case, without a regex scan
    match = _BARE_FIRST.search(sentence, max(0, m.start - _WINDOW), m.start)
    if match is None or match.end() != m.start or YEAR_NUMBER.fullmatch(match.group("n")):
        return None
    if match["when"] and not match["scale"]:
        return None  # "from 5 in 2029 to 6 billion": no size of its own to read
    if _RANGE_CUE.search(sentence, max(0, match.start() - 12), match.start()):
        return None
    start = match.start("pre") if match["pre"] else match.start("n")
    if out and out[-1].end > start and not (match["pre"] and out[-1].start == start):
        return None  # (X read alone, "$1.2" of "from about $1.2 to", is the caller's to drop)
    if match["pre"] and not sentence.startswith(match["pre"].strip(), m.start):
        return None  # "from $1.2 to €1.5 billion"
    own = re.match(_NUM, sentence[m.start : m.end].lstrip("$€£¥₹ ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if own is None:
        return None
    digits = parse_number(own.group(0)).value
    number = parse_number(match.group("n"))
    if match.group("scale"):
        scale = scales().get(match.group("scale").lower())
        if scale is None:
            return None
    else:
        scale = m.value / digits if digits else 0.0
    if scale < 1e3 or number.value <= 0:
        return None  # no scale word: "from 5 to 6 dollars" is no trade figure
    end = match.end("scale") if match.group("scale") else match.end("n")
    return replace(
        m,
        start=start,
        end=end,
        value=number.value * scale,
        rounding=number.step * scale / 2,
        is_range=False,
    )


def range_after_from(sentence: str, m: Mention) -> tuple[Mention, Mention] | None:
    """The two amounts of one range mention ``m`` whose bounds "to" joins right after "from"
    ("from $1.2 to $1.5 billion"), else None."""
    if not m.is_range or m.kind != "money":
        return None
    before = _FROM_BEFORE.search(sentence, max(0, m.start - 20), m.start)
    if before is None or _RANGE_CUE.search(sentence, max(0, before.start() - 12), before.start()):
        return None
    span = sentence[m.start : m.end]
    pair = _TWO_NUMBERS.search(span)
    if pair is None or re.search(_NUM, span[: pair.start()]):
        return None
    low, high = parse_number(pair.group("a")), parse_number(pair.group("b"))
    if not low.value or not high.value:
        return None
    scale = 2 * m.value / (low.value + high.value)
    first = replace(
        m,
        end=m.start + pair.end("a"),
        value=low.value * scale,
        rounding=low.step * scale / 2,
        is_range=False,
    )
    second = replace(
        m,
        start=m.start + pair.start("b"),
        value=high.value * scale,
        rounding=high.step * scale / 2,
        is_range=False,
    )
    if sentence[second.start - 1 : second.start] in "$€£¥₹" and second.start > 0:
        second = replace(second, start=second.start - 1)
    return first, second
