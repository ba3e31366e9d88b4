"""The fraction words of Hindi, Urdu, Nepali, Bengali and Gujarati as digits, before the gloss.

South Asian copy writes a half and a quarter in words the English rules have no row for:
"ڈیڑھ ارب ڈالر" / "डेढ़ अरब डॉलर" / "দেড় কোটি" (one and a half billion, crore), "ڈھائی" / "ढाई" /
"আড়াই" / "અઢી" (two and a half), and before a number "ساڑھے 7" / "साढ़े 7" / "সাড়ে ৭" / "સાડા 7"
(seven and a half), "سوا 3" / "सवा 3" (three and a quarter), "پونے 4" / "पौने 4" (a quarter less
than four). The words are data (``lexicon/fraction_words.csv``: a word is the number, or adds to
or takes from the number after it). :func:`fractions` writes the number in digits where a scale,
a currency or a percent word of the language follows ("ساڑھے 7 ارب" -> "7.5 ارب", "ڈیڑھ ارب" ->
"1.5 ارب"); "سوا"/"सवा" right before a scale is one and a quarter ("सवा अरब", 1.25 billion).
A word with no such follower keeps its other senses ("ڈیڑھ سال", a year and a half; Urdu "سوا",
besides). The followers are the language's scale, currency and percent rows of
``foreign_words.csv`` and its CLDR scale words (:mod:`pipeline.lexicon.scale_words`).

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.lexicon import foreign_words, fraction_words
from pipeline.lexicon.scale_words import scale_words

__all__ = ["fractions"]

_FOLLOWER_GLOSSES = frozenset(
    (
        "thousand",
        "hundred",
        "lakh",
        "crore",
        "million",
        "billion",
        "trillion",
        "percent",
        "dollars",
        "us dollars",
        "rupees",
        "taka",
    )
)
# a word letter of any of the five scripts (Arabic, Devanagari, Bengali, Gujarati) or a combining
# mark: a word does not end before one
_LETTER = r"[\w\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0a80-\u0aff]"


def _spellings(word: str) -> set[str]:
    # a nukta letter written as one character or as its base and the nukta ("ढ़", "ড়")
    return {word, unicodedata.normalize("NFD", word), unicodedata.normalize("NFC", word)}


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, float]]] | None:
    table = fraction_words(lang)
    if not table:
        return None
    words = {s: value for w, value in table.items() for s in _spellings(w)}
    followers = {p for lg, p, e in foreign_words() if lg == lang and e.lower() in _FOLLOWER_GLOSSES}
    followers |= {w for w, _ in scale_words(lang)}
    followers = {s for f in followers for s in _spellings(f)}
    pattern = re.compile(
        rf"(?<!{_LETTER})({_alternation(set(words))})\s+(?:(\d+(?:\.\d+)?)\s*)?"
        rf"(?=(?:{_alternation(followers)})(?!{_LETTER}))"
    )
    return pattern, words


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def fractions(text: str, lang: str) -> str:
    """``text`` (digits already ASCII) with ``lang``'s fraction words before a scale, a currency
    or a percent word as digits (module doc)."""
    found = _patterns(lang)
    if found is None:
        return text
    pattern, words = found

    def digits(m: re.Match[str]) -> str:
        kind, value = words[m.group(1)]
        number = m.group(2)
        if kind == "number":
            # "ڈیڑھ 7 ارب" is no number: the word stands alone before its scale
            return m.group(0) if number else f"{_number(value)} "
        if number is None:  # "सवा अरब": one and a quarter
            return f"{_number(1 + value if kind == 'add' else 1 - value)} "
        base = float(number)
        return f"{_number(base + value if kind == 'add' else base - value)} "

    return pattern.sub(digits, text)
