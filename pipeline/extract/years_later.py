"""A year named as "N years later" after a year of the same sentence ("turnover going from $8.5bn
in 2005 up to $16.8bn five years later": 2010), or of the sentence before ("In 2010 exports were
$2.5bn. Four years later they had fallen to $1.8bn": 2014; round 53, as "that year" reaches back
in :mod:`pipeline.extract.year_reference`).

The period patterns read years and spans counted from the page's date ("five years ago"); a count
forward from a year the text has just named is read here, as that year plus N (a whole
calendar year), and added to the sentence's periods at the phrase.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.period_record import Period, whole_year
from pipeline.extract.year_reference import year_named_before

_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a": 1,
}  # fmt: skip
_LATER = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a)\syears?\slater\b",
    re.IGNORECASE,
)


def with_years_later(
    sentence: str,
    periods: list[Period],
    earlier: tuple[str, ...] = (),
    published: dt.date | None = None,
) -> list[Period]:
    """``periods`` with a whole-year period for each "N years later" whose sentence names a whole
    year before it (the last one before the phrase), else whose nearest earlier sentence (of
    ``earlier``, nearest first; at most two, as for "that year") names a year in digits;
    unchanged when there is none."""
    if "later" not in sentence:
        return periods
    added = []
    back: int | None = None
    looked = False
    for found in _LATER.finditer(sentence):
        if any(p.start <= found.start() < p.end for p in periods):
            continue  # already read as part of another period
        years = [p for p in periods if p.end <= found.start() and whole_year(p)]
        if years:
            base = years[-1].period_start.year
        elif any(p.end <= found.start() and p.period_end is not None for p in periods):
            continue  # a dated period of its own sentence before it that is no whole year
        else:
            if not looked:
                looked = True
                back = year_named_before(earlier, published)
            if back is None:
                continue
            base = back
        n = found.group("n").lower()
        year = base + (int(n) if n.isdigit() else _COUNTS[n])
        added.append(
            Period(found.start(), found.end(), "year", dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    if not added:
        return periods
    return sorted([*periods, *added], key=lambda p: p.start)
