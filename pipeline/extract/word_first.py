"""A currency written as a word before its amount: "Euro 160 million", "Swiss francs 1.24
billion", "Nepali rupees 1.15 billion", "US dollars 5 billion".

Amount readers take a currency word after the number ("160 million euros") and a symbol or code
before it ("EUR 160 million", "€160 million"); the word order with the currency's name first,
the order of a symbol, is a house style of some outlets (South Asian and Gulf copy above all,
and translated copy). NOTES: every money amount of a pair's trade is a figure, whatever the
order its currency is written in.

Rule: a currency word of the lexicon (``currencies().by_word``, its whole name: "francs" alone
is none, "Swiss francs" is) right before digits and a scale word of two letters or more ("Euro
160 million", "rupees 500 crore"), the word not glued to an earlier number ("300 million dollars
5 billion" is two amounts of another kind) and the amount overlapping no mention already read.
A scale word is required: a bare "euro 2" or "dollars 2030" is a label, a year or a count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.extract.caseless import Caseless, literal_trie
from pipeline.extract.digits import _NUM, Mention, parse_number
from pipeline.lexicon import alternation, currencies, scales

_MIN_USD = 1e3  # (as ``numbers.PLAUSIBLE_MIN_USD``: below it a price, not a trade figure)


_DIGIT = re.compile(r"\d")


@cache
def _word_first() -> tuple[Caseless, tuple[re.Pattern[str], int]]:
    """The pattern, and the ``near`` scan it allows: a match starts at most the longest
    word and one space before its first digit, so only the text just before digits is tried,
    with a lower-case twin on ASCII text and the names as a prefix trie (the same matches as
    their longest-first alternation, ``literal_trie``: the names and scale words are lower-case
    ASCII, so no two branches match alike under ``IGNORECASE``)."""
    names = [w for w in currencies().by_word if not w.isupper() and len(w) > 3]
    scale_words = [w for w in scales() if len(w) > 1]
    lower_ascii = all(w.isascii() and w == w.lower() for w in (*names, *scale_words))
    trie = literal_trie if lower_ascii else alternation
    words, long_scales = trie(names), trie(scale_words)
    pattern = re.compile(
        rf"(?<![\w$€£¥₹.,])(?<!\d\s)(?P<word>{words})\s(?P<n>{_NUM})\s?(?P<scale>{long_scales})"
        r"(?![\w])",
        re.IGNORECASE,
    )
    return Caseless(pattern), (_DIGIT, max(map(len, names)) + 1)


def word_first(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions plus each amount written after its currency's name (see the
    module), in order."""
    if _DIGIT.search(sentence) is None:  # (no amount without a digit)
        return mentions
    added = []
    pattern, near = _word_first()
    for match in pattern.finditer(sentence, near=near):
        start, end = match.start("word"), match.end("scale")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        currency = currencies().word(match.group("word"))
        if currency is None:
            continue
        number = parse_number(match.group("n"))
        multiplier = scales()[match.group("scale").lower()]
        value = number.value * multiplier
        if value * currency.usd_per_unit < _MIN_USD:
            continue
        model = Mention(start, end, "money", value, currency.code, 0.0, False, currency.context)
        added.append(replace(model, rounding=number.step * multiplier / 2))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)
