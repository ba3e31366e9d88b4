"""Period kinds of round 12's fresh pages, each on made-up sentences (other countries, numbers
and years than any real page), with a near miss that must stay as it was.

- a flow "at the end of" a quarter is the year to date (NOTES, fo decisions), as "as of mid-2030"
  is January-June; "in the third quarter" stays the quarter;
- Portuguese months written with a capital ("entre Janeiro e Abril", the spelling of Portugal
  before 2009 and of much of the Lusophone press still) are months like "janeiro"; the place
  "Rio de Janeiro" is not; "o período homólogo" is the same period of the year before;
- Russian "за первую половину 2031 года" (accusative) and "в первой половине" (prepositional)
  are the first half of the year, like "первое полугодие"; "половину" alone is a share.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_flow_at_the_end_of_a_quarter_is_the_year_to_date() -> None:
    got = dated(
        "date 2031-02-10\nTrade between Chile and Peru was around $3.1bn at the end of the "
        "third quarter of 2030, the ambassador said."
    )
    assert got == {("level", 3_100_000_000.0, D(2030, 1, 1), D(2030, 9, 30))}
    got = dated(
        "date 2031-02-10\nTrade between Chile and Peru reached $2.2bn by the end of Q2 2030."
    )
    assert got == {("level", 2_200_000_000.0, D(2030, 1, 1), D(2030, 6, 30))}


def test_near_miss_a_flow_in_a_quarter_stays_the_quarter() -> None:
    got = dated(
        "date 2031-02-10\nTrade between Chile and Peru was around $3.1bn in the third quarter "
        "of 2030, the ambassador said."
    )
    assert got == {("level", 3_100_000_000.0, D(2030, 7, 1), D(2030, 9, 30))}


def test_portuguese_capitalised_months_and_the_homologous_period() -> None:
    got = rows(
        "date 2031-06-02\nAs empresas do Chile exportaram para o Peru, entre Janeiro e Abril "
        "deste ano, 32,5 milhões de euros em produtos, contra 40,1 milhões de euros no período "
        "homólogo, segundo dados da agência."
    )
    assert got[32_500_000.0][-2:] == (D(2031, 1, 1), D(2031, 4, 30))
    assert got[40_100_000.0][-2:] == (D(2030, 1, 1), D(2030, 4, 30))


def test_near_miss_rio_de_janeiro_is_a_place() -> None:
    assert gloss("O porto do Rio de Janeiro exportou mais em Janeiro de 2031.", "pt") == (
        "the porto of the Rio of Janeiro exported more in January 2031."
    )


def test_russian_first_half_in_the_accusative() -> None:
    got = rows(
        "date 2031-09-02\nОн сказал, что за 2030 год товарооборот между Россией и Арменией "
        "вырос на 11%, а за первую половину 2031 года — на 17%. Это было сказано в Москве, и он "
        "не сказал, что будет с ценами на газ."
    )
    assert got[17.0][-2:] == (D(2031, 1, 1), D(2031, 6, 30))
    assert got[11.0][-2:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_near_miss_russian_half_alone_is_no_period() -> None:
    assert "first half" not in gloss("Китай покупает половину экспорта страны.", "ru")


def test_first_half_of_financial_year_without_the_article() -> None:
    # Pakistan's press: "during the first half of financial year" is July-December of the page's
    # fiscal year, as "the first half of the financial year" is
    got = dated(
        "date 2031-02-10\nThe total exports of Pakistan to Canada during July-December (2030-31) "
        "were recorded at $912.4 million against $850.2 million during July-December (2029-30).\n"
        "During the first half of financial year, the exports to Oman were recorded at "
        "$311.2 million against $302.5 million."
    )
    assert ("level", 311_200_000.0, D(2030, 7, 1), D(2030, 12, 31)) in got
    assert ("level", 302_500_000.0, D(2029, 7, 1), D(2029, 12, 31)) in got


def test_near_miss_first_half_of_a_calendar_year_stays_calendar() -> None:
    got = dated(
        "date 2031-09-10\nDuring the first half of the year, the exports of Pakistan to Oman "
        "were recorded at $311.2 million against $302.5 million."
    )
    assert ("level", 311_200_000.0, D(2031, 1, 1), D(2031, 6, 30)) in got


def test_a_period_in_the_possessive_dates_its_amount_only() -> None:
    got = dated(
        "date 2030-05-02\nIn March alone, the value of goods shipped from Chile to Peru reached "
        "$512.3 million, 14.2 percent higher than March 2029's $448.6 million."
    )
    assert ("level", 448_600_000.0, D(2029, 3, 1), D(2029, 3, 31)) in got
    assert ("level", 512_300_000.0, D(2030, 3, 1), D(2030, 3, 31)) in got
    # "last year's" is the main period a year earlier, as "a year earlier" is
    got = dated(
        "date 2030-05-02\nIn March, Chilean imports from Peru fell 6 percent to $512.3 million, "
        "from last year's $533.6 million."
    )
    assert ("level", 533_600_000.0, D(2029, 3, 1), D(2029, 3, 31)) in got
    assert ("level", 512_300_000.0, D(2030, 3, 1), D(2030, 3, 31)) in got


def test_near_miss_a_possessive_period_without_an_amount() -> None:
    got = dated(
        "date 2030-05-02\nChile's exports to Peru exceeded last year's level, reaching "
        "$512.3 million in 2030."
    )
    assert got == {("level", 512_300_000.0, D(2030, 1, 1), D(2030, 12, 31))}
