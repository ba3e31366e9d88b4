"""A date line in a language the extractor glosses: the date, maybe a weekday and a time, alone
on its line, as sites print it under the headline ("sábado, 10 de marzo de 2031 - 16:06",
"samedi 10 mars 2031 à 09h15", "piątek, 4 marca 2031", "14 фев. 2031, 05:12", "4 Mart 2031
Cuma", "2031年3月4日"). NOTES: the publication date is a date line of the page's head.

Reference-complete, not grown from pages: the month and weekday names (wide, abbreviated and
narrow-free short forms; format forms, which are the genitive in Slavic languages, and
stand-alone forms) and the order of day, month and year come from the Unicode CLDR date
patterns (``Locale.date_formats``, full/long/medium) of every locale the gloss reads
(``cldr_words.CLDR_LOCALES``), and the English order ("Marzo 10, 2031") a site keeps when it
translates only the names. A name is read in its own language ("listopad" is November in
Polish and Czech, October in Croatian); a weekday printed with the date picks the language
whose calendar puts the date on that day.

Only a whole line is read: a date inside a sentence is an event the text talks about. babel's
locale data is loaded on the first line that could be a date line (a year and a word, short),
not at import: ``babel.dates`` alone costs tens of milliseconds at import.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pipeline.ingest.dateline_year import YEAR_NUMBER

LINE_CHARS = 90  # a date line, its weekday and its time are shorter than this
# CLDR pattern fields: a run of one letter, or a quoted literal
_FIELD = re.compile(r"'[^']*'|([A-Za-z])\1*")
_SEPARATOR_CHARS = " ,.،/-\u200e\u200f\u202f\u00a0"
_SEPARATORS = r"[\s,.،\u200e\u200f/-]*"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
# A time after (or before) the date, with a word or two between ("à", "às", "a las", "saat")
# and after it ("hs", "Uhr", "ч."), as the CLDR's date-time patterns join them ("{1} 'à' {0}").
_CLOCK = rf"(?:\s*[-|,/–—]?\s*(?:[^\W\d_]{{1,5}}\.?\s+){{0,2}}{_TIME}(?:\s*[^\W\d_]{{1,4}}\.?)?)"
_LEAD = r"^[\s#•|(/–—-]*"
_TAIL = r"[\s|)]*$"
# A month or weekday name as the patterns find it: a word, with its stop, or Vietnamese "tháng 3";
# :func:`_read` looks it up in the calendars
# A letter of a name: ``\w`` leaves out the combining vowel signs of Bengali and other scripts
# ("সেপ্টেম্বর"); filled in by :func:`_letter` when the patterns are built
_LETTER = "{letter}"
# a whole word: a weekday name cut inside a month name ("Marz" + "o") would hide the month
_NAME = r"{letter}+(?!{letter})\.?(?:\s\d{{1,2}}(?!\d))?"
_PRECHECK = re.compile(rf"(?<!\d){YEAR_NUMBER}(?!\d)")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
MAX_WORDS = 5  # a weekday, a month, the language's "de", "de" and "às": a headline has more


@dataclass(frozen=True)
class ForeignDate:
    """A foreign date line's date, whether it prints a time and whether a weekday."""

    date: dt.date
    timed: bool
    weekday: bool


@dataclass(frozen=True)
class _Calendar:
    lang: str
    months: dict[str, int]  # lower-cased name -> month number
    weekdays: dict[str, int]  # lower-cased name -> weekday (Monday 0)


