"""The base of a comparison written before a period: "compared with", "than", "from $X in 2029",
"16 percent above the 2029 level" (a period after these is the base's, never the figure's own).

Split from ``period_patterns`` (round 13, a move); read by ``periods``.
"""

from __future__ import annotations

import re

from pipeline.lexicon import alternation, scales

# An amount as a base is written: "$1.2", "US $906", "Ush1.73", "KSh 31.9", "S$175", "Rs 5"
# "from $4.03m in 6MFY22", "from $399.4million in H1FY22": a scale glued to the number is part
# of the amount
_BASE_AMOUNT = r"(?:US\s?\$|USD|EUR|[A-Z]{1,3}\$|[A-Z][a-z]{1,2}\.?|[$€£¥₽₸₦₹])\s?\d[\d.,]*(?:[a-zA-Z]{1,8}\b)?"
# "from 224 million dollars in 2022", "from 3.1 billion yuan": a base amount whose currency
# follows it (a scale word of two letters or more, so that "from 20 countries" is none)
_SCALED_AMOUNT = (
    r"\d[\d.,]*\s?(?:" + alternation([w for w in scales() if len(w) > 1 and w.isalpha()]) + r")\b"
)
_COMPARISON = re.compile(
    # ("more than half in 2023", "more than doubled in 2023": a bound of the change, no base)
    # ... nor "more than a billion USD in 2002": an amount spelled with "a"
    r"(?:\bthan(?!\s(?:US\$|USD|EUR|[$€£¥₽₸]|\d|(?:a\s)?(?:half|third|quarter|fifth|tenth"
    r"|doubled?|tripled?|trebled?|quadrupled?|twice|threefold|fourfold|fivefold)\b"
    r"|(?:an?|one)\s(?:hundred|thousand|million|billion|trillion)\b))|\bcompared\s(?:to|with)|\bin\s(?:comparison|contrast)\s(?:with|to)|\bagainst|\bversus|\bvs\.?|"
    # "down 44.75% relative to 2028", "vis-à-vis 2028", "in relation to 2028"
    r"\brelative\sto|\bin\srelation\sto|\bwith\srespect\sto|\bvis-[aà]-vis|"
    r"\bfrom\sthe\ssame\speriod|\bover\sthe\ssame\speriod|\b(?:same|corresponding|equivalent|analogous|matching)\speriod|"
    # "twice as much as a year earlier", "three times as high as in 2020"
    r"\bas\s(?:much|many|large|high|big|great)\sas|"
    # "roughly the same level (-0.1%) as in the matching period a year earlier"
    r"\b(?:same|similar|comparable)\s(?:[a-z]+\s)?(?:\([^()]{1,40}\)\s)?as(?:\s(?:in|during|for))?|"
    # "twice the 2019 level", "1.6 times the 2020 volume", "double that of 2021"
    # ... "3x the level of the same period in 2021", "triple that in 2021"
    r"(?:\b(?:double|twice|triple|treble|quadruple|times|fold)|(?<=\d)x)\s(?:that\b|the)|"
    # "134.8% of the 2024 level": the base of a change stated as a percentage of it
    r"(?:%|percent|per\scent)\sof\sthe|"
    # "a fall of 2.2 per cent over 2008": a change over a period names its base
    # ... also past the change's amount in brackets: "up 12% ($0.3 billion) from 2029"
    # ... also past the relative period the change is dated by: "grew 12% last year from 2029"
    # ... also past the change restated as an amount: "down 19.3 per cent (or) about $255 million
    # from 2029"
    r"(?:percent|per\scent|%|times|fold|up|down|more|less)(?:\s\([^()]{1,40}\))?"
    rf"(?:,?\s(?:or\s)?(?:(?:about|around|some|nearly|roughly|almost)\s)?{_BASE_AMOUNT}"
    r"(?:\s[a-z]{3,8}(?<!from)(?<!over))?,?)?"
    r"(?:,?\s(?:last|this|the\sprevious|the\spast)\s(?:year|month|quarter),?)?\s(?:from|over)|"
    # "16 percent above the 2029 level": the base of a change stated against it
    r"(?:percent|per\scent|%)\s(?:above|below)|"
    r"(?:increase|rise|growth|decline|decrease|drop|gain|jump|fall|up|down)(?:\s\([^()]{1,40}\))?"
    r"(?:,?\s(?:last|this|the\sprevious|the\spast)\s(?:year|month|quarter),?)?\s(?:over|from)|"
    # five hedges only, fewer than hedges.HEDGE or figure_period._HEDGE: more would mark more bases
    rf"\bfrom\s(?:about\s|around\s|nearly\s|almost\s|just\s)?(?:{_BASE_AMOUNT}|{_SCALED_AMOUNT}"
    # ... its currency named after it, before a conversion: "from 311 million US dollars (about
    # 46 billion yen) in 2021" (the glossed Japanese, Korean and Chinese amounts)
    r"(?:\s(?:US\s)?[a-z]{3,8}(?=\s?\())?)"
    # ... and its conversion in brackets: "from $412.6m (Shs1.5tn) for the period ended ..."
    r"(?:\s?\([^()]{1,40}\))?)"
    # ... whose words may hold the base's own change: "versus the 4% drop in 2029"
    r"(?:\s(?!to\b|reach|(?<!the\s)amount|(?<!the\s)total)[\w’'.,$€£¥₹()%-]+){0,5}\s?$"
    # "$X against the exports of $Y million during July-December 2029": the base amount named
    # by its flow ("the exports of", "the total imports of") before the base's own words
    rf"|\bagainst\s(?:the\s)?(?:[a-z]+\s){{1,2}}of\s(?:{_BASE_AMOUNT}|{_SCALED_AMOUNT})"
    r"(?:\s(?!to\b|reach|(?<!the\s)amount|(?<!the\s)total)[\w’'.,$€£¥₹-]+){0,4}\s?$"
    # "higher than the $1.6 billion in goods exports logged in 2029": the base amount's own words
    # may run longer
    rf"|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)\bthan\s(?:the\s)?{_BASE_AMOUNT}"
    r"(?:\s(?!to\b|reach|(?<!the\s)amount|(?<!the\s)total)[\w’'.,$€£¥₹-]+){0,8}\s?$"
    # "already exceeded the sales in 2029 and totalled $5m", "surpassing the whole of 2029's
    # volume": what a figure outgrew is a base, named by its noun (never an amount: "exceeded
    # the $5bn mark in 2030" is that year's)
    r"|\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outstrip(?:ped|ping|s)?|overtook|"
    r"overtak(?:en|ing|es))\s(?:(?:the|its|their)\s)?(?:(?:total|whole|entire|full|annual)\s)?"
    r"(?:sales|exports|imports|trade|turnover|level|figure|total|volume|value|amount|result)s?"
    r"(?:\s(?:of|for|in|during|recorded\sin|registered\sin))?\s(?:the\s)?$"
    # "up 11.2 percent on the first six months of last year" (British): "on" right before the
    # period only ("rose 12% on strong demand in 2030" names no base)
    # ... or past the words for the base's figures ("a rise of 11.8 percent on the figures until
    # August 2029", "up 5% on the level of 2029")
    # ... or after the change noun: "a 12% increase on 2029", "a rise on last year"
    r"|(?:percent|per\scent|%|\bup|\bdown|\b(?:increase|rise|growth|decline|decrease|drop|gain"
    r"|jump|fall|surge|improvement)s?)(?:\s\([^()]{1,40}\))?\son\s(?:the\s)?"
    r"(?:(?:figures?|levels?|numbers?|results?|value|total|data)\s(?:(?:of|for|to|in|from)"
    r"\s(?:the\s)?)?)?$",
    re.IGNORECASE,
)
