"""A scaled amount written without a currency in a sentence that states none: "In 2030 trade
between the two countries was 9.6 billion", "B imported 40 billion worth of goods from A". Pages
state their currency once (the lede, a table's head, the previous sentence) and drop it later;
the amount is in the page's currency.

Rule: digits with a scale word of two letters or more ("9.6 billion", "2.5 bln"; not a bare
"4,100", nor "5m", "3b"), not part of another amount, in a sentence that has a trade word
(``triggers("flow")``) and no money amount of its own, followed by the end of the clause or a word
that continues an amount ("in", "during", "last", "worth", "from", "compared" ...), never by a
noun ("1.4 billion people", "9 million tonnes", "3 billion imports of"): the amount takes the
currency of the page's money amounts, when one currency is more than half of them (a page quoting
both "$" and "euros" about evenly names none). Within a sentence that states a currency,
``bare`` lends the currency of an earlier amount instead.

Second rule: in a sentence that states a currency, the same scaled amount without one (the same
checks on what follows) after a money amount takes that amount's currency, whatever word stands
between them, when a preposition stands right before it or a trade word between the two: "exports
of 41 million dollars and imports of 53 million", "fell to 20 million euros in 2029 and to
16 million in 2030", "trade of 9 billion dollars, against 4 billion of exports" (wire copy
and translated copy drop the currency after its first mention); not "..., and the population was
1.4 billion". Besides the words the first rule allows after the amount, a flow noun may follow it,
after "of" and one word ("4 billion of exports", "5 billion Turkish exports"). A semicolon
between them ends the clause the currency was stated in ("palm oil for $2.5 million; feed for 2.8
million" lends none).

Third rule: in a sentence that states a currency, the same scaled amount followed by a flow noun
("8.6 billion Italian exports", "1.2 billion exports") takes the currency of the money amount of
its clause nearest before it, else nearest after it, whatever stands between ("trade of 17.9
billion dollars, with 8.6 billion Italian exports", "we will record 1.2 billion exports and $2
billion of trade"): an amount a flow noun follows is a flow's value, never a count.

Fourth rule (round 56): a level verb with no subject of its own continues the amount before it.
In a sentence that states a currency, the same scaled amount (the same checks on what follows)
right after a level verb ("reached", "reaching", "amounted to", "stood at", "totaled", "was")
that follows the money amount with nothing but a time, a conjunction or "annual" between them
takes that amount's currency: "it had exceeded 1,000 million dollars, reaching 1,305 million",
"810 million dollars annual, while in 2019 reached 1,285 million" (a subject the gloss of a
pro-drop language leaves out: Spanish "alcanzaron", Russian "составил"); not "..., and the
population reached 1.4 billion" (a subject of its own). In a sentence with no money amount and
no trade word, an amount right after a level verb whose subject points back ("it", "they", "the
figure", "the value"; or none), maybe after a time ("A year earlier the figure amounted to 1.6
billion", "In 2017, they reached 176 million"), takes the currency of the last money amount of
the sentence before (bracketed conversions left out), when that sentence states one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from pipeline.extract.bare import _flow_level, lender
from pipeline.extract.bracket_scope import enclosing_bracket
from pipeline.extract.caseless import Caseless, literal_trie
from pipeline.extract.digits import _NUM, Mention, scaled_like
from pipeline.extract.numbers import find_mentions, may_have_mentions
from pipeline.extract.prefilter import MAX_NUMBERS_PER_SENTENCE, worth_extracting
from pipeline.extract.word_first import word_first
from pipeline.lexicon import scales

_FOLLOWERS = (
    "in|during|at|last|over|for|and|or|worth|from|to|by|compared|against|versus|than|this|"
    "that|while|with|on|since|until|thanks|due|according|a|an|the|as|of\\s+goods"
)


# ... or the flow the amount measures, maybe after "of" and one word: "4 billion of exports",
# "5 billion Turkish exports"
_FLOW_NOUN = r"\s(?:of\s)?(?:[^\W\d_]+\s)?(?:exports?|imports?|shipments|sales|purchases)\b"


@cache
def _bare() -> Caseless:
    long_scales = literal_trie([w for w in scales() if len(w) > 1])  # (``numbers``)
    return Caseless(
        rf"(?<![\w$€£¥₹.,])(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?!\w)"
        rf"(?=\s*(?:$|[,.;:()]|\s(?:{_FOLLOWERS})\b|{_FLOW_NOUN}))",
        re.IGNORECASE,
    )


_DIGIT = re.compile(r"\d")


def _bare_amounts(sentence: str) -> list[re.Match[str]]:
    """``_bare()``'s matches: each starts with a digit, so the scan tries only from digits on
    (``finditer_near``, lead 0), with the lower-case twin (21 us -> a few us a sentence)."""
    return _bare().finditer(sentence, None, 0, (_DIGIT, 0))


_DIGIT_SCALE = re.compile(r"\d\s?(?:[mb]illi|[mbt]ln|bn\b|trilli|milliard|crore|lakh)", re.I)
_DIGITS = re.compile(r"\d+")


def sentence_mentions(
    sentence: str, texts: tuple[str, ...], prior: str | None = None
) -> list[Mention]:
    """The sentence's mentions (``find_mentions``, after the cheap prefilters), plus its scaled
    amounts without currency in the page's currency (``texts``: the page's sentences) when the
    sentence has no money amount, or in the currency of the sentence before (``prior``) after a
    level verb pointing back (see the module docstring)."""
    if not may_have_mentions(sentence):
        return []
    mentions = find_mentions(sentence) if worth_extracting(sentence) else []
    if not _DIGIT_SCALE.search(sentence):
        return mentions
    mentions = word_first(sentence, mentions)  # "Euro 160 million": the currency's name first
    if any(m.kind == "money" for m in mentions):
        return _after_money(sentence, mentions)
    if len(_DIGITS.findall(sentence)) > MAX_NUMBERS_PER_SENTENCE:
        return mentions
    if not _flow_level()[1].search(sentence):
        return _pointed_level(sentence, mentions, prior)
    found = [
        m
        for m in _bare_amounts(sentence)
        if not any(x.start < m.end("scale") and m.start("n") < x.end for x in mentions)
    ]
    model = page_money(texts) if found else None
    if model is None:
        return mentions
    added = []
    for match in found:
        added.append(
            scaled_like(
                model, match.start("n"), match.end("scale"), match.group("n"), match.group("scale")
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start)


# A time a clause may start with ("in 2019", "during the same period", "a year earlier"), a level
# verb ("reached", "reaching", "amounted to", "stood at", "totaled", "was") and hedges before the
# amount (the fourth rule)
_TIME = (
    r"(?:(?:in|during|by|for|over|through)\s(?:the\s)?(?:\d{4}|same\speriod|"
    r"(?:first|last|past|next)\s\w+)|last\syear|(?:a|one)\syear\s(?:earlier|before|ago)|"
    r"(?:the\s)?(?:previous|prior|same)\s(?:year|period))"
)
_LEVEL = (
    r"(?:reach(?:ed|es|ing)?|amount(?:ed|s|ing)?\sto|st(?:ood|ands?|anding)\sat|"
    r"totall?(?:ed|s|ing)?|came\sto|was|were)"
)
_HEDGES = (
    r"(?:(?:about|around|nearly|almost|some|roughly|approximately|over|more\sthan|less\sthan|"
    r"just|only|the)\s)*"
)
# between a money amount and a level verb that continues it: "..., reaching", " annual, while in
# 2019 reached" (no subject of the verb's own)
_CONTINUED_LEVEL = re.compile(
    r"(?:\s(?:annual|annually|yearly|a\syear|per\syear))?[\s,]*"
    rf"(?:{_TIME}[\s,]+)*(?:(?:and|while|whereas|but)\s)?(?:{_TIME}[\s,]+)*"
    rf"(?:(?:has|have|had)\s)?{_LEVEL}\s{_HEDGES}",
    re.IGNORECASE,
)


@cache
def _pointed() -> re.Pattern[str]:
    """A sentence that opens (after times) with a level verb whose subject points back, and the
    scaled amount right after it (the fourth rule)."""
    long_scales = literal_trie([w for w in scales() if len(w) > 1])
    return re.compile(
        rf"\s*(?:{_TIME}[\s,]+)*(?:(?:it|they|this|these|that|(?:the|this|that)\s"
        r"(?:figure|amount|value|total|sum|indicator))\s)?(?:\w+ly\s)?"
        rf"(?:(?:has|have|had)\s(?:\w+\s)?)?{_LEVEL}\s{_HEDGES}"
        rf"(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?!\w)"
        rf"(?=\s*(?:$|[,.;:()]|\s(?:{_FOLLOWERS})\b))",
        re.IGNORECASE,
    )


def _pointed_level(sentence: str, mentions: list[Mention], prior: str | None) -> list[Mention]:
    """The mentions plus the scaled amount without currency after a level verb pointing back,
    in the currency of the last money amount ``prior`` states (the fourth rule)."""
    if prior is None:
        return mentions
    match = _pointed().match(sentence)
    if match is None:
        return mentions
    start, end = match.start("n"), match.end("scale")
    if any(x.start < end and start < x.end for x in mentions):
        return mentions
    stated = _stated_money(prior) if may_have_mentions(prior) else []
    if not stated:
        return mentions
    added = scaled_like(stated[-1], start, end, match.group("n"), match.group("scale"))
    return sorted([*mentions, added], key=lambda m: m.start)


# A preposition (maybe with a hedge) right before the amount: "to 16 million", "against 4
# million" ("with" is left out: "a deficit of $30 million, with 7 million in 2030" is no flow)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|against|than|at|by|for|versus|vs\.?)\s"
    r"(?:(?:about|around|nearly|almost|some|roughly|approximately|over|just|only|the)\s)*$",
    re.IGNORECASE,
)


def _after_money(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions plus each scaled amount without currency that follows a money amount of the
    sentence, in that amount's currency (the module docstring's second rule)."""
    added = []
    for match in _bare_amounts(sentence):
        start, end = match.start("n"), match.end("scale")
        if any(x.start < end and start < x.end for x in mentions):
            continue
        if (model := _flow_noun_model(sentence, mentions, start, end)) is not None:
            added.append(scaled_like(model, start, end, match.group("n"), match.group("scale")))
            continue
        before = [m for m in mentions if m.kind == "money" and m.end <= start]
        if not before or ";" in sentence[before[-1].end : start]:
            continue  # (a semicolon closes the clause the currency was stated in)
        between = sentence[before[-1].end : start]
        if (
            not _PREPOSITION_BEFORE.search(between)
            and not _flow_level()[1].search(between)
            and not _CONTINUED_LEVEL.fullmatch(between)
        ):
            continue  # "..., and the region's population was 1.4 billion": a count
        model = lender(sentence, before, start)
        added.append(scaled_like(model, start, end, match.group("n"), match.group("scale")))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_FLOW_NOUN_AFTER = re.compile(_FLOW_NOUN, re.IGNORECASE)


