"""The building blocks of the period patterns (``period_patterns``): month names, years, days,
counts and the leads of fiscal years, as regular-expression text. Split out of
``period_patterns`` (which keeps the patterns and re-exports these names) to keep it short.
"""

from __future__ import annotations

import re

from pipeline.lexicon import alternation, count_numbers, month_numbers, ordinal_numbers

# The month names, ordinals and count words are lexicon data (``calendar_words.csv``,
# ``number_words.csv``), read here and by the page-date rules of ``ingest``.
MONTHS = month_numbers()
_ORDINAL = ordinal_numbers()
_COUNT = count_numbers()

# The English month names in full, as a glossed page writes them ("January|...|December"): the
# foreign-language modules read a month range or a name after the gloss with it
ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# The words of "the same period" ("the corresponding months", "the parallel period"): the period
# pattern, its cue words (``period_cues``) and the fiscal reader's "same months of" share them;
# "the analogous period", "the matching period" are the English of Russian-language wires
# ("аналогичный период") and of statistics offices
SAME_PERIOD_WORDS = ("same", "corresponding", "comparable", "similar", "parallel", "equivalent")
SAME_PERIOD_WORDS += ("analogous", "matching")

# a month name, longest spelling first ("september" before "sept" before "sep")
_MONTH = rf"(?:{alternation(list(MONTHS))})\.?(?![a-z])"
_YEAR = r"(?:19|20)\d{2}"
# The year after a month: "May 2031", "March this year", "June of the current year"
_TO_YEAR = (
    rf",?\s(?:of\s)?(?:(?P<y>{_YEAR})(?![-–/]?\d)"
    r"|(?:the\s)?(?P<rel>this|current|present|last|previous)\syear\b)"
)
# A year number as a word ("in 2023"): the test several modules make before reading periods.
# The matches of rf"\b{_YEAR}\b": the leading "\b" (no word character before the "1" or "2")
# is the look-behind after the century, so the pattern opens with a literal branch and re
# scans fast for its first characters instead of trying every position (2-3x faster).
YEAR_NUMBER = re.compile(r"(?:19|20)(?<!\w..)\d{2}\b")
_DASH = r"\s?(?:-|–|—|to|through|till|until)\s?"
# "the first five months of 2022-23", "the first half of 2021/22": months of a split year
# "of 2030", "of pre-crisis 2030", "in the current year", also "for 10 months this year" (no
# "of" before this year)
_OF_YEAR = (
    rf"(?:(?:\s(?:of|in)|\.?(?=\s(?:this|current)\syear\b))\s(?:the\s)?(?:(?:pre|post)-[a-z]+\s)?(?:(?P<y>{_YEAR})(?:[-–/](?P<ys>{_YEAR}|\d{{2}})(?![\d%]))?"
    # ... "of the year before", "of the year earlier": the previous year ("the opening two months
    # of the year before")
    rf"|(?P<rel>this|current|last|previous|preceding|past|year\s(?:before|earlier)\b)"
    # ... "of the current calendar year" (Persian "سال جاری میلادی", round 58)
    r"(?:(?<=before)|(?<=earlier)|\s(?:calendar\s)?year)|year\b))?"
)
# A day of a month: "30", "1st"; a day and its month either way round ("June 30", "30th of June")
_DAY = r"(?<![\d.,$])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_DAY_MONTH = rf"(?:(?P<m{{i}}>{_MONTH})\s(?P<d{{i}}>{_DAY})|(?P<e{{i}}>{_DAY})\s(?:of\s)?(?P<n{{i}}>{_MONTH}))"
_COUNT_WORD = rf"(?:{alternation(list(_COUNT))}|\d{{1,2}})"
# "FY2023-24", "FY 2022/2023", "fiscal year 2022-23", "fiscal 2024-25", "2021-22" (a split
# year: the second year is the next one), "FY24", "fiscal 2024", "the current fiscal year";
# optionally led by "(the first) eight months in/of" ("five months (April-August) of").
# "the first quarter (half) of this fiscal year" is its first three (six) months, "the first
# three quarters" its first nine; a later quarter or half is its months ("the second half of the
# last fiscal year").
_FISCAL_LEAD = (
    rf"(?:(?:the\s)?(?:(?P<nfirst>first\s)?(?P<n>{_COUNT_WORD})\smonths"
    # "the first three quarters of fiscal 2030-31": its first nine months
    r"|first\s(?P<nq>two|three|2|3)\squarters"
    rf"|(?P<ford>first|1st|second|2nd|third|3rd|fourth|4th|final|last)\s(?P<fpart>quarter|half))"
    rf"\s(?:\([^()]{{0,30}}\)\s)?(?:of|in)\s(?:the\s)?(?:current\s)?)?"
)
# "the just concluded fiscal year": the one that ended last (offset -1 from the running one)
_ENDED = r"(?:just|recently)[\s-](?:concluded|ended|completed|closed)"
# ("FY-25", "FY'25", "FY’25": the code joined to a two-digit year by a hyphen or apostrophe)
_FISCAL_WORD = r"(?:FY(?:[-'’](?=\d))?|fiscal\s(?:year\s)?|financial\syear\s)"
# what a school semester is "of" or "at": not a year's half
_SCHOOL = r"(?:academic|school|university|college|studies|study|their|his|her|its|our)\b"
