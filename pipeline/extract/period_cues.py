"""Which text each period pattern (``period_patterns``) cannot match without, so that most
patterns are skipped on most sentences: cue substrings (``_NEEDS``), counts of year numbers and
month names (``_MIN_YEARS``, ``_MIN_MONTHS``) and the anchors a scan may jump to (``_NEAR``).
Moved out of ``period_patterns`` (which kept the patterns themselves) to keep both modules short.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import literal_trie
from pipeline.extract.period_patterns import _COUNT, _YEAR
from pipeline.extract.period_words import MONTHS, SAME_PERIOD_WORDS

_YEAR_CUES = ("19", "20")
_MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Substrings (lower-case) without which a pattern cannot match: a cheap test that skips most
# regexes on most sentences.
_NEEDS: dict[str, tuple[str, ...]] = {
    "decade": ("0s", "0's", "0’s", "ties"),  # "the 1990s", "the '90s", "the nineties"
    # a digit then M, H or Q ("4m23", "1hfy24"), or Q or H then one ("q1'23", "h2fy24")
    "compact": tuple(f"{d}{c}" for d in "0123456789" for c in "mhq")
    + ("q1", "q2", "q3", "q4", "h1", "h2"),
    "fiscal_range": ("from ", "between "),
    "fiscal": ("fy", "fiscal", "financial"),
    "iranian_year": ("iranian", "solar", "the year 1"),
    "month_year_range": _MONTH_CUES,
    "rolling": _MONTH_CUES,
    "month_range": _MONTH_CUES,
    "quarters_to": ("quarters to", "quarters through", "quarters ending", "quarters ended"),
    "as_of": ("as of",),
    "to_month": ("until", "till", "up to", "through", "as of", "as at", "by ", "at the end")
    + ("at end-", "period to", "period up to", "period through", "year to", "date to"),
    "date": _MONTH_CUES,
    "month": _MONTH_CUES,
    "relative_month": ("month",),
    "first_days": ("days",),
    "ordinal_month": ("month of", "year's", "year’s"),
    "mid_year": ("mid-", "mid ", "middle of"),
    "first_months": ("month", "quarters"),
    "half": ("half", "h1", "h2", "semester"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "past_years": ("years", "decade"),
    "years_span": ("years",),
    "stock_date": ("as of", "as at", "at the ", "at end", "at close", "at beginning", "at start")
    + ("at year", "to the beginning", "to the start"),
    "horizon": ("next", "by ", "by-", "until", "till", "within", "up to", "end-", "end of")
    + ("as of", "as at"),
    "since": ("since",),
    "said_period": ("said period", "said time", "said months", "aforementioned", "aforesaid")
    + ("above-mentioned", "abovementioned", "above mentioned", "reported period", "under review")
    + ("reported time", "reported months", "under consideration", "same period this")
    + ("same time this", "same months this", "same period of this", "same time of this")
    + ("same months of this", "this period", "that period", "reporting period"),
    "same_period": SAME_PERIOD_WORDS,
    "year_earlier": ("year ago", "year earlier", "year before", "previous", "preceding", "prior")
    + ("years ago", "years back", "years earlier", "years before", "year on year", "year-on-year"),
    "month_earlier": ("month ago", "month earlier", "month before", "previous", "preceding")
    + ("prior",),
    "later": (
        "year later",
        "month later",
        "following",
        "subsequent",
        "year after",
        "month after",
        "next month",
    ),
    "year_range": _YEAR_CUES,
    "relative_year": ("year",),
    "year": _YEAR_CUES,
}


# How many year numbers ("2024") a pattern needs: counting them is cheaper than the regex.
_MIN_YEARS = {
    "month_year_range": 2,
    "year_range": 1,  # ("the three years to 2023": one)
    "year": 1,
    # ("date": none, a range of days may end "this year": "from April 1 to March 31 this year")
    "quarters_to": 1,
}
_YEAR_TOKEN = re.compile(_YEAR)
# Month names (``_MONTH``) a pattern needs. In ASCII text, where lower-casing is exact, the
# non-overlapping ``_MONTH`` matches of the lower-cased text bound them: a match ends where its
# run of letters ends (or one "." later), so names in different runs are each counted. Every
# pattern whose cues are ``_MONTH_CUES`` needs a month name, so a count of 0 skips them all
# ("market", "decline", "separate" hold a cue but no name).
_MIN_MONTHS = {
    "month_year_range": 1,  # ("from 2005 to September 2023")
    "month_range": 2,
    "rolling": 1,
    "as_of": 1,
    "date": 1,
    "to_month": 1,
}
# (the names as a prefix trie, ``literal_trie``: the matches of ``_MONTH``'s longest-first
# alternation, but re tries each position once instead of once per name)
_MONTH_TOKEN = re.compile(rf"(?:{literal_trie(MONTHS)})\.?(?![a-z])")
# Where a pattern's matches can start: each match holds a match of its anchor (searched in the
# lower-cased text; in the text itself for a pattern without IGNORECASE) at most ``lead``
# characters after its own start, so the scan jumps to the text just before each anchor
# (``caseless.finditer_near``) instead of trying every position. A lead is the longest text its
# pattern allows before the anchor ("during " before a month: 7): lengthen it with the pattern.
_YEAR_WORD = re.compile("year")
_NEAR: dict[str, tuple[re.Pattern[str], int]] = {
    # "from"/"between" then a fiscal word or a split year
    "fiscal_range": (
        re.compile(r"(?:from|between)\s(?:the\s)?(?:fy|fiscal|financial|(?:19|20)\d\d[-–/])"),
        0,
    ),
    "compact": (re.compile(r"\d[MHQ]|[QH][1-4]"), 1),  # searched in the text: case as written
    "mid_year": (re.compile("mid"), len("through the ")),
    "said_period": (
        re.compile(r"the\s(?:said|afore|above|report(?:ed|ing)|same|period)|th(?:is|at)\speriod"),
        0,
    ),
    "rolling": (_MONTH_TOKEN, len("the latest twelve-months period ending in 31st ")),
    # a day next to its month ("22 june", "june 22,"; never "june 2030"): most months have none
    "date": (
        re.compile(
            r"\d(?:st|nd|rd|th)?\s(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?!\d)"
        ),
        len("as of the between 3"),
    ),
    "month_range": (_MONTH_TOKEN, len("the months of ")),
    "to_month": (_MONTH_TOKEN, len("the period through the end of ")),  # the longest lead
    "first_months": (re.compile("month|quarters"), len("the initial twelve-")),
    "ordinal_month": (re.compile("month of|month"), len("the year's eleventh ")),
    "quarters_to": (re.compile("quarters"), len("the latest twelve ")),
    "quarter": (re.compile("quarter|q[1-4]"), len("second to fourth ")),
    "year_earlier": (_YEAR_WORD, len("the preceding calendar ")),
    "month": (_MONTH_TOKEN, len("during the month of ")),
    "year_range": (_YEAR_TOKEN, len("the twelve years through ")),
    "relative_year": (_YEAR_WORD, len("previous calendar ")),
    "year": (_YEAR_TOKEN, 0),
    # "during the next twelve years" (the longest count word; digits are shorter), "until the
    # end of 2030"
    "horizon": (re.compile(rf"years|{_YEAR}"), len("during the next ") + max(map(len, _COUNT)) + 1),
}
