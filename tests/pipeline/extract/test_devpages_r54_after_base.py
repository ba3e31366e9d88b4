"""Round 54, kind: a change written after (or beside) a clause that states its base amount with
the base's own period: "imports reached $465m, after they had been $243m in the same period of
2029, up 91%", "reached $349m in the same period, after reaching in 2029 about $183m, i.e. up
91%", "grew 17%, given that, in the second quarter of 2029, imports were around $184m".

The period in that clause dates the base amount, never the change: the change takes the period
of the level it continues (the one before "after", or the sentence's / page's running period),
not the base's year (``figure_period.dates_after_clause_base``; the "given that" clause is a
cause clause, ``figure_period._GIVEN_GAP``; Arabic "بسبب"/"وذلك بسبب" and Portuguese/Spanish
"dado que" glossed). Round 53 left this kind at two pages; dev pages now: hq02 (djazairess,
Arabic), ic06 (arabkhabar, Arabic), hz06 (novojornal, Portuguese): three pages, three outlets.
Made-up sentences (other pairs, other figures). Near misses: an "after" clause with no amount,
a change with its own year, a cause clause other than "given that".
"""

from __future__ import annotations

import datetime as dt

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> dict[tuple[str, float], tuple]:
    out = figures(text)
    return {
        (r["measure"], float(r["value"])): (r["period_start"], r["period_end"])
        for r in out.to_dict("records")
    }


def _year(y: int) -> tuple:
    return (dt.date(y, 1, 1), dt.date(y, 12, 31))


def test_change_after_an_after_clause_base_takes_the_level_reached() -> None:
    got = _periods(
        "date 2029-03-01\nUganda and Ghana\n\nUganda's exports to Ghana reached 465 million "
        "dollars in 2028, after reaching about 243 million dollars in 2027, up 91%."
    )
    assert got[("pct_change", 91.0)] == _year(2028)
    assert got[("level", 243_000_000.0)] == _year(2027)  # the base keeps its own year
    got = _periods(
        "date 2029-03-01\nUganda and Ghana\n\nUganda's exports to Ghana rose to 465 million "
        "dollars in 2028, after they had stood at 243 million dollars in 2027, an increase of 91 "
        "percent."
    )
    assert got[("pct_change", 91.0)] == _year(2028)


def test_arabic_base_period_before_the_base_amount() -> None:
    got = _periods(
        "date 2029-03-01\nتونس والأردن\n\nبلغت الصادرات التونسية إلى الأردن 512 مليون دولار خلال "
        "2028. ووصلت الواردات التونسية من الأردن في الفترة ذاتها إلى أكثر من 350 مليون دولار، بعد "
        "أن بلغت خلال 2027 قرابة 180 مليون دولار أي بارتفاع فاق 94%."
    )
    assert got[("pct_change", 94.0)] == _year(2028)
    assert got[("level", 180_000_000.0)] == _year(2027)


def test_portuguese_given_that_clause_with_the_base() -> None:
    got = _periods(
        "date 2030-08-01\nMoçambique e Angola\n\nNo primeiro trimestre de 2030, Moçambique "
        "exportou para Angola produtos no valor de 168 milhões de dólares. Assim, a exportação "
        "moçambicana cresceu 12%, dado que, no primeiro trimestre de 2029, os produtos vendidos a "
        "Angola rondaram os 150 milhões de dólares."
    )
    assert got[("pct_change", 12.0)] == (dt.date(2030, 1, 1), dt.date(2030, 3, 31))
    assert got[("level", 150_000_000.0)] == (dt.date(2029, 1, 1), dt.date(2029, 3, 31))


def test_near_misses_keep_their_periods() -> None:
    # an "after" clause that names no amount: the change's own year
    got = _periods(
        "date 2029-03-01\nUganda and Ghana\n\nAfter a slump in 2027, Uganda's exports to Ghana "
        "rose 12% in 2028."
    )
    assert got[("pct_change", 12.0)] == _year(2028)
    # an "after" clause's own change keeps its year
    got = _periods(
        "date 2029-03-01\nUganda and Ghana\n\nUganda's exports to Ghana rose 12% in 2028, after a "
        "fall of 5% in 2027."
    )
    assert got[("pct_change", 12.0)] == _year(2028)
    assert got[("pct_change", -5.0)] == _year(2027)
    # a cause clause other than "given that" still dates the change as before
    got = _periods(
        "date 2029-03-01\nUganda and Ghana\n\nUganda's exports to Ghana rose 12%, due to strong "
        "demand in 2028."
    )
    assert got[("pct_change", 12.0)] == _year(2028)
