"""Amount forms of glossed pages that a word-for-word gloss leaves in a shape the English rules do
not read (called by ``foreign.gloss``; NOTES.md: a foreign page is read as the same sentence in
English would be).

- A change between two amounts written with the preposition a language uses for "from": French
  "de 9,6 à 21,7 M EUR", German "von 9,6 auf 21,7 Mio. Euro", Spanish/Portuguese "de 5 a 7,7
  millones" glossed "of 9.6 to 21.7 million", Russian "с $1 млрд до $1,6 млрд" glossed "with $1
  billion to $1.6 billion". English writes "from 9.6 to 21.7 million", which the English rules
  read as two levels (the first with the second's scale and currency); "of 9.6" is read as no
  amount at all, so the first was lost. Only a first number with no percent sign (so "rose of
  5% to 3.2 billion", a change and a level, stays) and a second with a scale or a currency (so
  "of 2 to 3 countries" and a range of years stay).
"""

from __future__ import annotations

import re
from functools import cache

_SCALE = r"(?:thousand|million|billion|trillion)"
_MONEY = r"(?:US\$|U\$S|R\$|\$|€|USD|EUR)"
# a number ends in a digit: "of 2031, to 18.4 billion" is a year and a level, not a range
_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
# "of 9.6 to 21.7 million" (first amount bare) and "with $1 billion to $1.6 billion" (Russian "с")
# ... nor is "in the first half of 2031 to 7.2 billion" (German "in der ersten Jahreshälfte 2031
# auf 7,2 Milliarden"): a bare year first is the period, not a base
# ... or both with their scale ("progressé de 1,3 Md à 1,8 Md €" glossed "of 1.3 billion to 1.8
# billion euros", round 42)
_OF_TO = re.compile(
    r"\bof (?!(?:19|20)\d\d )"
    rf"(?:(?={_MONEY}?\s?{_NUMBER} to {_MONEY}?\s?{_NUMBER}\s?(?:{_SCALE}|{_MONEY}))"
    rf"(?!{_MONEY}?\s?{_NUMBER}\s?(?:%|percent|{_SCALE}))"
    rf"|(?={_MONEY}?\s?{_NUMBER}\s?{_SCALE} to {_MONEY}?\s?{_NUMBER}\s?{_SCALE}))"
)
_WITH_TO = re.compile(
    rf"\bwith (?={_MONEY}?\s?{_NUMBER}(?:\s?{_SCALE})?(?: \w+)? to {_MONEY}?\s?{_NUMBER})"
    rf"(?!{_MONEY}?\s?{_NUMBER}\s?(?:%|percent))"
)


# "443.839.284 di Euro", "2.300.000.000 de dólares" (Italian, Spanish, Portuguese, French: the
# preposition a Romance language puts between a number and its currency, with no scale word)
# glossed "443,839,284 of Euro": the currency follows the number
_OF_CURRENCY = re.compile(
    r"(?<=\d) of (?=(?:US |U\.S\. )?(?:dollars?|euros?|reais|real|pesos?|soles|dirhams?|francs?"
    r"|roubles?|rubles?|yuan|yen|pounds?|rupees?|lire|lira|lei)\b)",
    re.IGNORECASE,
)


# French, Spanish, Portuguese, Italian "progressé de 1,2 Md à 1,6 Md", "creció de 5 a 7 millones":
# the verb's row glossed its "de" away ("rose"), but before "X à Y" the preposition is "from";
# English "rose 1.2 billion to 1.6 billion" would read the first amount as the change
_VERB_FROM_TO = re.compile(
    r"\b(rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|progressed|went\s(?:up|down))"
    rf"\s(?={_MONEY}?\s?{_NUMBER}\s?(?:{_SCALE}\s)?to {_MONEY}?\s?{_NUMBER}\s?(?:{_SCALE}|{_MONEY}))"
)
_ROMANCE = ("fr", "es", "pt", "it")


