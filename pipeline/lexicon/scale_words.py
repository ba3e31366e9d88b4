"""Scale words ("miliarda", "тысяча", "billones") of each gloss language, from the Unicode CLDR.

``foreign_words.csv`` holds the scale words development pages used; a form they never used (the
Polish genitive "1,5 miliarda", Spanish "billones", Czech "tisíce") left an amount without its
scale, read a thousand or a million times too small, or not at all. CLDR's compact decimal
formats (``babel``'s ``Locale.compact_decimal_formats``) give, for each locale, the word a number
of each magnitude is written with, long ("0 miliarda", every plural form) and short ("0 mld"):
:func:`scale_words` turns them into ``(word, English scale)`` rows.

A pattern's magnitude key is the number's size, not the word's: "00 লাখ" under 1,000,000 is ten
lakh, so the word's scale is the key over ten to the zeros but one. Only the scales the English
amount rules read are kept (thousand, lakh, million, crore, billion, trillion), and words of at
least three characters: CLDR's one- and two-letter abbreviations ("M", "B", "mi") are also words
and initials. A short form for a trillion ("Bio.", "Bln", "bil.") is dropped: German "Bio." is
also "organic", and Italian and Czech presses use "bln"/"bil." for billions too. French
"billion" is a trillion in French (the long scale), as CLDR says. Errors: none; a language CLDR
does not cover gives no rows.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from pipeline.lexicon.gloss_locales import CLDR_LOCALES

_ENGLISH = {
    10**3: "thousand",
    10**5: "lakh",
    10**6: "million",
    10**7: "crore",
    10**9: "billion",
    10**12: "trillion",
}
_NOT_A_NUMBER = re.compile(r"[0#¤\u00a0']")


@cache
def scale_words(lang: str) -> tuple[tuple[str, str], ...]:
    """``(scale word lower-cased, English scale word)`` for one gloss language (a key of
    :data:`~pipeline.lexicon.gloss_locales.CLDR_LOCALES`; any other gives ``()``), every plural
    form of the long compact format and the short one, first locale first, one row per word."""
    rows: dict[str, str] = {}
    for locale in CLDR_LOCALES.get(lang, ()):
        formats = Locale.parse(locale).compact_decimal_formats
        for width in ("long", "short"):
            for patterns in formats.get(width, {}).values():
                for magnitude, pattern in patterns.items():
                    text = pattern.pattern
                    zeros = text.count("0")
                    word = " ".join(_NOT_A_NUMBER.sub(" ", text.replace("'", "")).split())
                    if not zeros or len(word) < 3:
                        continue
                    scale = _ENGLISH.get(int(magnitude) // 10 ** (zeros - 1))
                    if scale is None or (width == "short" and scale == "trillion"):
                        continue
                    rows.setdefault(word.lower(), scale)
    return tuple(rows.items())
