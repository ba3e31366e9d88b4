"""A region or a bloc not in the list as the other side of a country's figure: no figure.

NOTES.md: a figure is trade or investment between exactly two economies (a country, or a listed
bloc: the EU, EAEU, ASEAN ...); a country's trade with a region ("exports to Europe", "imports
from the rest of Central America", "trade with SACU") is not one, however the page's own pair
reads. Pages write the region in two places:

- as the object of the flow: a flow word (or a verb of one: "exported", "coming") and up to
  three words, then "to", "from", "with" or "into" and the region ("goods exported to Europe",
  "the trade of this country with Asia" glossed from Spanish, "$5bn coming from Europe"), or
  trade *in* a region ("trade in the NAFTA region": the region's own), or trade between a
  country and a region ("trade between China and the Arab world");
- as the subject of the amount: "Asia accounted for $X of our exports", "the rest of Central
  America (accounting for $X)".

A later clause of the same sentence with a flow word and no partner of its own continues the
region ("exports to SACU rose to $X, while the import bill stood at $Y").

The names are ``vocabulary.csv`` ``region_name`` (case-sensitive; foreign pages' names are
glossed to them by ``foreign_words.csv``), optionally "the rest of" or "the whole of" before and
"region" after.
A name that goes on into another word is not the region: "East Africa's largest economy",
"the Asian giant", "the Middle East nation", "the European Union" (a listed bloc, a partner),
"the Pacific Alliance".
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import literal_trie, substring_test
from pipeline.extract.slots import Slot, trigger
from pipeline.lexicon import gazetteer, vocabulary

# A flow word, or a verb of one, and up to three lower-case words before the region's
# preposition: "exports to", "goods exported to", "the trade of this country with"
FLOW_BEFORE = (
    r"\b(?i:exports?|imports?|exported|imported|shipped|sold|trade|shipments|sales|"
    r"investments?|coming|came)\s(?:[a-z]+\s){0,3}?"
)
# what may not follow the name: a word character or hyphen ("Asian", "Europe-wide"), a
# possessive, a capitalised word (part of another name) or a noun that makes it a country's
# description ("the Gulf state", "the Middle East nation")
_AFTER = (
    r"(?:\s[Rr]egion)?\b(?![\w-]|['’]s\b|\s[A-Z]"
    r"|\s(?:country|nation|state|economy|kingdom|republic|neighbou?r|partner)\b)"
)
_REST = r"(?:the\s)?(?:(?:rest|whole)\sof\s(?:the\s)?)?"


@cache
def region_names() -> str:
    """The region names as one case-sensitive alternation."""
    return literal_trie(vocabulary("region_name"))


may_name_region = substring_test(vocabulary("region_name"))


def region_object() -> str:
    """The pattern (source) of a region as the flow's other side (see the module doc)."""
    names = region_names()
    return (
        rf"{FLOW_BEFORE}(?:to|from|with|into)\s{_REST}(?:{names}){_AFTER}"
        rf"|\b(?i:trade)\s(?:in|within|across)\s(?:the\s)?(?:{names}){_AFTER}"
        # "trade volume both ways between China and the Arab world": the region as one side
        rf"|{FLOW_BEFORE}between\s(?:[\w'’-]+\s){{1,3}}?and\s{_REST}(?:{names}){_AFTER}"
    )


@cache
def _subject() -> re.Pattern[str]:
    # the region, then a verb of a share or of a value, then the amount (the tail's end)
    return re.compile(
        rf"(?<![\w-]){_REST}(?:{region_names()}){_AFTER}"
        # ... or the region with a country as one subject ("Latin America and Spain
        # accounted for $X": one amount for the group, no pair's; round 50)
        r"(?:\s(?:and|&)\s(?:the\s)?(?-i:[A-Z][\w-]+)(?:\s(?-i:[A-Z][\w-]+))?)?"
        r"\s?(?:\(|,\s)?(?:which\s)?"
        r"(?i:accounted\sfor|accounts\sfor|accounting\sfor|took|absorbed|bought|received|"
        r"supplied|represented|made\sup)\s"
        r"(?i:(?:about|around|nearly|almost|over|some|roughly|more\sthan|less\sthan)\s)?$"
    )


def region_subject(tail: str) -> bool:
    """The region is the subject of the amount that follows ``tail`` ("Asia accounted for")."""
    return _subject().search(tail) is not None


@cache
def _object() -> re.Pattern[str]:
    return re.compile(region_object())


def region_continued(slot: Slot) -> bool:
    """A later clause of a sentence whose earlier clause has a region as the flow's object, with
    a flow word of its own and no economy named in it ("exports to SACU rose to $X, while the
    import bill stood at $Y"): the same region's other flow, not the page's pair. A clause naming
    a partner ("while exports to Egypt rose to $Y") or pointing at one ("bilateral", "to it")
    is that partner's."""
    tail = slot.tail
    start = slot.left_offset + len(slot.left) - len(tail)
    if not start or not slot.tail_flows or not may_name_region(slot.sentence[:start]):
        return False
    if _object().search(slot.sentence, 0, start) is None:
        return False
    return not gazetteer().find(tail) and not trigger("partner_ref").search(tail)
