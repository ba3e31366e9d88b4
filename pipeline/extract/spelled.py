"""Numbers written in words: spelled amounts ("half a billion", "seven hundred and twenty-three
million") and spelled multiples ("doubled", "threefold"), with the cheap prechecks that tell
``numbers.find_mentions`` when a sentence may hold one.

Whole numbers in words are read by ``text2num``; the phrases it does not read ("half a",
"several hundred", "two and a half") are listed here. ``SPELLED_ROUNDING`` (in numbers.py) is the
rounding a spelled amount gets.
"""

from __future__ import annotations

import re

from text_to_num import text2num

from pipeline.extract.caseless import substring_test
from pipeline.extract.hedges import HEDGE_CHANGE
from pipeline.lexicon import number_words, scales

# Spelled amounts: whole numbers in words ("seven hundred and twenty-three million", "one
# billion forty million") are read by text2num; these phrases, which it does not read, by hand.
_SPELLED_SPECIAL = {
    "half a": 0.5, "a half a": 0.5, "a quarter of a": 0.25, "a": 1.0, "a hundred": 100.0,
    "several hundred": 300.0, "a few hundred": 300.0,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# The digit words of a decimal read aloud ("one point four five billion").
DIGIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_SPELLED_MULTIPLES = {
    "doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "twice": 2.0, "double": 2.0,
    "triple": 3.0, "quadruple": 4.0, "two-fold": 2.0, "twofold": 2.0, "three-fold": 3.0,
    "threefold": 3.0, "four-fold": 4.0, "fourfold": 4.0, "five-fold": 5.0, "fivefold": 5.0,
    "ten-fold": 10.0, "tenfold": 10.0, "doubling": 2.0, "tripling": 3.0, "quadrupling": 4.0,
    # translated "в полтора раза": "grew one and a half times"
    "one and a half times": 1.5, "two and a half times": 2.5,
    # British "trebled", "quintupled", and "halved" (a fall to half: 1/2, as "fell five times"
    # is 1/5 in NOTES)
    "trebled": 3.0, "trebling": 3.0, "quintupled": 5.0, "halved": 0.5,
}  # fmt: skip


def spelled_value(phrase: str) -> float | None:
    """A spelled amount ("seven hundred and twenty-three million", "two and a half billion",
    "half a billion") as a number; None when the words do not make one."""
    words = " ".join(phrase.lower().split())
    head, _, scale = words.rpartition(" ")
    for fraction, part in _FRACTIONS.items():
        for joint in (" and a ", " a "):
            if head.endswith(joint + fraction):  # "two and a half", "one and a quarter"
                whole = _whole_number(head[: -len(joint + fraction)])
                return None if whole is None else (whole + part) * scales()[scale]
    if head in _SPELLED_SPECIAL:
        return _SPELLED_SPECIAL[head] * scales()[scale]
    whole_words, point, decimals = head.partition(" point ")
    if point:  # "one point four billion": the digit words after "point" are decimals
        whole = _whole_number(whole_words)
        digits = "".join(str(DIGIT_WORDS.get(w, "")) for w in decimals.split())
        if whole is None or len(digits) != len(decimals.split()):
            return None
        return float(f"{whole:.0f}.{digits}") * scales()[scale]
    value = _whole_number(words)
    return float(value) if value is not None else None


def _whole_number(words: str) -> float | None:
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


_SPELLED_SCALES = ("thousand", "million", "billion", "trillion")
_SPELLED_SCALE = substring_test(_SPELLED_SCALES)
_SPELLED_WORDS = (*number_words(), *_SPELLED_SPECIAL, *_FRACTIONS)


def _may_be_spelled(sentence: str, lowered: str) -> bool:
    """A spelled amount ("half a billion") needs a spelled number, a space and a scale word:
    checked with ``str.find`` on ASCII text (exact there); other text only needs a scale word."""
    if not sentence.isascii():
        return _SPELLED_SCALE(lowered)
    for scale in _SPELLED_SCALES:
        at = lowered.find(scale)
        while at != -1:
            if at and lowered[at - 1].isspace() and lowered.endswith(_SPELLED_WORDS, 0, at - 1):
                return True
            at = lowered.find(scale, at + 1)
    return False


_SPELLED_MULTIPLE = substring_test(
    ("doubl", "tripl", "trebl", "quadrupl", "quintupl", "halved", "twice", "fold", " times")
)

# A cardinal in words before "times" or "-fold" ("eight times the value in 2010", "by more than
# three times", "six-fold"): a multiple like "8 times". "-fold" always is one; "times" after a
# spelled number is more often a count of occasions ("met three times in 2030"), so it is a
# multiple only with a comparison after it ("three times more", "four times the record") or a
# "by"/hedge right before it ("grew by three times", "more than five times", "nearly four times").
CARDINAL_MULTIPLES = tuple(w for w in number_words() if w not in ("one", "hundred"))
_TIMES_COMPARED = re.compile(
    r"\s(?:more|higher|larger|greater|bigger|less|lower|smaller|as|the|that|over)\b", re.IGNORECASE
)
# Not hedges.HEDGE: "by" and a bare "than" (the match starts at it, not at "more/less than")
_TIMES_HEDGED = re.compile(
    r"\b(?:by|than|nearly|almost|about|around|some|roughly|approximately|over)\s$", re.IGNORECASE
)
# A growth verb right before it is a multiple too ("trade increased six times", as "increased 6
# times" in digits), unless a series follows ("rose three times in a row": occasions).
_TIMES_GREW = re.compile(r"\b(?:increased|grew|grown|rose|risen|multiplied)\s$", re.IGNORECASE)
_TIMES_SERIES = re.compile(r"\s(?:in\sa\srow|in\ssuccession|running|straight)\b", re.IGNORECASE)


# "Only twice in the past has trade crossed $10bn", "twice a year", "twice before": "twice" that
# counts occasions, not a multiple ("grew twice as fast", "twice the 2029 level" stay)
_TWICE_COUNTED_BEFORE = re.compile(r"\b(?:only|just|once\sor|at\sleast|once,)\s$", re.IGNORECASE)
_TWICE_COUNTED_AFTER = re.compile(
    r"\s(?:in\s(?:the\s)?(?:past|history|recent|a\srow|succession)|a\s(?:year|month|week|day)|before"
    r"|since|so\sfar|already|this\s(?:year|month|week)|last\s(?:year|month|week))\b",
    re.IGNORECASE,
)


def counts_occasions(sentence: str, start: int, end: int) -> bool:
    """``sentence[start:end]`` is "twice" counting occasions (see ``_TWICE_COUNTED_BEFORE``)."""
    return sentence[start:end].lower() == "twice" and bool(
        _TWICE_COUNTED_BEFORE.search(sentence, max(0, start - 12), start)
        or _TWICE_COUNTED_AFTER.match(sentence, end)
    )


def cardinal_multiple(sentence: str, start: int, end: int, word: str) -> float | None:
    """The value of a spelled cardinal multiple ``sentence[start:end]`` ("eight times",
    "six-fold"), or None when its "times" counts occasions (see ``CARDINAL_MULTIPLES``)."""
    if not sentence[start:end].lower().endswith("fold") and not (
        _TIMES_COMPARED.match(sentence, end)
        or _TIMES_HEDGED.search(sentence, 0, start)
        or (_TIMES_GREW.search(sentence, 0, start) and not _TIMES_SERIES.match(sentence, end))
    ):
        return None
    return _whole_number(word.lower())


def _may_be_multiple(sentence: str, lowered: str, has_digit: bool) -> bool:
    """A multiple needs a spelled one ("doubled") or digits with "fold"/"times" (in ASCII text,
    where lower-casing is exact; other text is always scanned)."""
    if _SPELLED_MULTIPLE(lowered) or "factor of" in lowered:
        return True
    return has_digit and ("times" in lowered or "x " in lowered or not sentence.isascii())


# A change by a fraction in words (NOTES "Fractions in words": "increased by more than a third"
# is pct_change 33.33, "by half" 50, "a quarter" 25, "a fifth" 20, "a tenth" 10): "by", a hedge, the fraction, and no "of"
# after it ("by a third of its exports" is a share, not the change).
_FRACTION_PERCENT = {
    "a third": 33.33, "one third": 33.33, "one-third": 33.33, "two thirds": 66.67,
    "two-thirds": 66.67, "half": 50.0, "a half": 50.0, "one half": 50.0, "a quarter": 25.0,
    "one quarter": 25.0, "one-quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0, "two fifths": 40.0, "two-fifths": 40.0,
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
}  # fmt: skip
_FRACTION_CHANGE = re.compile(
    r"\bby\s(?:(?:" + HEDGE_CHANGE + r"|at\sleast)\s)?"
    r"(?P<sp>" + "|".join(sorted(map(re.escape, _FRACTION_PERCENT), key=len, reverse=True)) + ")"
    r"(?![\w-])(?!\s(?:of|a|an|the)\b)",
    re.IGNORECASE,
)
_FRACTION_CUE = substring_test(("third", "half", "quarter", "fifth", "tenth"))


def may_be_fraction(lowered: str) -> bool:
    """Whether a lower-cased sentence may hold a change by a fraction in words ("by a third")."""
    return "by " in lowered and _FRACTION_CUE(lowered)


def fraction_changes(sentence: str) -> list[tuple[int, int, float]]:
    """(start, end, percent) of each change by a fraction in words: "grew by almost a third"
    gives the span of "a third" and 33.33; "by a third of" (a share) gives nothing."""
    return [
        (m.start("sp"), m.end("sp"), _FRACTION_PERCENT[" ".join(m.group("sp").lower().split())])
        for m in _FRACTION_CHANGE.finditer(sentence)
    ]


# A percentage in words ("grew nine percent", "by twenty-five per cent", "one hundred percent"):
# up to three number words (joined by spaces or hyphens) right before the unit.
_PERCENT_WORDS = ("percent", "per cent")
_SPELLED_BEFORE = re.compile(
    r"(?:^|(?<=[^\w-]))(?P<sp>(?:(?:a|one|"
    + "|".join(w for w in number_words() if w != "one")
    + r")[\s-]){1,3})$",
    re.IGNORECASE,
)


def may_be_spelled_percent(lowered: str) -> bool:
    """Whether a lower-cased sentence may hold a percentage in words (it names the unit)."""
    return " percent" in lowered or " per cent" in lowered


def spelled_percents(sentence: str, lowered: str) -> list[tuple[int, int, float]]:
    """(start, end, percent) of each percentage written in words ("rose nine percent" gives
    the span of "nine percent" and 9.0); digits ("9 percent") are the percent pattern's."""
    found: list[tuple[int, int, float]] = []
    for unit in _PERCENT_WORDS:
        at = lowered.find(" " + unit)
        while at != -1:
            end = at + 1 + len(unit)
            if end == len(lowered) or not lowered[end].isalnum():
                match = _SPELLED_BEFORE.search(sentence, max(0, at - 40), at + 1)
                value = _percent_value(match.group("sp")) if match else None
                if match and value is not None and 0 < value <= 100 and _whole(sentence, match):
                    found.append((match.start("sp"), end, value))
            at = lowered.find(" " + unit, at + 1)
    return found


def _percent_value(phrase: str) -> float | None:
    words = " ".join(phrase.lower().replace("-", " ").split())
    if words.startswith("a "):  # "a hundred percent"; "a" alone is no number
        return 100.0 if words == "a hundred" else None
    return _whole_number(words)


_WORD_BEFORE = re.compile(r"([\w.,]+)[\s-]*$")


def _whole(sentence: str, match: re.Match[str]) -> bool:
    """Whether the number words are the whole number: not the tail of "one hundred and five"
    (text2num's reading of "and" varies) nor of a number in digits ("1.5 million five")."""
    before = _WORD_BEFORE.search(sentence, max(0, match.start("sp") - 20), match.start("sp"))
    if before is None:
        return True
    word = before.group(1).lower()
    return word != "and" and word not in number_words() and not word[-1].isdigit()
