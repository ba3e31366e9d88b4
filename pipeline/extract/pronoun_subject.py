"""A pronoun that trades a later figure: "Turkey depends on Russian energy: it bought $45bn of
goods from Russia and sold $11bn", "For Mongolia, China is vital: it sold $12bn to China and
bought $4.5bn". The pronoun's verbs all have the one subject, the trader of the sentence's
earlier figure; the country named last before the pronoun ("Russian energy", "China is vital")
is not it. Read as the same sentence with the country's name in the pronoun's place.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.roles import _flow_at_start, _role

# "it"/"they" opening a clause (after a colon, semicolon, comma or clause word, or the sentence's
# start) with at most two auxiliaries or adverbs before its verb
_PRONOUN = re.compile(
    r"(?:^|[:;]\s|,\s(?:(?:and|but|while|as)\s)?|\s(?:and|but|while|as)\s)[Ii]t\s"
    r"(?:(?:also|then|only|has|have|had|in\sturn)\s){0,2}(?=[a-z])|(?:^|[:;]\s|,\s|\s(?:and|but|while|as)\s)"
    r"[Tt]hey\s(?:(?:also|then|only|have|had|in\sturn)\s){0,2}(?=[a-z])"
)


def pronoun_trader(
    sentence: str,
    countries: list[CountrySpan],
    start: int,
    previous_pair: tuple[str, str] | None,
) -> str | None:
    """The reporter of the sentence's previous figure (``previous_pair[0]``) when a pronoun
    is the subject of a trade verb ("it bought $45bn") before the figure at ``start`` and no
    country is named between the pronoun's verb's amount and the figure except the previous
    figure's two sides; else None."""
    if previous_pair is None or not ("it " in sentence or "It " in sentence or "hey " in sentence):
        return None  # (the cheap test first)
    found = None
    for found in _PRONOUN.finditer(sentence, 0, start):  # noqa: B007 (the last one before)
        pass
    if found is None or not _flow_at_start(sentence[found.end() :]):
        return None
    if any(found.end() <= c.start < start and c.iso3 not in previous_pair for c in countries):
        return None  # "it bought $45bn from Russia and Iran sold $11bn": another trader
    return previous_pair[0]


# "Its exports to the Nordic nation were $616m": a possessive pronoun owning a
# directed flow noun, as the sentence opens or after an opening adverbial ("In 2030, its imports")
_ITS_FLOW = re.compile(
    r"(?:^|^[^,]{1,40},\s)[Ii]ts\s(?:[a-z-]+\s){0,2}(?:exports?|imports?|shipments|sales|purchases)\b"
)


def its_trader(
    sentence: str, countries: list[CountrySpan], start: int, before: dict | None
) -> str | None:
    """The reporter of the figure read before the sentence (``before``) when the sentence
    opens with "Its exports ..." (or "In 2030, its imports ...") before the figure at
    ``start``, no economy named ahead of the pronoun, and that figure a directed flow: "A's
    exports to B rose 12%. Its exports to the Nordic nation were $616m, according
    to Statistics B": A's, not the source's (fi03). None otherwise."""
    if before is None or before.get("flow") not in ("exports", "imports"):
        return None
    if "ts " not in sentence[:start]:
        return None  # (the cheap test first)
    found = _ITS_FLOW.search(sentence, 0, start)
    if found is None or any(c.start < found.end() for c in countries):
        return None
    return str(before["reporter"]) if before.get("reporter") else None


# "For A, which counts B among its key partners, exports fell 30%": a fronted "For
# A," names the economy whose flow the sentence states
_FOR_FRONTED = re.compile(r"\s*For\s$")


def fronted_for_trader(sentence: str, countries: list[CountrySpan], start: int) -> str | None:
    """The economy named in a fronted "For A," (the sentence's first economy, right after
    "For" at its start and followed by a comma) when the figure at ``start`` comes later and no
    other economy between owns or sends the flow ("For A, B's exports fell": B's); else None."""
    if not sentence.lstrip().startswith("For ") or not countries:
        return None
    first = countries[0]
    if not _FOR_FRONTED.fullmatch(sentence, 0, first.start) or first.end >= start:
        return None
    if not sentence.startswith((",", " ,"), first.end):
        return None
    if any(
        c.iso3 != first.iso3 and c.start < start and _role(sentence, c) in ("owner", "from")
        for c in countries[1:]
    ):
        return None
    return first.iso3
