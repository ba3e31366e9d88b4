"""Hebrew pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Israeli trade news writes "היצוא הישראלי לטורקיה צמח ב-57% והגיע ל-661 מיליון דולר": one-letter
words glued to the next one — "ב" (in, by), "ל" (to), "מ" (from), "ו" (and), "ה" (the), "ש"
(that), "כ" (about) — before a name, and with a hyphen before a number ("ב-33%", "ל-661",
"בכ-25%"); an adjective after its noun ("הסחר הבילטראלי", the trade the bilateral). The phrase
rows (``he`` rows of ``lexicon/foreign_words.csv``) carry the words, each noun with and without
its article; what a glued letter does is done here, around them:

- Before the gloss (:func:`prepare`): the prefix letters split from a country's or a month's
  name ("לטורקיה" -> "to טורקיה", "וישראל" -> "and ישראל", "מטורקיה" -> "from טורקיה", "בינואר"
  -> "in ינואר") and from a number
  ("ב-33%" -> "by 33%", "ב-1997" -> "in 1997", "ל-661" -> "to 661", "מ-400" -> "from 400",
  "בכ-25%" -> "by about 25%", "כ-400" -> "about 400"); the right-to-left mark left out.
- After the gloss (:func:`reorder`): an adjective after its noun ("trade bilateral" ->
  "bilateral trade", "exports Israeli" -> "Israeli exports").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon.cldr_words import month_names
from pipeline.lexicon.country_names import country_names

_H = r"\u0590-\u05ff"  # a Hebrew letter or mark: a word does not end before one
# a prefix letter (or two) glued to a number, with its hyphen: "ב-33%", "בכ-25%", "ל- 661"
_PREFIXES = {
    "ב": "by",
    "ל": "to",
    "מ": "from",
    "כ": "about",
    "בכ": "by about",
    "לכ": "to about",
    "מכ": "from about",
    "ו": "and",
    "וב": "and by",
    "ול": "and to",
}
_NUMBER_PREFIX = re.compile(
    rf"(?<![{_H}\w])(בכ|לכ|מכ|וב|ול|ב|ל|מ|כ|ו)\s?[-־–]\s?(?=\d)|(?<![{_H}\w])(בכ|לכ|מכ|ב|ל|מ|כ)(?=\d)"
)
# a year after "ב": "in 1997", not "by 1997"
_YEAR_AFTER = re.compile(r"(?:19|20)\d\d(?![\d%]|[.,]\d)")
_NAME_PREFIXES = {
    "ל": "to ",
    "מ": "from ",
    "ב": "in ",
    "ו": "and ",
    "ש": "that ",
    "ול": "and to ",
    "ומ": "and from ",
    "וב": "and in ",
}


@cache
def _names() -> re.Pattern[str]:
    names = {n for n, _ in country_names("he") if " " not in n}
    names |= {n for n, _ in month_names("he")}  # "בינואר" (in January), "ליוני" (to June)
    names = sorted(names, key=len, reverse=True)
    return re.compile(
        rf"(?<![{_H}])(ול|ומ|וב|ל|מ|ב|ו|ש)({'|'.join(map(re.escape, names))})(?![{_H}])"
    )


def _number_prefix(m: re.Match[str]) -> str:
    letters = m.group(1) or m.group(2)
    gloss = _PREFIXES[letters]
    if letters.endswith("ב") and _YEAR_AFTER.match(m.string, m.end()):
        gloss = gloss.replace("by", "in")
    return f"{gloss} "


# Hebrew is written with or without the vowel letters: a consonantal yod or vav doubled in the
# full spelling ("עלייה", rise; "תוצאות") is single in the defective one ("עליה"), and news copy
# uses both. Every row is also matched in the other spelling (a row spelling it so keeps its own
# gloss; round 57)
_DOUBLED = re.compile(r"(?<=[\u05d0-\u05ea])(יי|וו)(?=[\u05d0-\u05ea])")
# ... and with a one-letter word written onto it: "ו" (and), "ב" (in), "ל" (to), "מ" (from)
# ("מהיקף של", from a volume of; "להיקף של", to a volume of), glossed as the English word before
# the row's, as for a country's name above; only on a row of four letters or more, since one on
# a shorter word is too often another word ("מסחר", commerce; round 57)
_ROW_PREFIXES = {"ו": "and", "ב": "in", "ל": "to", "מ": "from"}


def spellings(phrase: str, english: str) -> list[tuple[str, str]]:
    """A row's other forms (above): its defective spelling, and either spelling with a prefix
    letter written onto it."""
    out = [(phrase, english)]
    if (defective := _DOUBLED.sub(lambda m: m[1][0], phrase)) != phrase:
        out.append((defective, english))
    prefixed = [
        (letter + form, f"{word} {gloss}")
        for form, gloss in out
        for letter, word in _ROW_PREFIXES.items()
        if len(form) > 3 and form[:1] != letter
    ]
    return out[1:] + prefixed


def prepare(text: str) -> str:
    """``text`` with its glued prefix letters split off (module doc)."""
    text = text.replace("\u200f", "").replace("\u200e", "")
    text = _NUMBER_PREFIX.sub(_number_prefix, text)
    return _names().sub(lambda m: f"{_NAME_PREFIXES[m[1]]}{m[2]}", text)


# "trade bilateral" -> "bilateral trade"; "exports Israeli" -> "Israeli exports"
_ADJECTIVE_AFTER = re.compile(
    r"\b(trade|exports|imports|trade volume|trade turnover) (bilateral|mutual|total)\b"
)


def reorder(text: str) -> str:
    """A glossed Hebrew sentence in English word order (see the module doc); "reached to" (the
    verb and "ל-" before its amount) as "reached", "amounted to by" ("הסתכם ב-") as "amounted
    to"."""
    text = _ADJECTIVE_AFTER.sub(r"\2 \1", text)
    return text.replace("reached to ", "reached ").replace("amounted to by ", "amounted to ")
