"""Numbers of things that are no trade value: a change of a tonnage ("shipments rose 8% to 1.2
million tonnes"), of a quantity or a price ("the quantity of exports fell 6%, while prices
dropped 5%") or of a count of people ("tourist arrivals rose 34%"); ``measure_of`` asks.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.countries import find_countries
from pipeline.extract.literal_gate import gated
from pipeline.extract.slots import Slot, clause_tail, trigger
from pipeline.lexicon import alternation, triggers, vocabulary


@cache
def physical() -> re.Pattern[str]:
    return gated(re.compile(rf"\b(?:{alternation(vocabulary('physical_unit'))})\b", re.IGNORECASE))


# A number in physical units: "36.5 thousand tonnes", "1.2 million barrels".
@cache
def _physical_amount() -> re.Pattern[str]:
    return re.compile(
        rf"\d(?:[\d.,\s]*\d)?\s(?:(?:thousand|million|billion|mln|bln)\s)?"
        rf"(?:{alternation(vocabulary('physical_unit'))})\b",
        re.IGNORECASE,
    )


# Goods in general or the whole trade: a tonnage of these weighs the pair's total, not one
# commodity ("5 million tonnes of goods worth $2bn", "trade of $3bn, or 2 million tonnes")
_ALL_GOODS = re.compile(
    r"\b(?:goods|cargo(?:es)?|freight|merchandise|commodities|products|trade|turnover)\b",
    re.IGNORECASE,
)


# The figure is the price of a weight before it: "shipped 83.9 thousand tonnes (of wheat) to Italy
# for $20.1m", "bought 8,000 tonnes of petrol for about $6m" (NOTES: a weighed commodity is one
# product), where no flow noun stands between (a pair's flow weighed, then valued, stays)
@cache
def _price_of_weight() -> re.Pattern[str]:
    return re.compile(
        rf"{_physical_amount().pattern}(?:\s(?!(?:exports?|imports?|trade|turnover|shipments)\b)"
        r"[^\W\d][\w-]*){0,4}?\sfor\s(?:(?:about|approximately|nearly|around|some|over|more\s"
        r"than)\s)?[$€£¥₹]?$",
        re.IGNORECASE,
    )


def weighs_goods(slot: Slot) -> bool:
    """The figure's sentence weighs the goods it is about in physical units, naming no goods in
    general nor the whole trade (``_ALL_GOODS``), where the weight is no restatement of a pair's
    figure ("Kenya's exports to Peru doubled to $40m, or 6,000 tons" stays): the sentence names
    no economy ("bought meat for $464m, a volume of 77,200 tonnes"), or the weight stands before
    the figure, whose own clause names none ("fertiliser exports rose to 8,126 tonnes, and their
    value to $3.7m"), nor does the weight's. Whether a sector is named is the caller's question."""
    sentence = slot.sentence
    if physical().search(sentence) is None:  # cheap: most sentences name no unit
        return False
    weight = _physical_amount().search(sentence)
    if weight is None or _ALL_GOODS.search(sentence) is not None:
        return False
    if not find_countries(sentence):
        return True
    if _price_of_weight().search(slot.left[-160:]):
        return True
    if weight.end() > slot.mention.start or find_countries(slot.tail):
        return False
    # ... and the weight's own clause names none either ("Kenya's exports to Peru rose 8% to
    # 6,000 tons, worth $4m": the pair's exports weighed, then valued)
    return not find_countries(clause_tail(sentence[: weight.start()]))


# Money or a number other than a year: "worth $80 million", "valued at 12 billion".
_MONEY_OR_NUMBER = re.compile(r"[$€£¥₹]|\b(?!(?:19|20)\d\d\b)\d")


# "to" or "at" right after the percentage, after a short aside in brackets ("(yoy)") or up to
# three words ("dropped 20 percent in the year to 17.3 million tonnes") if any
_TO_AFTER = re.compile(
    r"\s(?:\([^()]{1,12}\)\s)?(?:[a-z]+\s){0,3}?(?:to|at)\s"
    r"(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?"  # "to about 1.1 million tons"
)
# "went up by 6.3 percent, from 3.6 million tons to 3.8 million tons": the change's base after it
_FROM_AFTER = re.compile(r"\s?[,–—-]?\s(?:from|against)\s")


_VALUE_AFTER = re.compile(r"[^;]{0,25}?(?:\bvalue\b|[$€£¥₹]|\d)", re.IGNORECASE)


def changes_tonnage(slot: Slot) -> bool:
    """A percentage that changes a physical quantity, not a trade value (NOTES: tonnes are not
    figures, and neither are their changes): "exported 36.5 thousand tonnes of aluminium to
    Turkey in 2023, up 12%", "shipments rose 8% to 1.2 million tonnes". The quantity stands in
    the percentage's clause with no money or other number between them (years aside), or
    right after "to"."""
    if physical().search(slot.sentence) is None:  # cheap: most sentences name no unit
        return False
    start = slot.mention.start
    to = _TO_AFTER.match(slot.right)
    if to and _physical_amount().match(slot.right, to.end()):
        return True  # "fell 3.9% (yoy) to 432.1 tons": an aside may stand before "to"
    base = _FROM_AFTER.match(slot.right)
    if base and _physical_amount().match(slot.right, base.end()):
        return True  # "up 6.3 percent, from 3.6 million tons to 3.8 million tons"
    if _VALUE_AFTER.match(slot.right):
        return False  # "rose 12% in value to $31 billion": the change of the value that follows
    clause = slot.sentence[max(0, start - 120) : start].rsplit(";", 1)[-1]
    found = [m for m in _physical_amount().finditer(clause)]
    return bool(found) and _MONEY_OR_NUMBER.search(clause, found[-1].end()) is None


# "the quantity of exports slumped", "while prices dropped", "the quantity exported to X rose":
# a quantity or price noun heading the clause whose change verb stands right before the number
# (up to five words between them; "by" and a hedge may follow the verb). "Higher prices lifted
# exports by 20%" names no change verb after the noun: the change is the exports' value.
@cache
def _quantity_change() -> re.Pattern[str]:
    verbs = alternation(list(triggers("change")))
    return re.compile(
        r"\b(?:quantit(?:y|ies)|prices?)\b(?:\s[\w-]+){0,5}?\s(?:" + verbs + r")"
        r"(?:\s(?:by|of))?(?:\s(?:about|around|nearly|almost|some|over|a|an))*\s?$",
        re.IGNORECASE,
    )


# Where the percentage's own clause starts: the last comma, semicolon or joining word before it
_CLAUSE_MARK = re.compile(r"[,;:]|\b(?:while|whereas|and|but)\b")


# A change said to be of the volume, not the value: "rose in volume by 4%", "grew in physical
# terms by 13%", "rose 4% in volume terms", "By volume, exports fell 3%", "by weight", "in
# tonnage terms"; "by volume and value" names both and decides nothing.
_VOLUME = (
    r"(?:(?:in|by)\s(?:volume|quantity|weight|tonnage|physical\sterms)(?:\sterms)?"
    r"|in\sterms\sof\s(?:volume|quantity|weight|tonnage))"
)
_VOLUME_BEFORE = re.compile(
    _VOLUME + r"\s(?:by\s)?(?:(?:about|around|nearly|almost|some|over)\s)?$", re.IGNORECASE
)
_VOLUME_AFTER = re.compile(
    r"\s(?:\([^()]{1,12}\)\s)?" + _VOLUME + r"\b(?!\sand\s(?:in\s|by\s)?(?:value|money)\b)", re.I
)
# ... also "Measured physically, trade volume went up by 6.3%", "Measured by weight, that is a
# 43 percent increase"
_VOLUME_FRONTED = re.compile(
    r"^\W*(?:measured\s)?(?:" + _VOLUME + r"|by\s(?:volume|weight)|physically),", re.IGNORECASE
)
_may_name_volume = ascii_gate(("volume", "quantity", "physical", "weight", "tonnage"))


def changes_volume(slot: Slot) -> bool:
    """A percentage said to change the volume (the quantity) of the trade, not its value (NOTES:
    tonnes and quantities are not figures): "exports increased in volume by about 4 percent",
    "turnover grew in physical terms by 13%", "rose 4% in volume terms", a clause fronted "By
    volume, exports fell 3%". "Trade volume rose 4%" (the trade's value) and "4% in value" stay."""
    near = slot.left[-40:] + slot.right[:40]
    clause = slot.sentence[: slot.mention.start].rsplit(";", 1)[-1]
    if not (_may_name_volume(near) or _may_name_volume(clause[:30])):
        return False
    return bool(
        _VOLUME_BEFORE.search(slot.left[-40:])
        or _VOLUME_AFTER.match(slot.right)
        or _VOLUME_FRONTED.match(clause)
    )


def changes_quantity(slot: Slot) -> bool:
    """A percentage that changes the quantity or the price of the trade, not its value (NOTES:
    tonnes, counts and prices are not figures): "the quantity of exports slumped 6%, while
    prices dropped 5%", "the quantity exported to X rose 6%". The noun heads the percentage's
    own clause as the subject of the change verb right before it; "exports rose 6% in value,
    while quantities fell" leaves the 6% to the value."""
    if changes_volume(slot):
        return True  # "rose in volume by 4%", "By volume, exports fell 3%"
    left = slot.left[-160:]
    lowered = left.lower()
    if "quantit" not in lowered and "price" not in lowered:
        return False  # (the cheap test first: most clauses name neither)
    clause = _CLAUSE_MARK.split(left)[-1]
    return _quantity_change().search(clause) is not None


@cache
def _people() -> Caseless:
    words = alternation(list(vocabulary("people_count")))
    return Caseless(re.compile(rf"\b(?:{words})\b", re.IGNORECASE))


_may_count_people = ascii_gate(tuple(vocabulary("people_count")))


def counts_people(slot: Slot) -> bool:
    """A change of a count of people ("overnight stays of Chinese tourists rose 34%", "256,000
    tourists came, 13 percent more than in 2017"): no trade figure. The clause names one of
    ``vocabulary.csv`` ``people_count`` and no flow word nor money (what visitors spend is
    travel services: "tourists spent $2bn, up 12%" stays)."""
    tail = slot.tail
    if _people_after(slot) or _people_counted_before(slot):
        return True
    if not _may_count_people(tail) or _people().search(tail) is None:
        return False
    return trigger("flow").search(tail) is None and _SPENDING.search(tail) is None


# "10 percent more Austrian guests", "12% fewer Colombians": the percentage's own noun, right
# after it, is people (a people word, or a demonym that heads it), round 55
_MORE_PEOPLE = re.compile(
    r"^\s?(?:per\s?cent|percent)?\s?(?:more|fewer|less)\s(?P<who>(?:[\w-]+\s){0,2}[\w-]+)",
    re.IGNORECASE,
)
# "more than 32 thousand Colombians reached Mexico, a rise of 15%": a count of people (digits, a
# scale word, then people, or a demonym followed by a past verb) before the percentage
_PEOPLE_COUNT = re.compile(
    r"\b\d[\d.,]*\s(?:(?:thousand|million)\s)?"
    r"(?P<who>[A-Z][\w-]+(?:\s[a-z][\w-]*ed\b)?|[a-z][\w-]+(?:\s[a-z][\w-]+)?)"
)


def _are_people(words: str, head: bool = False) -> bool:
    """``words`` name people: a people word (``people_count``), or (``head``: when a demonym
    heads them, "Colombians", or a glossed page's "Colombian") a demonym, with no flow word;
    "Chinese goods" is no people."""
    if _people().search(words) is not None:
        return True
    if not head or trigger("flow").search(words):
        return False
    singular = re.sub(r"(?<=[a-z])s\b", "", words.split()[0])  # "Colombians" -> "Colombian"
    demonyms = [c for c in find_countries(singular) if c.kind == "demonym"]
    return bool(demonyms) and demonyms[0].end >= len(singular.rstrip("s")) - 1


def _people_after(slot: Slot) -> bool:
    found = _MORE_PEOPLE.match(slot.right)
    if found is None:
        return False
    who = found["who"]
    return _are_people(who) or (" " not in who and _are_people(who, head=True))


def _people_counted_before(slot: Slot) -> bool:
    """A count of people stands before the percentage in its sentence, with no amount (the
    slot's own left text holds none) nor flow word between them: the change is the count's, as
    "a rise of" says after it."""
    before = slot.left[-120:]
    if not any(ch.isdigit() for ch in before):
        return False
    counts = list(_PEOPLE_COUNT.finditer(before))
    if not counts:
        return False
    count = counts[-1]
    who = count["who"]
    return (
        _are_people(who, head=who[:1].isupper())
        and trigger("flow").search(before[count.start() :]) is None
        and not any(ch.isdigit() for ch in before[count.end() :])
        and _SPENDING.search(before[count.end() :]) is None
    )


# "the number of firms", "its count of projects": a count heads the clause ("a number of
# countries" is "several", no count)
_COUNT_OF = re.compile(r"\b(?:the|its|their)\s(?:total\s)?(?:number|count)\sof\b", re.IGNORECASE)
_may_count = ascii_gate(("number", "count"))
# money or a value word after the count: "the number of items whose exports topped $1m" is a
# threshold's count, "the value of" a value (either way not this rule's)
_VALUE_WORD = re.compile(r"[$€£¥₹]|\bvalue\b", re.IGNORECASE)


def counts_things(slot: Slot) -> bool:
    """A change of a count of things ("the number of Vietnamese firms exporting to Bangladesh
    rose 7.4%", "the count of Portuguese firms exporting to Morocco grew by 17% to 1,239"): no
    trade figure (NOTES: counts are not figures), whatever flow word the counted things carry.
    The count heads the percentage's own clause with no money or value word after it."""
    tail = slot.tail
    if not _may_count(tail):
        return False
    found = _COUNT_OF.search(tail)
    return found is not None and _VALUE_WORD.search(tail, found.end()) is None


# ... not time spent ("visitors spent 6.6 million nights in hotels", "nights spent by tourists
# grew 34%": a count of stays)
_SPENDING = re.compile(
    r"[$€£¥₹]|(?<!nights\s)(?<!days\s)\b(?:spen[dt]\b(?!\s(?:(?:nearly|about|around|some|over"
    r"|almost)\s)?\d[\d.,]*\s(?:(?:thousand|million)\s)?(?:nights|days|hours|weeks)\b)"
    r"|(?:spending|revenues?|receipts|earnings|income|expenditures?)\b)",
    re.IGNORECASE,
)
