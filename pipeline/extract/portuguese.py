"""Portuguese pages read through the English rules: the Portuguese side of
:mod:`pipeline.extract.foreign` around the word gloss, where a row of ``lexicon/foreign_words.csv``
cannot work word for word (round 43).

Before the gloss (:func:`prepare`):

- a pronoun written after its verb with a hyphen (European and African usage: "situou-se em",
  "fixaram-se nos", "reduziram-se", "espera-se que") goes before it, as Brazil writes it ("se
  situou em"): the generated forms of :mod:`pipeline.extract.foreign_conjugation` and the rows
  spell the pronoun first, once, instead of every verb twice; the future with the pronoun inside
  it ("situar-se-á") is the plain future ("situará");
- an ordinal in figures before a part of the year ("1º semestre", "3.º trimestre", "2° trimestre",
  a degree sign for the ordinal) is the ordinal word ("primeiro semestre"), which the rows gloss.

After the gloss (:func:`reorder`):

- "de janeiro a outubro" (glossed "of January the October") and "de 2025 a 2030" are a range:
  "from January to October", "from 2025 to 2030";
- "até 2035" (glossed "until 2035") before a bare year is a deadline, "by 2035", as English
  writes a target's year; after "from 2025" it stays the range's end, and right after a change
  ("cresceram até 2029", grew until then) it stays "until";
- "provenientes da China", "oriundas de", "originários do", "procedentes de" (glossed "... of
  the"), each adjective in its four genders and numbers and the article in five contractions,
  is "from"; "com destino a", "destinadas à" (glossed "with destination to the") is "to";
- "as compras chinesas ao Brasil" (glossed "purchases ... to the Brazil"): bought from it, as
  ``foreign`` reads the article-less "compras ... a Angola";
- "mais 12% do que em 2029" (glossed "more 12% than in 2029") is "12% more than in 2029", and
  after a comma or a bracket "mais 12% face a 2029" is "up 12% compared with 2029";
- "a meta é elevar" (glossed "the target is raise"): "the target is to raise";
- "214 mil milhões Kz" (glossed "214 billion Kz"): a currency's symbol after the amount is its
  code, "214 billion AOA", as English reads a symbol before the digits only.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.digits import symbol_currency
from pipeline.extract.period_words import ENGLISH_MONTHS
from pipeline.extract.spanish import ago
from pipeline.lexicon import currencies

# a verb and its pronoun after a hyphen ("situou-se", "Espera-se"); "-se-á" / "-se-ão" inside a
# future ("situar-se-á em")
_ENCLITIC = re.compile(r"\b([^\W\d_]{3,})-se\b(?!-)")
_MESOCLITIC = re.compile(r"\b([^\W\d_]{3,}r)-se-(á|ão)\b")
# "1º semestre", "1.º trimestre", "2° trimestre", "3o trimestre"
_ORDINAL_PART = re.compile(
    r"\b([1-4])\.?\s?[º°o]\s?(?=(?:semestre|trimestre|quadrimestre|bimestre)\b)", re.IGNORECASE
)
_ORDINALS = {"1": "primeiro ", "2": "segundo ", "3": "terceiro ", "4": "quarto "}

# "of January (2030) the/to/until October", "of 2025 the 2030": a range
_TO = r"(?:the|to the|to|until|until the)"
_MONTH_RANGE = re.compile(
    rf"\bof ((?:{ENGLISH_MONTHS})(?: (?:of )?\d{{4}})?) {_TO} (?=(?:{ENGLISH_MONTHS})\b)"
)
_YEAR_RANGE = re.compile(rf"\bof ((?:19|20)\d\d) {_TO} (?=(?:19|20)\d\d\b)")
# "until (the) 2035", "until the year of 2035": by the year (a range's end is "to" by now)
_UNTIL_YEAR = re.compile(r"\buntil (?:(?:to )?the (?:year (?:of )?)?)?(?=(?:19|20)\d\d\b)")
# ... except right after a change ("cresceram até 2029", grew until then: "grew by 2029" would
# read the year as the change's size)
_CHANGED = frozenset(
    [
        "rose",
        "grew",
        "fell",
        "increased",
        "decreased",
        "declined",
        "jumped",
        "dropped",
        "climbed",
        "expanded",
        "contracted",
    ]
)
# "provenientes da China" -> "from the China"; "with destination to the China" -> "to the China"
_FROM_ADJECTIVE = re.compile(
    r"\b(?:provenientes?|oriund[oa]s?|origin[aá]ri[oa]s?|procedentes?) (of the|of)\b"
)
_TO_DESTINATION = re.compile(r"\b(?:with destination|destinad[oa]s?) (to the|to|the|of the)\b")
# "mais 12% do que em 2029" ("more 12% than in 2029"): English writes the size first ("12% more
# than"); "X, mais 12% face a 2029" (", more 12% compared with"): "up 12%"
_MORE_THAN = re.compile(r"\b(more|less) (\d[\d.,]*\s?(?:%|percent)) than\b")
_MORE_AFTER = re.compile(r"(?:(?<=, )|(?<=\())(more|less) (?=\d[\d.,]*\s?(?:%|percent))")
# "compras ... ao Brasil" (glossed "purchases ... to the Brazil"): bought from it, as the
# article-less "a Angola" already reads in ``foreign`` (``_PT_BOUGHT_FROM``)
_BOUGHT_FROM_THE = re.compile(r"\b((?:purchases|bought)(?: [\w'().,$€-]+){0,9}?) to the (?=[A-Z])")
# "os compradores a Moçambique" (glossed "the buyers to Mozambique"): who buy from it, its
# buyers; English "buyers from" would read the buyers' own exports (round 57)
_BUYERS_TO = re.compile(r"\b(buyers?|customers?) to (the )?(?=[A-Z])")
# "214 mil milhões Kz", "3,5 biliões Kz" (glossed "214 billion Kz"): Angolan and Mozambican copy
# writes the currency's symbol after the amount and its scale; English reads a symbol before the
# digits only, so a symbol of ``currencies.csv`` there is its code ("214 billion AOA"; round 57)
_SYMBOL_AFTER = re.compile(
    r"(?<=\d )(thousand|million|billion|trillion) ([A-Z][A-Za-z]{0,3}\$?)(?![\w$])"
)
# "A meta é elevar o comércio" ("the target is raise"): English writes "to" before the verb
_GOAL_IS = re.compile(
    r"\b((?:target|goal|aim|objective|intention|plan) is) "
    r"(?=(?:raise|increase|double|triple|reach|exceed|bring|take|expand)\b)"
)


def _by_year(m: re.Match[str]) -> str:
    before = m.string[: m.start()].split()
    return m.group(0) if before and before[-1] in _CHANGED else "by "


def _pronoun_first(m: re.Match[str]) -> str:
    verb = m.group(1)
    if verb[:1].isupper():  # "Espera-se que" opens a sentence: "Se espera que"
        return f"Se {verb[:1].lower()}{verb[1:]}"
    return f"se {verb}"


# the word after a symbol: "410 million US dollars" names its currency with the word
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _symbol_code(m: re.Match[str]) -> str:
    currency = symbol_currency(m.group(2))
    if currency is None or currency.context:
        return m.group(0)  # no symbol, or one the page's country decides ("R", "Rs")
    after = _NEXT_WORD.match(m.string, m.end())
    if after and currencies().word(after.group(1)) is not None:
        return m.group(0)  # "410 million US dollars": the currency's word follows
    return f"{m.group(1)} {currency.code}"


def prepare(text: str) -> str:
    """``text`` (Portuguese, before the gloss) with its pronoun before its verb and an ordinal
    part of a year in words (module doc)."""
    if "-se" in text:
        text = _MESOCLITIC.sub(r"\1\2", text)
        text = _ENCLITIC.sub(_pronoun_first, text)
    if "mestre" in text:
        text = _ORDINAL_PART.sub(lambda m: _ORDINALS[m.group(1)], text)
    return text


def ranges_from(text: str) -> str:
    """``text`` glossed into English with its ranges read "from ... to": "of 2018 to 2021", "of
    January to October" (Portuguese and Spanish "de 2018 a 2021", French "de 2018 à 2021": the
    gloss reads "de" as "of"; round 48: every Romance language, ``foreign.gloss``)."""
    if "of " in text:
        text = _MONTH_RANGE.sub(r"from \1 to ", text)
        text = _YEAR_RANGE.sub(r"from \1 to ", text)
    return text


def reorder(text: str) -> str:
    """``text`` glossed into English with its ranges, deadlines and origins in English words
    (module doc)."""
    text = ago(text)  # "há 10 anos": "10 years ago" (round 45)
    text = ranges_from(text)
    if "until " in text:
        text = _UNTIL_YEAR.sub(_by_year, text)
    if "more " in text or "less " in text:
        text = _MORE_THAN.sub(r"\2 \1 than", text)
        text = _MORE_AFTER.sub(lambda m: "up " if m[1] == "more" else "down ", text)
    if "purchases" in text or "bought" in text:
        text = _BOUGHT_FROM_THE.sub(r"\1 from the ", text)
    if "illion " in text or "thousand " in text:
        text = _SYMBOL_AFTER.sub(_symbol_code, text)
    if "buyer" in text or "customer" in text:
        text = _BUYERS_TO.sub(r"\1 of \2", text)
    if " is " in text:
        text = _GOAL_IS.sub(r"\1 to ", text)
    text = _FROM_ADJECTIVE.sub(lambda m: "from the" if m[1] == "of the" else "from", text)
    return _TO_DESTINATION.sub(lambda m: "to" if m[1] == "to" else "to the", text)
