"""Round 22: Russian forms read from the grammar rather than from a list of what pages said
(``pipeline.extract.russian_periods``).

Every sentence is made up, in the ways Moscow, Almaty and Bishkek outlets write a year-to-date
span: a count of months in the case its preposition governs ("по итогам пяти месяцев", "за 4
месяца", "за первые семь месяцев", "в течение первых четырёх месяцев"), opening the sentence
with a capital or not. Near misses stay as they were.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.extract.russian_periods import russian_months
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_RU_TAIL = " Об этом сообщили в министерстве, и это подтвердили в таможне по итогам года."


def test_month_count_in_every_case_is_a_year_to_date_span() -> None:
    got = rows(
        "date 2031-09-10\nПо итогам пяти месяцев 2031 года товарооборот между Арменией и "
        "Грузией составил $412 млн." + _RU_TAIL
    )
    assert got[412_000_000.0][:5] == ("turnover", "ARM", "GEO", "level", "USD")
    assert got[412_000_000.0][5:] == (D(2031, 1, 1), D(2031, 5, 31))
    got = rows(
        "date 2031-09-10\nЗа 4 месяца 2031 года экспорт Казахстана в Турцию вырос на 14%."
        + _RU_TAIL
    )
    assert got[14.0][:4] == ("exports", "KAZ", "TUR", "pct_change")
    assert got[14.0][5:] == (D(2031, 1, 1), D(2031, 4, 30))
    assert gloss("за первые семь месяцев 2030 года", "ru") == "in the first seven months of 2030"
    assert gloss("в течение первых четырёх месяцев 2030 г.", "ru").startswith(
        "in the first four months of 2030"
    )
    assert russian_months("По результатам девяти месяцев текущего года") == (
        "in the first nine months of текущего года"
    )


def test_month_count_near_misses() -> None:
    # no span preposition: an age, a term, a time ago stay as they were
    assert russian_months("5 месяцев назад") == "5 месяцев назад"
    assert russian_months("срок шесть месяцев") == "срок шесть месяцев"
    # no year after the count: no dangling "of" before the subject
    assert russian_months("за 10 месяцев товарооборот вырос") == (
        "in the first 10 months товарооборот вырос"
    )
    # a count of years is no count of months
    assert "first" not in gloss("за последние пять лет", "ru")


def test_every_past_present_and_gerund_form_of_the_trade_verbs() -> None:
    got = rows(
        "date 2031-03-10\nВ 2030 году товарооборот между Казахстаном и Грузией возрос на 27%."
        + _RU_TAIL
    )
    assert got[27.0][:4] == ("turnover", "KAZ", "GEO", "pct_change")
    got = rows(
        "date 2031-03-10\nВ 2029 году товарооборот между Арменией и Ираном составлял $730 млн."
        + _RU_TAIL
    )
    assert got[730_000_000.0][:5] == ("turnover", "ARM", "IRN", "level", "USD")
    assert got[730_000_000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))
    # feminine, plural, imperfective present and gerund forms, derived from the infinitives
    assert gloss("торговля превысила", "ru") == "trade exceeded"
    assert gloss("экспорт сокращался", "ru") == "exports decreased"
    assert gloss("экспорт превышает", "ru") == "exports exceeds"
    assert gloss("увеличиваясь", "ru") == "increasing"
    assert gloss("достигнув", "ru") == "reaching"
    # the page's own rows keep their gloss
    assert gloss("вырос", "ru") == "rose"


def test_verb_forms_near_misses() -> None:
    # a perfective verb's present is its future: a target, not what happened
    assert gloss("превысит", "ru") == "will exceed"
    # a participle or a noun of the same root is no verb form
    assert gloss("превышение", "ru") == "превышение"
    assert gloss("составляющая", "ru") == "составляющая"


def test_the_same_period_in_every_case_is_the_comparison_base() -> None:
    got = rows(
        "date 2031-09-10\nТоварооборот между Киргизией и Казахстаном за 5 месяцев 2031 года "
        "составил $610 млн и вырос на 18,5% в сравнении с аналогичным периодом 2030 года. "
        "Экспорт Киргизии в Казахстан составил $250 млн." + _RU_TAIL
    )
    assert got[18.5][:4] == ("turnover", "KGZ", "KAZ", "pct_change")
    assert got[18.5][5:] == (D(2031, 1, 1), D(2031, 5, 31))
    assert got[250_000_000.0][5:] == (D(2031, 1, 1), D(2031, 5, 31))
    assert gloss("по отношению к аналогичному периоду", "ru") == (
        "compared with the same period of"
    )
    assert gloss("в сравнении с соответствующим периодом", "ru") == (
        "compared with the same period of"
    )


def test_the_same_period_near_misses() -> None:
    # a period that is no comparison base keeps its own words
    assert "same" not in gloss("отчётный период", "ru")
    # "в сравнении с" before a year compares with that year, no "same period"
    assert gloss("в сравнении с 2030", "ru") == "compared with 2030"


def test_a_third_person_pronoun_is_it() -> None:
    # the subject of the sentence before, named again by "он/она/оно/они" (NOTES: a figure's
    # flow and pair may come from the sentence before)
    got = rows(
        "date 2031-03-10\nРоссийский экспорт в Сербию в 2030 году увеличился на 14,2%. Он "
        "составил $873 млн." + _RU_TAIL
    )
    assert got[873_000_000.0][:5] == ("exports", "RUS", "SRB", "level", "USD")
    assert got[873_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert gloss("она составила", "ru") == "it amounted to"
    assert gloss("они выросли", "ru") == "they rose"


def test_pronoun_near_misses() -> None:
    # a pronoun inside a word or another case form is left as it is
    assert gloss("онлайн", "ru") == "онлайн"
    assert gloss("его", "ru") == "его"
