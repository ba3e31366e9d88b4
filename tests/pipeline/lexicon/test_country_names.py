"""Every country's name in each gloss language from the iso-codes translations
(``pipeline.lexicon.country_names``), and the gloss that reads them (``pipeline.extract.foreign``).

The sentences are made up; each names a partner no row of ``foreign_words.csv`` spells in that
language, the way a page about a pair the development pages never met would.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.lexicon import uzbek_apostrophes
from pipeline.lexicon.country_names import country_names
from pipeline.lexicon.gloss_locales import ISO_LOCALES
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_names_per_language_are_base_forms_glossed_to_countries_csv_names() -> None:
    german = dict(country_names("de"))
    assert german["Usbekistan"] == "Uzbekistan"
    assert german["Südkorea"] == "South Korea"  # the common name, not "Korea, Republik"
    assert german["Bundesrepublik Deutschland"] == "Germany"  # the official name
    assert not any("," in name or "(" in name for name in german)
    assert "Iran" not in german  # spelled as in English: nothing to gloss
    assert dict(country_names("fr"))["Arménie"] == "Armenia"
    croatian_serbian = dict(country_names("sh"))  # Croatian, Bosnian and Serbian Latin
    assert croatian_serbian["Armenija"] == croatian_serbian["Jermenija"] == "Armenia"
    assert country_names("xx") == ()  # a language the gloss does not read
    assert all(country_names(lang) for lang in ISO_LOCALES)


def test_german_page_about_a_partner_no_row_spells() -> None:
    got = rows(
        "date 2032-03-02\nDie Exporte Österreichs nach Usbekistan stiegen im Jahr 2031 um 14 "
        "Prozent auf 310 Millionen Euro, teilte die Wirtschaftskammer mit."
    )
    assert got[310_000_000.0] == (
        "exports",
        "AUT",
        "UZB",
        "level",
        "EUR",
        D(2031, 1, 1),
        D(2031, 12, 31),
    )


def test_spanish_page_about_a_partner_no_row_spells() -> None:
    got = rows(
        "date 2032-02-11\nLas exportaciones de Chile a Afganistán sumaron 12 millones de dólares "
        "en 2031, según el banco central, que por primera vez publicó las cifras del año."
    )
    assert got[12_000_000.0][:3] == ("exports", "CHL", "AFG")


def test_a_name_is_matched_only_as_written() -> None:
    # Russian "Того" is Togo; "того" (of that) at the same place stays a word
    assert gloss("Экспорт в Того", "ru").endswith("Togo")
    assert "того" in gloss("того же года", "ru")
    # a CSV row for the same words wins over the iso-codes name
    assert gloss("Kasachstan", "de") == "Kazakhstan"


def test_uzbek_names_from_cldr_in_both_scripts_with_one_apostrophe() -> None:
    uzbek = dict(country_names("uz"))
    assert uzbek["Xitoy"] == uzbek["Хитой"] == "China"  # CLDR: Latin and Cyrillic
    assert uzbek["Qozogʻiston"] == uzbek["Қозоғистон"] == "Kazakhstan"
    # CLDR writes "Qo‘shma" with ‘: one letter ʻ, as the gloss writes every page's apostrophe
    assert uzbek["Amerika Qoʻshma Shtatlari"] == "United States"
    assert all(uzbek_apostrophes(name) == name for name in uzbek)  # "Кот-д'Ивуар" as a page
    assert gloss("Qozog‘iston va Xitoy", "uz") == "Kazakhstan and China"
