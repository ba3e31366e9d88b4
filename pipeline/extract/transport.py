"""Transport equipment is no sector (NOTES, round 10: "transport(ation) equipment" as a group,
vehicles, aircraft and ships, is not ``machinery``; like cars and aircraft it gets no row). The
sector word "equipment" heads that group's name, so a sector match there is no sector: the
figure is one product group's (``products.single_product``), not machinery's. "Vehicles" and
"trucks" are products in the lexicon (triggers.csv ``product``), not sector words.
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


def sector_word(text: str) -> re.Match[str] | None:
    """The first sector word of ``text`` that names a sector (not transport equipment's head)."""
    for match in trigger("sector").finditer(text):
        if not transport_head(text, match):
            return match
    return None
