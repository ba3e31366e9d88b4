"""Amounts written as digits with several scale words: "2 billion 370 million dollars",
"8 billion 6 million 750 thousand dollars", and the Spanish/Portuguese "thousand million" order
translated word for word, "444 thousand 541 million dollars" (444,541 million).

The single-scale money pattern in ``numbers`` reads only the last part of such an amount ("370
million dollars", "541 million dollars"), a wrong value; this module reads the whole chain, and
``numbers.find_mentions`` keeps it over the shorter reading (same end, earlier start).

Reading rule: parts are added while their scales fall ("8 billion" + "6 million" + "750
thousand"); a "thousand" part followed by a larger scale is a count of that larger scale ("444
thousand 541 million" = (444 x 1000 + 541) million, the "mil millones" idiom). Any other order
("2 million 3 billion") is not an amount and is left alone. The currency is a symbol right
before the first digits or a currency word right after the last scale, as for other amounts.
Parts are joined by a space, or by "and" where the part after it is less than one unit of the
scale before it ("9 million and 500 thousand Omani riyals", as Gulf and translated Arabic copy
writes an amount): "3 billion and 400 million dollars respectively" is two amounts, as are
"between 5 billion and 6 billion", "2 million and 3 million" and "exports and imports were 3
billion and 400 million dollars". The last part may carry decimals ("1 billion
354.3 million dollars", the glossed Russian, Azerbaijani or Uzbek "1 млрд 354,3 млн", "1 mlrd
354,3 mln", English wire copy's "$1 bln 859.1 mln"): the part's own precision; an earlier one
may not ("1.5 billion 300 million" is no amount). The currency word may follow the first part
instead, as translated Central Asian copy writes it ("1 billion dollar 212 million 4 thousand").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import literal_trie
from pipeline.extract.digits import Mention, symbol_before
from pipeline.lexicon import currencies, scales

_WORDS = ("thousand", "lakh", "million", "crore", "billion", "trillion")
# the words and the wire abbreviations of the scales ("$1 bln 859.1 mln"; longest first)
_SCALES = (*_WORDS, "trln", "bln", "mln", "bn", "mn")
_ABBREVIATED = re.compile(r"\d\s(?:trln|bln|bn)\s\d")
_PART = re.compile(rf"(\d{{1,3}}(?:\.\d{{1,3}})?)\s({'|'.join(_SCALES)})", re.IGNORECASE)


@cache
def _chain() -> re.Pattern[str]:
    words = literal_trie(currencies().by_word)  # (lower-case: the alternation's matches)
    part = rf"\d{{1,3}}\s(?i:{'|'.join(_SCALES)})"
    last = rf"\d{{1,3}}(?:\.\d{{1,3}})?\s(?i:{'|'.join(_SCALES)})"  # "354.3 million"
    return re.compile(
        rf"(?<![\w.,]){part}(?:\s(?P<mid>{words})(?=\s\d))?(?:\s{part})*\s(?P<and>and\s)?{last}(?![\w])"
        # not the count of a larger unit ("1 lakh 25 thousand crore": 125,000 crore)
        rf"(?!\s(?i:{'|'.join(_SCALES)})\b)"
        rf"(?:\s(?P<post>{words})(?![\w]))?",
        re.IGNORECASE,
    )


def may_have_compound(lowered: str) -> bool:
    """False when the lower-cased sentence surely holds no compound amount: it needs two scale
    words (a cheap ``str.count`` test before the regex scan)."""
    # (no generator frame: every sentence); the abbreviations only as "1 bln 859.1": "bn" and
    # "mn" are in too many words ("column", "$5bn of") to count them
    return (
        sum(map(lowered.count, _WORDS)) >= 2
        or ("bn " in lowered or "bln " in lowered or "trln " in lowered)
        and _ABBREVIATED.search(lowered) is not None
    )


def chain_value(parts: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The value of (number, scale multiplier) parts and the last part's scale (the stated
    precision); None when the scales are not in an amount's order (see the module docstring)."""
    total, last = 0.0, 0.0
    for number, scale in parts:
        if not last or scale < last:
            total += number * scale
        elif last == 1e3 and scale > last:
            total = (total + number) * scale
        else:
            return None
        last = scale
    return total, last


# a list of amounts, not the parts of one: "... respectively", "between 5 billion and ...",
# "exports and imports were 3 billion and 400 million dollars" (two flows, two amounts)
_LISTED = re.compile(r"\brespectively\b|\bbetween\s$", re.IGNORECASE)
_TWO_FLOWS = re.compile(r"\b(?:ex|im)ports?\s(?:and|&)\s(?:the\s)?(?:ex|im)ports?\b", re.IGNORECASE)


def _and_joined(sentence: str, start: int, written: list[tuple[str, str]]) -> bool:
    """The last part, after "and", is less than one unit of the scale before it ("9 million and
    500 thousand"), and the sentence lists no amounts ("respectively", "between")."""
    scale_of = scales()
    (*_, (_, before)), (number, scale) = written[:-1], written[-1]
    return (
        float(number) * scale_of[scale.lower()] < scale_of[before.lower()]
        and not _LISTED.search(sentence[max(0, start - 8) : start])
        and "respectively" not in sentence.lower()
        and not _TWO_FLOWS.search(sentence, 0, start)
    )


def compound_mentions(sentence: str) -> list[Mention]:
    """Money mentions of the compound amounts in ``sentence`` (see the module docstring)."""
    found = []
    scale_of = scales()
    for match in _chain().finditer(sentence):
        written = _PART.findall(match.group(0))
        read = chain_value([(float(n), scale_of[s.lower()]) for n, s in written])
        if read is None:
            continue
        value, step = read
        if match.group("and") and not _and_joined(sentence, match.start(), written):
            continue
        step /= 10 ** len(written[-1][0].partition(".")[2])  # "354.3 million": a tenth
        post = match.group("post") or match.group("mid")
        currency = currencies().word(post) if post else None
        start = match.start()
        if currency is None:
            symbol = symbol_before(sentence, start)  # case-exact, as a single amount's
            if symbol is None:
                continue
            currency, start = symbol
        found.append(
            Mention(
                start, match.end(), "money", value, currency.code, step / 2, False, currency.context
            )
        )
    return found
