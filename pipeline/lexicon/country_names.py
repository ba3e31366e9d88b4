"""Every country's name in each language a page is glossed from, from the iso-codes translations.

``foreign_words.csv`` holds the country names (and their case forms) that development pages
used; a page about a pair no page had used before (German "Usbekistan", French "Arménie",
Spanish "Afganistán") kept its partner unread, and the figure was lost. The Debian iso-codes
project translates ISO 3166-1 into some 150 languages; pycountry ships those translations as
gettext catalogues. :func:`country_names` reads, for one gloss language, the translated short
name, common name ("Südkorea") and official name ("Bundesrepublik Deutschland") of every country
``countries.csv`` lists, each glossed to that country's name in ``countries.csv``.

Only base (nominative) forms are there: a case form ("Армении", "z Chinami") stays a row of
``foreign_words.csv``. A translation with a comma or a bracket ("Korea, Republik") is an index
form no page writes and is skipped; so is one equal to the English name (nothing to gloss).
A second source stands beside iso-codes: the CLDR's territory names
(:func:`pipeline.lexicon.cldr_words.territory_names`), the common short forms pages write
(Spanish "Maldivas", French "Biélorussie", Arabic "السويد"), where iso-codes writes another name
or none; one the English gazetteer reads as it is ("Congo", "Hong Kong") is no gloss, and one
that is only part of the English name ("Salvador" of "El Salvador", a city of Brazil too) or of
a country named for a saint ("San Martín": Buenos Aires' foreign ministry is its palace) is
left out. Uzbek, whose iso-codes catalogue leaves many names in English and has no Cyrillic,
takes the CLDR's in both scripts ("Xitoy", "Хитой"), its apostrophes written as one letter
(``lexicon.gloss_spelling``: the CLDR writes "Oʻzbekiston" but "Qo‘shma Shtatlari").
Errors: none; a language neither source translates gives no names.
"""

from __future__ import annotations

import csv
import gettext
from functools import cache
from pathlib import Path

import pycountry

from pipeline.lexicon import gazetteer, gloss_spelling
from pipeline.lexicon.cldr_words import territory_names
from pipeline.lexicon.gloss_locales import ISO_LOCALES

# The first word of the English name of a country named for a saint ("Saint Martin", "Saint
# Helena", "São Tomé and Príncipe"): its CLDR short name ("San Martín", "Santa Elena") names a
# palace, a town, a street or a person as often, so only iso-codes' names of it are read
_SAINTS = frozenset({"Saint", "Sint", "São", "San"})


def _english_names() -> dict[str, str]:
    path = Path(__file__).with_name("countries.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["iso3"]: r["name"] for r in csv.DictReader(fh) if r["kind"] == "country"}


@cache
def country_names(lang: str) -> tuple[tuple[str, str], ...]:
    """``(name as the language writes it, English name of countries.csv)`` for every country
    ``countries.csv`` lists whose name iso-codes translates into ``lang`` (a key of
    :data:`~pipeline.lexicon.gloss_locales.ISO_LOCALES`; any other gives ``()``); first
    catalogue first, then the CLDR's names, one row per name."""
    english = _english_names()
    rows: dict[str, str] = {}
    for locale in ISO_LOCALES.get(lang, ()):
        try:
            catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:  # not translated into this locale
            continue
        for country in pycountry.countries:
            name = english.get(country.alpha_3)
            if name is None:
                continue
            for field in ("name", "common_name", "official_name"):
                source = getattr(country, field, None)
                if not source:
                    continue
                translated = catalogue.gettext(source).strip()
                if translated == source or "," in translated or "(" in translated:
                    continue
                rows.setdefault(gloss_spelling(lang, translated), name)
    english_forms = gazetteer().by_surface
    for written, alpha_2 in territory_names(lang):
        country = pycountry.countries.get(alpha_2=alpha_2)
        name = english.get(country.alpha_3) if country else None
        if name is None or written in english_forms or f" {written} " in f" {name} ":
            continue
        if name.split()[0] in _SAINTS:
            continue  # "San Martín", "Santa Elena": a palace's, a town's, a person's name too
        rows.setdefault(written, name)
    return tuple(rows.items())
