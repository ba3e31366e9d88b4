"""Round 54, a count in words before a scale word on a glossed page (made-up sentences, made-up
figures, other pairs).

Kind: "до одного миллиарда долларов" (to one billion dollars), "два миллиарда" (two), "полтора
миллиарда" (one and a half), Arabic "نحو نصف مليار دولار" / "النصف مليار" (half a billion),
Turkish "iki milyar" / "yarım milyar": the gloss has no row for the numeral, so "одного billion
dollars", "نصف billion dollars", "iki billion euros" were read as no amount; English "one billion",
"half a billion" are. The count is written in digits before the gloss: Russian, Polish and
Czech numerals in ``foreign_amounts._NUMERAL_COUNTS`` (beside the lone scale word that is one),
Arabic half in ``arabic._HALF_SCALE``, Turkish counts in ``turkish._COUNT_SCALE``. Dev pages:
hu13 (belnovosti), hn15 (ltv), ic04 (elaard), hx05 (finlandabroad); four outlets. Near miss: a
scale word after a word that is no numeral stays one ("около миллиона человек" keeps its
gloss), and Arabic "النصف الأول" (the first half) is no amount.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_russian_numerals_before_a_scale() -> None:
    assert "reached 1 billion dollars" in gloss(
        "Товарооборот между Арменией и Грузией достиг одного миллиарда долларов.", "ru"
    )
    assert "exceeded 2 billion dollars" in gloss("Экспорт превысил два миллиарда долларов.", "ru")
    assert "1.5 billion dollars" in gloss(
        "Объем торговли составил полтора миллиарда долларов.", "ru"
    )


def test_arabic_half_a_billion() -> None:
    assert "0.5 billion dollars" in gloss(
        "بلغت الاستثمارات المغربية في تونس نحو نصف مليار دولار.", "ar"
    )
    assert "0.5 billion euros" in gloss(
        "تجاوز حجم التبادل التجاري بين البلدين النصف مليار يورو.", "ar"
    )


def test_near_misses() -> None:
    assert "about million" in gloss("Население составило около миллиона человек.", "ru")
    assert gloss("النصف الأول من العام", "ar") == "the first half of the year"


def test_russian_page_figure_read() -> None:
    got = rows(
        "date 2031-03-01\nТорговля\n\n"
        "В 2030 году товарооборот между Арменией и Грузией превысил один миллиард долларов, "
        "сообщило министерство экономики."
    )
    assert got[1_000_000_000.0][:5] == ("turnover", "ARM", "GEO", "level", "USD")
