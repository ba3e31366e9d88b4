"""A span of years in Hindi, Urdu, Nepali, Bengali and Gujarati copy, in English order, before the
gloss.

Each writes a span with postpositions after its years: Urdu "سال 2000 سے لے کر 2015 تک", Hindi "2000
से लेकर 2015 तक", Nepali "2000 देखि 2015 सम्म", Bengali "১৯৭৭ থেকে ২০১৫ সাল পর্যন্ত", Gujarati
"2000થી 2015 સુધી" (from 2000 up to 2015). Word for word, "2000 from 2015 until" reads as two
years, or one year and the other a base; :func:`year_spans` writes "from 2000 to 2015", the span
the English rules read (a total over 2000-2015). A single year with "from" ("2030 سے", since
2030) is left to the rows: a span needs both years.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["year_spans"]

_YEAR = r"((?:19|20)\d\d)"
# per language: the year's noun (optional, before or after the year), "from" (with its
# optional "taking": Urdu "سے لے کر", Hindi "से लेकर"), "until"
_WORDS = {
    "ur": (r"(?:سال|برس)", r"سے(?: لے کر| لیکر)?", r"تک"),
    "hi": (r"(?:साल|वर्ष|सन)", r"से(?: लेकर| ले कर)?", r"(?:तक|के बीच)"),
    "ne": (r"(?:साल|वर्ष|सन)", r"(?:देखि|बाट)", r"(?:सम्म|सम्मको|सम्ममा)"),
    "bn": (r"(?:সাল|সালের)", r"(?:থেকে|হতে)", r"(?:পর্যন্ত|অবধি)"),
    "gu": (r"(?:વર્ષ|સાલ)", r"થી", r"(?:સુધી|સુધીમાં|સુધીના)"),
}
_LETTERS = r"\w\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0a80-\u0aff"


def _pattern(lang: str) -> re.Pattern[str]:
    noun, since, until = _WORDS[lang]
    return re.compile(
        rf"(?<![{_LETTERS}])(?:{noun} )?{_YEAR}(?: {noun})? {since} ?(?:{noun} )?{_YEAR}"
        rf"(?: {noun})?(?: {until})?(?![{_LETTERS}])"
    )


_PATTERNS = {lang: _pattern(lang) for lang in _WORDS}


def year_spans(text: str, lang: str) -> str:
    """``text`` (digits already ASCII, a digit split off a word glued to it) with ``lang``'s
    spans of two years as "from Y1 to Y2" (module doc); a later year first is no span."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return text

    def span(m: re.Match[str]) -> str:
        first, last = m.group(1), m.group(2)
        return f"from {first} to {last}" if first < last else m.group(0)

    return pattern.sub(span, text)
