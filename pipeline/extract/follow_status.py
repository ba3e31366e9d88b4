"""Actual or target for a figure that refers back to an earlier one ("The figure is expected to
hit $8m", "It was $5m in 2030"): its own clause decides when it states a status, the earlier
figure's only when the clause is silent. A pronoun names the thing measured, not whether this
amount happened: "Trade reached $5m last year. The figure is expected to hit $8m" is a forecast
after an actual, and "... aim at $8m. They were $5m in 2030" an actual after a target.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.slots import Slot, clause_tail
from pipeline.extract.status import status_of

# "They were $5m", "it stood at", "the figure rose 5% to": a past-tense verb of a level or a
# change right before the amount (a few words between) states what happened.
_HAPPENED = Caseless(
    re.compile(
        r"\b(?:was|were|stood|totall?ed|amounted|reached|rose|fell|grew|increased|decreased"
        r"|declined|dropped|climbed|jumped|surged|expanded|shrank|contracted)"
        r"(?:\s[\w.,%-]+){0,4}\s$",
        re.IGNORECASE,
    )
)


def followed_status(base_status: str, slot: Slot, sentence_prefix: str) -> str:
    """The status of a figure that takes its flow and pair from an earlier one: a target cue in
    its own clause makes it a target, a past verb of happening keeps it actual, else the
    earlier figure's status."""
    if status_of(slot, sentence_prefix) == "target":
        return "target"
    if base_status == "target" and _HAPPENED.search(clause_tail(sentence_prefix)[-80:]):
        return "actual"
    return base_status
