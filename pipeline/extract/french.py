"""French forms a word-for-word row cannot gloss (``foreign.gloss``, ``lang="fr"``).

Most of the French trade-news register is rows of ``lexicon/foreign_words.csv``. A few forms
are not, because the elided article is dropped before the rows are read or because English
writes the words in another order:

- ``scaled_separators`` (on a page whose numbers look English, :func:`foreign.decimal_comma`):
  before a scale word, a dot before three digits is a thousands dot ("2.113 millions") and a
  comma a decimal comma ("286,392 milliards de FCFA", "1,507 milliard": French never groups
  thousands with a comma);
- ``prepare`` (before the rows; the elided "d'" still stands): "64 millions de dollars
  (seulement) d'exportations" is "64 million dollars of exports" (dropped to "dollars
  exportations" the flow is no longer the amount's, and after "contre" the amount reads as the
  base of a comparison; "seulement" there qualifies nothing the row keeps); "d'après" is
  "according to" (dropped to "après", it would be "after"); "d'ici (à) 2035", "d'ici la fin
  de l'année" is a deadline, "by" (dropped to "ici", it would be the adverb "here"); "courant
  2031", "courant mars" is "during" before a year or a month only ("compte courant" is the
  current account); "du 1er janvier au 30 septembre": "au" between a date's day and its month is
  "to", not "in the";
- ``reorder`` (after the rows): "les ventes du Sénégal au Mali" is "sales to Mali" ("au" is
  "in the" elsewhere: "au Sénégal", in Senegal); "jusqu'à" is "until" before a date and "up to"
  before an amount ("pourraient atteindre jusqu'à 40 milliards"); "les 5 dernières années" -> "the 5 last years"
  -> "the last 5 years", as English writes the count after the adjective (the months are
  ``foreign._FIRST_MONTHS``'s); "dernier trimestre 2030" before a year is its fourth quarter;
  a dollar sign after its amount ("5,2 milliards $", "520 M$") goes before it; "de X (en 2029)
  à Y" after a percentage and a comma ("ont crû de 45 %, de 79 millions à 177 millions") is
  "from X to Y".
"""

from __future__ import annotations

import re

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre"
    "|décembre|decembre"
)
# "d'ici 2035", "d'ici à 2035", "d'ici fin 2035", "d'ici la fin de l'année", "d'ici l'horizon 2035"
_BY = re.compile(
    r"\b[dD]'ici(?: à)? (?=(?:\d{4}\b|fin\b|la fin\b|l'an\b|l'année\b|l'horizon\b|"
    + _MONTHS
    + r"))"
)
# Before a scale word: "2.113 millions" (thousands dot), "286,392 milliards", "1,507 milliard",
# "4,125 Md€" (decimal comma)
_SCALED_SEPARATOR = re.compile(
    r"(?<![\d.,])(\d{1,3})(?:(\.)(\d{3})(?![\d.,])(?=\s?(?i:millions?|milliards?)\b)"
    r"|,(\d{3})(?![\d.,])(?=\s?(?:milliards?|millions?|Mds?|Md|M€|M\$)(?!\w)))"
)
# "3 milliards de dollars d'importations", "64 millions de dollars seulement d'exportations": an
# amount of a flow
_AMOUNT_OF_FLOW = re.compile(
    r"\b(dollars|euros|dinars|dirhams|francs|CFA|FCFA|Md€|M€|Mds?|milliards?|millions?|DH|DA|DT"
    r"|[$€])(?: (?:seulement|uniquement))? d'(?=(?:exportations|importations|investissements"
    r"|achats|ventes)\b)"
)
# "d'après les chiffres du ministère": according to
_ACCORDING = re.compile(r"\b([dD])'après\b")
# "courant 2031", "courant mars": during; never "compte courant"
_DURING = re.compile(r"\b[Cc]ourant (?=(?:\d{4}\b|(?:" + _MONTHS + r")\b))")
# "du 1er janvier au 30 septembre": "au" before a day of a month
_TO_DAY = re.compile(r"\bau (?=\d{1,2}(?:er)? (?:" + _MONTHS + r")\b)")

_ENGLISH_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "until" before an amount (not a year, not a day of a month): "up to"
_UNTIL_AMOUNT = re.compile(
    r"\buntil (?=(?:US\$|\$|€|USD|EUR)|\d(?!\d{3}\b)(?![\d.,]*(?:er)? (?:"
    + _ENGLISH_MONTHS
    + r")\b))"
)
# "the 5 last years" -> "the last 5 years"
_COUNT_LAST = re.compile(r"\b(\d{1,2}) (last|previous) (years|quarters)\b")
# "les ventes du Sénégal au Mali": "au" after a sale is "to" the country, not "in the" (a month,
# "Q3", "H1" after it stays a time)
_SOLD_TO = re.compile(
    r"\b((?:exports|sales|shipments|deliveries)(?: of (?:the )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?)"
    r" in the (?!(?:" + _ENGLISH_MONTHS + r")\b)(?=[A-Z][a-zé])"
)
# Canadian copy writes the dollar sign after the amount ("5,2 milliards $", "520 M$", "5,2 G$"):
# English writes it before ("$5.2 billion"), which dollar it is being the English rules' choice
_DOLLAR_AFTER = re.compile(
    r"(?<![\w$.,])(\d[\d,]*(?:\.\d+)?) ?(thousand|million|billion|trillion)? ?\$(?![\w$])"
)
# "au dernier trimestre 2030" is the year's fourth quarter ("le trimestre dernier": the last one)
_LAST_QUARTER_OF = re.compile(r"\blast quarter (?=(?:19|20)\d\d\b)")


