"""A level stated per year with no year ("trade does not exceed 2 billion dirhams a year", "A
exports some 300 products to B annually, worth $2bn"): NOTES (a per-year amount without a year)
reads it as a level with both period fields empty, like "now". Such a figure does not take the
running period of the sentences before it; a period of its own sentence still dates it ("in 2030
A exported $2bn a year"), and a rate of change ("rose 9% a year") is an average, not a level. A
level that an earlier sentence's change leads to ("This increase takes our trade to $2bn
annually") is the level after that change: it keeps the change's period.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, ascii_gate

# "annually", "per annum", "per year", "each year", "every year", "a year"; not "a year earlier",
# "a year ago", "in a year", "within a year", "a year-on-year rise", "a year's trade"
_PER_YEAR = Caseless(
    re.compile(
        r"\b(?:annually|per\s(?:annum|year)|(?:each|every)\syear"
        r"|(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bthan\s)(?<!\bover\s)a\syear"
        r"(?![-\s](?:earlier|ago|before|later|on\b|after|and|or|to\b|from|of\b)|'|’))\b",
        re.IGNORECASE,
    )
)
_MAY_BE_PER_YEAR = ascii_gate(("annually", "annum", "year"))
# "This increase takes ...", "The rise brings ...": the sentence continues an earlier change
_LEADS_ON = re.compile(
    r"^\W*(?:this|that|the)\s(?:\w+\s)?(?:increase|rise|growth|jump|gain|decline|fall|drop)\b",
    re.IGNORECASE,
)


def per_year_level(sentence: str) -> bool:
    """Whether ``sentence`` states its amounts per year ("$2bn annually", "2 billion a year")."""
    return (
        _MAY_BE_PER_YEAR(sentence)
        and bool(_PER_YEAR.finditer(sentence))
        and _LEADS_ON.search(sentence) is None
    )
