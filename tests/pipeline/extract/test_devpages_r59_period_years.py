"""Round 59, period field: three year constructions read as a figure's year.

- **"Since a year"** in every language (``year_phrases``): the word gloss took the preposition
  for "from" or "with" (French "depuis", Polish "od", Russian "с ... года": jb11 mk "максимальный
  уровень с 1991 года" became "the level with 1991", a year of data that fixed "last year" as
  1991 on the undated page), or left a postposition in its script (Korean "이후", Japanese
  "以来"). Built from each language's grammar: prepositions with and without the year's noun in
  the case they govern, the postpositions, and the range ("from ... to") each of them also
  starts, which stays as it is; Russian "с 2016 годом" (instrumental: compared with) is no
  "since".
- **A decade** ("the early 1990s", ih12 parstoday "1990-йилларнинг бошларида"; English "the
  1990s" itself was read as 1990): a period without a year of its own, in English and in each
  language's decade forms.
- **A split year with both years in full** ("2016-2017", ja17 newsbite, an Australian pair): the
  fiscal year of the pair's country that counts one, as "2016-17" already was; between two
  calendar-year countries the two calendar years.

Every sentence is made up, with forms, years, pairs and amounts no dev page uses (Ukrainian,
Belarusian-free, Polish "od roku", Portuguese "desde o ano de", Vietnamese "kể từ năm", Uzbek
"йилдан бери", Korean "이래" and "부터", Japanese "以降", Chinese "从...年起", decades of the
1980s and 2000s, the split years 2027-2028 and 2029–2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.periods import find_periods
from pipeline.extract.year_phrases import year_phrases
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str | None = None, title: str = "Trade") -> list[tuple]:
    head = f" date {date}\n" if date else ""
    out = figures(f"{head}{title}\n\n{text}\n")
    return sorted(
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["measure"],
            r["value"],
        )
        for _, r in out.iterrows()
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les exportations ont doublé depuis l'année 2006."),
        ("fr", "Les exportations ont doublé depuis 2006."),
        ("es", "Las exportaciones se duplicaron desde el año 2006."),
        ("pt", "As exportações dobraram desde o ano de 2006."),
        ("it", "Le esportazioni sono raddoppiate a partire dal 2006."),
        ("pl", "Eksport podwoił się od roku 2006."),
        ("pl", "Eksport podwoił się od 2006 r."),
        ("ru", "Начиная с 2006 года экспорт удвоился."),
        ("uk", "Починаючи з 2006 року експорт подвоївся."),
        ("vi", "Xuất khẩu tăng gấp đôi kể từ năm 2006."),
        ("id", "Ekspor naik dua kali lipat sejak tahun 2006."),
        ("uz", "Экспорт 2006 йилдан бери икки баравар ошди."),
        ("hu", "Az export 2006 óta megduplázódott."),
        ("ko", "수출은 2006년 이래 두 배로 늘었다."),
        ("ko", "수출은 2006년부터 두 배로 늘었다."),
        ("ja", "輸出は2006年以降、倍増した。"),
        ("zh", "出口从2006年起翻了一番。"),
    ],
)
def test_since_a_year_is_since(lang: str, text: str) -> None:
    assert "since 2006" in year_phrases(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Товарооборот вырос на 12% по сравнению с 2026 годом."),  # compared with
        ("uk", "Товарообіг зріс на 12% порівняно з 2026 роком."),
        ("ru", "С 2026 по 2028 год товарооборот вырос на 12%."),  # from ... to
        ("es", "El comercio creció un 12% desde 2026 hasta 2028."),
        ("pl", "Handel wzrósł o 12% od 2026 do 2028 roku."),
        ("it", "L'interscambio è cresciuto del 12% dal 2026 al 2028."),
        ("vi", "Thương mại tăng 12% từ năm 2026 đến năm 2028."),
        ("vi", "Thương mại tăng 12% từ năm 2026."),  # "từ" alone: from, not since
        ("ko", "교역은 2026년부터 2028년까지 12% 늘었다."),
        ("ja", "貿易は2026年から2028年まで12%増えた。"),
        ("ru", "Товарооборот превысит 5 млрд долларов после 2030 года."),  # after, no record
    ],
)
def test_near_miss_no_since(lang: str, text: str) -> None:
    assert "since" not in year_phrases(text, lang)


def test_a_record_since_dates_nothing_on_an_undated_page() -> None:
    """The record's year no longer fixes "last year" (jb11's kind, with other forms)."""
    text = (
        "Товарооборот между Россией и Индонезией в прошлом году вырос на 41%, выйдя на "
        "исторический максимум после 1997 года. В прошлом году товарооборот составил 4 млрд "
        "долларов, рекордный уровень с 1997 года."
    )
    rows = _rows(text, title="Товарооборот России и Индонезии")
    assert rows and all(r[3] == "None" and r[4] == "None" for r in rows)


def test_since_a_year_in_french_is_a_span_not_a_base() -> None:
    """As English reads it: from 2011 on (to the page's date), not a change against 2011."""
    french = "Les exportations de la France vers le Chili ont augmenté de 240 % depuis 2011."
    english = "France's exports to Chile rose 240% since 2011."
    rows = _rows(french, date="2031-03-02")
    assert rows == _rows(english, date="2031-03-02")
    assert [r[3] for r in rows] == ["2011-01-01"]


@pytest.mark.parametrize(
    "text",
    [
        "In the early 1980s Chile's exports to Peru were $40 million.",
        "In the 1980s Chile's exports to Peru were $40 million.",
        "In the mid-1980s Chile's exports to Peru were $40 million.",
        "In the late eighties Chile's exports to Peru were $40 million.",
        "In the '80s Chile's exports to Peru were $40 million.",
        "In the 1980's Chile's exports to Peru were $40 million.",
    ],
)
def test_an_english_decade_is_no_year(text: str) -> None:
    before = "Chile's exports to Peru reached $900 million in 2029. "
    rows = _rows(before + text)
    assert ("exports", "CHL", "PER", "None", "None", "level", 40000000.0) in rows


def test_near_miss_a_possessive_year_stays() -> None:
    assert [p.kind for p in find_periods("June 2030's exports to Peru", None)] == ["month"]
    assert [p.kind for p in find_periods("in 1980 exports to Peru", None)] == ["year"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В 1980-е годы экспорт составлял 40 млн долларов."),
        ("ru", "В начале 80-х экспорт составлял 40 млн долларов."),
        ("uk", "У 1980-х роках експорт становив 40 млн доларів."),
        ("kk", "1980 жылдары экспорт 40 млн доллар болды."),
        ("tr", "1980'li yıllarda ihracat 40 milyon dolardı."),
        ("tr", "1980'lerde ihracat 40 milyon dolardı."),
        ("ko", "1980년대 수출은 4천만 달러였다."),
        ("ja", "1980年代の輸出は4000万ドルだった。"),
        ("zh", "20世纪80年代出口为4000万美元。"),
        ("de", "In den 1980er Jahren betrug der Export 40 Millionen Dollar."),
        ("fr", "Dans les années 80, les exportations étaient de 40 millions de dollars."),
        ("es", "En la década de 1980 las exportaciones eran de 40 millones de dólares."),
        ("pt", "Nos anos 80 as exportações eram de 40 milhões de dólares."),
        ("it", "Negli anni '80 le esportazioni erano di 40 milioni di dollari."),
        ("pl", "W latach 80. eksport wynosił 40 mln dolarów."),
        ("vi", "Trong thập niên 1980, xuất khẩu đạt 40 triệu USD."),
        ("id", "Pada tahun 1980-an ekspor mencapai 40 juta dolar."),
        ("hu", "Az 1980-as években az export 40 millió dollár volt."),
    ],
)
def test_a_decade_in_each_language(lang: str, text: str) -> None:
    glossed = gloss(text, lang)
    assert "the 1980s" in glossed
    assert [p.kind for p in find_periods(glossed, None)][:1] == ["decade"]


def test_near_miss_a_year_in_each_language_stays_a_year() -> None:
    assert "the 1980s" not in gloss("В 1980 году экспорт составлял 40 млн долларов.", "ru")
    assert "the 1980s" not in gloss("1980년 수출은 4천만 달러였다.", "ko")


@pytest.mark.parametrize("years", ["2027-2028", "2027–2028", "2027 - 2028"])
def test_a_split_year_in_full_takes_the_pairs_fiscal_year(years: str) -> None:
    rows = _rows(f"New Zealand's exports to Chile rose 14 per cent in {years}.")
    assert rows == [("exports", "NZL", "CHL", "2027-07-01", "2028-06-30", "pct_change", 14.0)]


def test_a_split_year_in_full_between_calendar_countries_is_two_years() -> None:
    rows = _rows("Chile's exports to Peru rose 14 per cent in 2029–2030.")
    assert rows == [("exports", "CHL", "PER", "2029-01-01", "2030-12-31", "pct_change", 14.0)]


def test_near_miss_a_longer_range_stays_a_span() -> None:
    rows = _rows("New Zealand's exports to Chile rose 14 per cent in 2026-2029.")
    assert [r[3:5] for r in rows] == [("2029-01-01", "2029-12-31")]
