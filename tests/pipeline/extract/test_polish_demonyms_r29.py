"""Polish demonym adjectives of 100 more countries in all their case forms, the masculine
personal plural ("polscy przedsiębiorcy", "niemieccy eksporterzy") among them and written with a
capital at a sentence's start; past-tense trade verbs ("sprzedali", "zaimportowali stamtąd").

Every sentence is made up, in the shape of a Polish business daily's half-year summary. Near
misses: the country "Polska" at a sentence's start stays the country, not the adjective.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("eksport kazachski", "Kazakh exports"),
        ("szwedzkie firmy", "Swedish firmy"),
        ("Polscy przedsiębiorcy", "Polish businesses"),
        ("Niemieccy przedsiębiorcy", "German businesses"),
        ("towarów tajlandzkich", "Thai goods"),
    ],
)
def test_polish_demonyms_gloss_in_every_case(text: str, english: str) -> None:
    assert gloss(text, "pl") == english


def test_the_country_at_a_sentences_start_stays_the_country() -> None:
    assert gloss("Polska eksportuje do Niemiec", "pl").startswith("Poland ")


def test_sold_there_and_imported_from_there() -> None:
    out = figures(
        "date 2031-08-15\nDo Gruzji polscy przedsiębiorcy sprzedali produkty za 0,57 mld USD w "
        "pierwszym półroczu 2031 r., o 12,6 proc. mniej niż przed rokiem, a zaimportowali "
        "stamtąd towary za 0,2 mld USD (spadek o 3,1 proc.)."
    )
    got = {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}
    assert got == {
        ("exports", "POL", "GEO", "level", 0.57e9),
        ("exports", "POL", "GEO", "pct_change", -12.6),
        ("imports", "POL", "GEO", "level", 0.2e9),
        ("imports", "POL", "GEO", "pct_change", -3.1),
    }


def test_a_capitalised_demonym_opening_the_page_names_the_reporter() -> None:
    out = figures(
        "date 2031-08-15\nPolscy przedsiębiorcy wciąż odczuwają skutki kryzysu na Łotwie: eksport "
        "zmniejszył się o 18,1 proc., do 1,26 mld USD, a import o 29,8 proc."
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {
        ("exports", "POL", "LVA", -18.1),
        ("exports", "POL", "LVA", 1.26e9),
        ("imports", "POL", "LVA", -29.8),
    }
