"""Countries named only in the cause of a change are no side of its figure.

"Between April 2030 and February 2031, trade fell to $4.6 billion, chiefly because of disruption
of shipping through the Suez Canal and the Israel-Hamas conflict": Israel is in the cause, not
in the trade; the figure keeps the page's pair. A country counts as such when it comes after a
cause phrase ("because (of)", "due to", "owing to", "thanks to", "on account of", "as a result
of", "amid", "in the wake of", "as demand ...") that itself comes after the figure, with no flow
word between the phrase and the country ("due to higher imports from B" names a counterpart of
trade and keeps B). Not "after": "exports went up to $310m right after B cut its tariffs" are
exports to B (round 31). A world total keeps out an economy so named too (``world``: "A's
exports fell 2.6% because fewer coal trucks crossed into B" is A's total with the world).

Nor are countries named only as the sides of a relationship ("as analysts praised the warm
A-B relations", "amid closer Aian-Bian ties"): the relationship is no trade, and a total beside
it stays a total (``world``; round 50, hunted pages of two outlets).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import trigger

_CAUSE = re.compile(
    r"\b(?:because(?:\sof)?|due\sto|owing\sto|thanks\sto|on\saccount\sof|as\sa\sresult\sof"
    r"|amidst|amid|in\sthe\swake\sof"
    # "..., stems mostly from B's own ban", "resulting from", "caused by" (round 38)
    r"|(?:stems?|stemmed|stemming|results?|resulted|resulting)\s(?:\w+ly\s)?from|caused\sby"
    # "as demand from B recovered" (round 37): "as" only before demand, prices or consumption,
    # not "as well as", "such as", nor "as shipments to B fell" (a flow word names B's trade)
    r"|as\s(?:(?:a\s|the\s)?(?:weaker|stronger|lower|higher|slower|falling|rising|strong|weak)"
    r"\s)?(?:demand|prices|consumption))\b",
    re.IGNORECASE,
)
_HAS_CUE = ("because", "due to", "owing to", "thanks to", "account of", "result of", "amid")
_HAS_CUE += ("wake of", "demand", "prices", "consumption", "stem", "result", "caused by")


# "after the Russian invasion of Ukraine, our exports to Ukraine ...", "Russia's war": a country
# named as the side of a war is no side of the trade the clause states (round 42, a French
# Treasury page: "l'invasion russe de l'Ukraine" glossed "invasion Russian of Ukraine")
_AT_WAR = re.compile(
    r"(?:['’]s?)?\s(?:(?:full-scale|military|armed|continuing|ongoing)\s)?(?:invasion|war|aggression"
    r"|attacks?|occupation|offensive|troops|army|armed\sforces|shelling|missiles?|blockade)\b",
    re.IGNORECASE,
)
_WAR_BEFORE = ("invasion ", "aggression ")  # "the invasion Russian of Ukraine" (a French gloss)
_WAR_WORDS = ("invasion", "war", "aggression", "attack", "occupation", "offensive", "troops")
_WAR_WORDS += ("army", "forces", "shelling", "missile", "blockade")


# right after a country's name or demonym: the rest of an "A-B" compound, at most one qualifier
# that is no trade word, and a relationship noun ("Aian-Bian relations", "A-B ties",
# "the warm Aian political ties"); "A-B trade relations" names their trade and is kept
_IN_RELATIONS = re.compile(
    r"(?:[-–/]\s?[A-Z][\w’']*)?\s(?:(?!(?:trade|commercial|economic|business|investment)\b)"
    r"[a-z]+\s)?(?:relations|ties|relationship|friendship)\b"
)
_RELATION_WORDS = ("relations", "ties", "relationship", "friendship")


def outside_relations(sentence: str, countries: list[CountrySpan]) -> list[CountrySpan]:
    """``countries`` without those named only as a side of a relationship (module doc)."""
    if not countries or not any(w in sentence for w in _RELATION_WORDS):
        return countries
    return [c for c in countries if _IN_RELATIONS.match(sentence, c.end) is None]


def _at_war(sentence: str, c: CountrySpan) -> bool:
    """The country is named as a side of a war: its name or demonym right before the war word
    ("Russia's invasion", "the Russian war"), or a demonym right after "invasion"."""
    if c.kind == "demonym" and sentence[max(0, c.start - 11) : c.start].lower().endswith(
        _WAR_BEFORE
    ):
        return True
    return _AT_WAR.match(sentence, c.end) is not None


def outside_causes(sentence: str, countries: list[CountrySpan], end: int) -> list[CountrySpan]:
    """``countries`` without those named in a cause phrase after the figure ending at ``end``,
    and without those named as a side of a war (``_at_war``)."""
    lowered = sentence.lower()
    if len(countries) > 1 and any(w in lowered for w in _WAR_WORDS):
        countries = [c for c in countries if not _at_war(sentence, c)]
    if not any(cue in lowered for cue in _HAS_CUE):
        return countries
    cause = _CAUSE.search(sentence, end)
    if cause is None:
        return countries
    return [
        c
        for c in countries
        if c.start < cause.end() or trigger("flow").search(sentence[cause.end() : c.start])
    ]
