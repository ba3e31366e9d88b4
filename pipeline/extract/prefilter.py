"""Cheap prefilter for a sentence before the expensive rules: does it hold a money, percent or
multiple cue at all, and is it prose rather than a table row dense with numbers?

Split out of ``sentence`` (which runs it first on every sentence); the tests are plain substring
scans so the common no-figure sentence costs one lower-casing and one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.extract.caseless import substring_test
from pipeline.lexicon import alternation, currencies

MAX_NUMBERS_PER_SENTENCE = 40


_NUMBER_TOKEN = re.compile(r"\d+")


@cache
def _has_cue() -> Callable[[str], bool]:
    """Whether lower-cased text holds a money/percent/multiple cue (one scan for all cues).

    Short letter symbols ("N", "R", "RM", "Rs") are not substrings worth testing (every sentence
    has an "r"): ``worth_extracting`` looks for them, glued or spaced before a digit, apart."""
    cur = currencies()
    words = [
        w.lower() for w in [*cur.by_symbol, *cur.by_word] if not _SHORT_LETTER_SYMBOL.fullmatch(w)
    ]
    extra = ["%", "percent", "per cent", "per-cent", "pct", "pc"]
    extra += ["times", "fold", "twice", "doubl", "tripl", "factor of"]
    extra += ["third", "half", "quarter", "fifth", "tenth"]  # a change by a fraction ("by a third")
    return substring_test([*words, *extra, "quadrupl"])


_SHORT_LETTER_SYMBOL = re.compile(r"[A-Za-z]{1,2}\.?")
# "3x the level": a multiple written with an "x" (``numbers``)
_TIMES_X = re.compile(r"\dx\s")


@cache
def _short_symbol_cue() -> re.Pattern[str]:
    short = [s for s in currencies().by_symbol if _SHORT_LETTER_SYMBOL.fullmatch(s)]
    return re.compile(r"(?<![\w])(?:" + alternation(short) + r")\s?\d")


@cache
def _short_word_after_cue() -> re.Pattern[str]:
    # a short currency word after the amount and its scale ("97.97 billion RM", "5 million dh"):
    # the cue scan skips short words, and the symbol cue looks before a digit only (round 50)
    short = [w for w in currencies().by_word if _SHORT_LETTER_SYMBOL.fullmatch(w)]
    return re.compile(r"\d\s?(?:[A-Za-z]+\s)?(?:" + alternation(short) + r")\b", re.IGNORECASE)


def worth_extracting(sentence: str) -> bool:
    """Cheap prefilter run before the expensive rules: a money/percent/multiple cue must be
    present (plain substring tests), and a "sentence" dense with numbers (a table row, junk)
    is not prose."""
    # "$" and "%" are cues themselves (half the sentences with a number hold one): tested
    # first, they spare the scan of all cues (same answer: "$"/"%" lower-case to themselves).
    if (
        "$" not in sentence
        and "%" not in sentence
        and not _has_cue()(sentence.lower())
        and not _short_symbol_cue().search(sentence)
        and not _short_word_after_cue().search(sentence)
        and not _TIMES_X.search(sentence)
    ):
        return False
    return len(_NUMBER_TOKEN.findall(sentence)) <= MAX_NUMBERS_PER_SENTENCE
