"""Portuguese pages read through the English rules, like Spanish and French ones
(``pipeline.extract.foreign``, ``pt`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Brazilian and Portuguese outlets write trade figures
in: a ministry's "a corrente de comércio ... atingiu US$ 12,3 bilhões no primeiro semestre", a wire's
"as exportações brasileiras para ... somaram", Lisbon's "mil milhões de euros", the passive
"foram exportados ... para". Near misses: a Spanish page (whose "dos" is "two") stays Spanish, an
English page quoting a Portuguese name stays English, and "US$ 500 mil" is thousands, not millions.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_portuguese_page() -> None:
    assert (
        language(
            [
                "As exportações do Paraguai para o Japão somaram US$ 12 milhões em 2031, "
                "e o comércio com a Ásia cresceu pela primeira vez em uma década."
            ]
        )
        == "pt"
    )
    # near misses: Spanish "dos" (two) and "con" are not Portuguese; an English page stays English
    assert (
        language(
            [
                "Las exportaciones de Uruguay a Japón sumaron US$ 12 millones en 2031, y "
                "el comercio entre los dos países creció con fuerza según el ministerio."
            ]
        )
        == "es"
    )
    assert (
        language(["Trade with São Paulo's partners rose to $4bn in 2031, the ministry said."])
        is None
    )


def test_portuguese_scale_words_and_decimal_comma() -> None:
    assert gloss("US$ 1,2 bilhão", "pt") == "US$ 1.2 billion"
    assert gloss("1,2 mil milhões de euros", "pt") == "1.2 billion euros"
    assert gloss("US$ 1.234,5 milhões", "pt") == "US$ 1,234.5 million"
    # near miss: "mil" alone is a thousand, not a million
    assert gloss("US$ 500 mil", "pt") == "US$ 500 thousand"


def test_brazilian_turnover_in_the_first_half_with_its_change() -> None:
    got = rows(
        "date 2031-07-20\nA corrente de comércio entre o Uruguai e o Chile atingiu US$ 3,4 "
        "bilhões no primeiro semestre de 2031, uma alta de 8,5% em relação ao mesmo período do "
        "ano passado, segundo dados do ministério."
    )
    assert got[3_400_000_000.0] == (
        "turnover",
        "URY",
        "CHL",
        "level",
        "USD",
        D(2031, 1, 1),
        D(2031, 6, 30),
    )
    assert got[8.5][:4] == ("turnover", "URY", "CHL", "pct_change")
    assert got[8.5][5:] == (D(2031, 1, 1), D(2031, 6, 30))


def test_portuguese_demonym_reporter_and_para_partner() -> None:
    got = rows(
        "date 2031-03-10\nAs exportações brasileiras para o Japão somaram US$ 4,5 bilhões em "
        "2030, segundo o ministério, e o comércio com a Ásia não parou de crescer."
    )
    assert got[4_500_000_000.0] == (
        "exports",
        "BRA",
        "JPN",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )


def test_lisbon_thousands_of_millions_of_euros() -> None:
    got = rows(
        "date 2031-03-10\nAs exportações de Portugal para Moçambique foram de 1,2 mil milhões "
        "de euros em 2030, de acordo com o instituto de estatística, o que não surpreende."
    )
    assert got[1_200_000_000.0][:5] == ("exports", "PRT", "MOZ", "level", "EUR")


def test_passive_exports_between_months() -> None:
    got = rows(
        "date 2031-11-02\nEntre janeiro e setembro de 2030, foram exportados US$ 850 milhões do "
        "Brasil para o Paraguai, segundo a secretaria, uma queda de 12% em relação ao ano "
        "anterior."
    )
    assert got[850_000_000.0] == (
        "exports",
        "BRA",
        "PRY",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 9, 30),
    )


def test_portuguese_page_writing_por_cento_is_not_spanish() -> None:
    # Lisbon's papers write "por cento" and "que" in every sentence: both are Spanish words too, so
    # they are no Spanish marker (they had made a short Portuguese page count as Spanish)
    assert (
        language(
            [
                "As vendas de vinho para a Noruega subiram 4,2 por cento, para 31,5 milhões de "
                "euros, o que mostra que o mercado cresce, mais 12 do que um ano antes.",
                "As compras caíram 7,1 por cento por causa do preço, o que foi menos do que se "
                "esperava, e as vendas por via marítima subiram 2 por cento.",
            ]
        )
        == "pt"
    )
    # near miss: a Spanish page with the same shared words stays Spanish
    assert (
        language(
            [
                "Las ventas de vino a Noruega subieron 4,2 por ciento, hasta 31,5 millones de "
                "euros, lo que muestra que el mercado crece, más que un año antes.",
                "Las compras cayeron 7,1 por ciento por el precio, lo que fue menos de lo que se "
                "esperaba, y las ventas por vía marítima subieron 2 por ciento.",
            ]
        )
        == "es"
    )
