"""Italian pages read through the English rules, like Spanish, French and Portuguese ones
(``pipeline.extract.foreign``, ``it`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Italian outlets write trade figures in: an agency's
"l'interscambio ... è stato pari a 21,3 miliardi di euro nel primo semestre", a wire's "le
esportazioni italiane in Germania sono aumentate del 12,5%", a headline's "l'export verso la Cina
in calo del 7 per cento", elided articles run into their word ("dell'Italia", "dall'Egitto").
Near misses: a Spanish page (whose "del", "con", "al" Italian shares) stays Spanish, an English
page quoting an Italian name stays English, and "in" after a word that is no export stays a place.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_an_italian_page() -> None:
    assert (
        language(
            [
                "Nel 2031 le esportazioni della Slovenia verso il Giappone sono cresciute, e gli "
                "scambi con l'Asia sono aumentati per la prima volta in un decennio."
            ]
        )
        == "it"
    )
    # near misses: a Spanish page shares "del", "con", "al" with Italian but stays Spanish
    assert (
        language(
            [
                "Las exportaciones de Uruguay a Japón sumaron US$ 12 millones en 2031, y "
                "el comercio con el resto del mundo creció al ritmo del año anterior."
            ]
        )
        == "es"
    )
    assert (
        language(["Trade with Della Valle's partners rose to $4bn in 2031, the ministry said."])
        is None
    )


def test_italian_scale_words_and_number_format() -> None:
    assert gloss("1,2 miliardi di euro", "it") == "1.2 billion euros"
    assert gloss("3.456,7 milioni di dollari", "it") == "3,456.7 million dollars"
    assert gloss("4,5 mld", "it") == "4.5 billion"
    assert gloss("il 12,5 per cento", "it") == "the 12.5 percent"
    # near miss: "mila" alone is a thousand, "mila miliardi" a trillion
    assert gloss("800 mila euro", "it") == "800 thousand euro"
    assert gloss("2 mila miliardi di euro", "it") == "2 trillion euros"


def test_elided_articles_run_into_their_word() -> None:
    assert gloss("le importazioni dall'Egitto", "it") == "the imports from Egypt"
    assert gloss("l’export dell’Austria", "it") == "exports of Austria"
    assert gloss("in calo dell'8 per cento", "it") == "down by 8 percent"


def test_italian_exports_in_a_country_go_to_it() -> None:
    got = rows(
        "date 2031-05-01\nNel 2030 le esportazioni italiane in Slovenia sono aumentate del 12,5% "
        "fino a 7,4 miliardi di euro, secondo i dati dell'Istat."
    )
    assert got[7_400_000_000.0] == (
        "exports",
        "ITA",
        "SVN",
        "level",
        "EUR",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )
    assert got[12.5][:4] == ("exports", "ITA", "SVN", "pct_change")
    # near miss: "in" after a word that is no export stays a place
    assert gloss("un accordo firmato in Slovenia", "it") == "a accordo firmato in Slovenia"


def test_italian_turnover_in_the_first_half_with_its_change() -> None:
    got = rows(
        "date 2031-09-20\nNel primo semestre del 2031 l'interscambio tra l'Italia e la Svizzera "
        "è stato pari a 21,3 miliardi di euro, in crescita del 4,2% rispetto allo stesso periodo "
        "del 2030. Il dato è il più alto degli ultimi anni, secondo il ministero."
    )
    assert got[21_300_000_000.0] == (
        "turnover",
        "ITA",
        "CHE",
        "level",
        "EUR",
        D(2031, 1, 1),
        D(2031, 6, 30),
    )
    assert got[4.2][:4] == ("turnover", "ITA", "CHE", "pct_change")


def test_italian_headline_export_to_a_country_falls_over_nine_months() -> None:
    got = rows(
        "date 2031-11-02\nAustria, l’export verso la Cina è diminuito del 7 per cento nei primi "
        "nove mesi del 2031. Il calo è il primo degli ultimi anni, secondo i dati del ministero "
        "che sono stati pubblicati ieri."
    )
    assert got[-7.0] == (
        "exports",
        "AUT",
        "CHN",
        "pct_change",
        "percent",
        D(2031, 1, 1),
        D(2031, 9, 30),
    )


def test_a_year_then_a_comma_then_a_level_is_no_range() -> None:
    # "del 2031, a 18,4 miliardi": the period's year, then the level it reached; a range's
    # first number ends in a digit, never in the comma that closes a clause
    assert gloss("nei primi nove mesi del 2031, a 18,4 miliardi di euro", "it") == (
        "in the first nine months of 2031, to 18.4 billion euros"
    )
    # near miss: a range of two amounts still reads "from ... to"
    assert gloss("da 9,6 a 21,7 miliardi di euro", "it") == "from 9.6 to 21.7 billion euros"


def test_italian_demonyms_of_more_countries_in_their_four_forms() -> None:
    # the adjective's gender and number forms of three classes (-o, -co, -ese, -ita): the
    # reporter is read from it as from an English demonym
    assert gloss("le esportazioni kazake e i prodotti polacchi", "it") == (
        "the Kazakh exports and i Polish products"
    )
    assert gloss("importazioni olandesi, greche, vietnamite e messicane", "it") == (
        "Dutch imports, Greek, Vietnamese and Mexican"
    )
    # near miss: "afghani" is the currency as often as the people, so it stays as written
    assert gloss("10 milioni di afghani", "it") == "10 million afghani"
    got = rows(
        "date 2030-02-11\nSecondo l'istituto di statistica, nel 2029 le esportazioni kazake "
        "verso la Polonia sono cresciute del 14,2%."
    )
    assert got == {
        14.2: ("exports", "KAZ", "POL", "pct_change", "percent", D(2029, 1, 1), D(2029, 12, 31))
    }


def test_a_demonym_after_its_noun_moves_before_it_whatever_its_english_ending() -> None:
    # "Kazakh", "Greek", "Saudi", "South African" end otherwise than "-an", "-ese", "-ish"
    assert gloss("le importazioni saudite e le esportazioni greche", "it") == (
        "the Saudi imports and the Greek exports"
    )
    assert gloss("i prodotti sudafricani", "it") == "i South African products"
    # near miss: a capitalised word that is no demonym stays where it is
    assert gloss("le esportazioni Bologna", "it") == "the exports Bologna"
