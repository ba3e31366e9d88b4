"""A percentage or an amount in brackets after a list item that names no economy, sector or flow.

"The exports to B that suffered most are the zorblax (-22%) and the quiffles (-46%)", "Chief
imports from B took in motorcars and parts ($160 million), polymers ($55 million)": each
bracketed figure is an item's, and an item that is no economy ("France (51%)", "China ($6.1
billion)"), no sector ("machinery (85%)") and no flow, trade or goods word ("goods ($3bn) and
services ($1bn)") is a product the lexicon does not know by name.
NOTES: single products get no row; without this rule such items were read as the pair's own
change (a false conflict on the round-19 real-news run: a Spanish list of two products met
another page's fact for the pair).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import find_countries
from pipeline.extract.slots import Slot, trigger
from pipeline.extract.transport import sector_word

# The bracket the percentage opens, right after its item
_OPENS = re.compile(r"\s?\(\s?$")
# Where an item's words begin: after a list head ("are", "including", "such as") or an article
# (a glossed page may leave its verb unglossed: "son the camarón (-22 %)"); the last one wins.
_LIST_HEAD = re.compile(r"\b(?:are|were|is|was|including|such\sas|like|namely|the|a)\s", re.I)
# An item's words: a run of words with commas and "and" ("machinery, tools, and parts")
_ITEM_RUN = re.compile(
    r"^[\s,]*(?:and\s)?[^\W\d_][\w'’-]*(?:,?\s(?:and\s|or\s)?[^\W\d_][\w'’-]*){0,11}\s*$"
)
# A bracketed percentage: how a list of items with their changes is written
_BRACKETED_PERCENT = re.compile(r"\(\s?[-+−–]?\d[\d.,]*\s?(?:%|per\s?cent|percent)")
# A bracket opened by an amount with its currency sign or code first: a list of items with
# their values ("sugar ($83 million), polymers ($55 million)")
_BRACKETED_AMOUNT = re.compile(
    r"\(\s?(?:about|around|some|over|nearly|almost)?\s?"
    r"(?:(?:[A-Z]{0,3}\s?[$€£¥₹₩₦]|[A-Z]{3}\s?(?=\d)|Rs\.?\s?)\s?\d"
    # ... or its currency word after it, as a gloss writes one ("(2.68 billion US dollars)")
    r"|\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?"
    r"(?:US\sdollars|dollars|euros|yen|yuan|won)\s?\))"
)
# Words that make the item the flow itself or a period, not a product
_NOT_PRODUCT = re.compile(
    r"\b(?:exports?|imports?|trade|turnover|shipments?|sales|purchases|total|overall|year|"
    r"month|quarter|half|period|growth|increase|decrease|rise|fall|share|amount|value|level|"
    r"figure|volume|sum|goods|merchandise|commodities|items|products\sand\sservices)\b",
    re.IGNORECASE,
)

# Only a hedge or a conjunction before the bracket ("540 million dinars, about ($760 million)",
# "..., or roughly ($5m)"): the bracket converts the amount before it; no item is named
_HEDGE_ONLY = re.compile(
    r"^[\s,]*(?:(?:and|or|about|around|roughly|approximately|nearly|almost|some|i\.e\.)[\s,]*)+$",
    re.IGNORECASE,
)


def unknown_bracket_item(slot: Slot) -> bool:
    """True when ``slot`` is a bracketed percentage (amount) right after a list item (the
    sentence holds at least two bracketed percentages, amounts) whose words name no economy,
    no sector and no flow."""
    kind = slot.mention.kind
    if kind == "percent":
        bracketed = _BRACKETED_PERCENT
    elif kind == "money":
        bracketed = _BRACKETED_AMOUNT
    else:
        return False
    # (a match is at most 3 characters and ends at the end, or before a final newline: the
    # search starts 4 characters before the end instead of trying every position)
    opens = _OPENS.search(slot.left, len(slot.left) - 4)
    if opens is None or len(bracketed.findall(slot.sentence)) < 2:
        return False
    before = re.split(r"[;:()]", slot.left[max(0, opens.start() - 160) : opens.start()])[-1]
    heads = list(_LIST_HEAD.finditer(before))
    item = before[heads[-1].end() :] if heads else before
    if not _ITEM_RUN.match(item) or _HEDGE_ONLY.match(item):
        return False
    if _NOT_PRODUCT.search(item) or find_countries(item) or sector_word(item):
        return False
    return not trigger("flow").finditer(item)
