"""Round 58, kind: a Russian amount or span in a case or shape the phrase table did not list.
Dev pages: a scale noun in the dative ("1 миллиарду 911 миллионов", iz04 caviral: read as 911
million), a scale abbreviation glued to its number ("5млрд", iz01 steppenews: no row), an amount
split by its abbreviation's stop ("$2 млрд. 842 млн.", ih08 placeinvest: read as $2bn), the
currency named by a phrase ("800 млн в американской валюте", iz05 turanews: read as euros),
"за первые три квартала" (iz05: "in three квартала"), "в среднем" (on average, iz03 vvptoday:
an average read as a change, NOTES round 58 call 2), "вышла на отметку почти в 4 млрд" (iz02
finance-rambler: "the mark almost in 4 billion", the hedge lost).

Built for the language, not the pages (:mod:`pipeline.extract.russian_amounts`): every case and
number of "миллион", "миллиард", "триллион" and of the currency nouns, "США" and
"американский" with any dollar form, the quarters and halves by ordinal, Roman numeral and digit
in every case, counts of two and three quarters after any span preposition, every glued scale
abbreviation, and an amount's smaller part after any scale's stop (:mod:`pipeline.ingest.segment`).

Every sentence is made up, with forms no dev page uses (the dative plural "миллиардам", the
instrumental "триллионами", "4млн", "в долларах США", "первых двух кварталов", "3 квартала", "во
2-м квартале", "7 млрд. 15 млн.", "среднегодовой", "рубеж более чем в", "планки около в",
"выйдет на отметку примерно в").
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\nТорговля\n\n{text}\n")
    return [
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["measure"],
            round(float(r["value"]), 2),
            r["unit"],
        )
        for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("приблизился к 3 миллиардам 250 миллионам долларов", "3 billion 250 million dollars"),
        ("исчислялся 2 триллионами рублей", "2 trillion rubles"),
        ("составил 4млн долларов", "4 million dollars"),
        ("достиг 1,5трлн сумов", "1.5 trillion"),
        ("около 600 млн в долларах США", "600 million US dollars"),
        ("почти 90 млн американских долларов", "90 million US dollars"),
        ("по второму кварталу 2030 года", "the second quarter of 2030"),
        ("с IV кварталом 2030 года", "the fourth quarter of 2030"),
        ("во 2-м квартале 2030 года", "the second quarter of 2030"),
        ("за 1-е полугодие 2030 года", "the first half of 2030"),
        ("по итогам первых двух кварталов 2030 года", "in the first two quarters of 2030"),
        ("за 3 квартала 2030 года", "in the first three quarters of 2030"),
        ("В среднем экспорт вырос", "on average"),
        ("вышли на рубеж более чем в 6 млрд долларов", "reached the mark of more than 6 billion"),
        ("достиг планки около в 2 млрд", "the bar of about 2 billion"),
        ("довести товарооборот до уровня в 3 млрд долларов", "the level of 3 billion dollars"),
        ("выйдет на отметку примерно в $700 млн", "will reach the mark of approximately $700"),
        ("товарооборот перевалит за 3 млрд долларов", "trade will exceed 3 billion dollars"),
        ("экспорт преодолел рубеж в 2 млрд евро", "exports exceeded 2 billion euros"),
        ("за первые полгода 2030 года", "in the first six months of 2030"),
        ("среднегодовые темпы роста", "average annual"),
    ],
)
def test_gloss_ru(text: str, expected: str) -> None:
    assert expected in gloss(text, "ru")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the results of the third quarter: a digit before the singular genitive, no "за"
        ("по итогам 3 квартала 2030 года", "the third quarter of 2030"),
        ("в трех кварталах подряд", "кварталах"),  # three quarters in a row: no span
        ("в Средней Азии", "Средней"),  # "средний" alone is not glossed "average"
        ("1,2 млрд тенге", "1.2 billion tenge"),
        ("уровень в 2030 году", "the level in 2030"),  # a year after "в", not an amount
        ("на уровне в 5%", "at 5%"),  # "на уровне" (at) keeps its row
        ("полгода назад", "полгода назад"),  # half a year ago: no span of the year
        ("выйти на уровень почти в $1 млрд", "reach almost $1 billion"),
    ],
)
def test_ru_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "ru")


def test_dative_plural_compound_amount() -> None:
    rows = _rows(
        "Экспорт Грузии в Армению в 2030 году приблизился к 3 миллиардам 250 миллионам долларов."
    )
    assert rows == [
        ("exports", "GEO", "ARM", "2030-01-01", "2030-12-31", "level", 3250000000.0, "USD")
    ]


def test_instrumental_scale() -> None:
    rows = _rows("Импорт Молдовы из Румынии в 2029 году исчислялся 2 триллионами рублей.")
    assert [r[-3:] for r in rows] == [("level", 2e12, "RUB")]


def test_glued_million() -> None:
    rows = _rows("Товарооборот Литвы с Польшей в 2029 году составил 4млн долларов.")
    assert [r[-3:] for r in rows] == [("level", 4000000.0, "USD")]


def test_amount_split_by_its_stop() -> None:
    rows = _rows("Товарооборот Литвы с Польшей в 2028 году составил 7 млрд. 15 млн. долларов.")
    assert [r[-3:] for r in rows] == [("level", 7015000000.0, "USD")]


def test_currency_phrase_on_a_euro_page() -> None:
    text = (
        "Экспорт Литвы в Польшу в 2029 году составил 5 млрд евро. Инвестиции Польши в Литву в"
        " 2029 году составили около 600 млн в долларах США."
    )
    units = {r[6]: r[7] for r in _rows(text)}
    assert units[600000000.0] == "USD"
    assert units[5000000000.0] == "EUR"


def test_two_quarters() -> None:
    rows = _rows(
        "По итогам первых двух кварталов 2030 года товарооборот Литвы с Польшей вырос на 6%."
    )
    assert [r[3:5] for r in rows] == [("2030-01-01", "2030-06-30")]


def test_third_quarter_results_stay_the_third_quarter() -> None:
    rows = _rows("По итогам 3 квартала 2030 года товарооборот Литвы с Польшей вырос на 6%.")
    assert [r[3:5] for r in rows] == [("2030-07-01", "2030-09-30")]


def test_average_gives_no_row() -> None:
    assert _rows("В среднем товарооборот Литвы со странами ЕС в 2030 году снизился на 3,5%.") == []


def test_scale_stop_before_a_sentence_still_ends_it() -> None:
    """ "5 млрд. 20 лет назад ..." is no smaller part of the amount: two sentences."""
    rows = _rows("Экспорт Литвы в Польшу в 2030 году составил 5 млрд. 20 лет назад он был меньше.")
    assert [r[-3:] for r in rows] == [("level", 5e9, "USD")] or rows == []


def test_hedged_mark() -> None:
    text = "В 2030 году товарооборот Литвы с Польшей вышел на рубеж около в 6 млрд долларов."
    out = figures(f" date 2031-09-01\nТорговля\n\n{text}\n")
    assert [
        (r["measure"], float(r["value"]), r["unit"], bool(r["approx"]))
        for r in out.to_dict("records")
    ] == [("level", 6e9, "USD", True)]


def test_crossed_is_exceeded() -> None:
    text = "В 2029 году экспорт Литвы в Польшу перевалил за 4 млрд евро."
    out = figures(f" date 2031-09-01\nТорговля\n\n{text}\n")
    assert [(float(r["value"]), bool(r["approx"])) for r in out.to_dict("records")] == [(4e9, True)]


def test_passed_mark_is_approx() -> None:
    text = "В 2029 году экспорт Литвы в Польшу превысил планку в 4 млрд евро."
    out = figures(f" date 2031-09-01\nТорговля\n\n{text}\n")
    assert [(float(r["value"]), bool(r["approx"])) for r in out.to_dict("records")] == [(4e9, True)]
