"""Round 18: general Portuguese and Spanish forms of trade news read through the gloss
(``pipeline.extract.foreign``, ``pt``/``es`` rows of ``lexicon/foreign_words.csv``).

Every sentence is made up, in the ways Lisbon, Luanda, Brasília, Buenos Aires and Asunción outlets
write: the month range "de janeiro a março" ("a" is "to" there, not the article), the progressive
"com as exportações a caírem 15%", "baixaram de X para Y", "as vendas de bens e serviços de
Portugal a Angola", Spanish "se contrajo ... hasta US$ X" ("hasta" before an amount is "to",
before a month "until"), and Spanish "compras de X a Y" (bought from Y, as Portuguese "a" already reads). Near misses stay as they were.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_PT_TAIL = ", segundo dados do instituto, que não publicou a série pela primeira vez."
_ES_TAIL = ", según el banco central, que por primera vez publicó las cifras del año."


def test_portuguese_month_range_with_a() -> None:
    assert gloss("de janeiro a março de 2030", "pt") == "from January to March 2030"
    got = rows(
        "date 2031-05-10\nAs exportações de Portugal para Angola caíram 22%, descendo de 287 "
        "milhões de euros de janeiro a março de 2030 para 224 milhões" + _PT_TAIL
    )
    assert got[287_000_000.0] == (
        "exports",
        "PRT",
        "AGO",
        "level",
        "EUR",
        D(2030, 1, 1),
        D(2030, 3, 31),
    )
    # near miss: "a" before a country stays "to"; "a" before other words stays the article
    assert gloss("a Angola", "pt") == "to Angola"
    assert gloss("em março a balança comercial", "pt") == "in March the trade balance"


def test_portuguese_progressive_and_baixaram_de() -> None:
    got = rows(
        "date 2031-02-10\nO comércio de Portugal com a Guiné Equatorial caiu, com as "
        "exportações a caírem 15%, para 9,5 milhões de euros em 2030" + _PT_TAIL
    )
    assert got[-15.0][:4] == ("exports", "PRT", "GNQ", "pct_change")
    assert got[9_500_000.0][:5] == ("exports", "PRT", "GNQ", "level", "EUR")
    got = rows(
        "date 2031-02-10\nAs vendas de Portugal a Angola baixaram de 1,5 mil milhões de euros, "
        "em 2029, para 1,2 mil milhões de euros em 2030" + _PT_TAIL
    )
    assert got[1_500_000_000.0][:6] == ("exports", "PRT", "AGO", "level", "EUR", D(2029, 1, 1))
    assert got[1_200_000_000.0][5] == D(2030, 1, 1)


def test_sales_of_goods_and_services_of_a_country() -> None:
    assert (
        gloss("As vendas de bens e serviços de Portugal a Angola caíram", "pt")
        == "Portugal's sales of goods and services to Angola fell"
    )
    got = rows(
        "date 2031-02-10\nAs vendas de bens e serviços de Portugal a Angola caíram 18,1% em "
        "2030, para 1,2 mil milhões de euros" + _PT_TAIL
    )
    assert got[-18.1][:4] == ("exports", "PRT", "AGO", "pct_change")
    # near miss: a month after "of" stays a period
    assert gloss("as vendas de janeiro", "pt") == "the sales of January"


def test_spanish_hasta_before_an_amount_and_before_a_month() -> None:
    assert gloss("se contrajo 18,8% hasta 23.085 millones", "es") == (
        "shrank 18.8% to 23,085 million"
    )
    assert gloss("hasta junio de 2030", "es") == "until June 2030"
    # near miss: a year after "hasta" is a horizon, not an amount
    assert gloss("hasta 2030", "es") == "until 2030"
    got = rows(
        "date 2031-02-10\nEn todo 2030 el comercio entre Argentina y Brasil se contrajo 18,8 "
        "por ciento hasta 23.085 millones de dólares" + _ES_TAIL
    )
    assert got[23_085_000_000.0] == (
        "turnover",
        "ARG",
        "BRA",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )


def test_spanish_purchases_from_a_seller() -> None:
    got = rows(
        "date 2031-02-10\nLas compras de Paraguay a Brasil hasta junio de 2030 sumaron "
        "US$ 1.390 millones" + _ES_TAIL
    )
    assert got[1_390_000_000.0] == (
        "imports",
        "PRY",
        "BRA",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 6, 30),
    )
    # near miss: exports "a" a country stay exports to it
    got = rows(
        "date 2031-02-10\nLas exportaciones de Paraguay a Brasil sumaron US$ 1.390 millones "
        "hasta junio de 2030" + _ES_TAIL
    )
    assert got[1_390_000_000.0][:3] == ("exports", "PRY", "BRA")


def test_french_totals_and_the_last_months() -> None:
    assert gloss("les 12 derniers mois", "fr") == "the last 12 months"
    assert gloss("les 4 premiers mois", "fr") == "the first 4 months"
    got = rows(
        "date 2031-03-10\nLes exportations françaises vers le Maroc ont totalisé 5,7 milliards "
        "d'euros en 2030, selon les douanes, et les importations sont restées stables."
    )
    assert got[5_700_000_000.0] == (
        "exports",
        "FRA",
        "MAR",
        "level",
        "EUR",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )
    # near miss: "derniers" without a count stays a plain adjective
    assert gloss("les derniers mois", "fr") == "the last months"


def test_spanish_negated_sector_after_its_flow_is_no_sector_figure() -> None:
    assert gloss("los envíos no cobre", "es") == "the non-copper shipments"
    got = rows(
        "date 2031-09-10\nEntre enero y agosto de este año, los envíos no cobre de Chile a China "
        "totalizaron US$ 5.520 millones, creciendo un 13,8%" + _ES_TAIL
    )
    assert got == {}
    # non-traditional exports are a statistical subset: not annotated (NOTES "Export subsets
    # named by a statistical category"); since round 23 the gloss writes "non-traditional
    # exports" as English does, and the English rules leave the subset out
    got = rows(
        "date 2031-09-10\nEntre enero y agosto de este año, las exportaciones no tradicionales "
        "de Perú a China totalizaron US$ 5.520 millones" + _ES_TAIL
    )
    assert got == {}


def test_spanish_lowest_since_a_year_is_no_period() -> None:
    got = rows(
        "date 2031-02-10\nEn todo 2030 el comercio entre Argentina y Brasil se contrajo 18,8 por "
        "ciento hasta 23.085 millones de dólares, lo que se convirtió en la menor marca desde "
        "2016" + _ES_TAIL
    )
    assert got[23_085_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[-18.8][:4] == ("turnover", "ARG", "BRA", "pct_change")


def test_german_row_with_capitals_at_the_start_of_a_sentence() -> None:
    assert gloss("Im ersten Quartal 2031 stiegen die Exporte", "de") == (
        "In the first quarter of 2031 rose the exports"
    )
    assert gloss("In den ersten drei Monaten des Jahres 2031", "de") == (
        "In the first three months of 2031"
    )
    got = rows(
        "date 2031-06-01\nIm ersten Quartal 2031 stiegen die deutschen Exporte nach Polen um "
        "26,6 Prozent auf 10,6 Milliarden Euro, wie das Statistische Bundesamt mitteilte, und "
        "die Importe aus Polen nicht."
    )
    assert got[10_600_000_000.0] == (
        "exports",
        "DEU",
        "POL",
        "level",
        "EUR",
        D(2031, 1, 1),
        D(2031, 3, 31),
    )
    # near miss: the same row inside a sentence is glossed as before, a lower-case word that is
    # no row stays as written
    assert gloss("die Exporte im ersten Quartal 2031", "de") == (
        "the exports in the first quarter of 2031"
    )
    assert gloss("Imker", "de") == "Imker"
