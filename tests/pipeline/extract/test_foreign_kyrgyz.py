"""Kyrgyz pages read through the English rules (``pipeline.extract.kyrgyz``, ``ky`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Kyrgyz outlets write trade figures in: "Кыргызстан
менен Кытайдын ортосундагы соода жүгүртүү 3,4 миллиард долларды түздү", "2031-жылы", "долларга
жакын". Near misses: a Russian page stays Russian, a Kazakh page (which shares a Turkic word or
two) is Kazakh and an English page quoting a Kyrgyz name is not Kyrgyz.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_kyrgyz_page() -> None:
    page = (
        "Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү өстү, деп билдирди министрлик. "
        "Бул эки өлкө үчүн маанилүү жана соода боюнча кызматташтык кеңейүүдө."
    )
    assert language([page]) == "ky"
    # near misses: Kazakh, Russian and English pages are not Kyrgyz
    kazakh = (
        "Қазақстан мен Қытай арасындағы сауда айналымы өсті, деп хабарлады министрлік. Бұл екі "
        "ел үшін маңызды және сауда бойынша ынтымақтастық кеңейіп келеді, деп деді ол."
    )
    assert language([kazakh]) == "kk"  # Kazakh, glossed since round 56
    russian = "Товарооборот между Киргизией и Китаем вырос на 12% и составил 4 млрд долларов."
    assert language([russian]) == "ru"
    english = "The trade between Kyrgyzstan and China rose, the ministry said, and the exports of "
    assert language([english * 3 + "менен жана боюнча"]) is None


def test_kyrgyz_order_and_years() -> None:
    assert (
        gloss(
            "Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү 3,4 миллиард долларды түздү.",
            "ky",
        )
        == "trade turnover between Kyrgyzstan and China amounted to 3.4 billion dollars."
    )
    assert gloss("2031-жылы", "ky") == "in 2031"
    assert gloss("6 миллиард долларга жакын", "ky") == "nearly 6 billion dollars"
    # near miss: a genitive name before a noun that is no trade stays a possessive
    assert gloss("Кытайдын өкүлү", "ky") == "China's өкүлү"


def test_kyrgyz_pair_level_and_year() -> None:
    got = rows(
        "Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү өсүүдө, деп билдирди министрлик.\n"
        "Бул эки өлкө үчүн маанилүү.\n"
        "2031-жылы Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү 3,4 миллиард долларды "
        "түздү."
    )
    level = got[3_400_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3], level[4]) == (
        "turnover", {"KGZ", "CHN"}, "level", "USD"
    )  # fmt: skip
    assert level[5:] == (D(2031, 1, 1), D(2031, 12, 31))
