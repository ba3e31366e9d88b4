"""Russian flow phrases read from the grammar: a flow noun with its adjective in every case and
gender, and the owner a Russian page writes after them put before them.

Russian names a flow with a noun ("товарооборот", "торговля", "экспорт", "импорт", "поставки")
and often an adjective before it: "двусторонний" or its variant spelling "двухсторонний"
(bilateral), "взаимный" (mutual), "совокупный", "суммарный", "общий" (total); the adjective
agrees with the noun in gender, case and number ("двухсторонний товарооборот", "совокупного
экспорта", "взаимной торговлей", "общим объёмом поставок"). The phrase table held the pairs
pages had shown, mostly nominative and genitive; "двухсторонний товарооборот Таджикистана" (the
variant spelling, iz03) stayed in Cyrillic and took the page's flow owner with it. So
(:func:`rows`) every adjective above in every case, gender and number, alone (the three meaning
"bilateral": "двухсторонних связей") and before each flow noun in the same case (all of them),
-> "bilateral trade", "total exports" ...; "государство" (state) in every case is "country" /
"countries" ("по прочим шести государствам СНГ"), "прочий" (other) in every form "other",
as "остальной" already was, and a group of countries named after "страны" or "государства" in
any case ("государствам СНГ", "странами-членами ЕАЭС") "CIS countries", "Eurasian Economic
Union countries" (word for word, "countries CIS" made the group the sentence's trader), "в" before its
accusative "to"; and a flow named by "экспортный" / "импортный" before a noun of goods moved
("экспортные поставки", "импортных поступлений", "импортной закупкой") in every case and number
-> "exports" / "imports" (ho16); the adjective alone is left (the second half of "товарно-
экспортных операций", goods-export operations, is no flow of its own).

The owner follows its flow in the genitive ("совокупный экспорт Грузии", total exports of
Georgia): glossed word for word, "total exports Georgia"; after an adjective the English rules
did not read the name as the flow's owner ("bilateral Tajikistan trade", once the name was
moved before "trade" as a demonym is). :func:`reorder` writes "Georgia's total exports" where
the glossed adjective, the flow and a capitalised name stand in that order (not a pair: "trade
Russia–China", "торговля России и Ирана", trade of Russia and Iran).

Errors: none; a form not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.period_words import ENGLISH_MONTHS

# adjective endings by gender and case: masculine singular (nominative, genitive, dative,
# instrumental, prepositional), feminine singular (nominative, genitive, dative, accusative,
# instrumental, prepositional), neuter nominative, plural (nominative, genitive, dative,
# instrumental, prepositional); hard "-ый", soft "-ний", and "-ий" after a hushing consonant
_HARD = {
    "m": ("ый", "ого", "ому", "ым", "ом"),
    "f": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "n": ("ое", "ого", "ому", "ым", "ом"),
    "p": ("ые", "ых", "ым", "ыми", "ых"),
}
_SOFT = {
    "m": ("ий", "его", "ему", "им", "ем"),
    "f": ("яя", "ей", "ей", "юю", "ей", "ей"),
    "n": ("ее", "его", "ему", "им", "ем"),
    "p": ("ие", "их", "им", "ими", "их"),
}
_HUSHING = {
    "m": ("ий", "его", "ему", "им", "ем"),
    "f": ("ая", "ей", "ей", "ую", "ей", "ей"),
    "n": ("ее", "его", "ему", "им", "ем"),
    "p": ("ие", "их", "им", "ими", "их"),
}
# stem, endings, English; the first three also alone (they mean "bilateral" before any noun)
_ADJECTIVES = (
    ("двусторонн", _SOFT, "bilateral"),
    ("двухсторонн", _SOFT, "bilateral"),
    ("взаимн", _HARD, "bilateral"),
    ("совокупн", _HARD, "total"),
    ("суммарн", _HARD, "total"),
    ("общ", _HUSHING, "total"),
)
_ALONE = 3
# flow nouns: gender, case forms in the order of that gender's adjective endings above (the
# feminine and plural cases as listed there), English
_NOUNS = (
    ("m", ("товарооборот", "товарооборота", "товарообороту", "товарооборотом", "товарообороте"), "trade"),
    ("m", ("экспорт", "экспорта", "экспорту", "экспортом", "экспорте"), "exports"),
    ("m", ("импорт", "импорта", "импорту", "импортом", "импорте"), "imports"),
    ("f", ("торговля", "торговли", "торговле", "торговлю", "торговлей", "торговле"), "trade"),
    ("p", ("поставки", "поставок", "поставкам", "поставками", "поставках"), "shipments"),
)  # fmt: skip
_STATE = {
    "государство": "country",
    "государства": "countries",  # the genitive singular reads so in a list too
    "государству": "country",
    "государством": "country",
    "государстве": "country",
    "государств": "countries",
    "государствам": "countries",
    "государствами": "countries",
    "государствах": "countries",
}


# the plural nouns a group of countries is named with, in every case ("страны", "государства",
# "государства-члены", member states), and the groups named after them in the genitive: "со
# странами СНГ", "по шести государствам СНГ", "государствами-членами ЕАЭС" -> "CIS countries"
# (glossed word for word, "countries CIS" read "CIS" as the sentence's trader, iz03)
_GROUP_NOUNS = (
    "страны", "стран", "странам", "странами", "странах",
    "государства", "государств", "государствам", "государствами", "государствах",
    "государства-члены", "государств-членов", "государствам-членам", "государствами-членами",
    "государствах-членах", "страны-члены", "стран-членов", "странам-членам", "странами-членами",
    "странах-членах",
)  # fmt: skip
_GROUPS = {
    "снг": "CIS",
    "еаэс": "Eurasian Economic Union",
    "ес": "European Union",
    "евросоюза": "European Union",
    "европейского союза": "European Union",
    "асеан": "ASEAN",
}


# "экспортные поставки" (export deliveries), "импортные поступления" (import receipts): a flow
# named by the adjective "экспортный" / "импортный" before a noun of goods moved, in every case
# and number (ho16: "Экспортные поставки ... упали на 18,9%, а импортные поступления — на 9,9%")
_DIRECTED = (("экспортн", "exports"), ("импортн", "imports"))
_MOVED = (
    ("p", ("поставки", "поставок", "поставкам", "поставками", "поставках")),
    ("p", ("поступления", "поступлений", "поступлениям", "поступлениями", "поступлениях")),
    ("p", ("закупки", "закупок", "закупкам", "закупками", "закупках")),
    ("f", ("поставка", "поставки", "поставке", "поставку", "поставкой", "поставке")),
)
# a group as the destination: "в" with the accusative plural ("в государства ЕАЭС", to the EAEU
# countries; "в странах СНГ", the prepositional, stays "in")
_GROUP_ACCUSATIVE = ("страны", "государства", "страны-члены", "государства-члены")


@cache
def rows() -> tuple[tuple[str, str], ...]:
    """(phrase, English) of the flow phrases, "государство" and "прочий" (module doc)."""
    out: list[tuple[str, str]] = []
    for index, (stem, endings, english) in enumerate(_ADJECTIVES):
        forms = {stem + e for ending in endings.values() for e in ending}
        for gender, cases, noun in _NOUNS:
            for ending, case in zip(endings[gender], cases, strict=True):
                out.append((f"{stem}{ending} {case}", f"{english} {noun}"))
            if gender == "f":  # the feminine's alternative instrumental "-ою"
                out.append((f"{stem}{endings['f'][4]}ю {cases[4]}", f"{english} {noun}"))
        if index < _ALONE:
            out.extend((form, english) for form in sorted(forms))
    out.extend(_STATE.items())
    out.extend((f"{n} {g}", f"{e} countries") for n in _GROUP_NOUNS for g, e in _GROUPS.items())
    for n in _GROUP_ACCUSATIVE:
        out.extend((f"в {n} {g}", f"to {e} countries") for g, e in _GROUPS.items())
    for stem, english in _DIRECTED:
        for gender, cases in _MOVED:
            for ending, case in zip(_HARD[gender], cases, strict=True):
                out.append((f"{stem}{ending} {case}", english))

    out.extend((f"проч{e}", "other") for e in sorted({e for es in _HUSHING.values() for e in es}))
    return tuple(out)


# the glossed adjective, the flow and a capitalised name (one to three words) after it, not a
# pair written with a dash nor a possessive already
_OWNER_AFTER = re.compile(
    r"\b(bilateral|total) (trade|exports|imports|shipments) "
    rf"(?!{ENGLISH_MONTHS})"
    r"([A-Z][\w'-]*[a-z][\w-]*(?: [A-Z][\w-]+){0,2})(?!['’\w]|\s?[–—-]\s?[A-Z]|,? and [A-Z])"
)


def reorder(text: str) -> str:
    """Glossed Russian ``text`` with an owner written after "ADJ flow" put before it (module
    doc): "total exports Georgia to Armenia" -> "Georgia's total exports to Armenia"."""
    if "bilateral " not in text and "total " not in text:
        return text
    return _OWNER_AFTER.sub(r"\3's \1 \2", text)
