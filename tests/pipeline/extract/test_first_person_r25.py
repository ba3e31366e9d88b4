"""Round 25: a page's own country speaking in the first person in French, Spanish, Portuguese,
German and Russian ("nos exportations vers", "nuestras exportaciones a", "unsere Exporte nach"):
the possessive glosses to "our", which the English rules read as the speaker's country or, with
two countries named, the one that is not the partner (Turkish "ihracatımız" is Türkiye's
exports: a Turkish page's "we"). And "purchases in X" ("nos achats en Côte
d'Ivoire") is imports from X. Made-up pages."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

PAGES = [
    (
        "date 2032-03-01\nLa France et le Ghana renforcent leurs liens économiques depuis plusieurs "
        "années. « Nos achats au Ghana ont atteint 0,9 milliard d'euros l'an dernier, et nos "
        "exportations vers le Ghana 1,3 milliard d'euros », a déclaré le ministre français du "
        "Commerce extérieur.\n",
        {("imports", "FRA", "GHA", 0.9e9), ("exports", "FRA", "GHA", 1.3e9)},
    ),
    (
        "date 2032-03-01\nEl ministro de Comercio de Perú visitó Japón esta semana. «Nuestras "
        "exportaciones a Japón alcanzaron 2.400 millones de dólares el año pasado», dijo el "
        "ministro peruano ante los empresarios.\n",
        {("exports", "PER", "JPN", 2.4e9)},
    ),
    (
        "date 2032-03-01\nDer österreichische Wirtschaftsminister besuchte Indien in dieser Woche. "
        "Unsere Exporte nach Indien stiegen im vergangenen Jahr auf 1,7 Milliarden Euro, sagte "
        "der Minister bei dem Treffen mit der Regierung.\n",
        {("exports", "AUT", "IND", 1.7e9)},
    ),
]


@pytest.mark.parametrize(("page", "expected"), PAGES)
def test_first_person_exports_and_purchases(page: str, expected: set) -> None:
    out = figures(page)
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == expected, out.to_string()


def test_purchases_in_a_country_are_imports_from_it() -> None:
    out = figures(
        "date 2032-03-01\nKenya and Oman held talks. Kenyan purchases in Oman reached $40 "
        "million in 2031, the ministry said.\n"
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {("imports", "KEN", "OMN", 40e6)}, out.to_string()


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("nos exportations", "fr", "our exports"),
        ("nuestras exportaciones", "es", "our exports"),
        ("nossas exportações", "pt", "our exports"),
        ("unsere Exporte", "de", "our exports"),
        ("наши поставки", "ru", "our shipments"),
    ],
)
def test_the_possessive_glosses(text: str, lang: str, english: str) -> None:
    assert gloss(text, lang) == english


def test_turkish_first_person_flow_with_its_partner_case_before_it() -> None:
    # a Turkish page's "we" is Türkiye
    assert gloss("Gana'ya ihracatımız", "tr") == "Turkey's exports to Ghana"
    assert gloss("Gana'dan ithalatımız", "tr") == "Turkey's imports from Ghana"
    assert gloss("İhracatımız Gana'ya", "tr") == "Turkey's exports to Ghana"
    out = figures(
        "date 2032-03-01\nTürkiye ile Kenya arasındaki ekonomik ilişkiler her geçen yıl gelişiyor "
        've iki ülke yeni anlaşmalar imzalamaya hazırlanıyor.\nTicaret Bakanı, "Geçen yıl '
        "Kenya'ya ihracatımız 410 milyon dolar oldu, Kenya'dan ithalatımız ise 95 milyon dolar "
        'seviyesinde gerçekleşti" dedi.\n'
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {("exports", "TUR", "KEN", 410e6), ("imports", "TUR", "KEN", 95e6)}, (
        out.to_string()
    )


def test_turkish_first_person_with_no_partner_in_its_sentence() -> None:
    out = figures(
        "date 2032-03-01\nTürkiye ile Kenya Arasındaki İkili Ticaret\nKenya ile olan ikili "
        "ticaret hacmimiz 2031 yılında 690 milyon dolar düzeyine ulaşmıştır. Bu bağlamda 2031 "
        "yılında ihracatımız 520 milyon dolar, ithalatımız ise 170 milyon dolar olmuştur.\n"
    )
    got = {
        (r.flow, r.reporter, r.partner, r.value) for r in out.itertuples() if r.flow != "turnover"
    }
    assert got == {("exports", "TUR", "KEN", 520e6), ("imports", "TUR", "KEN", 170e6)}, (
        out.to_string()
    )
