"""Round 58, kind: a Russian year named relative to the page's own, or a range of years, in a
form the phrase table did not list. Dev pages writing forms the table lacked: "По итогам
нынешнего года" (hu13 belnovosti: "довести ... до одного миллиарда" by the end of this year,
read as approx until "нынешнего года" was glossed),
"в нынешнем году" (ie06 reportaz), "с 2008 по 2010" (hm01 khovar), "в 2022-2023 годах" (hr14
rtvi), "ближайших" (hx01 24kg); on dev only hu13's approx changes (the others' figures were read
from other words).

Built for the language (:func:`pipeline.extract.russian_periods.relative_year_rows`,
:func:`~pipeline.extract.russian_periods.year_ranges`): "прошлый", "минувший", "истекший",
"прошедший", "предыдущий", "текущий", "нынешний", "этот", "следующий", "будущий",
"наступающий", "позапрошлый" before "год" in every case, "в конце/начале/середине", "ближайшие",
"годом раньше/позже", a range's plural year noun ("в 2029-2030 годах") and "с 2025 по 2030 год".

Every sentence is made up, with forms no dev page uses.
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _periods(text: str, date: str = "2031-09-01") -> list[tuple[str, str, float]]:
    out = figures(f" date {date}\nТорговля\n\n{text}\n")
    return [
        (str(r["period_start"]), str(r["period_end"]), round(float(r["value"]), 2))
        for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("по сравнению с минувшим годом", "compared with last year"),
        ("в нынешнем году", "this year"),
        ("в наступающем году", "next year"),
        ("в позапрошлом году", "in the year before last"),
        ("в предыдущем году", "in the previous year"),
        ("в конце истекшего года", "at the end of last year"),
        ("в 2027-2028 годах", "in 2027-2028"),
        ("с 2024 года по 2029 год", "from 2024 to 2029"),
        ("в ближайшие семь лет", "in the next seven years"),
        ("годом позже", "a year later"),
    ],
)
def test_gloss_ru(text: str, expected: str) -> None:
    assert expected in gloss(text, "ru")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("этот год стал рекордным", "this year"),
        ("в будущем", "in the future"),  # "будущий" alone (the future) is not "next year"
        ("в 2030 году", "in 2030"),
    ],
)
def test_ru_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "ru")


def test_this_year_in_its_prepositional_synonym() -> None:
    text = "В нынешнем году экспорт Молдовы в Румынию вырос на 4,5%."
    assert _periods(text) == [("2031-01-01", "2031-12-31", 4.5)]


def test_year_before_last() -> None:
    text = "В позапрошлом году экспорт Молдовы в Румынию составил 2 млрд долларов."
    assert _periods(text) == [("2029-01-01", "2029-12-31", 2e9)]
