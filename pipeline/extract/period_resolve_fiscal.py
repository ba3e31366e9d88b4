"""Readers of fiscal and non-Gregorian period expressions: fiscal years and their ranges ("FY24",
"2023/24", "FY2022-FY2024"), compact spans ("4M23", "2HFY24") and Iranian years.

A fiscal year stays open (``Period.fiscal``) until ``period_settle`` knows the figure's countries
(whose fiscal year it is). Moved out of ``period_resolve``'s dispatch unchanged.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.iranian_calendar import _IRANIAN_MONTHS, _nowruz, glossed_year
from pipeline.extract.period_patterns import _RELATIVE_OFFSET
from pipeline.extract.period_record import Period, _month_end
from pipeline.extract.period_resolve_base import NO_DATE_NOTE, Span, _count, _full_year
from pipeline.extract.period_words import SAME_PERIOD_WORDS


def fiscal_range(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "FY2022-FY2024", "2021/22 to 2023/24": from the first fiscal year to the last."""
    if g.get("a1"):
        # two split years: each second year is the next one, and the last is the later
        a, b = int(g["a1"]), int(g["b1"]) if g.get("b1") else None
        if b is None or _full_year(g["a2"], a) != a + 1 or _full_year(g["b2"], b) != b + 1:
            return None
        first, last = ("split", a), ("split", b)
    elif g.get("a3") or g.get("a4"):
        if g.get("b1"):
            return None
        a = _full_year(g["a3"] or g["a4"])
        b = _full_year(g["b3"] or g["b4"], a)
        first, last = ("named", a), ("named", b)
    else:
        return None
    if last[1] <= first[1]:
        return None
    return Period(*span, kind, None, None, fiscal=("range", *first, *last))


# "the same period of the last fiscal year", "the corresponding months of the past fiscal": the months of
# the figure's main period in the fiscal year before, not that whole year
_SAME_MONTHS_OF = re.compile(
    rf"\b(?:{'|'.join(SAME_PERIOD_WORDS)})\s(?:period|months?|time)\s(?:of|in)\s(?:the\s)?$",
    re.IGNORECASE,
)


