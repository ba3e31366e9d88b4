"""What the Korean, Japanese and Thai glosses share (``korean``, ``japanese``, ``thai``): an
amount in English scale words, the English words of their calendars and the words their phrase
tables know.

Both modules find a period with one pattern shape: group 1 a year in digits ("2030년",
"2030年"), group 2 a year named relative to the page ("올해", "昨年"), groups 3 and 4 the
numbers (months, a half's mark, a quarter). Errors: none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
MONTHS += ("September", "October", "November", "December")
ORDINALS = ("first", "second", "third", "fourth")


def of_year(m: re.Match[str], relative: dict[str, str]) -> str:
    """ " of 2030", " of this year" for the year written before a span, else ""."""
    if m.group(1):
        return f" of {m.group(1)}"
    return f" of {relative[m.group(2)]}" if m.group(2) else ""


def month_span(m: re.Match[str], relative: dict[str, str]) -> str:
    """ "2030년 1~9월", "2030年1～9月" -> " January-September 2030 "."""
    first, last = int(m.group(3)), int(m.group(4))
    return f" {MONTHS[first - 1]}-{MONTHS[last - 1]}{of_year(m, relative).removeprefix(' of')} "


def month(m: re.Match[str], relative: dict[str, str]) -> str:
    """ "2030년 3월" -> " March 2030 "."""
    return f" {MONTHS[int(m.group(3)) - 1]}{of_year(m, relative).removeprefix(' of')} "


def days_from_to(
    marks: tuple[str, str, str], relative: dict[str, str], since: str, until: str
) -> re.Pattern[str]:
    """A span of days as one language writes it ("2029년 4월 1일부터 올해 3월 31일까지",
    "2029年4月1日から今年3月31日まで"): year (digits or a word of ``relative``), month, day, then
    the same for its end; ``marks`` the words after a year, a month and a day ("년", "월", "일"),
    ``since`` and ``until`` the words that open and close the span."""
    year, month, day_mark = marks
    y = rf"(?:(\d{{4}})\s?{year}\s?|({'|'.join(relative)})\s?)?"
    d = rf"(1[0-2]|[1-9])\s?{month}\s?([1-9]|[12]\d|3[01])\s?{day_mark}"
    return re.compile(rf"{y}{d}\s?{since}\s?{y}{d}\s?{until}")


def day_span(m: re.Match[str], relative: dict[str, str]) -> str:
    """ "2029년 4월 1일부터 올해 3월 31일까지" -> " from April 1, 2029 to March 31 this year ": an
    end with no year of its own takes the start's ("from January 1 to March 31, 2030")."""
    y1, r1, m1, d1, y2, r2, m2, d2 = m.groups()
    if not (y2 or r2):
        y2, r2 = y1, r1

    def of(year: str | None, rel: str | None) -> str:
        return f", {year}" if year else (f" {relative[rel]}" if rel else "")

    first = f"{MONTHS[int(m1) - 1]} {d1}" + (of(y1, r1) if (y1, r1) != (y2, r2) else "")
    return f" from {first} to {MONTHS[int(m2) - 1]} {d2}{of(y2, r2)} "


_PREPOSITION_BEFORE = re.compile(r"(?:from|to|until|since|in|of|by|than|and)\s*$", re.IGNORECASE)


def clause_month(m: re.Match[str], relative: dict[str, str]) -> str:
    """ "1월 한국의 대인도 수입액", "10月の対インド輸出額" -> " in January ...", " in October ..." (a
    Korean or Japanese month dates the clause it opens, as English "in January" does; a bare
    "January" before a subject is no period to the English rules), unless a preposition
    already stands before it or the Japanese possessive follows it ("10月の輸出" is "October's
    exports", which the English rules date)."""
    english = month(m, relative)
    if _PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return english
    if m.string.startswith("の", m.end()) or m.string.startswith(" の", m.end()):
        return english
    return " in" + english


def half(m: re.Match[str], relative: dict[str, str], first: str) -> str:
    """ "상반기", "上半期" (``first`` is the first half's mark) -> " the first half of ... "."""
    which = "first" if m.group(3) == first else "second"
    return f" the {which} half{of_year(m, relative)} "


def quarter(m: re.Match[str], relative: dict[str, str]) -> str:
    """ "3분기", "第3四半期" -> " the third quarter of ... "."""
    return f" the {ORDINALS[int(m.group(3)) - 1]} quarter{of_year(m, relative)} "


Step = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]


def calendar(text: str, steps: tuple[Step, ...]) -> str:
    """``text`` with each step's pattern replaced where its cue character is in the text (a
    month span before a month, a half, a quarter: the calendar chain Korean and Japanese pages
    share, each with its own patterns and cue characters)."""
    for cue, pattern, replace in steps:
        if cue in text:
            text = pattern.sub(replace, text)
    return text


@cache
def known_words(lang: str) -> dict[str, str]:
    """The words the ``lang`` gloss knows (its rows and country names) -> English."""
    from pipeline.extract.foreign_table import phrases  # (the table reads the modules)

    table = phrases(lang)
    return {**table.lower, **table.exact, **table.names}


def in_scale_words(value: Decimal) -> str:
    """``value`` as the English rules read an amount: "18.3 trillion", "540 million", "500"."""
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if value >= Decimal(10) ** power:
            return f"{value.scaleb(-power).normalize():f} {word}"
    return f"{value.normalize():f}"
