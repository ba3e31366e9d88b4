"""Reference-complete vocabularies of each gloss language from the Unicode CLDR (via ``babel``).

``foreign_words.csv`` grew from what development pages happened to say, so a page nobody tuned
on lost a figure to a word it lacked: an Algerian "جانفي" (January), a French "janv.", a Russian
"доллара США" (two US dollars' case), a Polish "franków szwajcarskich". The
CLDR, the locale data every operating system and browser ships, lists for each language the
whole of the vocabularies the gloss reads; babel ships it. This module reads, for one gloss
language:

- :func:`month_names`: the wide month names, format ("января", "stycznia") and stand-alone
  ("январь") forms, of every locale of the language (Maghreb and Moroccan Arabic name the
  months otherwise than Egypt), glossed to the English month;
- :func:`month_abbreviations`: the abbreviated names written with their full stop ("janv.",
  "янв.", "Okt."); one written without ("lis", "led", "mar", "pro") is a common word of its
  language as often as a month (fox, ice, sea, for) and is left out;
- :func:`currency_names`: every currency ``currencies.csv`` knows, by its display name and each
  plural form the language's grammar gives ("доллар США", "доллара США", "долларов США"),
  glossed to the English word ``currencies.csv`` reads as that currency ("US dollars");
- :func:`territory_names`: each country's name as the CLDR writes it (the common short forms:
  Spanish "Maldivas", Arabic "السويد"), beside iso-codes' in ``country_names``.

A currency named in one word without its country is left out (but the euro's): the word is a
demonym or a place as often (Portuguese "bolivianos" Bolivians, Arabic "أفغاني" Afghan, Russian
"леоне" of "Сьерра-Леоне").

Vietnamese and Chinese months are a numeral and the month word ("tháng 3", "3月"), read by
their language modules, not glossed as words.
Errors: none; a language without a CLDR locale here gives no rows.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name

from pipeline.lexicon import currencies, gloss_spelling
from pipeline.lexicon.gloss_locales import CLDR_LOCALES

# Months written as a numeral and the month word: their language modules read them
_NUMBERED_MONTHS = frozenset({"vi", "zh"})
# Languages written without spaces between words: every name is "one word"
_UNSPACED = frozenset({"zh"})
ENGLISH_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)


def _locales(lang: str) -> list[Locale]:
    return [Locale.parse(name) for name in CLDR_LOCALES.get(lang, ())]


def _clean(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").split())


def _months(lang: str, width: str) -> dict[str, str]:
    rows: dict[str, str] = {}
    if lang in _NUMBERED_MONTHS:
        return rows
    for locale in _locales(lang):
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context][width].items():
                rows.setdefault(_clean(name), ENGLISH_MONTHS[number - 1])
    return rows


@cache
def month_names(lang: str) -> tuple[tuple[str, str], ...]:
    """``(month name as the language writes it, English month)``: the wide format and
    stand-alone forms of every locale of ``lang`` (``()`` for Vietnamese and Chinese)."""
    return tuple((n, e) for n, e in _months(lang, "wide").items() if n != e)


@cache
def month_abbreviations(lang: str) -> tuple[tuple[str, str], ...]:
    """``(abbreviated month with its full stop, English month)`` of ``lang``'s locales, those
    that are no wide name too ("мая" is both); dotless ones are left out (module doc)."""
    wide = _months(lang, "wide")
    rows = _months(lang, "abbreviated").items()
    return tuple((n, e) for n, e in rows if n.endswith(".") and len(n) > 2 and n not in wide)


def _english_currency(code: str, words: list[str]) -> str:
    # the English name the amount rules read as this currency alone (no page context needed):
    # CLDR's English plural or display name where currencies.csv lists it, else its first word
    table = currencies()
    english = [get_currency_name(code, count=2, locale="en"), get_currency_name(code, locale="en")]
    for word in [*english, *words]:
        found = table.word(word)
        if found is not None and found.code == code and not found.context and not word.isupper():
            return word
    return code


@cache
def _english_currencies() -> dict[str, str]:
    path = Path(__file__).with_name("currencies.csv")
    words: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            words.setdefault(row["code"], []).extend(w for w in row["words"].split("|") if w)
    return {code: _english_currency(code, written) for code, written in words.items()}


def _plural_samples(locale: Locale) -> list[float]:
    # one number of each plural category of the language ("1", "2", "5", "1.5" in Russian)
    samples: dict[str, float] = {}
    for number in [*range(200), 0.5, 1.5]:
        samples.setdefault(locale.plural_form(number), number)
    return list(samples.values())


@cache
def currency_names(lang: str) -> tuple[tuple[str, str], ...]:
    """``(currency name as the language writes it, English currency word)`` for every code of
    ``currencies.csv``: the CLDR display name and each plural form, lower-cased (a currency
    name is no proper noun: "Доллар США" opens a sentence as "доллар США" runs in one); a
    name the English currency words read as the same currency ("euro") needs no gloss."""
    rows: dict[str, str] = {}
    locales = [(locale, _plural_samples(locale)) for locale in _locales(lang)]
    for code, english in _english_currencies().items():
        for locale, samples in locales:
            names = {locale.currencies.get(code) or code}
            names |= {get_currency_name(code, n, locale) for n in samples}
            for name in sorted(_clean(n).lower() for n in names):
                read = currencies().word(name)
                if name == code.lower() or (read is not None and read.code == code):
                    continue  # the English rules read it as it is ("euro"): nothing to gloss
                if code != "EUR" and lang not in _UNSPACED and not set(name) & set(" -"):
                    continue  # one word without its country: a demonym or a place as often
                rows.setdefault(gloss_spelling(lang, name), english)
    return tuple(rows.items())


@cache
def territory_names(lang: str) -> tuple[tuple[str, str], ...]:
    """``(country name as the CLDR writes it, ISO 3166-1 alpha-2 code)`` of ``lang``'s locales;
    regions ("150", Europe) and names with a comma or a bracket ("Myanmar (Birmania)") aside."""
    rows: dict[str, str] = {}
    for locale in _locales(lang):
        for code, name in locale.territories.items():
            name = gloss_spelling(lang, _clean(name).replace("’", "'"))
            if len(code) == 2 and code.isalpha() and not set(name) & set(",()（）"):
                rows.setdefault(name, code)
    return tuple(rows.items())


@cache
def abbreviated_month_words() -> frozenset[str]:
    """Every abbreviation of :func:`month_abbreviations` of every gloss language, lower-cased,
    without its stop ("janv", "янв", "out"): the sentence splitter's stop after one before a
    number ("janv. 2031") ends no sentence."""
    return frozenset(n[:-1].lower() for lang in CLDR_LOCALES for n, _ in month_abbreviations(lang))
