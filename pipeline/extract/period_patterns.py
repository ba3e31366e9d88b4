"""The period expressions that ``periods`` finds, as regular expressions: their text in one place.

``_PATTERNS`` is ordered: an earlier kind wins where two overlap (see ``periods.find_periods``).
The cue tables (``period_cues``) say what text each pattern cannot match without, so most
patterns are skipped on most sentences.
"""

from __future__ import annotations

import re

# (the building blocks are ``period_words``; importers read them here too)
from pipeline.extract.period_words import (  # noqa: F401
    _COUNT,
    _COUNT_WORD,
    _DASH,
    _DAY,
    _DAY_MONTH,
    _ENDED,
    _FISCAL_LEAD,
    _FISCAL_WORD,
    _MONTH,
    _OF_YEAR,
    _ORDINAL,
    _SCHOOL,
    _TO_YEAR,
    _YEAR,
    MONTHS,
    SAME_PERIOD_WORDS,
    YEAR_NUMBER,
)
from pipeline.lexicon import alternation

# A count of years back that a hedge qualifies ("about six years ago", "some ten years back",
# "nearly five years earlier") names no year (NOTES round 58, 6): the count is not exact, so the
# figure keeps both period fields empty; an exact count ("six years ago") still dates it.
_UNHEDGED = "".join(
    rf"(?<!\b{re.escape(word)}\s)"
    for word in (
        "about",
        "around",
        "some",
        "roughly",
        "nearly",
        "almost",
        "approximately",
        "approx.",
        "ca.",
        "circa",
        "over",
        "under",
        "than",
        "perhaps",
        "maybe",
        "or",
    )
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a decade: "the 1990s", "the 1990's", "the early 2000s", "the mid-1980s", "the '90s", "the
    # nineties" (a glossed page's decades too: ``year_phrases``); no year of its own, read before
    # "mid_year" ("mid-1990s" is no half of 1990) and "year" ("1990s" is no 1990)
    (
        "decade",
        re.compile(
            r"(?:\b(?:the\s)?(?:(?:early|mid|late)[\s-]|mid-)?)?(?<![\d$€£.,])(?:1[89]|20)\d0s\b"
            # "the 1990's" (with "the" or "early"/"mid"/"late"; bare "2020's" is a possessive)
            r"|\b(?:the\s(?:(?:early|mid|late)[\s-])?|(?:early|mid|late)[\s-])(?:1[89]|20)\d0['’]s\b"
            r"|(?<![\w])['’][3-9]0s\b|(?<=\bthe\s)[3-9]0s\b"
            r"|\bthe\s(?:(?:early|mid|late)[\s-])?(?:thirties|forties|fifties|sixties|seventies"
            r"|eighties|nineties)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # the analysts' and business press's short codes: "4M23" (the first four months of
        # 2023), "9M2022", "1H24", "3Q23", "10MFY23" / "1HFY24" (of fiscal year 2023 / 2024),
        # "Q1'23", "H2FY24"; a month count, half or quarter, then the year (written case as is:
        # "4m" is no period). Before "fiscal", whose "FY23" lies inside "10MFY23".
        "compact",
        re.compile(
            r"(?<![\w$€£.,])(?:(?P<n>1[0-2]|[1-9])M|(?P<h>[12])H|(?P<q>[1-4])Q"
            r"|(?:Q(?P<q2>[1-4])|H(?P<h2>[12]))(?=\s?FY|['’]))"
            # "8M-22" (Egypt's and the Gulf's business press): a hyphen before the year
            rf"(?P<fy>\s?FY|CY)?(?:[\s-]?(?P<y4>{_YEAR})|['’-]?(?P<y2>\d{{2}}))"
            # "H1 FY2030-31": the half of the split year that starts in 2030
            rf"(?:(?<=FY\d{{4}})[-–/](?P<y5>{_YEAR}|\d{{2}})|(?<=FY\s\d{{4}})[-–/](?P<y6>{_YEAR}|\d{{2}}))?(?![\w%])"
        ),
    ),
    (
        # "between 2013-14 and 2022-23", "from FY2019-20 to FY2023-24", "between FY19 and FY23":
        # the fiscal years from the first one's start to the last one's end (NOTES: a multi-year
        # total between two split years)
        "fiscal_range",
        re.compile(
            rf"\b(?:from|between)\s(?:the\s)?(?:{_FISCAL_WORD}\s?)?"
            rf"(?:(?P<a1>{_YEAR})[-–/](?P<a2>{_YEAR}|\d{{2}})(?:\s?FY)?|(?<=FY)(?P<a3>{_YEAR}|\d{{2}})|(?<=FY\s)(?P<a4>{_YEAR}|\d{{2}}))"
            rf"\s(?:to|and|till|until|through)\s(?:the\s)?(?:{_FISCAL_WORD}\s?)?"
            rf"(?:(?P<b1>{_YEAR})[-–/](?P<b2>{_YEAR}|\d{{2}})(?:\s?FY)?|(?<=FY)(?P<b3>{_YEAR}|\d{{2}})|(?<=FY\s)(?P<b4>{_YEAR}|\d{{2}}))"
            rf"(?![\d%])",
            re.IGNORECASE,
        ),
    ),
    (
        "fiscal",
        re.compile(
            rf"{_FISCAL_LEAD}(?:{_FISCAL_WORD}\s?\(?(?P<fy1>{_YEAR}|\d{{2}})(?:\s?[-–/]\s?(?P<fy2>{_YEAR}|(?<=\d{{4}}-)\d|\d{{2}}))?\)?(?![\d%])"
            # "2016-2017FY", "2018-19 FY": a split year with the code after it (Myanmar's press)
            rf"|(?<![\d$€.,])(?P<fy5>{_YEAR})\s?[-–/]\s?(?P<fy6>{_YEAR}|\d{{2}})\s?FY\b"
            # ... or a split year in full before the words ("the 2024-2025 financial year"; not
            # "2024-25 fiscal" nor "of the 2024-2025 fiscal", which the split-year months read)
            rf"|(?<![\d$€.,])(?<!of\s)(?<!of\sthe\s)(?P<fy7>{_YEAR})\s?[-–/]\s?(?P<fy8>{_YEAR})"
            r"\s(?:fiscal|financial)(?:\syear)?\b"
            # (not "the same period of last fiscal year": ``same_period``'s, a year before the main)
            rf"|(?<!same\speriod\sof\s)(?<!same\speriod\sof\sthe\s)(?P<frel>current|ongoing|present|this|last|previous|preceding|past|next|coming|{_ENDED})\s(?:fiscal|financial)(?:\syear)?\b"
            # "this financial year (2022-23)", "the last fiscal year 2022-23": the year named
            # ... "(2021-2)": the second year by its last digit
            rf"(?:\s\(?(?P<fy3>{_YEAR})(?:\s?[-–/]\s?(?P<fy4>{_YEAR}|\d{{1,2}}))?\)?(?![\d%]))?"
            # "the first nine months of the financial year" (natty#54): no year, no "current"
            # ("the last six months of the financial year" is not its first: left unread)
            # ("the first half of financial year": the article left out, as Pakistan's press writes)
            r"|(?:(?<=months\sof\sthe\s)(?(nfirst)|(?!))|(?<=half\sof\sthe\s)|(?<=quarter\sof\sthe\s)"
            r"|(?<=half\sof\s)|(?<=quarter\sof\s))"
            r"(?P<fbare>fiscal|financial)\syear\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "iranian_year",
        re.compile(
            # "the past 11 months of the current Iranian calendar year of 1396"
            rf"(?:(?:the\s)?(?:(?:first|past|last)\s)?(?P<n>{_COUNT_WORD})\smonths\sof\s(?:the\s)?"
            r"|(?:the\s)?(?P<first>first)\smonth\sof\s(?:the\s)?"
            # "the first quarter (half) of the current Iranian calendar year": its first three
            # (six) months, as "the first quarter of this fiscal year" is
            r"|(?:the\s)?(?:first|1st)\s(?P<part>quarter|half)\sof\s(?:the\s)?)?"
            r"(?:(?P<rel>past|last|previous|current|present|this)\s)?"
            r"(?:Iranian\s(?:calendar\s)?|solar\s(?:hijri\s)?)year"
            r"(?:\s(?:of\s|in\s)?(?P<y>1[34]\d{2})\b)?"
            # "in 1406 (solar year)"; "the year 1405": a solar hijri year by its number alone
            # (kept to 1380-1419, below the lunar hijri years pages of this century write)
            r"|(?<=\bin\s)(?P<y2>1[34]\d{2})\s\((?:Iranian|solar|Persian)\s(?:calendar\s)?year\)"
            r"|(?<=\bthe\syear\s)(?P<y3>13[89]\d|14[01]\d)\b(?![,.]?\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "month_year_range",
        re.compile(
            # "from March 2029 to March 2030": the "from" opens the range (as in "year_range"),
            # no comparison base ("rose 12% from March 2029" alone is one)
            rf"(?:\b(?:from|between)\s)?"
            rf"(?P<m1>{_MONTH})\s(?P<y1>{_YEAR})(?:{_DASH}|\sand\s)(?P<m2>{_MONTH})\s(?P<y2>{_YEAR})"
            # "from 2005 to September 2023": a year, then the month the span ends with
            rf"|\b(?:from|between)\s(?P<y1b>{_YEAR})\s(?:to|and|until|through)\s"
            rf"(?P<m2b>{_MONTH})\s(?P<y2b>{_YEAR})"
            # "(2030-March 2031)": the same span written with a dash (a year's start to a month's
            # end; NOTES "Decisions ... round 38, annotator hi" 2)
            rf"|(?<![\w$€£.,/-])(?P<y1c>{_YEAR})\s?[-–—]\s?(?P<m2c>{_MONTH})\s(?P<y2c>{_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        # a span named by the month it ends with: "the year to September 2019", "the six months
        # ended June 30", "the half-year period ending in June 2031", "the quarter through
        # March"; New Zealand and Australian statistics write it "the March 2017 year", "the
        # June quarter"
        "rolling",
        re.compile(
            rf"\b(?:the\s)?(?:(?:first|past|last|latest)\s)?(?<!this\s)(?<!current\s)"
            rf"(?:(?P<span>year|half(?:[\s-]year)?|quarter)"
            rf"|(?P<n>{_COUNT_WORD})[\s-]months?)(?:\speriod)?\s(?:to|through|(?:(?:that|which)\s)?(?:ending|ended)(?:\sin)?)"
            # "the year to the end of May" (New Zealand's statistics)
            rf"\s(?:the\send\sof\s)?(?:(?P<d1>{_DAY})\s)?(?P<m1>{_MONTH})(?:\s(?P<d2>{_DAY})(?![\d,.]\d))?(?:,?\s(?P<y>{_YEAR}))?(?!\d)"
            rf"|\bthe\s(?P<m2>{_MONTH})\s(?:(?P<y2>{_YEAR})\s)?(?P<span2>year|quarter)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # UK statistics' rolling span: "the four quarters to the end of Q2 2031" (July-June), "to
        # end-Q2 2031"
        "quarters_to",
        re.compile(
            rf"\b(?:the\s)?(?:(?:past|last|latest)\s)?(?P<n>{_COUNT_WORD})\squarters\s"
            rf"(?:to|through|ending|ended)\s(?:the\send\sof\s|end-)?Q(?P<q>[1-4])\s(?P<y>{_YEAR})",
            re.IGNORECASE,
        ),
    ),
    (
        "as_of",
        re.compile(
            rf"\bas\sof\s(?P<m1>{_MONTH})\s(?P<d>\d{{1,2}})(?:,?\s(?P<y>{_YEAR}))?"
            rf"(?=.{{0,40}}since\sthe\s(?:beginning|start)\sof\s(?:the|this)\syear)",
            re.IGNORECASE,
        ),
    ),
    (
        # a calendar day with its year: "till June 22, 2031" (open start, NOTES: investment
        # stocks), "March 21, 2030 - January 20, 2031" (a range of days); a day alone ("said on
        # 12 March 2031", a dateline) dates the statement, never a figure: it is only kept
        # from the plain-year pattern; a range may end in a relative year (round 47)
        "date",
        re.compile(
            rf"(?:\b(?P<cue>as\s(?:of|at)|till|until|up\sto|through|by)\s(?:the\s)?)?"
            rf"(?:(?:from\s|between\s)?{_DAY_MONTH.format(i='a')}(?:,?\s(?P<ya>{_YEAR}))?"
            # "to the 31 of March" (a gloss of "al 31 de marzo")
            rf"\s?(?:-|–|—|to|till|until|through|and)\s?(?:the\s)?)?"
            rf"{_DAY_MONTH.format(i='b')}(?:,?\s(?P<y>{_YEAR})(?!\d)"
            # a range of days whose end's year is named relative: "from April 1, 2029 to March
            # 31 this year", "between January 1 and March 31 last year" (``date`` keeps it
            # to a range)
            rf"|,?\s(?:of\s)?(?:the\s)?(?P<rel>this|last|current|previous)\syear\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "month_range",
        re.compile(
            # "between January and September", "the months of March and April": "and" joins a
            # range after them; elsewhere only two months in a row ("in July and August 2030",
            # the two-month span reported together; ``_resolve`` checks they follow each other)
            # "2030 (January-June)", "2022-23 (Apr-Jan)": a year, then its months in brackets
            # (not a fiscal year's "FY2022-23 (July-March)", which the fiscal pattern reads)
            rf"(?:(?<!FY)(?<!FY\s)(?<!fiscal\s)(?<!fiscal\syear\s)(?<!financial\syear\s)"
            rf"(?P<py1>{_YEAR})(?:[-–/](?P<py2>{_YEAR}|\d{{2}}))?\s?\((?={_MONTH}))?"
            rf"(?:from\s|(?P<btw>between\s|the\smonths\sof\s))?(?P<m1>{_MONTH})"
            rf"(?:{_DASH}|(?(btw)\sand\s|(?P<pair>\sand\s)))"
            rf"(?P<m2>{_MONTH})(?(py1)(?=\s?\)))"
            # "the January-March months of this year" ("the April-June period of 2030":
            # ``period_joins.months_of_named_year``)
            rf"(?:\smonths(?=\s(?:of|in)\s))?"
            # "July-February of the 2021-22 fiscal", "July-June (2022-23)": months of a split year
            # "July-March 2018-19" (Pakistan's press): no word between the months and the year
            rf"(?:(?:\s\(|\s(?:of|in)\s(?:the\s)?|,?\s)(?P<sy1>{_YEAR})[-–/](?P<sy2>{_YEAR}|\d{{2}})\)?"
            rf"(?:\sfiscal(?:\syear)?)?(?!\d)"
            rf"|,?\s(?:of\s|in\s)?(?P<y>{_YEAR})"
            rf"|\s(?:of\s)?(?:the\s)?(?P<rel>this|last|current|previous)\syear)?",
            re.IGNORECASE,
        ),
    ),
    (
        # "until August 2031", "up to the end of August 2031", "as of end-August 2031": a flow
        # summed from the start of that year (NOTES: "as of mid-2024" -> January-June). A day
        # ("until June 22, 2031") is the date pattern's; a range ("March through August") is
        # the month range's, matched before this. "By the end of March 2031", "by February
        # 2031" and "at the end of September 2031" are the same running total when the figure
        # is data (a target's "by" is its deadline: ``periods`` marks it ``by_end``).
        "to_month",
        re.compile(
            # "at the end of May 2031", "as of the end of May", "by the end of May": the end of
            # a month, with or without its year (then the latest such month before the page, as
            # "in May" is); without "end" ("until May", "by February") a year is needed
            rf"\b(?:until|till|up\sto|through|as\s(?:of|at)|by|at(?=\sthe\send\sof\s|\send-)"
            # ... "in the period to May" (a span ending then, never a deadline: no year needed)
            rf"|(?P<per>the\speriod\s(?:to|up\sto|through)"
            # ... "this year through August", "YTD through October": this year's months so far
            # (not "the year through August", a rolling twelve months)
            rf"|(?P<ytd>(?:(?<!the\s)this|the\scurrent)\syear|year[\s-]to[\s-]date|YTD)"
            rf"\s(?:to|up\sto|through|until|till)))"
            # ... "until last May" (Spanish "hasta el último mayo"): the latest May, as "until May,"
            # ... "until the month of September" (Portuguese "até o mês de setembro")
            rf"\s(?:the\s)?(?:month\sof\s)?(?P<end>end\s(?:of\s)?|end-)?(?P<last>(?:last|past)\s)?"
            rf"(?P<m1>{_MONTH})"
            rf"(?:{_TO_YEAR})?"
            r"(?(end)|(?(per)|(?(y)|(?(rel)|(?(last)|(?=,))))))",
            re.IGNORECASE,
        ),
    ),
    (
        # "as of mid-2024", "as at mid-year 2024": a year-to-date flow to the middle of that
        # year, January-June (NOTES); "by mid-2030" is left to the horizon (a target's deadline)
        "mid_year",
        re.compile(
            rf"\b(?:until|till|up\sto|through|as\s(?:of|at))\s(?:the\s)?mid[-\s]?(?:year\s)?(?P<y>{_YEAR})(?![-–/]?\d)"
            # "in the middle of this year it stood at X": January-June of the year (NOTES, gd)
            r"|\b(?:in|until|till|up\sto|through|as\s(?:of|at))\sthe\smiddle\sof\s(?:the\s)?"
            r"(?P<rel>this|current)\syear\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "in the first 20 days of this month", "the first ten days of March 2030"
        "first_days",
        re.compile(
            rf"\bfirst\s(?P<n>{_COUNT_WORD}|[12]\d|3[01])\sdays\sof\s(?:(?:the\s)?(?P<rel>this|current|"
            rf"last|previous)\smonth\b|(?P<m1>{_MONTH})(?:,?\s(?P<y>{_YEAR}))?)",
            re.IGNORECASE,
        ),
    ),
    (
        # "the second month of 2030 (this year)"; not "of the current Iranian year", a solar month
        "ordinal_month",
        re.compile(
            # ... "the second month of the year", "the year's second month": the latest such
            # month, as "in February" is
            rf"\b(?:(?P<ys>the\syear['’]s\s)|(?:the\s)?)(?P<o>{alternation(list(_ORDINAL))})\smonth"
            rf"(?(ys)\b|\sof\s(?:(?P<y>{_YEAR})(?![-–/]?\d)|(?:the\s)?(?P<rel>this|current)\syear\b"
            rf"|the\syear\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "first_months",
        re.compile(
            # "the last four months of 2023", "the final two quarters of 2023": the year's end
            rf"(?:(?:the\s)?(?:(?P<first>first|opening|initial)|(?P<final>last|final|closing)|(?P<past>past))\s)?"
            # "the first eight months (8M) of 2030", "(Jan-Aug)": a bracket before the year
            # ("three-quarters", hyphenated, is a fraction: "fell by three-quarters in 2023")
            # ("a 14-month low", "a 16-month high": a record's reference, no span)
            rf"(?P<n>{_COUNT_WORD})(?:[\s-]months?|\s(?P<qs>quarters))\b(?!\sago)"
            r"(?![\s-](?:low|high|peak|record)\b)"
            rf"(?:\s\([^()]{{1,25}}\)(?=\s(?:of|in)\s))?{_OF_YEAR}",
            re.IGNORECASE,
        ),
    ),
    (
        "half",
        re.compile(
            # "the first semester of 2031": a half, as Spanish "semestre", Portuguese and French
            # speakers write it in English (not a school's: "semester of the academic year")
            rf"(?:(?P<o>first|second|1st|2nd|latter)\s(?:half|semester(?!\s(?:of|at)\s(?:the\s)?{_SCHOOL})){_OF_YEAR}"
            # "during the half-year": the first half of the year in context, the half-year a
            # report states (not "the half-year ended June 30", a rolling span)
            r"|(?:(?<=\bin\sthe\s)|(?<=during\sthe\s)|(?<=\bfor\sthe\s)|(?<=over\sthe\s))(?P<hy>half[\s-]year)\b(?![\s-](?:period\s)?"
            r"(?:end|to\b|through|up\sto))"
            rf"|\bH(?P<h>[12])(?:(?:,?\s(?:of\s)?|\s?/\s?|-)(?P<y2>{_YEAR})|\b(?![-/]\d)))",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            # a range of quarters reads as one span: "the first to third quarters of 2024",
            # "Q1-Q3 2024"; statistics offices write "2024Q3"
            # ... "the final/last quarter of 2023" is its fourth (a "last quarter" with no year
            # after it is the latest one, not read here)
            rf"(?:(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|(?:final|last)(?=\squarter\s"
            rf"(?:of|in)\s(?:the\s)?(?:\d{{4}}|this|current|last|previous|year\b)))"
            rf"(?:\s(?:to|through)\s(?P<o2>second|third|fourth|2nd|3rd|4th))?\squarters?{_OF_YEAR}"
            rf"|\bQ(?P<q>[1-4])(?:\s?[-–—]\s?Q(?P<q2>[1-4]))?"
            # "Q1 2024", "Q1, 2024", "Q1 of 2024", "Q1/2024", "Q1-2024" (as "H1-2024"), "Q3,2024"
            rf"(?:(?:,?\s(?:of\s)?|\s?/\s?|-|,)(?P<y2>{_YEAR})|\b(?![-/]\d))"
            rf"|\b(?P<yq>{_YEAR})\s?Q(?P<q3>[1-4])\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "past_years",
        re.compile(
            rf"\b(?:over|in|during|for)\sthe\s(?:past|last)\s(?:(?P<n>{_COUNT_WORD})\syears\b"
            # "over the past decade", "in the last two decades": ten years each
            rf"|(?:(?P<dn>{_COUNT_WORD})\s)?decades?\b)",
            re.IGNORECASE,
        ),
    ),
    (
        # a span of N years named by its length alone: "over the 7 years", "in the 10 years
        # since the agreement", "doubled in ten years", "grew 51% in 8 years" (the years up to
        # the one the change reaches, ``change_span``). Not "over 20 years of independence"
        # ("over" as "more than"), "in five years' time" (a horizon), "in 12 years ago"
        "years_span",
        re.compile(
            # ("the first time in nine years": a record's reference, no span)
            rf"(?<!time\s)\b(?:(?:over|in|during)\sthe\s|(?:in|during)\s)(?P<n>{_COUNT_WORD})\syears\b"
            r"(?!\s(?:of|ago|old|later|earlier|before|after|to\scome|from\snow)\b)(?!['’])"
            # ("in the three years to 2023": whole years ending with the one named, "year_range")
            r"(?!\s(?:to|through|up\sto)\s(?:19|20)\d\d)",
            re.IGNORECASE,
        ),
    ),
    (
        # the day a stock is counted, in every English form: "stood at $1.8bn as of late last
        # year", "at the end of last year", "at the close of 2030", "at year-end 2030", "as of
        # the end of the current year"; and a year's start, the stock at the end of the year
        # before (NOTES: "at the beginning of" a year): "at the beginning of this year", "as of
        # early 2031", "to the start of 2031" (round 57). After "at" an edge word is needed ("at
        # 2030 prices" is no date)
        "stock_date",
        re.compile(
            r"(?:\bas\s(?:of|at)\s(?:(?:the\s)?(?P<e1>end|close|beginning|start)\sof\s(?:the\s)?"
            r"|(?P<e2>end|year[-\s]end)[-\s]|(?P<e3>late|early)\s)?"
            r"|\bat\s(?:(?:the\s)?(?P<e4>end|close|beginning|start)\sof\s(?:the\s)?"
            r"|(?P<e5>end|year[-\s]end)[-\s])"
            r"|\b(?:up\s)?to\sthe\s(?P<e6>beginning|start)\sof\s(?:the\s)?)"
            rf"(?:(?P<y>{_YEAR})(?![-–—/]\d)"
            r"|(?P<rel>last|previous|current|this)\syear\b"
            # "at the end of the year" (not "the year 2030", "the year-on-year ...")
            r"|(?<=the\s)(?<!as\sof\sthe\s)(?<!as\sat\sthe\s)(?P<the>year)\b(?![\s-](?:19|20)\d\d|[\s-]on\b))",
            re.IGNORECASE,
        ),
    ),
    (
        "horizon",
        re.compile(
            rf"(?:(?:over|in|within|during)\sthe\snext|within)\s(?P<n>{_COUNT_WORD})\syears"
            # "the $30-billion-by-2025 target", "by the end 2022"
            rf"|(?:by|until|till|up\sto)[\s-](?:the\send\s(?:of\s)?)?(?P<y>{_YEAR})(?![-–—]\d)"
            # "(stood at $3.9bn) at end-2023", "as at the end of 2023", "as of 2023": a stock at
            # the year's end; a flow "as of 2023" is still that calendar year (NOTES), which
            # ``period_settle.reached_by`` gives an actual of trade
            # ... and a sentence opening "End of 2023, ..." (French "Fin 2023," glossed)
            rf"|(?:\bat\s(?:the\send\sof\s|end-)|\bas\s(?:at|of)\s(?:the\send\sof\s|end-)?"
            rf"|^(?:[Tt]he\s)?[Ee]nd(?:\sof\s|-))"
            rf"(?P<ye>{_YEAR})(?![-–—/]\d)",
            re.IGNORECASE,
        ),
    ),
    ("since", re.compile(rf"\bsince\s(?P<y>{_YEAR})", re.IGNORECASE)),
    (
        # "in the said period this year", "in the said time", "the period under review", "the
        # same period this year", "during this period", "in the reporting period": the period
        # the page already named (the figure's main period)
        "said_period",
        re.compile(
            r"(?:(?<=\bin\s)|(?<=during\s)|(?<=over\s)|(?<=\bfor\s)|(?<=within\s))(?:this|that)\speriod\b"
            r"|\bthe\s(?:(?:said|aforementioned|aforesaid|above-?mentioned|reported|reporting)\s(?:period|time|months)"
            r"|same\s(?:period|time|months)(?=\s(?:of\s)?this\syear\b)|period\sunder\s(?:review|consideration))"
            r"(?:\s(?:of\s)?this\syear\b)?",
            re.IGNORECASE,
        ),
    ),
    (
        "same_period",
        re.compile(
            # ("over the same years": the span of years just named)
            rf"\b(?:the\s|a\s)?(?:{'|'.join(SAME_PERIOD_WORDS)})\s(?:period|months?|years\b|time(?:\s?frame)?\b)"
            # (not "the corresponding period of FY24": the fiscal year's, ``period_joins``)
            rf"(?!\s(?:of|in)\s(?:the\s)?(?:FY|fiscal\b|financial\b|{_YEAR}\s?[-–/]\s?\d))"
            # ("of last fiscal year": the year before's, of the same calendar, round 48)
            rf"(?:\s(?:of|in)\s(?:(?P<y>{_YEAR})|(?:the\s)?(?P<rel>last|previous|preceding|past)"
            rf"\s(?:fiscal\s|financial\s)?year)"
            # "the same period the previous year" (no "of"), "the same period last year"
            rf"|\s(?:the\s(?=[pr]))?(?P<rel2>last|a|previous|preceding|prior)\s(?:fiscal\s)?year)?"
            # "the same period last year (2029)", "... of the previous year 2029": the year named
            rf"(?(rel)(?:,?\s\(?(?P<y3>{_YEAR})\)?(?!\d))?|(?(rel2)(?:,?\s\(?(?P<y4>{_YEAR})\)?(?!\d))?))",
            re.IGNORECASE,
        ),
    ),
    (
        "year_earlier",
        re.compile(
            r"\ba\syear\s(?:earlier|ago|before)\b|\bthe\s(?:previous|preceding|prior)\s(?:calendar\s)?year\b"
            # "from $16m four years ago": that many years before the figure's main period
            rf"|\bthe\syear\sbefore\b(?!\slast\b)|(?<![\w-]){_UNHEDGED}(?P<n>{_COUNT_WORD})\syears\s"
            r"(?:earlier|ago|before|back)\b"
            # a factsheet's "(up 9.6% from previous year)", "growth on previous year": a base
            r"|(?:(?<=from\s)|(?<=over\s)|(?<=on\s))(?:previous|preceding|prior)\syear\b"
            # "$710m in January-October 2030 ($377m year on year)": a bracketed amount's "year
            # on year" is its base, a year before the main period (not after a rate: "(up 5%
            # year on year)" compares, the rate keeps its period)
            r"|(?:(?<=million\s)|(?<=billion\s)|(?<=trillion\s)|(?<=bn\s)|(?<=mn\s)|(?<=\d\s)|(?<=\d))"
            r"(?P<yoy>year[\s-]on[\s-]year)(?=\s?\))",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            # "in March of 2030", "in the month of March this year" (American usage)
            # ... and a base month of a year named relative ("up 5% over February this year")
            rf"(?:\b(?:in|during|for)\s|(?:(?<=\bover\s)|(?<=against\s))"
            rf"(?={_MONTH}\s(?:of\s)?(?:the\s)?(?:this|last)\syear\b))"
            rf"(?:the\smonth\sof\s)?(?P<m1>{_MONTH})(?:,?\s(?:of\s)?(?P<y>{_YEAR})"
            rf"|\s(?:of\s)?(?:the\s)?(?P<rel>this|current|last|previous|past)\syear\b)?(?!\s?\d)"
            rf"|(?<!\d\s)(?<!\d)\b(?P<m2>{_MONTH})\s(?:of\s)?(?P<y2>{_YEAR})(?!\d)"
            # "then came the month of April", "June's figures", "from March's $794m" (not
            # "May's": a name as often as a month)
            rf"|\bthe\smonth\sof\s(?P<m3>{_MONTH})(?!\s?\d)|\b(?!may\b)(?P<m4>{_MONTH})['’]s\b"
            # "January exports rose 17%", "Korea's March shipments": a month naming the flow it
            # dates (the latest such month, as "in March")
            rf"|\b(?!may\b)(?P<m5>{_MONTH})(?=\s(?:[a-z]+\s)?(?:exports?|imports?|shipments|trade"
            r"|sales|purchases|deliveries|turnover)\b)",
            re.IGNORECASE,
        ),
    ),
    # "down from $34m a month earlier", "up 4% on the previous month": the month before the
    # figure's main period (not the article's, as "last month" is)
    (
        "month_earlier",
        re.compile(
            r"\ba\smonth\s(?:earlier|ago|before)\b|\bthe\s(?:previous|preceding|prior)\smonth\b",
            re.IGNORECASE,
        ),
    ),
    # "$7.2m in 2030 before easing back to $7m the year after", "$5.1bn in March and $5.2bn a
    # month later": the year (month) after the figure's main period, as "a year earlier" is the
    # one before it
    (
        "later",
        re.compile(
            r"\b(?:a|one)\s(?P<unit>year|month)\slater\b"
            r"|\bthe\s(?:following|subsequent)\s(?P<unit2>year|month)\b(?!['’])"
            # "$5.1bn in October 2030, up to $5.2bn the next month" (round 53; "the next year" is
            # left to ``relative_year``: the page's next year, as a forecast names it)
            r"|\bthe\snext\s(?P<unit4>month)\b(?!['’])"
            # "the month after," (not "the year after the agreement": an event's)
            r"|\bthe\s(?P<unit3>year|month)\safter(?=\s?[,.;)]|\s(?:and|while|when|as|but|before)\b|$)",
            re.IGNORECASE,
        ),
    ),
    # "exports reached $11bn last month": the month before the article's
    (
        "relative_month",
        re.compile(r"\b(?P<rel>last|previous|past|this|current)\smonth\b", re.IGNORECASE),
    ),
    (
        "year_range",
        re.compile(
            rf"(?<!\d)(?P<y1>{_YEAR})\s?[-–—]\s?(?P<y2>{_YEAR})(?!\d)"
            # ... also "between the years 2016 and 2020", "between the year 2016 and 2020" (round 50)
            rf"|\b(?:from|between)\s(?:the\syears?\s)?(?P<y3>{_YEAR})\s(?:to|and|through|until|till)\s"
            rf"(?P<y4>{_YEAR})(?!\d)"
            # "in the three years to 2023", "the five years through 2023": that many whole years
            # ending with the one named
            rf"|\bthe\s(?P<n5>{_COUNT_WORD})\syears\s(?:to|through|up\sto)\s(?P<y5>{_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_year",
        re.compile(
            r"\b(?P<the>the\s)?(?P<rel>last|previous|past|this|current|present|next|coming)\s(?:calendar\s)?year\b"
            # "the year before last" (HeidelTime#73): two years before the publication year
            r"|\b(?P<before_last>the\syear\sbefore\slast)\b"
            # "by the end of the year", "by year-end": the running year's end (a deadline)
            r"|(?<=\bby\sthe\send\sof\sthe\s)(?P<year_end>year)\b(?![\s-](?:19|20)\d\d)"
            r"|(?<=\bby\s)(?P<year_end2>year[\s-]end)\b",
            re.IGNORECASE,
        ),
    ),
    # a year, or a split year ("2021-22", "2021/2022": the second year is the next one)
    (
        "year",
        re.compile(
            # (a space before the dash: "in 2015 -16", as some Indian trade papers set it)
            rf"(?<![\d$€.,])(?P<y>{_YEAR})(?:(?:\s?[-–]|/)(?P<y2>\d{{2}})|/(?P<y4>{_YEAR}))?"
            r"(?![\d%])"
            # ... not an amount: "2036 million dinars", "2030 mln", "2019 bn" (round 42, hq05:
            # a count of millions that reads as a year)
            r"(?!\s?(?:million|billion|trillion|thousand|mln|bln|mn|bn|tn|crore|lakh)s?\b)"
        ),
    ),
]


class _Offsets(dict):
    """Year offsets by relative word; a key of several words matches whatever space the text
    has between them ("year\nbefore")."""

    def __missing__(self, key: str) -> int:
        spaced = " ".join(key.split())
        if spaced == key:
            raise KeyError(key)
        return self[spaced]


_RELATIVE_OFFSET = _Offsets({
    "last": -1, "previous": -1, "preceding": -1, "past": -1, "this": 0, "current": 0, "next": 1,
    "ongoing": 0, "present": 0,
    "coming": 1, "year before": -1, "year earlier": -1,
})  # fmt: skip
