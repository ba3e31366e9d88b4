"""A date line in Spanish, Portuguese or French: a weekday, the date and maybe a time, alone on
its line, as sites in those languages print it under the headline ("Sábado, Marzo 10, 2031 -
16:06", "sábado, 10 de marzo de 2031", "samedi 10 mars 2031 à 09h15", "terça-feira, 4 de março
de 2031"). The weekday and month names are lexicon data (``calendar_words.csv``). Only a whole
line is read: a date inside a sentence is an event the text talks about.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pipeline.ingest.dateline_year import YEAR_NUMBER
from pipeline.lexicon import foreign_months, foreign_weekdays


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(foreign_weekdays())


@cache
def _months() -> dict[str, int]:
    return foreign_months()


def _names(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@cache
def _line_pattern() -> re.Pattern[str]:
    weekday = rf"(?:{_names(foreign_weekdays())})(?:-feira)?"
    month = rf"(?:{_names(foreign_months())})"
    time = r"\s*[-|,/]?\s*(?:(?:às|a\s+las|à)\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:hs?|hrs)?\.?"
    return re.compile(
        rf"^{weekday}\.?,?\s+"
        # month first ("Marzo 10, 2031") or day first ("10 de marzo de 2031", "1er mars 2031")
        rf"(?:(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>{YEAR_NUMBER})"
        rf"|(?P<d2>\d{{1,2}})(?:er|º|°|o)?\s+(?:de\s+)?(?P<m2>{month})\.?,?\s+(?:de\s+)?(?P<y2>{YEAR_NUMBER}))"
        rf"(?P<time>{time})?\s*$",
        re.IGNORECASE,
    )


def foreign_date_line(line: str) -> tuple[dt.date, bool] | None:
    """The date of a foreign weekday date line and whether it has a time, or None."""
    first = line.split(maxsplit=1)[0].rstrip(".,").lower() if line else ""
    if first.removesuffix("-feira") not in _weekdays():
        return None  # the cheap precheck: the line opens with a weekday
    match = _line_pattern().match(line)
    if not match:
        return None
    day, month, year = (match.group(f"{g}1") or match.group(f"{g}2") for g in "dmy")
    try:
        found = dt.date(int(year), _months()[month.lower()], int(day))
    except ValueError:
        return None
    return found, match.group("time") is not None
