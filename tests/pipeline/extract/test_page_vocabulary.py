"""A short page's language from its vocabulary (``page_vocabulary``) when its function words
are too few: two-sentence wire briefs in Polish, German, French, Spanish and Russian are read;
an English line stays unglossed, and so does a Dutch one-liner (Dutch is glossed
since round 48, but two of its function words and a vocabulary it shares with German do not
tell); a Hungarian brief is read since Hungarian is glossed (round 56). Made-up sentences.
"""

import pytest

from pipeline.extract.page_language import language
from tests.pipeline.extract.test_foreign import rows

BRIEFS = {
    "pl": "Obroty handlowe między Polską a Czechami wyniosły w 2030 roku 22,4 mld euro. Eksport "
    "z Polski osiągnął wartość 12,2 mld euro.",
    "de": "Die deutschen Exporte nach Chile stiegen 2030 auf 4,4 Milliarden Euro.",
    "fr": "Les exportations du Maroc vers l'Inde ont atteint 25 milliards de dirhams en 2030.",
    "es": "Las exportaciones de Perú a Japón alcanzaron 3.600 millones de dólares en 2030.",
    "ru": "Товарооборот между Грузией и Ираном по итогам прошлого года составил 0,4 млрд долларов.",
}


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_a_short_brief_is_read_in_its_language(lang: str) -> None:
    assert language([BRIEFS[lang]]) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Chile Peru exports reached $5.1bn in 2030.",
        "De export naar China bedroeg in 2030 5 miljard euro, meldt het ministerie.",
    ],
)
def test_english_and_unglossed_briefs_stay_unglossed(text: str) -> None:
    assert language([text]) is None


def test_a_hungarian_brief_is_read_since_hungarian_is_glossed() -> None:
    # round 56: Hungarian is a glossed language; its one-line brief (two function words) is read
    # by its vocabulary, as a Polish or German brief is
    brief = "Az export Kínába 2030-ban 5 milliárd dollár volt, közölte a minisztérium."
    assert language([brief]) == "hu"


def test_the_brief_gives_its_figures() -> None:
    got = rows("date 2031-03-10\n" + BRIEFS["pl"])
    assert got[22_400_000_000.0][:5] == ("turnover", "POL", "CZE", "level", "EUR")
    assert got[12_200_000_000.0][:5] == ("exports", "POL", "CZE", "level", "EUR")


def test_a_short_cyrillic_page_by_its_vocabulary() -> None:
    # two sentences count only the prepositions Russian, Ukrainian and Bulgarian share
    ukrainian = [
        "Зокрема, товарообіг з Польщею за 11 місяців зріс до 9,36 млрд доларів.",
        "Україна збільшила імпорт товарів з Польщі на 18,6%, експорт – на 11,9%.",
    ]
    assert language(ukrainian) == "uk"
    russian = [
        "Товарооборот между Арменией и Грузией за 11 месяцев вырос до 0,36 млрд долларов.",
        "Армения увеличила импорт товаров из Грузии на 18,6%, экспорт – на 11,9%.",
    ]
    assert language(russian) == "ru"
