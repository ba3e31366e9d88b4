"""Round 48, "ship", "buy" and "sell" verbs on glossed pages (made-up sentences and figures).

Kind: a trade verb of shipping, buying or selling conjugated on a Romance page ("a expédié
vers", "envió a", "ont acheté au") is a flow verb once glossed: the verb tables list French
"expédier", "acheter", "vendre", Spanish "enviar" and Italian "spedire"
(``foreign_verbs.csv``), and the English form of a one-syllable verb doubles its last consonant
("ship" -> "shipped", ``english_verbs.english_forms``; "shiped" was no verb, so Portuguese
"enviou" was not read either). Near miss: Portuguese "enviaram para casa" (sent home, a
remittance) is glossed "remitted" and stays no trade figure."""

import pytest

from pipeline.extract.english_verbs import english_forms
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "En 2030, le Sénégal a expédié vers la Guinée pour 214 millions de dollars de "
            "marchandises.",
            "Commerce",
            {("exports", "SEN", "GIN", *_Y30, "level", 214e6, "USD")},
        ),
        (
            "En 2030, Ecuador envió a Colombia mercancías por 318 millones de dólares.",
            "Comercio",
            {("exports", "ECU", "COL", *_Y30, "level", 318e6, "USD")},
        ),
        (
            "En 2030, le Niger a acheté au Bénin des marchandises pour 57,3 milliards de FCFA.",
            "Commerce",
            {("imports", "NER", "BEN", *_Y30, "level", 57.3e9, "XOF")},
        ),
    ],
)
def test_ship_and_buy_verbs(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_doubled_consonant() -> None:
    assert english_forms("ship")["past"] == "shipped"
    assert english_forms("export")["past"] == "exported"  # two syllables: no doubling


def test_sent_home_is_no_trade() -> None:
    text = (
        "Em 2030, os angolanos empregados em Portugal enviaram para casa mais 12,4 milhões de "
        "euros do que no ano anterior."
    )
    assert _rows(text, "Remessas") == set()
