"""The year of a dateline that prints only day and month ("MOSCOW, July 19. /TASS/.", "SEOUL, Jan.
6 (Yonhap) --"), from the page itself.

Two sources, in this order:

1. A full date printed in the page's head a few days from the dateline's day ("Wednesday, August
   12, 2009" above "BOGOTA, Aug. 11 (Agency) --"): the page states the year. A site's ticker of
   today's date is almost never that close to the article's day, so the check keeps it out.
2. The latest period of data the lead reports: a page reports data only once the period is over,
   and reports it soon, so the page is from the first year in which its day and month come after
   the end of that period ("January 23" after "January to December 2030" is 23 January 2031;
   "July 30" after "the first half of 2031" is 30 July 2031). Years the lead does not report as
   data are left out: targets and forecasts ("expected", "by 2035"), anniversaries, and the start of a
   look-back ("since June 2005"), and split years ("2023-24": a fiscal year may be over or
   under way, and where it ends depends on the country). With no period of data in the lead the year stays unknown
   (the page has no publication date) rather than guessed.

Both were checked against the pages that have both a dateline and a ``date`` header: the former
rule ("the latest year named in the lead, plus one when named whole") was a year off on most of
them, because a period ending in a month ("January-December 2030", "the first half of 2031") or a
target year counted as a whole year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline.lexicon import count_numbers, month_numbers, ordinal_numbers

LEAD_CHARS = 2500  # the lead after the dateline, where the article states its current data
CONFIRM_DAYS = 3  # a full date this many days from the dateline's day is the same day's page
# A period's first estimates may come out in its last days ("exports in the first half of 2031
# were estimated at ..." on 28 June 2031): a day this close before the period's end still counts.
EARLY_DAYS = 7

# Month names ("jan", "january", "sept" -> number), count words and quarter/half ordinals: one
# vocabulary with the period phrases, as data in pipeline/lexicon/calendar_words.csv and
# number_words.csv
_MONTH_NAMES = month_numbers()
# Written once for the page's dates (published.py reads them from here): a month name, full or
# abbreviated, with an optional dot; a year of this century or the last.
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
YEAR_NUMBER = r"(?:19|20)\d{2}"
_NUMBERS = {w: n for w, n in count_numbers().items() if n >= 2}  # "two months" .. "twelve months"
_WORDS = tuple(_NUMBERS)
_COUNT = rf"(?:\d{{1,2}}|{'|'.join(_WORDS)})"
_ORDINAL = ordinal_numbers()

# Periods of data, each ending on a known day. Named groups say which shape matched.
_DATA_PERIOD = re.compile(
    # "17 March 2031", "March 17, 2031": a day (data "as of", a statement's day)
    rf"(?P<dmy_d>\d{{1,2}})\s(?P<dmy_m>{MONTH_NAME})\s(?P<dmy_y>{YEAR_NUMBER})\b"
    rf"|(?P<mdy_m>{MONTH_NAME})\s(?P<mdy_d>\d{{1,2}}),?\s(?P<mdy_y>{YEAR_NUMBER})\b"
    # "January-April 2031", "from January to December 2030", "April of 2031", "end of March 2031"
    rf"|(?P<mon>{MONTH_NAME})(?:\s?(?:[-–—/]|\bto\b|\bthrough\b|\buntil\b|\btill\b)\s?(?P<mon2>{MONTH_NAME}))?"
    rf"\s?(?:period\s)?(?:of\s)?,?\s?(?P<mon_y>{YEAR_NUMBER})\b(?![-–/]\d)"
    # "the first seven months of 2031", "eight months of 2031"
    rf"|(?P<months>{_COUNT})\smonths\s(?:of\s)?(?:the\s(?:year\s)?)?(?P<months_y>{YEAR_NUMBER})\b"
    # "the first quarter of 2031", "Q1 2031", "the first half of 2031", "H1 2031"
    rf"|(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\squarter\s(?:of\s)?(?P<quarter_y>{YEAR_NUMBER})\b"
    rf"|\bQ(?P<q>[1-4])\s?(?:of\s)?(?P<q_y>{YEAR_NUMBER})\b"
    rf"|(?P<half>first|second|1st|2nd)\s(?:half|semester)\s(?:of\s)?(?P<half_y>{YEAR_NUMBER})\b"
    rf"|\bH(?P<h>[12])\s?(?:of\s)?(?P<h_y>{YEAR_NUMBER})\b"
    # "in 2030", "for 2030", "of 2030", "the end of 2030", "year 2030": a whole year
    rf"|\b(?:in|for|of|during|throughout|year)\s(?:the\s(?:year\s)?)?(?P<year>{YEAR_NUMBER})\b(?![-–/]\d)",
    re.IGNORECASE,
)
# A clause about the future or a goal states no data; "since 2005" is where a look-back starts.
# ... nor does an anniversary or an age ("the 40th anniversary of the policy, which turns 40 in
# 2031")
_NOT_DATA = re.compile(
    r"\b(?:expect|target|forecast|project(?:ed|ion)|aim|goal|plan|potential|hope|will|"
    r"could|would|should|by\s(?:the\s(?:end\sof\s)?)?(?:19|20)\d\d|anniversary|turns?\s\d)",
    re.IGNORECASE,
)
# A year-on-year base ("against the same period of 2030", "the corresponding months of 2030")
# is a year before the data the page reports: that data is of the next year. (Not any
# "compared with": a month-on-month base is a month before.)
_BASE = re.compile(
    r"\b(?:same|corresponding|identical)\s(?:period|months?|quarter|half|time)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\s(?:the\s)?(?:\w+\s){0,2}$", re.IGNORECASE)
# sentence ends, also glued ones of a flattened page ("JOD442 million.According to")
# Sentences, also glued ones of a flattened page ("JOD442 million.According to"), and their
# clauses joined by "and", "but", "while" or ";" ("Exports in 2030 rose and should reach $2bn";
# not "in 2031 and beyond", a future).
_CLAUSES = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\"“])|(?<=[a-z0-9][.!?])(?=[A-Z][a-z])|\n+|;\s|,?\s(?:and|but|while|whereas)\s(?!beyond|onwards?)"
)


def _month(name: str) -> int:
    return _MONTH_NAMES[name.lower()[:3]]  # "Sept." and "September" alike


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _end(match: re.Match[str]) -> dt.date | None:
    """The last day of the data period ``match`` names (a lower bound of the page's date)."""
    g = match.groupdict()
    try:
        if g["dmy_y"]:
            return dt.date(int(g["dmy_y"]), _month(g["dmy_m"]), int(g["dmy_d"]))
        if g["mdy_y"]:
            return dt.date(int(g["mdy_y"]), _month(g["mdy_m"]), int(g["mdy_d"]))
    except ValueError:
        return None
    if g["mon_y"]:
        return _month_end(int(g["mon_y"]), _month(g["mon2"] or g["mon"]))
    if g["months_y"]:
        n = g["months"].lower()
        count = int(n) if n.isdigit() else _NUMBERS[n.lower()]
        return _month_end(int(g["months_y"]), count) if 1 <= count <= 12 else None
    if g["quarter_y"] or g["q_y"]:
        q = _ORDINAL[g["quarter"].lower()] if g["quarter_y"] else int(g["q"])
        return _month_end(int(g["quarter_y"] or g["q_y"]), 3 * q)
    if g["half_y"] or g["h_y"]:
        h = _ORDINAL[g["half"].lower()] if g["half_y"] else int(g["h"])
        return _month_end(int(g["half_y"] or g["h_y"]), 6 * h)
    if g["year"]:
        return dt.date(int(g["year"]), 12, 31)
    return None


def latest_data_end(lead: str) -> dt.date | None:
    """The end of the latest period the text reports data for, or None (see the module
    docstring for what is not data). A year named whole ("for 2031") beside a part of it
    ("January till August 2031", "the first ten months of 2031") is the year to date, not a
    year over: the part's end counts. A year-on-year base ("the same period of 2030") stands
    for some part of the next year."""
    ends: list[tuple[dt.date, str]] = []  # each period's end, and a whole year's or a day's
    for sentence in _CLAUSES.split(lead):
        if _NOT_DATA.search(sentence):
            continue
        for match in _DATA_PERIOD.finditer(sentence):
            if _SINCE.search(sentence[max(0, match.start() - 20) : match.start()]):
                continue
            end = _end(match)
            if end is None:
                continue
            kind = "year" if match.group("year") else "day" if _is_day(match) else "part"
            if _BASE.search(sentence[max(0, match.start() - 60) : match.start()]):
                # the data is of the next year: of its same part, or of some part of it
                end = _year_later(end) if kind != "year" else dt.date(end.year + 1, 1, 1)
            ends.append((end, kind))
    parts = {end.year for end, kind in ends if kind == "part"}
    return max((end for end, kind in ends if kind != "year" or end.year not in parts), default=None)


def _year_later(day: dt.date) -> dt.date:
    """The same day a year later; a month's end is the month's end (29 February 2028 -> 28
    February 2029)."""
    if day == _month_end(day.year, day.month):
        return _month_end(day.year + 1, day.month)
    return day.replace(year=day.year + 1)


def _is_day(match: re.Match[str]) -> bool:
    return bool(match.group("dmy_y") or match.group("mdy_y"))


def dateline_year(month: int, day: int, lead: str, head_dates: list[dt.date]) -> dt.date | None:
    """The date of a day-and-month dateline: confirmed by a full date of the head
    (``head_dates``), else the first such day after the lead's latest data; None when neither
    fixes the year."""
    for found in head_dates:
        for year in (found.year - 1, found.year):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if abs((found - candidate).days) <= CONFIRM_DAYS:
                return candidate
    latest = latest_data_end(lead[:LEAD_CHARS])
    if latest is None:
        return None
    for year in (latest.year, latest.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February
            continue
        if candidate > latest - dt.timedelta(days=EARLY_DAYS):
            return candidate
    return None
