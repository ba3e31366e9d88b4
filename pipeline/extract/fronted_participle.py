"""A fronted participle clause whose subject comes after its amount: "Importing goods worth $5m,
B was A's top market", "officials said that, exporting goods worth $4m, B ...". The clause's
economy, the main clause's subject right after the amount, does the trade (``roles.owner_after``
asks here when no owner is written right after the amount).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.countries import CountrySpan

# the participle opening the clause of the amount (at the sentence's start, after "that" or a
# comma), with no comma or economy between it and the amount
_FRONTED = re.compile(
    r"(?:^|\bthat\s|[,;]\s)(?:importing|exporting|buying|purchasing|selling|shipping)\s[^,;]*$",
    re.IGNORECASE,
)
_PARTICIPLES = ("importing ", "exporting ", "buying ", "purchasing ", "selling ", "shipping ")
_HAS_PARTICIPLE = substring_test(_PARTICIPLES)
# the amount's clause closes with a comma, then the subject (up to two words between)
_THEN_SUBJECT = re.compile(r"^(?:\s[\w.-]+){0,2}?,\s(?:the\s)?$")
# the subject's verb: a copula or a ranking verb ("B was", "B became", "B ranked")
_VERB_AFTER = re.compile(
    r"\s(?:was|is|were|are|became|becomes|remained|remains|ranked|ranks|stood|has been)\b"
)


def fronted_subject(sentence: str, c: CountrySpan, end: int) -> str | None:
    """The economy ``c`` right after an amount ending at ``end`` when the amount sits in a fronted
    participle clause whose subject ``c`` is ("importing goods worth $5m, B was ..."), else
    None."""
    head = sentence[:end].lower()
    if not _HAS_PARTICIPLE(head):
        return None  # (the cheap test first)
    if not _THEN_SUBJECT.match(sentence[end : c.start]) or not _VERB_AFTER.match(sentence, c.end):
        return None
    lead = _FRONTED.search(sentence, 0, end)
    if lead is None or not re.search(r"\d", sentence[lead.start() : end]):
        return None
    return c.iso3
