"""Round 42: forms of foreign pages that were misread. A number with its currency after a
preposition and no scale ("443.839.284 di Euro", "2.300.000.000 de dólares"); German months in
brackets before the year ("im ersten Halbjahr (Januar – Juni) 2030"); German "waren" (were) is
not "Waren" (goods); the German verb before its subject after a fronted time ("Im Jahr 2030
exportierte Österreich ..."); "in alle Welt" (worldwide). Made-up sentences; near misses keep
the old reading."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Handel") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "title", "unit"),
    [
        (
            "Nel 2030 gli scambi commerciali tra Italia e Kazakistan hanno toccato quota"
            " 512.374.905 di Euro.",
            "Italia e Kazakistan",
            "EUR",
        ),
        (
            "El comercio entre Chile y Ecuador sumó 1.845.000.000 de dólares en 2030.",
            "Chile y Ecuador",
            "USD",
        ),
    ],
)
def test_a_full_number_then_of_its_currency(text: str, title: str, unit: str) -> None:
    rows = _rows(text, title)
    assert {(r[5], r[6]) for r in rows} in ({(512374905.0, unit)}, {(1.845e9, unit)}), rows


def test_of_after_a_number_not_before_a_currency_stays() -> None:
    # near miss: "3 de los 5 países" names no currency
    assert " of " in gloss("Chile es 3 de los 5 socios de Ecuador.", "es")


def test_german_months_in_brackets_before_the_year() -> None:
    text = (
        "Der Handelsumsatz zwischen Deutschland und Georgien ist im ersten Halbjahr (Januar –"
        " Juni) 2030 um 12,4 Prozent gestiegen."
    )
    assert _rows(text) == {("turnover", "DEU", "GEO", "2030-01-01", "2030-06-30", 12.4, "percent")}


def test_german_lower_case_waren_is_no_goods() -> None:
    assert "goods" not in gloss("Im Jahr 2030 waren die Exporte höher.", "de")
    # near miss: the noun keeps its gloss
    assert "goods" in gloss("Deutschland lieferte Waren im Wert von 5 Millionen Euro.", "de")


def test_german_verb_before_its_subject_after_a_fronted_time() -> None:
    glossed = gloss(
        "Im Jahr 2030 exportierte Österreich Waren im Wert von 9 Milliarden Euro.", "de"
    )
    assert glossed.startswith("In 2030 Austria exported"), glossed


def test_german_exports_to_all_the_world_are_a_world_total() -> None:
    text = (
        "Die Importe aus Georgien stiegen im ersten Halbjahr 2030 um 50 Prozent auf 2,41 Milliarden"
        " Euro. Im ersten Halbjahr 2030 exportierte Österreich insgesamt Güter im Wert von 102"
        " Milliarden Euro in alle Welt."
    )
    out = figures(f"date 2030-09-01\nÖsterreich Georgien Handel\n\n{text}\n")
    assert sorted(out["value"]) == [50.0, 2.41e9]


def test_german_in_die_before_a_country_is_a_destination() -> None:
    glossed = gloss(
        "Die Schweiz exportierte Waren im Wert von 180 Millionen Franken nach Georgien, während"
        " die Ausfuhren Georgiens in die Schweiz 95 Millionen Franken erreichten.",
        "de",
    )
    assert "while" in glossed and "exports to Switzerland" in glossed, glossed


def test_french_delivered_to_the_country_goods_worth() -> None:
    text = (
        "Sur les neuf premiers mois de 2030, la Russie a ainsi livré au pays nord-africain des"
        " marchandises pour 2,3 milliards de dollars."
    )
    rows = _rows(text, "La Russie et la Tunisie")
    assert ("exports", "RUS", "TUN", "2030-01-01", "2030-09-30", 2.3e9, "USD") in rows, rows


def test_turkish_billion_and_million_is_one_amount() -> None:
    text = "Geçen sene Gürcistan ile Türkiye arasındaki ticaret hacmi ilk defa 3 milyar 418 milyon dolara ulaştı."
    out = figures(f"date 2031-02-10\nTürkiye ve Gürcistan\n\n{text}\n")
    assert list(out["value"]) == [3.418e9]


def test_turkish_surplus_is_no_flow() -> None:
    text = (
        "O yıl Türkiye'nin Gürcistan'a ihracatı 951,4 milyon dolar, ithalatı 795,5 milyon dolar"
        " olmuş, Türkiye'nin Gürcistan ile dış ticaretindeki fazlası da 155,9 milyon dolar olarak"
        " hesaplanmıştı."
    )
    out = figures(f"date 2031-02-10\nTürkiye ve Gürcistan\n\n{text}\n")
    assert 155.9e6 not in list(out["value"])


def test_german_first_months_and_shipped_less_than() -> None:
    assert "the first three months of 2030" in gloss("für die ersten drei Monate 2030", "de")
    assert "In the first six months of" in gloss(
        "In den ersten sechs Monaten des Jahres 2030", "de"
    )
    glossed = gloss(
        "Güter im Wert von 34,7 Mio. Euro verschifft, weniger als die 55,3 Mio. Euro des Vorjahreszeitraums.",
        "de",
    )
    assert "shipped, less than" in glossed and "of the same period a year earlier" in glossed, (
        glossed
    )
