"""The capital of a partner's projects is its registered capital, not a project portfolio's value.

"Projects" is a not-trade word: "69 projects worth $3.1bn", "registered 12 projects valued at
$30m" are a portfolio's value, no investment (NOTES, "Investment"; "Registered projects with a
value"). But a count of an investor's projects given with their capital ("A has 425 investment
projects in B with combined registered capital of $X", "... 380 projects with a total investment
capital of $X") states the investor's registered capital, which is investment (NOTES: "Capital
of a partner's projects is registered capital"; "registered capital of $X" is investment). The
amount's own noun decides: "capital" between the projects and the amount, with at most a few
words ("combined", "total", "registered", "investment") and "of" between it and the amount.
"""

from __future__ import annotations

import re

# right before the amount: "(with) (a) combined registered capital of", "total investment
# capital of", "capital totalling"; the noun must end the clause before the amount
_CAPITAL_OF = re.compile(
    r"\b(?:capital|total\sinvestment)\s(?:of\s|totall?ing\s|worth\s|amounting\sto\s|reaching\s"
    # ... or the clause's own verb: "total registered capital reached about $2.9bn", "with total
    # investment of reached $1.1m" (a Vietnamese "đạt" glossed; round 53)
    r"|(?:of\s)?(?:reached|totall?ed|amounted\sto|stood\sat)\s)"
    r"(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?$",
    re.IGNORECASE,
)
_PROJECTS = re.compile(r"\bprojects\b", re.IGNORECASE)


def capital_of_projects(tail: str, not_trade_start: int) -> bool:
    """The not-trade word at ``not_trade_start`` of ``tail`` (the amount's clause before it) is
    "projects" and the amount is those projects' capital (module doc): the not-trade word does
    not apply."""
    if not _PROJECTS.match(tail, not_trade_start):
        return False
    return _CAPITAL_OF.search(tail, not_trade_start) is not None
