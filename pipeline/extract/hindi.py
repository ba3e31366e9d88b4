"""Hindi pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Indian Hindi trade news writes "चालू वित्त वर्ष के पहले 7 महीनों में भारत का चीन को निर्यात 12
प्रतिशत बढ़कर 9.5 अरब डॉलर हो गया": the order of Urdu (postpositions after their noun, "चीन को", to
China; the genitive "का/की/के" after its owner; the verb last), so the glossed sentence is put in
English order by :func:`pipeline.extract.urdu.reorder`. The phrase rows (``hi`` rows of
``lexicon/foreign_words.csv``) carry the words; before the gloss (:func:`prepare`):

- Devanagari digits as ASCII ones and the danda "।" as a full stop (one for one, so a figure's
  span maps back); the nukta letters written as one character ("ढ़", U+095D) as the base letter
  and its nukta, the spelling of the rows;
- a year before its postposition ("2030 में" -> "in 2030", "2030 तक" -> "by 2030", "वित्त वर्ष
  2030-31 में" -> "in fiscal year 2030-31");
- the first N months, quarter and half of a period ("चालू वित्त वर्ष के पहले 7 महीनों में" ->
  "in the first 7 months of चालू वित्त वर्ष", the period glossed by its rows after), a month
  span ("अप्रैल-दिसंबर", "अप्रैल से दिसंबर तक") -> "from अप्रैल to दिसंबर".

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.south_asian_numbers import numbers
from pipeline.extract.south_asian_spans import year_spans
from pipeline.extract.urdu import (  # (the same groups)
    _month_span,
    _year_by,
    first_months_gloss,
    last_months_gloss,
    part_gloss,
    reorder,
)

__all__ = ["prepare", "reorder", "without_nukta"]

_CHARS = str.maketrans("०१२३४५६७८९।", "0123456789.")
# nukta letters written precomposed, as the rows' decomposed spelling
_NUKTA = str.maketrans(
    {
        "\u0958": "\u0915\u093c",
        "\u0959": "\u0916\u093c",
        "\u095a": "\u0917\u093c",
        "\u095b": "\u091c\u093c",
        "\u095c": "\u0921\u093c",
        "\u095d": "\u0922\u093c",
        "\u095e": "\u092b\u093c",
        "\u095f": "\u092f\u093c",
    }
)
_L = r"\u0900-\u097f"  # a Devanagari letter or sign: a word does not end before one
_YEAR = r"(\d{4}(?:-\d{2}(?:\d{2})?)?)"
_MONTHS = (
    "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
)
_IN = r"(?:में|के दौरान|की अवधि में|की अवधि के दौरान)"
_FISCAL = r"(?:वित्त वर्ष|वित्तीय वर्ष)"
_FISCAL_IN = re.compile(rf"{_FISCAL} {_YEAR} {_IN}(?![{_L}])")
_YEAR_IN = re.compile(rf"(?<![{_L}\d])(?:साल |वर्ष |सन )?{_YEAR} {_IN}(?![{_L}])")
_YEAR_BY = re.compile(rf"(?<![\d])(?:((?:{_MONTHS}) )?{_YEAR}) तक(?![{_L}])")
_COUNTS = {
    "दो": "2",
    "तीन": "3",
    "चार": "4",
    "पांच": "5",
    "पाँच": "5",
    "छह": "6",
    "छः": "6",
    "सात": "7",
    "आठ": "8",
    "नौ": "9",
    "दस": "10",
    "ग्यारह": "11",
}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# (a year before its noun too, "2023-2024 वित्तीय वर्ष के पहले 11 महीनों", as Nepali and wire copy
# write it; round 59)
_OWNER = (
    rf"(?:{_FISCAL} {_YEAR}|\d{{4}}(?:-\d{{2}}(?:\d{{2}})?)? {_FISCAL}|{_YEAR}|(?:(?:चालू|मौजूदा|इस|पिछले|गत|पिछला) )?"
    rf"(?:{_FISCAL}|साल|वर्ष))"
)
_FIRST_MONTHS = re.compile(
    rf"(?:({_OWNER}) के )?(?:पहले|शुरुआती|प्रथम) {_COUNT} (?:महीनों|महीने|माह)"
    rf"(?: {_IN})?(?![{_L}])"
)
_ORDINALS = {"पहली": "first", "दूसरी": "second", "तीसरी": "third", "चौथी": "fourth"}
_PART = re.compile(
    rf"(?:({_OWNER}) की )?(पहली|दूसरी|तीसरी|चौथी|आखिरी|अंतिम) (तिमाही|छमाही)"
    rf"(?: {_IN})?(?![{_L}])"
)
_LAST_MONTHS = re.compile(rf"(?:पिछले|गत) {_COUNT} (?:महीनों|महीने|माह)(?: {_IN})?(?![{_L}])")
_MONTH_SPAN = re.compile(
    rf"(?<![{_L}])({_MONTHS})( \d{{4}})? ?(?:से|-|–) ?({_MONTHS})( \d{{4}})?(?: तक)?"
    rf"(?: {_IN})?(?![{_L}])"
)


_first_months = first_months_gloss(_COUNTS)
_part = part_gloss(_ORDINALS, "छमाही")
_last_months = last_months_gloss(_COUNTS)


# The nukta under the letters of Persian and Arabic sounds (क़ ख़ ग़ ज़ फ़ य़: "न्यूज़ीलैंड", "फ़्रांस",
# "क़तर") is one many pages leave out ("न्यूजीलैंड", "फ्रांस", "कतर"); under ड and ढ it makes
# other letters (ड़, ढ़), always written
_OPTIONAL_NUKTA = re.compile("(?<=[\u0915\u0916\u0917\u091c\u092b\u092f])\u093c")


def without_nukta(phrase: str) -> str:
    """``phrase`` (in the rows' decomposed spelling) as a page writing no optional nukta spells it
    (round 56: CLDR's "न्यूज़ीलैंड" on a page as "न्यूजीलैंड")."""
    return _OPTIONAL_NUKTA.sub("", phrase)


# "6 दशमलव 6 अरब" (6 point 6 billion): the decimal point written as a word (round 57)
_DECIMAL_WORD = re.compile(r"(?<![\d.])(\d+)\s*दशमलव\s*(\d+)(?![\d.])")


def prepare(text: str) -> str:
    """``text`` with ASCII digits and stops, and the periods put in English order (module doc)."""
    text = year_spans(numbers(text.translate(_CHARS).translate(_NUKTA), "hi"), "hi")
    if "दशमलव" in text:
        text = _DECIMAL_WORD.sub(r"\1.\2", text)
    text = _FIRST_MONTHS.sub(_first_months, text)
    if "माही" in text:
        text = _PART.sub(_part, text)
    text = _LAST_MONTHS.sub(_last_months, text)
    text = _MONTH_SPAN.sub(_month_span, text)
    if "वर्ष" in text:
        text = _FISCAL_IN.sub(r"in fiscal year \1", text)
    text = _YEAR_IN.sub(r"in \1", text)
    if "तक" in text:
        text = _YEAR_BY.sub(_year_by, text)
    return text
