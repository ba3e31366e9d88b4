"""Arabic development pages, round 45: made-up sentences (real countries, made-up numbers and
years) with the difficulties the pages had.

- The Egyptian/Jordanian decimal sign "ر" with a space after it before the scale word ("3ر 512
  مليون": 512.3 million); near miss: no scale word after it, no number.
- A headline "trade fell last year" over a body sentence "fell last year ... to $X, after $Y in
  2019": the body's own series test says 2019 is not "last year", so the headline does not make
  it so (``period_anchor``); near miss: the 2019 figure keeps its year.
- "وحلت مصر ثانية بين الشركاء التجاريين للأردن" (came Egypt second among the trade partners to
  Jordan): Egypt came second among the trade partners of Jordan, Jordan's trade with Egypt.
- "وتوقع أن يتجاوز ... حاجز 3 مليارات دولار مع نهاية العام الجاري" (and he expected that exceeds
  ... the barrier of 3 billion dollars with the end of this year): a target by the end of this
  year; near miss: a level "بلغ" with the end of a named year stays actual.
- "non-oil trade reached $X, of which $Y imports from B": the parts of a two-way total are of its
  coverage (``scope``); near miss: a flow in a clause of its own ("and imports were") is not.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_HEAD = "date 2031-02-10\nعنوان\n\n"


def test_ra_decimal_with_a_space_before_the_scale_word() -> None:
    got = rows(_HEAD + "بلغت صادرات المغرب إلى تونس 3ر 512 مليون دولار في عام 2029.\n")
    assert got[512_300_000.0] == (
        "exports", "MAR", "TUN", "level", "USD", D(2029, 1, 1), D(2029, 12, 31)
    )  # fmt: skip
    assert 512_000_000.0 not in got


def test_ra_decimal_near_miss_without_a_scale_word() -> None:
    assert "4.2" not in gloss("المرحلة 2ر 4 من الخطة", "ar")


def test_headline_last_year_is_not_the_body_base_year() -> None:
    page = (
        "تراجع العام الماضي حجم التبادل التجاري بين تونس وليبيا، بينما حافظت السوق الليبية على "
        "مكانتها.\n \n"
        "وبحسب الأرقام، هبط العام الماضي حجم التبادل التجاري بين تونس وليبيا بنسبة 9% إلى 610 "
        "مليون دولار، بعد أن سجل 670 مليون دولار عام 2019.\n"
    )
    got = rows(page)
    assert got[610_000_000.0] == ("turnover", "TUN", "LBY", "level", "USD", None, None)
    # near miss: the base keeps its own year
    assert got[670_000_000.0] == (
        "turnover", "TUN", "LBY", "level", "USD", D(2019, 1, 1), D(2019, 12, 31)
    )  # fmt: skip


def test_came_second_among_the_trade_partners() -> None:
    got = rows(
        _HEAD + "وحلّت مصر ثانية بين الشركاء التجاريين للأردن بقيمة 512 مليون دينار منها 81 "
        "مليون دينار صادرات و 431 مليون دينار مستوردات في عام 2029.\n"
    )
    year = (D(2029, 1, 1), D(2029, 12, 31))
    assert got[512_000_000.0] == ("turnover", "JOR", "EGY", "level", "JOD", *year)
    assert got[81_000_000.0] == ("exports", "JOR", "EGY", "level", "JOD", *year)
    assert got[431_000_000.0] == ("imports", "JOR", "EGY", "level", "JOD", *year)


def _scoped(text: str) -> dict[float, tuple]:
    return {
        r.value: (r.flow, r.scope, r.reporter, r.partner, r.measure, r.unit, r.period_start)
        for r in figures(text).itertuples()
    }


def test_parts_of_a_non_oil_total_are_non_oil() -> None:
    got = _scoped(
        _HEAD + "بلغ حجم التبادل التجاري بين سوريا والعراق في السلع غير النفطية عام 2029 نحو 82.5 "
        "مليون دولار، منها 61.2 مليون دولار واردات سوريا من العراق، و21.3 صادرات سوريا إلى "
        "العراق.\n"
    )
    year = D(2029, 1, 1)
    assert got[82_500_000.0] == ("turnover", "non_oil", "SYR", "IRQ", "level", "USD", year)
    assert got[61_200_000.0] == ("imports", "non_oil", "SYR", "IRQ", "level", "USD", year)
    assert got[21_300_000.0] == ("exports", "non_oil", "SYR", "IRQ", "level", "USD", year)


def test_a_flow_in_its_own_clause_is_not_a_part() -> None:
    got = _scoped(
        _HEAD + "Non-oil trade between Syria and Iraq reached $82.5 million in 2029, and Syria's "
        "imports from Iraq were $61.2 million.\n"
    )
    assert got[61_200_000.0][1] == "total"


def _status(text: str) -> dict[float, tuple]:
    return {
        r.value: (r.flow, r.reporter, r.partner, r.status, r.period_start, r.period_end)
        for r in figures(text).itertuples()
    }


def test_expected_to_pass_the_mark_by_the_end_of_this_year() -> None:
    got = _status(
        _HEAD + "وتوقع أن يتجاوز حجم التبادل التجاري بين الأردن ولبنان حاجز 3 مليارات دولار مع "
        "نهاية العام الجاري.\n"
    )
    assert got[3_000_000_000.0] == ("turnover", "JOR", "LBN", "target", None, D(2031, 12, 31))


def test_reached_by_the_end_of_a_named_year_stays_actual() -> None:
    got = _status(
        _HEAD + "بلغ حجم التبادل التجاري بين الأردن ولبنان 3 مليارات دولار مع نهاية عام 2029.\n"
    )
    assert got[3_000_000_000.0][3] == "actual"