def _flow_noun_model(
    sentence: str, mentions: list[Mention], start: int, end: int
) -> Mention | None:
    """For a scaled amount without currency that a flow noun follows ("8.6 billion Italian
    exports", "1.2 billion exports"), the money amount of its clause nearest before it, else
    the nearest after it: the amount measures a flow in the currency the clause states once,
    before or after it ("trade of 17.9 billion dollars, with 8.6 billion Italian exports", "we
    will record 1.2 billion exports and $2 billion of trade"). None when no flow noun follows
    or a semicolon parts the two."""
    if not _FLOW_NOUN_AFTER.match(sentence, end):
        return None
    money = [m for m in mentions if m.kind == "money"]
    before = [m for m in money if m.end <= start]
    after = [m for m in money if m.start >= end]
    model = before[-1] if before else after[0] if after else None
    if model is None:
        return None
    lo, hi = (model.end, start) if model.end <= start else (end, model.start)
    return None if ";" in sentence[lo:hi] else model


# Between an amount and the bracket that converts it: commas and hedges only ("832 million
# dinars, about ($1.2 billion)", "RM11bn (US$2.5bn)")
_CONVERSION_GAP = re.compile(
    r"[\s,]*(?:(?:or|about|around|roughly|approximately|nearly|some|equivalent\sto)[\s,]+)*",
    re.IGNORECASE,
)


def _stated_money(text: str) -> list[Mention]:
    """The money amounts of ``text`` less those a bracket converts from the amount before it:
    a page that states its trade in dinars and converts each amount to dollars in brackets
    states it in dinars."""
    found = find_mentions(text)
    kept = []
    for i, m in enumerate(found):
        if m.kind != "money":
            continue
        span = enclosing_bracket(text, m.start) if i and "(" in text else None
        before = found[i - 1]
        if (
            span is not None
            and before.kind == "money"
            and before.end <= span[0]
            and _CONVERSION_GAP.fullmatch(text, before.end, span[0])
        ):
            continue
        kept.append(m)
    return kept


@lru_cache(maxsize=8)
def page_money(texts: tuple[str, ...]) -> Mention | None:
    """The first money amount of the page's most common currency when that currency is more
    than half of the page's money amounts (its symbol's choices go with it), else None.
    Bracketed conversions of an amount do not count (``_stated_money``)."""
    money = [m for t in texts if worth_extracting(t) for m in _stated_money(t)]
    units = Counter(m.unit for m in money)
    if not units:
        return None
    unit, count = units.most_common(1)[0]
    if 2 * count <= len(money):
        return None
    return next(m for m in money if m.unit == unit)
