"""The flow of an amount that is the subject of a passive trade verb after it.

"$5m worth of machinery was imported from B", "2.1 billion euros worth of goods from A were
exported to B", "$3m of copper has been shipped to B": the amount's own verb names its flow, past
the goods it measures, and outranks a flow word of an earlier clause ("an analysis of A's trade
showed that $5m worth of ... was imported"). Only a partitive ("worth of", "of", "in") may stand
between the amount and its goods, so an amount whose clause goes on with another subject ("imports
were $5m as more copper was exported") keeps its own flow.
"""

from __future__ import annotations

import re

from pipeline.lexicon import triggers

_PASSIVE = re.compile(
    r"^\s?(?:worth\s)?(?:of|in)\s(?P<goods>(?:[\w-]+\s){1,8}?)"
    r"(?:was|were|(?:has|have|had)\sbeen)\s(?:\w+ly\s)?(?P<w>\w+ed|sold|bought|shipped)\b",
    re.IGNORECASE,
)

# a clause of its own inside the gap: the verb is not the amount's
_CLAUSE_WORDS = frozenset({"which", "that", "while", "as", "but", "when", "because", "whereas"})


def passive_flow(right: str) -> str | None:
    """The flow of the passive trade verb whose subject is the amount ``right`` follows (see
    the module's docstring), else None."""
    if " was " not in right[:120] and " were " not in right[:120] and " been " not in right[:120]:
        return None  # (the cheap test first: most amounts are no passive verb's subject)
    found = _PASSIVE.match(right)
    if found is None or _CLAUSE_WORDS & set(found.group("goods").lower().split()):
        return None
    return triggers("flow").get(found.group("w").lower())
