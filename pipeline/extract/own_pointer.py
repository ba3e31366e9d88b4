"""A pointer at a country that is the trading side itself, not a partner.

"The country", "the kingdom", "the republic", "the sultanate" (the forms of a sovereign state;
``triggers.csv`` kind ``partner_ref``) mostly point
at a partner ("exports to the country", "imports from the kingdom"). As the subject of a trade
verb ("the country exported goods worth $X", "the country in 2030 imported", "the country
annually exports") or the owner of a flow ("the country's exports rose 5%"), they point at the
economy that trades instead: the reporter, whose partner the sentence then does not give. A
figure whose sentence names no economy and whose trader is such a pointer is that country's
trade with all its partners (NOTES.md, "What is a figure": a country's trade with the world is
not a figure; ``world.world_total``), unless it continues the pair the page has just stated
(``continued.continues_pair``, by the same size test as a named trader).
"""

from __future__ import annotations

import re

from pipeline.extract.slots import trigger

# "the country exported", "the nation has imported": the country is the flow's subject; "imports
# into the country": the side the goods enter. Either way the reporter, not a partner.
_REF_SUBJECT = re.compile(
    r"\s(?:(?:also|has|had|have)\s)?(?:exported|imported|shipped|sold|bought)\b", re.IGNORECASE
)
# "the country in 2030 exported", "the country annually exports": a year or an adverb between
# the pointer and its verb, or the verb in the present; only where no preposition comes before
# the pointer ("exports to the country in 2030 ..." keep it a partner)
_REF_SUBJECT_LATER = re.compile(
    r"\s(?:(?:[a-z]+\s)?(?:in\s)?\d{4}\s|[a-z]+ly\s)?(?:exported|imported|exports|imports)\b"
    r"(?!\s(?:to|from)\s(?:the\s)?(?:country|kingdom|republic|nation)\b)",
    re.IGNORECASE,
)
# "the country recorded an increase of 6%", "the nation posted a surplus": the pointer opens its
# clause (no preposition before it) and does the verb, so it is the trading side, not a partner
# ("exports to the country recorded a rise" keep "to")
_REF_DOES = re.compile(
    r"\s(?:(?:has|had|have|also)\s)?(?:recorded|registered|posted|reported|logged|achieved"
    r"|witnessed|saw|earned|spent)\b",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|with|into|in|of|for|between|and|by|at|on)\s\Z", re.IGNORECASE
)
_REF_OWN_SIDE = re.compile(
    r"\b(?:imports?|purchases)(?:\sof\s(?:goods|products|merchandise))?\s(?:in|into)\s\Z",
    re.IGNORECASE,
)
# "non-oil exports of the sultanate", "imports of the country": the flow is the pointer's own
_FLOW_OF_REF = re.compile(r"\b(?:exports?|imports?)\sof\s\Z", re.IGNORECASE)
# "the country's exports", "the kingdom's non-oil imports": the pointer owns the flow
_REF_OWNS_FLOW = re.compile(r"['’]s\s(?:[a-z-]+\s){0,2}?(?:exports?|imports?)\b", re.IGNORECASE)
_COUNTRY_WORDS = ("country", "nation", "kingdom", "republic", "sultanate", "principality", "duchy")


# "the value exported by the country", "goods imported by the nation": the agent of a passive
# trade verb does the trade (round 53)
_REF_AGENT = re.compile(
    r"\b(?:exported|imported|shipped|sold|bought|purchased)\sby\s\Z", re.IGNORECASE
)


def own_ref(sentence: str, start: int, end: int) -> bool:
    """A pointer at a country ("the country", "the nation") that is the flow's own side, not a
    partner: its subject ("the country exported $X", "the country in 2030 imported"), where
    imports enter ("imports into the country") or whose flow it is ("exports of the sultanate");
    "exports to the country", "imports from the nation" stay partners."""
    if not sentence[start:end].lower().endswith(_COUNTRY_WORDS):
        return False
    opens = _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start) is None
    return bool(
        _REF_SUBJECT.match(sentence, end)
        or _REF_OWN_SIDE.search(sentence, max(0, start - 40), start)
        or _FLOW_OF_REF.search(sentence, max(0, start - 12), start)
        or _REF_AGENT.search(sentence, max(0, start - 16), start)
        or (opens and (_REF_DOES.match(sentence, end) or _REF_SUBJECT_LATER.match(sentence, end)))
    )


def owns_flow(sentence: str, end: int) -> bool:
    """The pointer ending at ``end`` owns a flow ("the kingdom's non-oil imports")."""
    return _REF_OWNS_FLOW.match(sentence, end) is not None


def pointer_trader(sentence: str) -> bool:
    """The sentence's trader is a pointer at a country, as the subject of a trade verb or the
    owner of a flow ("the country exported goods worth $X", "the country's imports rose"), and
    no other pointer in it names a partner or the pair ("exports to the country", "bilateral")."""
    found = False
    for ref in trigger("partner_ref").finditer(sentence):
        start, end = ref.start(), ref.end()
        if not sentence[start:end].lower().endswith(_COUNTRY_WORDS):
            return False  # ("bilateral", "the two countries": the pair itself)
        if _REF_OWNS_FLOW.match(sentence, end) or own_ref(sentence, start, end):
            found = True
        elif not sentence.startswith(("'s", "’s"), end):
            return False  # ("the country's largest partner" says nothing of the trader)
    return found