# A scale word in the singular with no number before it is one of it: Polish "ok. miliarda
# dolarów", "przekroczyć miliard złotych", Russian "около миллиарда долларов", Czech "přes
# miliardu korun" (about / over a billion; round 46). Only the singular forms (the plural
# "miliardy", "миллиардов" follow a number), only before a currency, and not after a number or
# a numeral word ("1,5 miliarda", "два миллиарда": the genitive singular after a numeral).
_LONE_SCALES = {
    "ru": ("миллиарда?|миллиона?", "долл|евро|руб|юан|тенге|сом|манат|сум|гривен|лар"),
    "pl": ("miliarda?|miliona?", "dolar|euro|złot|zł\\b|USD|EUR"),
    "cs": ("miliarda|miliardu|milion|milionu", "korun|Kč|eur|dolar"),
}
# ... but a numeral of a known count before it is that count (``_NUMERAL_COUNTS`` below), and
# a count with no one number ("пол", "несколько миллиардов") leaves the scale word as it is
_LONE_COUNTS = frozenset({
    "пол", "несколько", "нескольких", "десятки", "десятков", "сотни", "сотен",
    "kilka", "kilku", "kilkanaście", "kilkunastu", "kilkadziesiąt", "kilkudziesięciu",
    "dziesiątki", "setki",
    "půl", "několik", "několika", "desítky", "stovky",
})  # fmt: skip

# A numeral of a known count before the scale word is that count in digits: "один
# миллиард долларов", "до одного миллиарда долларов" (one billion), "два миллиарда" (two),
# "полтора миллиарда" (one and a half); the gloss has no row for a numeral, so "одного billion
# dollars" was read as no amount (round 54: belnovosti hu13; Arabic "نصف مليار" and Turkish "iki
# milyar" are their modules')
_NUMERAL_COUNTS: dict[str, str] = {
    "один": "1", "одного": "1", "одном": "1", "одним": "1", "одна": "1", "одной": "1",
    "два": "2", "две": "2", "двух": "2", "три": "3", "трёх": "3", "трех": "3", "четыре": "4",
    "четырёх": "4", "четырех": "4", "полтора": "1.5", "полторы": "1.5",
    "jeden": "1", "jednego": "1", "dwa": "2", "dwóch": "2", "trzy": "3", "trzech": "3",
    "cztery": "4", "czterech": "4", "półtora": "1.5",
    "jedna": "1", "jednu": "1", "jedné": "1", "dvě": "2", "tři": "3", "čtyři": "4",
}  # fmt: skip


@cache
def _lone_scale(lang: str) -> re.Pattern[str]:
    scales, currencies = _LONE_SCALES[lang]
    return re.compile(rf"(?P<pre>\S+\s)?\b(?P<w>{scales})\b(?=\s(?:{currencies}))")


def _one(m: re.Match[str]) -> str:
    pre = m.group("pre") or ""
    last = pre.strip().strip("(«\"'„“").lower()
    if last in _NUMERAL_COUNTS:
        return f"{pre[: pre.lower().rindex(last)]}{_NUMERAL_COUNTS[last]} {m.group('w')}"
    if last[-1:].isdigit() or last in _LONE_COUNTS:
        return m.group(0)
    return f"{pre}one {m.group('w')}"


def lone_scales(text: str, lang: str) -> str:
    """``text`` of a ``lang`` page (before the gloss) with "one" before a singular scale word that
    no number precedes (above)."""
    if lang not in _LONE_SCALES:
        return text
    return _lone_scale(lang).sub(_one, text)


# A count in digits before the word a language writes for "times" (a multiple): Kyrgyz "19 эсеге
# өскөн" (grew 19 times); English "3 times" is what the rules read (round 54: kyrgyztuusu hu09;
# Turkish "3 kat" and Azerbaijani "3 dəfə" are their modules'; Indonesian "3 kali lipat" left:
# its dev page's period, "sejak" an event, is read wrong).
_TIMES_WORDS = {"ky": "эсеге|эсе"}


@cache
def _times_after(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?) (?:{_TIMES_WORDS[lang]})(?!\w)", re.I)


def times_words(text: str, lang: str) -> str:
    """``text`` of a ``lang`` page (numbers in English form) with a count before its "times"
    word (above) written "N times"."""
    if lang not in _TIMES_WORDS:
        return text
    return _times_after(lang).sub(r"\1 times", text)


def amount_forms(text: str, lang: str) -> str:
    """A glossed sentence of a ``lang`` page with its from-to amounts in English words, and a
    currency written after "of" right after its number ("of Euro") right after it."""
    if " of " in text:
        text = _OF_CURRENCY.sub(" ", text)
    if lang in _ROMANCE and " to " in text:
        text = _VERB_FROM_TO.sub(r"\1 from ", text)
    if lang in ("ru", "bg", "ky") and "with " in text:
        text = _WITH_TO.sub("from ", text)
    elif "of " in text and " to " in text:
        text = _OF_TO.sub("from ", text)
    return text
