"""Numbers of Hindi, Urdu, Nepali, Bengali and Gujarati copy the English rules read, before the gloss:
its fraction words as digits and an amount in several scales as one number.

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

An amount in the Indian system is written in descending scales, each with its count: "80 अर्ब 35
करोड 46 लाख 36 हजार रुपैयाँ" (80 arba, 35 crore, 46 lakh, 36 thousand), "10 کروڑ 35 لاکھ ڈالرز",
"৯৬৫ কোটি ৫৮ লাখ", "1 અબજ 20 કરોડ". :func:`scale_chains` writes the chain as one number in its
largest scale ("80.35463600 अर्ब" -> "80.354636 अर्ब"), so no part of it is read as an amount of
its own ("46 lakh 36 thousand"); a count too large for the scale above it ("120 करोड 5 अर्ब")
is no chain. The scale words are the language's scale rows and CLDR words (as the followers
above) and the kharab (a hundred arab: "खर्ब", "खरब", "کھرب").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.lexicon import cardinal_words, foreign_words, fraction_words
from pipeline.lexicon.scale_words import scale_words

__all__ = ["fractions", "numbers", "scale_chains"]

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
    # a nukta letter written as one character or as its base and the nukta ("ढ़", "ড়"), and a
    # Devanagari word as pages leaving the nukta out write it ("हजार" for CLDR's "हज़ार")
    decomposed = unicodedata.normalize("NFD", word)
    return {word, decomposed, unicodedata.normalize("NFC", word), decomposed.replace("\u093c", "")}


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _followers(lang: str) -> str:
    """The alternation of ``lang``'s scale, currency and percent words (module doc)."""
    followers = {p for lg, p, e in foreign_words() if lg == lang and e.lower() in _FOLLOWER_GLOSSES}
    followers |= {w for w, _ in scale_words(lang)}
    return _alternation({s for f in followers for s in _spellings(f)})


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, float]]] | None:
    table = fraction_words(lang)
    if not table:
        return None
    words = {s: value for w, value in table.items() for s in _spellings(w)}
    pattern = re.compile(
        rf"(?<!{_LETTER})({_alternation(set(words))})\s+(?:(\d+(?:\.\d+)?)\s*)?"
        rf"(?=(?:{_followers(lang)})(?!{_LETTER}))"
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


_MAGNITUDES = {
    "thousand": 10**3,
    "lakh": 10**5,
    "million": 10**6,
    "crore": 10**7,
    "billion": 10**9,
    "trillion": 10**12,
}
# a hundred arab, which no English scale names: Nepali "खर्ब" (and "खर्व", as written with va),
# Hindi "खरब", Urdu "کھرب"
_KHARAB = {"खर्ब": 10**11, "खर्व": 10**11, "खरब": 10**11, "کھرب": 10**11}


@cache
def _scales(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    # the rows first: CLDR's Nepali gives "करोड" as a million
    found: dict[str, int] = {}
    for word, english in scale_words(lang):
        if english in _MAGNITUDES:
            found[word] = _MAGNITUDES[english]
    for lg, phrase, english in foreign_words():
        if lg == lang and english.lower() in _MAGNITUDES and " " not in phrase:
            found[phrase] = _MAGNITUDES[english.lower()]
    if lang in ("hi", "ne", "ur"):
        found |= _KHARAB
    words = {s: m for w, m in found.items() for s in _spellings(w)}
    if not words:
        return None
    pair = rf"\d[\d,]*(?:\.\d+)?\s*(?:{_alternation(set(words))})(?!{_LETTER})"
    return re.compile(rf"(?<![\d.,]){pair}(?:\s+{pair})+"), words


_PAIR = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(\S+)")


def _decimal(value: float) -> str:
    return f"{value:.9f}".rstrip("0").rstrip(".")


def scale_chains(text: str, lang: str) -> str:
    """``text`` (digits already ASCII) with ``lang``'s amounts in several descending scales as
    one number in the largest (module doc)."""
    found = _scales(lang)
    if found is None:
        return text
    pattern, words = found

    def one(m: re.Match[str]) -> str:
        pairs = [(float(n.replace(",", "")), w) for n, w in _PAIR.findall(m.group(0))]
        magnitudes = [words.get(w) for _, w in pairs]
        if None in magnitudes:
            return m.group(0)
        for (count, _), above, below in zip(pairs[1:], magnitudes, magnitudes[1:], strict=False):
            if not below < above or count * below >= above:
                return m.group(0)  # not descending, or a count too large for the scale above
        top, word = magnitudes[0], pairs[0][1]
        total = sum(count * mag for (count, _), mag in zip(pairs, magnitudes, strict=True))
        return f"{_decimal(total / top)} {word}"

    return pattern.sub(one, text)


# A smaller scale before a larger one multiplies it: "50 हजार करोड़" (50 thousand crore, 500
# billion), Pakistani "9 ہزار ارب روپے" (9 thousand arab, 9 trillion), "4 लाख करोड़" (4 lakh crore):
# the count times the smaller scale, in the larger ("50000 करोड़", "9000 ارب"), which the English
# rules read (round 59)
@cache
def _compound(lang: str) -> re.Pattern[str] | None:
    found = _scales(lang)
    if found is None:
        return None
    words = _alternation(set(found[1]))
    return re.compile(rf"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*({words})\s+({words})(?!{_LETTER})")


def compound_scales(text: str, lang: str) -> str:
    """``text`` with a count before a smaller scale and a larger one as the count times the
    smaller scale, in the larger (see ``_compound``)."""
    pattern = _compound(lang)
    if pattern is None:
        return text
    words = _scales(lang)[1]  # type: ignore[index]

    def one(m: re.Match[str]) -> str:
        small, large = words[m.group(2)], words[m.group(3)]
        if not small < large:
            return m.group(0)
        count = float(m.group(1).replace(",", "")) * small
        return f"{_decimal(count)} {m.group(3)}"

    return pattern.sub(one, text)


# A count in words before a scale, a currency or a percent word ("चार हजार करोड़", "সাতাশ
# শতাংশ", "પાંચ અબજ"): its digits; a word alone keeps its other senses. The words are
# ``lexicon/cardinal_words.csv`` (Hindi, Nepali, Bengali and Gujarati 1-99 from the
# ``indic-numtowords`` tables, with the anusvara spelling of a chandrabindu and the short u of
# Bengali "ঊন-"); Urdu's are read by :mod:`pipeline.extract.urdu` (round 59)
@cache
def _cardinals(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    table = cardinal_words(lang) if lang != "ur" else {}
    if not table:
        return None
    words = {s: n for w, n in table.items() for s in _spellings(w)}
    pattern = re.compile(
        rf"(?<!{_LETTER})({_alternation(set(words))})\s+(?=(?:{_followers(lang)})(?!{_LETTER}))"
    )
    return pattern, words


def cardinals(text: str, lang: str) -> str:
    """``text`` with ``lang``'s counts in words before a scale, a currency or a percent word as
    digits (see ``_cardinals``)."""
    found = _cardinals(lang)
    if found is None:
        return text
    pattern, words = found
    return pattern.sub(lambda m: f"{words[m.group(1)]} ", text)


def numbers(text: str, lang: str) -> str:
    """``text`` (digits already ASCII) with its fraction words as digits, its compound scales
    multiplied and its amounts in several scales as one number (:func:`fractions`,
    :func:`compound_scales`, :func:`scale_chains`)."""
    return scale_chains(compound_scales(fractions(cardinals(text, lang), lang), lang), lang)
