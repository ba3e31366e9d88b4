"""Round 53, kind: a comparison with "the same period / the same month" the gloss did not read
(Ukrainian "проти того ж періоду", Russian "больше того же месяца прошлого года", "пришелся на
<month>"), so the change or the level took the base's year, or the page's running year, instead
of its own period. Dev pages (round 53): hm12 unn (Ukrainian), hw09 silkway (Russian); two
outlets, below the round's three-page bar (a separate commit the lead may drop). Made-up
sentences (other pairs, other figures).
"""

from __future__ import annotations

import datetime as dt

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {float(r["value"]): (r["period_start"], r["period_end"]) for r in out.to_dict("records")}


def test_ukrainian_against_the_same_period() -> None:
    got = _periods(
        "date 2025-04-01\nУкраїна Чилі\n\nЗа 2 місяці 2025 року товарообіг між Україною та Чилі "
        "склав 90 млн дол., тобто збільшився на 20 млн дол. проти того ж періоду 2024 року."
    )
    assert got[20_000_000.0] == (dt.date(2025, 1, 1), dt.date(2025, 2, 28))


def test_russian_more_than_the_same_month() -> None:
    got = _periods(
        "date 2025-06-01\nТурция Чили\n\nНаибольший рост экспорта Турции в Чили пришелся на март "
        "– 40 миллионов долларов, что на 12 процентов больше того же месяца прошлого года."
    )
    assert got[40_000_000.0] == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert got[12.0] == (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def test_near_miss_share_of_exports_keeps_its_reading() -> None:
    """ "на экспорт пришлось" (exports were) keeps its longer gloss row and its year."""
    got = _periods(
        "date 2025-06-01\nТурция Чили\n\nТоварооборот Турции и Чили в 2024 году составил 900 "
        "миллионов долларов, из них на экспорт пришлось 600 миллионов долларов."
    )
    assert got[600_000_000.0] == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