def _plain(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").split()).lower()


def _with_dotless(names: dict[str, int]) -> dict[str, int]:
    # "янв." is printed "янв" too; a dotless form that is another name's stays that name's
    out = dict(names)
    for name, value in names.items():
        if name.endswith(".") and len(name) > 2:
            out.setdefault(name[:-1], value)
    return out


@cache
def _calendars() -> tuple[_Calendar, ...]:
    from babel import Locale  # deferred: see the module docstring

    from pipeline.lexicon.cldr_words import CLDR_LOCALES

    calendars = []
    for lang, names in CLDR_LOCALES.items():
        months: dict[str, int] = {}
        weekdays: dict[str, int] = {}
        for locale in (Locale.parse(n) for n in names):
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in locale.months[context][width].items():
                        months.setdefault(_plain(name), number)
                    for number, name in locale.days[context][width].items():
                        weekdays.setdefault(_plain(name), number)
        calendars.append(_Calendar(lang, _with_dotless(months), _with_dotless(weekdays)))
    return tuple(calendars)


@cache
def _letter() -> str:
    """A regex class of a name's letters: the word letters and the combining marks (Unicode
    categories Mn, Mc, Me) of the Basic Multilingual Plane."""
    marks = [chr(n) for n in range(0x300, 0x10000) if unicodedata.category(chr(n))[0] == "M"]
    ranges: list[list[str]] = []
    for mark in marks:
        if ranges and ord(mark) == ord(ranges[-1][1]) + 1:
            ranges[-1][1] = mark
        else:
            ranges.append([mark, mark])
    spans = "".join(a if a == b else f"{a}-{b}" for a, b in ranges)
    return rf"(?:[^\W\d_]|[{spans}])"


@cache
def _word() -> re.Pattern[str]:
    letter = _letter()
    return re.compile(rf"{letter}+(?:-{letter}+)?")


def _alternation(names: set[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _shape(pattern: str, month: str, weekday: str) -> str | None:
    """A CLDR date pattern ("EEEE, d 'de' MMMM 'de' y") as a regex over ``month`` and
    ``weekday`` names, its literals ("de", "г.") optional as pages print them or not; None for
    a pattern with a two-digit year, or with a month number and no word marking it ("dd.MM.y":
    numeric dates are read by ``published``). A month number marked by its word ("y年M月d日")
    takes every literal as required."""
    numbered = re.search(r"(?<![ML])[ML]{1,2}(?![ML])", re.sub(r"'[^']*'", "", pattern))
    if numbered and not any(ch.isalpha() and not ch.isascii() for ch in pattern):
        return None
    tokens: list[str] = []
    at = 0
    for field in _FIELD.finditer(pattern):
        between = pattern[at : field.start()].strip(_SEPARATOR_CHARS)
        at = field.end()
        text = field.group(0)
        literal = between or (text.strip("'").strip(_SEPARATOR_CHARS) if text[0] == "'" else "")
        if literal:
            tokens.append(re.escape(literal) if numbered else rf"(?:{re.escape(literal)}\.?)?")
        if text[0] == "'":
            continue
        letter, width = text[0], len(text)
        if letter == "y" and width != 2:
            tokens.append(rf"(?P<y>{YEAR_NUMBER})")
        elif letter in "ML":
            tokens.append(rf"(?P<m>{month})" if width >= 3 else r"(?P<m>\d{1,2})")
        elif letter == "d":
            # the day's ordinal stop too, before a time ("2031. március 4., 10:20")
            tokens.append(r"(?P<d>\d{1,2})(?!\d)(?:er|º|°|\.)?")
        elif letter in "Ec":
            tokens.append(rf"(?P<w>{weekday})")
        else:
            return None
    if tail := pattern[at:].strip(_SEPARATOR_CHARS):
        tokens.append(re.escape(tail) if numbered else rf"(?:{re.escape(tail)}\.?)?")
    return _SEPARATORS.join(tokens)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """One regex per distinct shape of the gloss locales' and English date patterns, its names
    any word (the language and the names are read after the match: :func:`_read`)."""
    from babel import Locale  # deferred: see the module docstring

    from pipeline.lexicon.cldr_words import CLDR_LOCALES

    name = _NAME.format(letter=_letter())
    month, weekday = name, rf"{name}(?:[-\s]{name})?"
    shapes: dict[str, None] = {}
    for name in ("en", *(n for names in CLDR_LOCALES.values() for n in names)):
        locale = Locale.parse(name)
        for width in ("full", "long", "medium"):
            pattern = locale.date_formats[width].pattern
            for form in (pattern, re.sub(r"E+[\s,،]*|[\s,،]*E+", "", pattern)):
                shape = _shape(form, month, weekday)
                if shape is not None:
                    shapes.setdefault(shape)
    weekday_first = rf"(?:(?P<w0>{weekday}){_SEPARATORS})?"
    return tuple(
        re.compile(
            rf"{_LEAD}(?P<t0>{_TIME}{_SEPARATORS})?"
            + (weekday_first if "(?P<w>" not in s else "")
            + rf"{s}(?P<time>{_CLOCK})?{_TAIL}",
            re.IGNORECASE,
        )
        for s in shapes
    )


def _read(match: re.Match[str]) -> ForeignDate | None:
    """The date of ``match`` in the first language that names its month so, preferring one
    whose weekday name agrees with the date."""
    month_name, year, day = match.group("m").lower(), int(match.group("y")), int(match.group("d"))
    groups = match.groupdict()
    weekday_name = (groups.get("w") or groups.get("w0") or "").lower()
    readings = []
    for calendar in _calendars():
        month = int(month_name) if month_name.isdigit() else _look_up(calendar.months, month_name)
        weekday = _look_up(calendar.weekdays, weekday_name) if weekday_name else None
        if month is None or (weekday_name and weekday is None):
            continue
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if weekday == date.weekday():
            return ForeignDate(date, _timed(match), True)
        readings.append(date)
    if not readings:
        return None
    return ForeignDate(readings[0], _timed(match), bool(weekday_name))


def _look_up(names: dict[str, int], name: str) -> int | None:
    found = names.get(name)
    return names.get(name.rstrip(".")) if found is None else found


def _timed(match: re.Match[str]) -> bool:
    return bool(match.group("time") or match.group("t0"))


def foreign_date_line(line: str) -> ForeignDate | None:
    """The date of a foreign date line (see the module docstring), or None."""
    line = line.strip()
    if len(line) > LINE_CHARS or not _PRECHECK.search(line) or not _DAY.search(line):
        return None  # the cheap prechecks, before the CLDR is loaded
    if len(_word().findall(line)) > MAX_WORDS:
        return None
    for pattern in _patterns():
        match = pattern.match(line)
        if match:
            found = _read(match)
            if found is not None:
                return found
    return None
