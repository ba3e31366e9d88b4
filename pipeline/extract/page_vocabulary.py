"""A short page's language from its vocabulary, when its function words are too few to tell.

``page_language.language`` counts function words and wants three of one language: a two-sentence
wire brief ("Obroty handlowe między Polską a Turcją wyniosły w 2030 roku 12,4 mld euro. Eksport z
Polski ... osiągnął wartość 6,2 mld euro") has one or two, and its figures were lost with the
gloss. Such a page still writes the trade words a language's rows gloss ("obroty", "handlowe",
"wyniosły", "osiągnął", "wartość"): the language whose one-word rows (``foreign_words.csv``,
other than the words written as in English) the page holds at least three of, twice as many as
any other language, is the page's. Read only for a page with no English function word; the
caller keeps its other tests (an unglossed language's words make it none).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import foreign_words

_WORD = re.compile(r"[^\W\d_]{4,}")
MIN_HITS = 3


@cache
def _vocabularies() -> dict[str, frozenset[str]]:
    """Each language's one-word rows, lower-cased, less the words its gloss keeps as they are
    ("import", "euro"); "both" rows (Spanish, French and Portuguese alike) are no one's."""
    words: dict[str, set[str]] = {}
    for lang, phrase, english in foreign_words():
        low = phrase.lower()
        if lang != "both" and " " not in low and low != english.lower() and _WORD.fullmatch(low):
            words.setdefault(lang, set()).add(low)
    return {lang: frozenset(found) for lang, found in words.items()}


def vocabulary_language(sample: str, languages: tuple[str, ...]) -> str | None:
    """The language of ``languages`` whose vocabulary the lower-cased ``sample`` holds most
    (see the module), or None."""
    words = set(_WORD.findall(sample))
    vocabularies = _vocabularies()
    hits = sorted(
        ((len(words & vocabularies.get(lang, frozenset())), lang) for lang in languages),
        reverse=True,
    )
    (best, lang), (second, _) = hits[0], hits[1]
    return lang if best >= MIN_HITS and best >= 2 * second else None
