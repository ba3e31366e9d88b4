"""A count written as a word before "first months" ("los siete primeros meses", "os oito
primeiros meses", "i sette primi mesi") glossed in English order, "the first seven months", as
a count in digits already was ("les 4 premiers mois" -> "the first 4 months"): read in the
gloss's order, "the seven first months of 2031" was the whole year.

Every sentence is made up (real countries, made-up numbers and years). Near misses: a count of
years keeps its order, and "first" with no count before it is left alone.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_spanish_count_word_before_first_months() -> None:
    text = "En los siete primeros meses de 2031, Chile exportó a Perú US$ 41 millones."
    assert "the first seven months of 2031" in gloss(text, "es")
    assert rows(gloss(text, "es"))[41e6] == (
        "exports",
        "CHL",
        "PER",
        "level",
        "USD",
        D(2031, 1, 1),
        D(2031, 7, 31),
    )


def test_portuguese_and_italian_count_words() -> None:
    text = "Nos oito primeiros meses de 2031, as exportações do Brasil para o Chile somaram US$ 52 milhões."
    assert "the first eight months of 2031" in gloss(text, "pt")
    assert rows(gloss(text, "pt"))[52e6] == (
        "exports",
        "BRA",
        "CHL",
        "level",
        "USD",
        D(2031, 1, 1),
        D(2031, 8, 31),
    )
    text = "Nei dieci primi mesi del 2031 le esportazioni dell'Italia verso la Serbia sono state pari a 63 milioni di euro."
    assert "the first ten months of 2031" in gloss(text, "it")


def test_near_misses_keep_their_order() -> None:
    # a count of years is no period of months (left as glossed), and "first" with no count
    assert "four first years" in gloss("en los cuatro primeros años del tratado", "es")
    assert "the first months of 2031" in gloss("en los primeros meses de 2031", "es")
    # the digits kept their rule
    assert gloss("les 4 premiers mois", "fr") == "the first 4 months"
