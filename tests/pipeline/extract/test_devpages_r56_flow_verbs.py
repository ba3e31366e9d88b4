"""Round 56, kind: a Romance flow verb in its present or its infinitive stayed unread, and with
it the flow and who trades with whom. Dev pages: Spanish "España compra abonos" (ht10
elboletin), Portuguese "o primeiro país a comprar ... do Brasil" (ih05 diversa) and "Portugal
... compra" (hk13 sapo), French "permis à la Côte d'Ivoire d'importer ... en provenance de la
Chine" (hq07 afriquematin: the imports were read as French exports), "l'Algérie achète" (hw01
allafrica), "achète" (hq04 realites); the conjugation generated the past tenses only, French
"-dre" verbs ("vendre") had no forms at all, and the English rules read "sold"/"bought" but not
"sells"/"buys".

``foreign_conjugation``: the flow verbs' (export, import, buy, sell, ship, supply) present third
persons and infinitive in Spanish, Portuguese, French, Italian (Romanian: the present), French
"-dre" verbs in every tense, French "è" stems ("achète"); ``triggers.csv``: "sells (to)", "sell
to", "buys (from)", "buy from"; ``foreign._PT_BUY_OF``: Portuguese "comprar do/da X" is buying
from X. A change verb's present stays unread (a headline's "aumenta" gave figures with no period).

Every sentence is made up, each verb form one no dev page uses ("vende a", "acquista",
"exportă", "vend à", "achète au", "comprar da").
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.foreign_conjugation import paradigm
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2031-03-01\n{title}\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le commerce entre les deux pays progresse. Selon les données des douanes, en 2030, le "
            "Maroc achète au Brésil pour 2 milliards d'euros de soja et de maïs.",
            ("imports", "MAR", "BRA", 2e9),
        ),
        (
            "El comercio entre los dos países crece. Según los datos de la aduana, en 2030 Chile "
            "vende a Japón cobre por 3.000 millones de dólares.",
            ("exports", "CHL", "JPN", 3e9),
        ),
        (
            "Il commercio tra i due paesi cresce. Secondo i dati della dogana, nel 2030 l'Egitto "
            "acquista dall'Italia beni per 3 miliardi di euro.",
            ("imports", "EGY", "ITA", 3e9),
        ),
        (
            "Comerțul dintre cele două țări crește. Potrivit datelor vamale, în 2030, România "
            "exportă în Franța mărfuri în valoare de 2 miliarde de euro.",
            ("exports", "ROU", "FRA", 2e9),
        ),
        (
            "O comércio entre os dois países cresce. Segundo os dados da alfândega, em 2030 "
            "Portugal vende a Angola bens no valor de 700 milhões de euros.",
            ("exports", "PRT", "AGO", 7e8),
        ),
        (
            "O comércio entre os dois países cresce. Segundo os dados da alfândega, em 2030 Angola "
            "foi o primeiro país a comprar da Índia mais de 2 mil milhões de dólares em bens.",
            ("imports", "AGO", "IND", 2e9),
        ),
    ],
)
def test_a_present_or_an_infinitive_gives_flow_and_sides(text: str, expected: tuple) -> None:
    assert [r[:4] for r in _rows(text, "Commerce")] == [expected]


def test_the_paradigms() -> None:
    assert paradigm("fr", "vendre")["present"] == ("vend", "vendent")
    assert paradigm("fr", "vendre")["participle"][0] == "vendu"
    assert paradigm("fr", "acheter")["present"] == ("achète", "achètent")
    assert paradigm("fr", "exporter")["present"] == ("exporte", "exportent")
    assert "exported" in gloss("La Tunisie a vendu et l'Algérie exportent; ils ont exporté", "fr")
    assert gloss("Ils vendaient et vendirent", "fr") == "they sold and sold"


def test_near_misses_stay_as_they_are() -> None:
    # a change verb's present stays unread; "n'importe" is "any", no import
    assert "aumenta" in gloss("Argentina aumenta sus ventas", "es")
    assert "imports" not in gloss("n'importe quel pays", "fr")
    # English: an unrelated "buys" with no trade amount makes no figure
    assert _rows("The ministry buys new cars for its staff every year.", "Cars") == []
