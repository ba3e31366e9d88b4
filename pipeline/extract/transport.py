"""Transport equipment is no sector (NOTES, round 10: "transport(ation) equipment" as a group,
vehicles, aircraft and ships, is not ``machinery``; like cars and aircraft it gets no row). The
sector word "equipment" heads that group's name, so a sector match there is no sector: the
figure is one product group's (``products.single_product``), not machinery's. "Vehicles" and
"trucks" are products in the lexicon (triggers.csv ``product``), not sector words. Nor is a
sector word naming the industry the goods are for ("raw materials for the garment industry").
"""

from __future__ import annotations

import re

from pipeline.extract.slots import trigger

# "transport equipment", "transportation equipment", "transport and communication equipment"
_TRANSPORT_HEAD = re.compile(r"\btransport(?:ation)?\s(?:and\s\w+\s)?$", re.IGNORECASE)


def transport_head(text: str, match: re.Match[str]) -> bool:
    """The sector word at ``match`` heads a transport-equipment name ("transport equipment")."""
    return "ransport" in text[max(0, match.start() - 40) : match.start()] and (
        _TRANSPORT_HEAD.search(text, 0, match.start()) is not None
    )


# "raw materials for garment and footwear industries", "inputs for the textile sector": the
# goods an industry takes in, not the sector's own goods
_FOR_BEFORE = re.compile(r"\bfor\s(?:the\s)?(?:[\w-]+\s){0,2}$", re.IGNORECASE)
_INDUSTRY_AFTER = re.compile(
    r"(?:\s(?:and|&)\s[\w-]+)?\s(?:industry|industries|sectors?|factories|mills)\b", re.IGNORECASE
)


def for_industry(own: str, match: re.Match[str]) -> bool:
    """The sector word names an industry the goods are for ("materials for the garment
    industry")."""
    return (
        "for " in own[max(0, match.start() - 40) : match.start()]
        and _INDUSTRY_AFTER.match(own, match.end()) is not None
        and _FOR_BEFORE.search(own, 0, match.start()) is not None
    )


def sector_word(text: str) -> re.Match[str] | None:
    """The first sector word of ``text`` that names a sector (not transport equipment's head,
    nor a word inside a listed product's name: "precious metals" is no ``metals``, NOTES)."""
    for match in trigger("sector").finditer(text):
        if (
            not transport_head(text, match)
            and not for_industry(text, match)
            and not _inside_product(text, match)
        ):
            return match
    return None


def _inside_product(text: str, match: re.Match[str]) -> bool:
    start = max(0, match.start() - 30)
    return any(
        start + p.start() <= match.start() and match.end() <= start + p.end()
        for p in trigger("product").finditer(text[start : match.end()])
    )
