"""Spanish pages read through the English rules: the Spanish side of :mod:`pipeline.extract.foreign`
after the word gloss (:func:`reorder`).

"por" before an amount is "by" (a change: "crecieron por tercer año", "aumentó un 12 por ciento")
except where it names what goods are worth ("exportó productos por X", rows of
``lexicon/foreign_words.csv``). After a flow and its pair with no verb between ("las ventas de Chile
a Perú por 900 millones de dólares en 2030 crecieron 12%", glossed "the sales of Chile to Peru by
900 million dollars") it is the flow's value: "worth". A verb between ("las exportaciones de Chile
a Perú crecieron por 900 millones") leaves the change.

Round 43: the article "un" left before the size of a change after a verb whose gloss takes no "by"
of its own ("se disparó un 45%", "saltaron un 12%": "surged by 45%"), and a target's year after
"para", "hacia", "al" in a sentence stating a plan ("llegue a 5.000 millones para 2035": "by
2035", a bound with no start); "al 2030" of a stock and "de 2025 a 2030" keep their reading.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

# a flow, its owner and pair (names, "of", "to", "from", "between", "and", "the"), then "by" and
# an amount
_PAIR_BY = re.compile(
    r"\b((?:exports|imports|sales|purchases|shipments|trade)"
    r"(?: (?:of|to|from|between|and|the|[A-Z][\w'-]*)){2,8}) by (?=(?:US\$|\$|€)?\d)"
)


# a verb of buying or selling, its clitic and partner, then "by" and an amount; the goods it
# names may stand before the partner ("le compraba mercancías a Ecuador por X", round 45:
# "bought goods from Ecuador worth X")
_SOLD_BY = re.compile(
    r"\b(?:les? )?((?:bought|sold|(?:was|were) (?:exported|imported))( (?:goods|products))?"
    r"(?: (?:from|to) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?)"
    r" by (?=(?:US\$|\$|€)?\s?\d)"
)
# one flow exceeding the other "in" an amount: by it (a balance, no figure of either flow)
_EXCEEDED_IN = re.compile(r"\b(exceeded (?:the )?(?:exports|imports)) in (?=(?:US\$|\$|€)?\s?\d)")
# "subieron (apenas) en $2.5 millones" (rose (only) by): "en" before the size of a change
_CHANGED_IN = re.compile(
    r"\b((?:rose|fell|increased|decreased|grew|declined|dropped)(?: only)?) in "
    r"(?=(?:US\$|\$|€)\s?\d)"
)
# the clitic left before a glossed past ("le bought from it")
_CLITIC = re.compile(r"\bles? (?=(?:bought|sold|exported|imported)\b)")
# A target's year after "para", "hacia", "al" ("duplicar el comercio hacia 2035", "llegue a
# 5.000 millones para 2035", "al 2035"), glossed "for", "to", "to the": English writes "by 2035"
# (a bound, no start). Only in a sentence that states a plan, so "a 2030" of a stock (as of) and
# a range's second year ("de 2025 a 2030", after a year) keep their reading.
_TARGET = re.compile(
    r"\b(?:target|aims?|aim to|expects?|expected|forecasts?|projected|plans?|goal|will|could|would)\b"
)
# "se disparó un 45%", "saltaron un 45%": the article before the size of a change the verb
# tables do not gloss with "by" (theirs: "rose", "grew", "fell") is "by"
_VERB_A = re.compile(r"\b(jumped|surged|expanded|declined|plunged) an? (?=[-−]?\d)")
_TARGET_YEAR = re.compile(r"(?<!\d )\b(?:for|to the|to) (?=20\d\d\b(?![-/]))")
# Spanish drops the subject of a verb that continues the last figure ("En 2023 repuntó de nuevo y
# llegó a 1.127 millones": in 2023 [it] rose again and reached ...): a sentence that opens with
# its year, then a level or change verb with no subject, takes the pronoun English writes, "it",
# which the English rules read as the previous figure. Not before a subject put after its verb
# ("En 2023 crecieron las exportaciones": the verb before "the" keeps its subject)
_DROPPED_SUBJECT = re.compile(
    r"^((?:[Ii]n|[Dd]uring) (?:the year )?(?:19|20)\d\d,? )"
    r"(?=(?:again |also )?(?:rose|fell|grew|reached|totaled|increased|decreased|declined|dropped"
    r"|stood at|amounted to|climbed|recovered)\b(?! the\b))"
)


# "hace 10 años", "hace una década" (glossed "hace 10 years", "hace a decade"): English writes the
# count before "ago" ("10 years ago", "ten years ago": a decade is ten years, which the English
# period rules count); Portuguese "há 10 anos" the same (round 45). Every span word of both
# languages, as the row glosses it or as written, is its years (round 57: "hace una década" was
# left once the row glossed "década"; "hace un quinquenio", "hace un lustro", "há um decénio",
# "hace medio siglo"), and a sentence may open with it ("Hace dos décadas")
_COUNTS = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
_HACE = r"\b(?:[Hh]ace|[Hh]á)"
_AGO = re.compile(rf"{_HACE} (a|{_COUNTS}) (years|months)\b")
_AGO_ONE = re.compile(rf"{_HACE} an? (year|month)\b")
_SPAN_YEARS = {
    "decade": 10,
    "década": 10,
    "decenio": 10,
    "decénio": 10,
    "decênio": 10,
    "lustro": 5,
    "quinquenio": 5,
    "quinquénio": 5,
    "quinquênio": 5,
    "siglo": 100,
    "século": 100,
}
_SPAN_COUNTS = {"a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SPANS_AGO = re.compile(
    rf"{_HACE} (a|an|two|three|four|five|medio|meio) "
    rf"({'|'.join(_SPAN_YEARS)})s?\b"
)


def _span_ago(m: re.Match[str]) -> str:
    years = _SPAN_YEARS[m[2]]
    count = years // 2 if m[1] in ("medio", "meio") else years * _SPAN_COUNTS[m[1]]
    return "ten years ago" if count == 10 else f"{count} years ago"


def ago(text: str) -> str:
    """Spanish "hace" / Portuguese "há" before a count of years or months, or a span of years
    (a decade, a lustrum, a century), after the word gloss: the English "N years ago"."""
    if "ace " not in text and "á " not in text:
        return text
    text = _SPANS_AGO.sub(_span_ago, text)
    text = _AGO_ONE.sub(r"a \1 ago", text)
    return _AGO.sub(r"\1 \2 ago", text)


# Spanish writes an article before a year ("entre el 2007 y el 2017", "en el 2022", "desde el
# 2010", glossed "between the 2007 and the 2017"): English writes the bare year, which the period
# rules read ("between 2007 and 2017"); an amount or a percent is no year (round 45)
_THE_YEAR = re.compile(
    r"\b(between|in|since|from|during|and|until|of|to) the "
    r"(?=(?:19|20)\d\d\b(?![.,]\d|\s?(?:%|percent|million|billion)))"
)


# "US" glued to an amount with no dollar sign ("US2.200 millones", a slip Latin American copy
# makes beside "US$1.546 millones"): the dollar the English rules read (round 45)
_US_NO_SIGN = re.compile(r"\bUS(?=\d[\d.,]*\s?(?:million|billion|thousand)\b)")


# A year fronted with "a" / "al" and a comma ("A 2014, la inversión acumulada ascendía a X",
# glossed "to 2014,"): the date of a stock or a level, "as of 2014" (a plan's "a 2030" reads
# "by 2030" first, above)
_AS_OF = re.compile(r"^((?:[-–—•]\s*)?)[Tt]o (?=(?:19|20)\d\d,)")


def reorder(text: str) -> str:
    """``text`` glossed into English, "by" after a flow and its pair read as "worth"."""
    text = ago(text)
    if "US" in text:
        text = _US_NO_SIGN.sub("US$", text)
    text = _DROPPED_SUBJECT.sub(r"\1it ", text)
    if " 20" in text and _TARGET.search(text):
        text = _TARGET_YEAR.sub("by ", text)
    if "the 19" in text or "the 20" in text:
        text = _THE_YEAR.sub(r"\1 ", text)
    if "to " in text:
        text = _AS_OF.sub(r"\1as of ", text)
    if "ed a" in text:
        text = _VERB_A.sub(r"\1 by ", text)
    if " in " in text:
        text = _CHANGED_IN.sub(r"\1 by ", text)
    if "exceeded" in text:
        text = _EXCEEDED_IN.sub(r"\1 by ", text)
    if " by " not in text:
        return _CLITIC.sub("", text) if "le" in text else text
    text = _SOLD_BY.sub(lambda m: f"{m[1]} {'' if m[2] else 'goods '}worth ", text)
    return _CLITIC.sub("", _PAIR_BY.sub(r"\1 worth ", text))
