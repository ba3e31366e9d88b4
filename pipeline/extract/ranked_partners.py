"""The economy whose partners a sentence ranks ("A and B are among X's key partners", "A remains
the largest trade partner of X, followed by B"): a turnover amount there is between X and the
partner it goes with, not between two of the ranked partners. Split out of ``pairs``.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.numbers import Mention

# "Algeria's key partners", "Georgia's largest trade partner", "the top trading partners of
# Georgia": the economy whose partners a sentence ranks (up to four words between).
_PARTNERS_OF_AFTER = re.compile(
    r"(?:'s|’s|'|’)\s(?:[\w-]+\s){0,4}?(?:trade\s|trading\s)?partners?\b", re.IGNORECASE
)
_PARTNERS_OF_BEFORE = re.compile(r"\bpartners?\sof\s(?:the\s)?$", re.IGNORECASE)


# "the third largest among ASEAN countries": the group a partner ranks within, no partner
_AMONG = re.compile(r"\bamong\s(?:the\s)?(?:other\s)?$")


def ranked_against(
    sentence: str, countries: list[CountrySpan], m: Mention
) -> tuple[str, str] | None:
    """A turnover amount in a sentence ranking one economy's partners ("A, with $330m, and B,
    with $290m, are among X's key partners"; "A remains the largest trade partner of X ($1.4bn),
    followed by B"): (X, the partner named nearest before the amount, else first after it).
    None when the sentence ranks no economy's partners or names no other economy."""
    if "artner" not in sentence:
        return None  # (the cheap test first)
    anchor = next(
        (
            c.iso3
            for c in countries
            if c.kind != "capital"
            and (
                _PARTNERS_OF_AFTER.match(sentence, c.end)
                or _PARTNERS_OF_BEFORE.search(sentence, max(0, c.start - 20), c.start)
            )
        ),
        None,
    )
    if anchor is None:
        return None
    others = [
        c
        for c in countries
        if c.iso3 != anchor and c.kind != "capital" and not _AMONG.search(sentence, 0, c.start)
    ]
    before = [c for c in others if c.end <= m.start]
    chosen = before[-1] if before else next(iter(others), None)
    return (anchor, chosen.iso3) if chosen is not None else None


# "Brazil's largest suppliers", "the main buyers of Brazil", "export markets for Nepal": the
# economy whose suppliers, buyers or markets a list ranks (its items are that economy's partners).
# ... or one of them, singular: "A is the 3rd destination of X's exports, behind B ($2bn)", "the
# second market for Peruvian exports" (round 53: glossed "la 7e destination des exportations du
# Burkina, derrière le Mali (...)")
_RANKED = r"(?:suppliers?|buyers?|customers?|clients?|markets?|destinations?|sources?|partners?)"
_RANKED_AFTER = re.compile(r"(?:'s|’s|')\s(?:[\w-]+\s){0,4}?" + _RANKED + r"\b", re.IGNORECASE)
_RANKED_BEFORE = re.compile(r"\b" + _RANKED + r"\s(?:of|to|for)\s(?:the\s)?$", re.IGNORECASE)


def ranked_economy(sentence: str, countries: list[CountrySpan]) -> str | None:
    """The economy a sentence ranks the suppliers, buyers, markets or partners of ("A ranked
    fourth among X's suppliers, behind B ($2bn)", "the top buyers of X were ..."), else None."""
    if not any(end in sentence for end in ("er", "et", "ce", "ion", "nt")):
        return None  # (the cheap test first: every ranked noun ends so)
    for c in countries:
        if c.kind == "capital":
            continue
        if _RANKED_AFTER.match(sentence, c.end) or _RANKED_BEFORE.search(
            sentence, max(0, c.start - 30), c.start
        ):
            return c.iso3
    return None
