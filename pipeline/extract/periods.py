"""Period expressions in a sentence to (start, end) dates, given the document's date.

Relative expressions ("last year", "the current year", "over the next five years") need a
reference year. Without a date header it may be inferred by ``extract`` (see there); if not, the
period stays null and ``note`` says why. Expressions that name a comparison base ("than in 2023",
"compared to the previous year") are flagged ``comparison`` so they never become a figure's period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from pipeline.extract.caseless import Caseless, ascii_gate, substring_test

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_ORDINAL = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
_COUNT = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s?(?:-|–|—|to|through|till|until)\s?"
_OF_YEAR = rf"(?:\s(?:of|in)\s(?:the\s)?(?:(?P<y>{_YEAR})|(?P<rel>this|current|last|previous|past)\syear))?"
_COUNT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "month_year_range",
        re.compile(
            rf"(?P<m1>{_MONTH})\s(?P<y1>{_YEAR}){_DASH}(?P<m2>{_MONTH})\s(?P<y2>{_YEAR})",
            re.IGNORECASE,
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"(?:from\s)?(?P<m1>{_MONTH}){_DASH}(?P<m2>{_MONTH})"
            rf"(?:,?\s(?P<y>{_YEAR})|\s(?:of\s)?(?P<rel>this|last|current|previous)\syear)?",
            re.IGNORECASE,
        ),
    ),
    (
        "first_months",
        re.compile(rf"(?:the\s)?first\s(?P<n>{_COUNT_WORD})\smonths{_OF_YEAR}", re.IGNORECASE),
    ),
    (
        "half",
        re.compile(
            rf"(?:(?P<o>first|second|1st|2nd)\shalf{_OF_YEAR}|\bH(?P<h>[12])\s(?P<y2>{_YEAR}))",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)\squarter{_OF_YEAR}"
            rf"|\bQ(?P<q>[1-4])\s(?P<y2>{_YEAR}))",
            re.IGNORECASE,
        ),
    ),
    (
        "horizon",
        re.compile(
            rf"(?:(?:over|in|within|during)\sthe\snext|within)\s(?P<n>{_COUNT_WORD})\syears"
            rf"|(?:by|until|till|up\sto)\s(?:the\send\sof\s)?(?P<y>{_YEAR})(?![-–—]\d)",
            re.IGNORECASE,
        ),
    ),
    ("since", re.compile(rf"\bsince\s(?P<y>{_YEAR})", re.IGNORECASE)),
    (
        "month",
        re.compile(rf"\bin\s(?P<m1>{_MONTH})(?:,?\s(?P<y>{_YEAR}))?(?!\s?\d)", re.IGNORECASE),
    ),
    (
        "year_range",
        re.compile(rf"(?<!\d)(?P<y1>{_YEAR})\s?[-–—]\s?(?P<y2>{_YEAR})(?!\d)"),
    ),
    (
        "relative_year",
        re.compile(
            r"\b(?P<rel>last|previous|past|this|current|next|coming)\s(?:calendar\s)?year\b",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(rf"(?<![\d$€.,])(?P<y>{_YEAR})(?![\d%])")),
]
_COMPARISON = re.compile(
    r"(?:\bthan(?!\s(?:US\$|USD|EUR|[$€£¥₽₸]|\d))|\bcompared\s(?:to|with)|\bin\scomparison\swith|\bagainst|\bversus|\bvs\.?|"
    r"\bfrom\sthe\ssame\speriod|\bover\sthe\ssame\speriod|\bsame\speriod|"
    r"(?:percent|%|times|fold|up|down|more|less)\sfrom)"
    r"(?:\s[\w’'-]+){0,5}\s?$",
    re.IGNORECASE,
)
_RELATIVE_OFFSET = {
    "last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
}  # fmt: skip


@dataclass(frozen=True)
class Period:
    """A period found in a sentence; ``offset`` is set when it needs a reference year."""

    start: int
    end: int
    kind: str
    period_start: dt.date | None
    period_end: dt.date | None
    comparison: bool = False
    relative: tuple[str, int] | None = None  # (kind, year offset) still to resolve
    note: str | None = None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _COUNT[token.lower()]


def _reference_year(match: re.Match[str], ref: dt.date | None) -> tuple[int | None, int | None]:
    """(year, pending relative offset) for a match that may carry a year or a relative year."""
    groups = match.groupdict()
    if groups.get("y"):
        return int(groups["y"]), None
    if groups.get("y2"):
        return int(groups["y2"]), None
    rel = groups.get("rel")
    offset = _RELATIVE_OFFSET[rel.lower()] if rel else 0
    if ref is None:
        return None, offset
    return ref.year + offset, None


def _resolve(kind: str, match: re.Match[str], ref: dt.date | None) -> Period:
    g = match.groupdict()
    span = (match.start(), match.end())
    year, pending = _reference_year(match, ref)

    def build(start: dt.date | None, end: dt.date | None) -> Period:
        return Period(*span, kind, start, end)

    def pending_period(shape: str) -> Period:
        return Period(*span, kind, None, None, relative=(shape, pending or 0))

    def months(first: int, last: int) -> Period:
        """Months ``first``..``last`` of the stated year, else of the latest year whose
        ``last`` month the document date has reached, else pending."""
        nonlocal year
        if year is None and ref is not None and not g.get("rel"):
            year = ref.year if last <= ref.month else ref.year - 1
        if year is None:
            return pending_period(f"months:{first}:{last}")
        return build(dt.date(year, first, 1), _month_end(year, last))

    if kind == "month_range":
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
        return months(m1, m2)
    if kind == "month_year_range":
        m1, m2 = MONTHS[g["m1"].lower().rstrip(".")], MONTHS[g["m2"].lower().rstrip(".")]
        return build(dt.date(int(g["y1"]), m1, 1), _month_end(int(g["y2"]), m2))
    if kind == "month":
        m = MONTHS[g["m1"].lower().rstrip(".")]
        if not g.get("y"):
            # "In September alone": the latest such month up to the document date.
            if ref is None:
                return pending_period(f"months:{m}:{m}")
            year = ref.year if m <= ref.month else ref.year - 1
        return build(dt.date(year, m, 1), _month_end(year, m))
    if kind in ("first_months", "half", "quarter"):
        if kind == "first_months":
            first, last = 1, _count(g["n"])
        elif kind == "half":
            h = int(g["h"]) if g.get("h") else _ORDINAL[g["o"].lower()]
            first, last = 6 * h - 5, 6 * h
        else:
            q = int(g["q"]) if g.get("q") else _ORDINAL[g["o"].lower()]
            first, last = 3 * q - 2, 3 * q
        if not 1 <= last <= 12:
            return Period(*span, kind, None, None, note=f"no such month span: {match.group(0)!r}")
        return months(first, last)
    if kind == "horizon":
        if g.get("y"):
            return Period(
                *span, kind, None, dt.date(int(g["y"]), 12, 31), note="target horizon: no start"
            )
        years = _count(g["n"])
        if ref is None:
            return Period(*span, kind, None, None, relative=("horizon", years))
        return Period(
            *span, kind, None, dt.date(ref.year + years, 12, 31), note="target horizon: no start"
        )
    if kind == "since":
        end = ref if ref is not None else None
        return Period(
            *span,
            kind,
            dt.date(int(g["y"]), 1, 1),
            end,
            note=None if end else "open end: no document date",
        )
    if kind == "year_range":
        return build(dt.date(int(g["y1"]), 1, 1), dt.date(int(g["y2"]), 12, 31))
    if kind == "relative_year":
        if year is None:
            return pending_period("year")
        return build(*_year_span(year))
    return build(*_year_span(int(g["y"])))


_YEAR_CUES = ("19", "20")
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Substrings (lower-case) without which a pattern cannot match: a cheap test that skips most
# regexes on most sentences.
_NEEDS: dict[str, tuple[str, ...]] = {
    "month_year_range": _MONTH_CUES,
    "month_range": _MONTH_CUES,
    "month": _MONTH_CUES,
    "first_months": ("first",),
    "half": ("half", "h1", "h2"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "horizon": ("next", "by ", "until", "till", "within", "up to"),
    "since": ("since",),
    "year_range": _YEAR_CUES,
    "relative_year": ("year",),
    "year": _YEAR_CUES,
}


# How many year numbers ("2024") a pattern needs: counting them is cheaper than the regex.
_MIN_YEARS = {"month_year_range": 2, "year_range": 2, "year": 1}
_YEAR_TOKEN = re.compile(_YEAR)
# Month names a pattern needs; each name holds a three-letter cue, so in ASCII text (where
# lower-casing is exact) counting the cues bounds the names.
_MIN_MONTHS = {"month_year_range": 2, "month_range": 2}
_MONTH_TOKEN = re.compile("|".join(_MONTH_CUES))
# Each pattern with its fast ASCII path and its cue test (patterns sharing cues share the test).
_CUE_TESTS = {needs: substring_test(needs) for needs in _NEEDS.values()}
_SCANS = [
    (kind, Caseless(pattern), _NEEDS[kind], _MIN_YEARS.get(kind, 0), _MIN_MONTHS.get(kind, 0))
    for kind, pattern in _PATTERNS
]
_COMPARISON_FAST = Caseless(_COMPARISON)
# Every _COMPARISON alternative holds one of these words.
_MAY_COMPARE = ascii_gate(
    ("than", "compared", "comparison", "against", "versus", "vs", "same", "from")
)


def find_periods(sentence: str, ref: dt.date | None) -> list[Period]:
    """Non-overlapping period expressions in a sentence, most specific pattern first."""
    taken = bytearray(len(sentence))  # 1 where a more specific expression already matched
    found: list[Period] = []
    lowered = sentence.lower()
    # Non-overlapping counts of fixed-width tokens: the most there can be.
    years = len(_YEAR_TOKEN.findall(sentence))
    months = len(_MONTH_TOKEN.findall(lowered)) if sentence.isascii() else None
    cued: dict[tuple[str, ...], bool] = {}
    if months is not None:
        cued[_MONTH_CUES] = months > 0
    if years:
        cued[_YEAR_CUES] = True  # a year number starts with one of them
    for kind, pattern, needs, min_years, min_months in _SCANS:
        if years < min_years or (months is not None and months < min_months):
            continue
        if needs not in cued:
            cued[needs] = _CUE_TESTS[needs](lowered)
        if not cued[needs]:
            continue
        for match in pattern.finditer(sentence, lowered):
            s, e = match.span()
            if taken.find(1, s, e) != -1:
                continue
            try:
                period = _resolve(kind, match, ref)
            except (ValueError, KeyError):
                continue
            if _is_comparison(sentence[max(0, s - 60) : s]):
                period = replace(period, comparison=True)
            taken[s:e] = b"\x01" * (e - s)
            found.append(period)
    found.sort(key=lambda p: p.start)
    return found


def _is_comparison(before: str) -> bool:
    """The text before a period names it as a comparison base ("than in 2023")."""
    return _MAY_COMPARE(before) and _COMPARISON_FAST.search(before) is not None


def resolve_pending(period: Period, ref_year: int) -> Period:
    """Fill a relative period once a reference year is known (e.g. inferred for the document)."""
    if period.relative is None:
        return period
    shape, offset = period.relative
    if shape == "horizon":
        return replace(period, period_end=dt.date(ref_year + offset, 12, 31), relative=None)
    year = ref_year + offset
    if shape == "year":
        start, end = _year_span(year)
    else:
        _, m1, m2 = shape.split(":")
        start, end = dt.date(year, int(m1), 1), _month_end(year, int(m2))
    return replace(period, period_start=start, period_end=end, relative=None)