def fiscal(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """A fiscal year, its first months, half or quarter: named ("FY24", "2023-24") or relative to
    the document ("this fiscal year", "the first 9 months of the financial year")."""
    months = _count(g["n"]) if g.get("n") else 12
    if g.get("nq"):
        months = 3 * _count(g["nq"])  # "the first three quarters": its first nine months
    part: tuple[int, int] | None = None  # "the second quarter of fiscal 2024": its months 4-6
    if g.get("fpart"):
        months = 3 if g["fpart"].lower() == "quarter" else 6
        index = _ORDINAL_PART[g["ford"].lower()]
        if index == -1:  # "the final quarter", "the last half": the year's last
            index = 12 // months
        if index > 12 // months:
            return None  # "the third half"
        if index > 1:
            part = (months * (index - 1) + 1, months * index)
            months = 12
    if g.get("fy3"):
        g = {**g, "fy1": g["fy3"], "fy2": g["fy4"], "frel": None}
    elif g.get("fy5") or g.get("fy7"):  # "2018-19 FY", "the 2024-2025 financial year"
        g = {**g, "fy1": g.get("fy5") or g["fy7"], "fy2": g.get("fy6") or g["fy8"]}
    if g.get("frel") or g.get("fbare"):
        frel = (g["frel"] or "this").lower()
        offset = -1 if frel.startswith(("just", "recently")) else _RELATIVE_OFFSET[frel]
        ordinal = ref.toordinal() if ref else 0
        anchor = -1 if frel in ("previous", "preceding") else None
        if offset == -1 and _SAME_MONTHS_OF.search(match.string, max(0, span[0] - 40), span[0]):
            anchor = -1
        if part is not None and not g.get("fbare"):
            # "the second half of the last fiscal year": those months of the year ``offset``
            # from the one running at the page's date
            return Period(
                *span, kind, None, None, fiscal=("rel_part", offset, ordinal, *part), anchor=anchor
            )
        # "the first 9 months of the financial year": the latest such months that ended
        # ("the second half of the financial year", no year named: read as the whole year)
        shape = "latest" if g.get("fbare") else "rel"
        return Period(
            *span, kind, None, None, fiscal=(shape, offset, months, ordinal), anchor=anchor
        )
    y1 = _full_year(g["fy1"])
    if g.get("fy2"):
        if _full_year(g["fy2"], y1) != y1 + 1:
            return None
        if part is not None:
            return Period(*span, kind, None, None, fiscal=("part", y1, *part))
        return Period(*span, kind, None, None, fiscal=("split", y1, months))
    if part is not None:
        return Period(*span, kind, None, None, fiscal=("named_part", y1, *part))
    return Period(*span, kind, None, None, fiscal=("named", y1, months))


# which quarter or half of a fiscal year ("the second quarter of fiscal 2024"); -1: the last
_ORDINAL_PART = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_PART |= {"fourth": 4, "4th": 4, "final": -1, "last": -1}


# A named Iranian year the sentence also calls past or current ("the past Iranian calendar year
# 1401", "the current Iranian year of 1400"): it dates an undated page (``period_anchor``)
PAST_IRANIAN_NOTE = "a past Iranian year by name"
CURRENT_IRANIAN_NOTE = "the current Iranian year by name"


def iranian_year(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """An Iranian (solar hijri) year, named or relative to the document, or its first months."""
    note = None
    rel = (g.get("rel") or "").lower()
    # "the Iranian calendar year (started March 21, 2024)": the Gregorian gloss names the year
    gloss = (
        None if g.get("y") or g.get("y2") or g.get("y3") else glossed_year(match.string[span[1] :])
    )
    if named := g.get("y") or g.get("y2") or g.get("y3") or (gloss and gloss[0]):
        year = int(named)
        if rel in ("past", "last", "previous"):
            note = PAST_IRANIAN_NOTE
        elif rel or (gloss and gloss[1]):  # (a year that has started is the current one)
            note = CURRENT_IRANIAN_NOTE
    elif ref is None:
        return Period(*span, kind, None, None, note=NO_DATE_NOTE)
    else:
        # the Iranian year running at ``ref``, or the one before it ("the past year")
        year = ref.year - 621 if ref >= _nowruz(ref.year - 621) else ref.year - 622
        if g.get("rel") and g["rel"].lower() in ("past", "last", "previous"):
            year -= 1
    start = _nowruz(year)
    if g.get("n") or g.get("first") or g.get("part"):
        # "the first 11 months of the Iranian year": Farvardin to Bahman; "the first quarter
        # (half)": its first three (six) months
        months = _count(g["n"]) if g.get("n") else 1
        if g.get("part"):
            months = 3 if g["part"].lower() == "quarter" else 6
        if not 1 <= months < 12:
            return None
        end = start + dt.timedelta(days=sum(_IRANIAN_MONTHS[:months]) - 1)
        return Period(*span, kind, start, end, note=note)
    return Period(*span, kind, start, _nowruz(year + 1) - dt.timedelta(days=1), note=note)


def compact(
    kind: str, match: re.Match[str], g: dict, span: Span, ref: dt.date | None
) -> Period | None:
    """ "4M23": months 1-4 of 2023; "3Q23": July-September; "10MFY23", "2HFY24": the months
    counted from the start of that fiscal year, settled by the figure's countries."""
    year = _full_year(g["y4"] or g["y2"])
    if g.get("n"):
        first, last = 1, int(g["n"])
    elif g.get("h") or g.get("h2"):
        h = int(g["h"] or g["h2"])
        first, last = 6 * h - 5, 6 * h
    else:
        q = int(g["q"] or g["q2"])
        first, last = 3 * q - 2, 3 * q
    if g.get("fy") and g["fy"].strip() == "FY":
        if second := g.get("y5") or g.get("y6"):
            if _full_year(second, year) != year + 1:
                return None
            return Period(*span, "compact", None, None, fiscal=("part", year, first, last))
        return Period(*span, "compact", None, None, fiscal=("named_part", year, first, last))
    return Period(*span, "compact", dt.date(year, first, 1), _month_end(year, last))
