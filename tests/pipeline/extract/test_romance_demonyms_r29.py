"""Demonym adjectives of Spanish, Portuguese and French pages for the countries the rows grown
from pages lacked (``foreign_words.csv``, generated in each language's gender and number forms
from a list checked against ``countries.csv``): "exportaciones kazajas", "produtos
sul-africanos", "importations grecques". Each made-up sentence names its pair only by a demonym
and a country, so without the row the reporter is lost.
Near misses: a form that is also a country's name ("Suiza", "Indonesia") keeps the name; a
capitalised name is never read as the adjective.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("las exportaciones kazajas", "es", "the Kazakh exports"),
        ("los productos tailandeses", "es", "the Thai products"),
        ("las compras iraníes", "es", "the Iranian purchases"),
        ("as exportações cazaques", "pt", "the Kazakh exports"),
        ("os produtos sul-africanos", "pt", "the South African products"),
        ("as importações norueguesas", "pt", "the Norwegian imports"),
        ("les exportations kazakhes", "fr", "the Kazakh exports"),
        ("les importations grecques", "fr", "the Greek imports"),
        ("les produits sud-africains", "fr", "the South African products"),
    ],
)
def test_demonyms_of_more_countries_gloss_before_their_noun(
    text: str, lang: str, english: str
) -> None:
    assert gloss(text, lang) == english


def test_a_form_that_is_also_a_countrys_name_keeps_the_name() -> None:
    # "Suiza" is Switzerland (the row the CSV had first), not the adjective "suiza" (Swiss)
    assert gloss("las exportaciones a Suiza", "es") == "the exports to Switzerland"


@pytest.mark.parametrize(
    ("page", "reporter", "partner"),
    [
        (
            "Según el instituto de estadística, las exportaciones uzbekas a Turquía crecieron "
            "un 17,3% en 2029.",
            "UZB",
            "TUR",
        ),
        (
            "Segundo o instituto de estatística, as exportações norueguesas para o Brasil "
            "cresceram 17,3% em 2029.",
            "NOR",
            "BRA",
        ),
        (
            "Selon l'institut de la statistique, les exportations ukrainiennes vers la Tunisie "
            "ont progressé de 17,3 % en 2029.",
            "UKR",
            "TUN",
        ),
    ],
)
def test_the_demonym_names_the_reporter(page: str, reporter: str, partner: str) -> None:
    out = figures(f"date 2030-02-11\n{page}")
    assert [(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()] == [
        ("exports", reporter, partner, "pct_change", 17.3)
    ]