# "ont progressé de 18 milliards en 2029 à 70 milliards": French "de X à Y" after a change verb
# is "from X to Y", but the verb's row ("ont progressé de" -> "rose", "grimpé de" -> "rose by")
# reads the "de" as the change's size; two amounts (no percentage) joined by "to" in one clause
# are the start and end levels ("rose from 18 billion in 2029 to 70 billion"). "rose by 5% to
# 70 billion" (a percentage first) and "rose by 2 billion" (no "to" amount) stay as they are.
_HEDGE = r"(?:about |nearly |around |some |more than |almost )?"
_FROM_LEVEL = re.compile(
    r"\b(rose|fell|jumped|grew|increased|decreased|climbed|declined)(?: by)? "
    rf"(?={_HEDGE}\d[\d.,]*(?<![.,])(?!\s?(?:%|percent))(?:[^,;:%()]|,(?=\d)){{0,60}}?"
    rf"\bto {_HEDGE}\d[\d.,]*(?<![.,])(?!\s?(?:%|percent)))"
)


# "ont crû de 45 %, de 79 millions en 2029 à 177 millions en 2030": after a percentage and a
# comma, "de X ... à Y" (two amounts) is "from X to Y", the change's start and end levels (the
# gloss reads the bare "de" as "of", which no rule joins to the change)
_PERCENT_THEN_FROM = re.compile(
    rf"(?<=%), of (?={_HEDGE}\d[\d.,]*(?<![.,])(?!\s?(?:%|percent))(?:[^,;:%()]|,(?=\d)){{0,60}}?"
    rf"\bto {_HEDGE}\d[\d.,]*(?<![.,])(?!\s?(?:%|percent)))"
)


# A preposition's article contracts with it: "de le" is "du", "de les" "des", "à le" "au", "à
# les" "aux" (Grevisse, Le Bon Usage: l'article contracté). A row that is a prepositional phrase
# ending in "de" or "à" (its English a preposition, after an adverb or a comparative at most:
# "au-delà de" over, "au-dessus de" above, "en deçà de" below, "plus de" more than, "comparé à"
# compared with, "face à" against, "à destination de" to) is written so before a noun with its
# article: "au-delà du niveau de 2019" is "over the level of 2019" (round 57). Not a verb's or a
# noun's row ("s'élève à" amounts to, "une hausse de" an increase of): their "à" and "de" are
# followed by an amount, and "au", "du" after them open another phrase ("s'élève au total à").
_CONTRACTED = {"de": ("du", "des"), "à": ("au", "aux")}
_PREPOSITION = re.compile(
    r"^(?:(?:\w+ly|more|less|no|compared|according)\s)*"
    r"(?:of|from|than|at|over|above|below|around|against|with|during|until|since|to)$"
)


def contracted_rows(lower: dict[str, str]) -> list[tuple[str, str]]:
    """``(form, English)`` of each prepositional row ending in "de" or "à" with the contracted
    article (above), its English followed by "the"; a form a row spells keeps that row's gloss
    (the caller's ``setdefault``)."""
    rows = []
    for phrase, english in lower.items():
        head, _, last = phrase.rpartition(" ")
        if head and last in _CONTRACTED and _PREPOSITION.match(english):
            rows += [(f"{head} {form}", f"{english} the") for form in _CONTRACTED[last]]
    return rows


# "le niveau de 2019", "leur niveau de 2017", "le record de 2018": French writes the year of a
# level after it ("the level of 2019"); English before it ("the 2019 level"), where the rules
# read the year as the level's, a base, not the period of the figures around it (round 57)
_LEVEL_OF_YEAR = re.compile(
    r"\b(the|their|its|our|a) (level|levels|record|peak) of (?:the year )?((?:19|20)\d\d)\b(?![./-]\d)"
)


def _dollar_first(m: re.Match[str]) -> str:
    return f"${m[1]} {m[2]}" if m[2] else f"${m[1]}"


def scaled_separators(text: str) -> str:
    """``text`` with a separator before a scale word read as French writes it (module doc)."""
    return _SCALED_SEPARATOR.sub(lambda m: f"{m[1]},{m[3]}" if m[2] else f"{m[1]}.{m[4]}", text)


def prepare(text: str) -> str:
    """``text`` with the forms read before the rows (module doc)."""
    if "d'" in text:
        text = _AMOUNT_OF_FLOW.sub(r"\1 of ", text)
    if "'après" in text:
        text = _ACCORDING.sub(lambda m: "According to" if m[1] == "D" else "according to", text)
    if "ici" in text:
        text = _BY.sub("by ", text)
    if "ourant " in text:
        text = _DURING.sub("during ", text)
    if "au " in text:
        text = _TO_DAY.sub("à ", text)
    return text


def reorder(text: str) -> str:
    """The glossed ``text`` in English word order (module doc)."""
    if "until " in text:
        text = _UNTIL_AMOUNT.sub("up to ", text)
    if " to " in text:
        text = _FROM_LEVEL.sub(r"\1 from ", text)
        if "%, of " in text:
            text = _PERCENT_THEN_FROM.sub(", from ", text)
    if " in the " in text:
        text = _SOLD_TO.sub(r"\1 to ", text)
    if "$" in text:
        text = _DOLLAR_AFTER.sub(_dollar_first, text)
    if " of " in text:
        text = _LEVEL_OF_YEAR.sub(r"\1 \3 \2", text)
    if "last " in text or "previous " in text:
        text = _COUNT_LAST.sub(r"\2 \1 \3", text)
        text = _LAST_QUARTER_OF.sub("fourth quarter of ", text)
    return text
