"""A flow word that names a country's whole trade ("total foreign trade turnover", "total
imports"), not a pair's ("foreign trade with X", "trade between the two countries"). Split out
of ``flow`` (which leaves such an amount out) for ``world`` (whose later figures continue it).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.countries import find_countries
from pipeline.extract.flow_cues import names_partner
from pipeline.extract.lower_names import lower_case_names
from pipeline.lexicon import triggers

_NATIONAL = Caseless(
    re.compile(
        r"\b(?:foreign|external|overall|total|national)\s(?:value\sof\s)?(?:goods\s|merchandise\s)?$",
        re.IGNORECASE,
    )
)


# "total trade with X", "between A and B", "exports to X", and "total trade of A and B" or "of
# the two countries" (both sides named as its owners; "total trade of A in 2030" stays A's
# whole trade)
_WITH_PARTNER = re.compile(
    r"^[\w\s-]{0,40}?\b(?:(?:with|between)\b|(?:to|from)\s(?:the\s)?(?-i:[A-Z])"
    r"|(?:of\s(?:the\s)?|(?<=\bvalue\s)|(?<=\bvolume\s))"
    r"(?-i:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s(?:and|&)\s(?:the\s)?(?-i:[A-Z])"
    # ... "total trade of the two countries (Vietnam and Thailand)": the pair named as such
    r"|of\s(?:the\s)?(?:two|both)\s(?:countries|nations|neighbou?rs|sides|economies)\b)",
    re.IGNORECASE,
)


# "total investment in Nigeria", "total investments in the Italian economy": the host named
# right after an investment word is the partner, so the total is the pair's (for investment
# only: "total exports in May" is a period).
_INVESTED_IN = re.compile(r"^\s(?:[\w-]+\s){0,2}?in\s(?:the\s)?(?-i:[A-Z])", re.IGNORECASE)


# "China is Australia's largest trading partner, with total trade ...": the total of the pair
# the clause has just named, not a country's trade with the world.
_PARTNER_RELATION = Caseless(
    re.compile(
        r"\b(?:partners?|(?:export|import)\s(?:market|destination)s?|source\sof\simports"
        r"|bilateral|between|mutual|(?:two|both)\s(?:countries|sides|nations))\b",
        re.IGNORECASE,
    )
)


# "Japan-China trade", "the Sino-US trade", "Argentina/Brazil trade": a pair named as one
# compound before the flow word, so a "total trade" after it is that pair's total.
_PAIR_COMPOUND = re.compile(r"\b[A-Z][\w.]+\s?[-–—/]\s?[A-Z][\w.]+\s(?:\w+\s)?trade\b")


def _compound_pair(text: str, match: re.Match[str]) -> bool:
    """Two economies joined as one compound right before the total's own flow word ("China —
    ASEAN total trade was $X", "Peru-Chile total trade"): the pair's total. Both sides must name
    an economy ("Asia-Pacific total trade" is a region's)."""
    found = _PAIR_COMPOUND.search(text, max(0, match.start() - 60), match.end())
    if found is None or found.end() != match.end():
        return False
    return len({c.iso3 for c in find_countries(found.group(0))}) >= 2


# ... or after it ("the total trade Mexico-Chile", a Spanish "el intercambio total México-Chile"
# glossed), also after its value or volume or "of" ("total trade value of Indonesia-US", an
# Indonesian "total nilai perdagangan RI-AS" glossed); the second name may be an abbreviation,
# not a currency ("Indonesia - US$5bn")
_PAIR_AFTER = re.compile(
    r"\s(?:(?:value|volume)\s)?(?:of\s(?:the\s)?)?[A-Z][\w.]+\s?[-–/]\s?[A-Z](?:[a-z]|[A-Z]+(?![\w$]))"
)


# "ranks first among Georgia's foreign trade partners, followed by B ($Y)": the flow word names
# the kind of partner a ranking is among, so a figure after it is a ranked partner's, not the
# country's trade with the world.
_PARTNER_NOUN = re.compile(r"\s(?:partners?|counterparts?)\b", re.IGNORECASE)


# "India and New Zealand's total trade": two owners joined before the possessive, the pair's
# total (as "total trade of A and B" above)
_JOINT_OWNERS = re.compile(
    r"(?-i:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s(?:and|&)\s(?:the\s)?"
    r"(?-i:[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2})['’]s?\s(?:[\w-]+\s){0,2}$"
)


# "A has 3 projects in B, with total investment of $X": the projects' total, an investor's
# capital in its host (``project_capital``), not A's whole investment (round 53)
_PROJECTS_BEFORE = re.compile(r"\bprojects\b", re.IGNORECASE)


def names_national(text: str, match: re.Match[str]) -> bool:
    """The flow word ``match`` is a country's whole trade ("total foreign trade turnover", "total
    imports"; not "foreign trade with X", "trade between the two countries")."""
    before, after = text[max(0, match.start() - 25) : match.start()], text[match.end() :]
    return bool(
        _NATIONAL.search(before)
        and not (_WITH_PARTNER.match(match.group(0) + after) or names_partner(after))
        # "total exports of A to peru": a partner written in lower case (lower_names)
        and not any(start < 45 for start, _, _ in lower_case_names(match.group(0) + after[:60]))
        and not _PARTNER_NOUN.match(after)
        and not (
            triggers("flow")[match.group(1).lower()] == "investment"
            and (_INVESTED_IN.match(after) or _PROJECTS_BEFORE.search(text, 0, match.start()))
        )
        and not _PARTNER_RELATION.search(text[: match.end()])  # "total bilateral trade" too
        and not _PAIR_COMPOUND.search(text, 0, match.start())
        and not _compound_pair(text, match)
        and not _PAIR_AFTER.match(after)
        and not _JOINT_OWNERS.search(text, max(0, match.start() - 80), match.start())
    )
