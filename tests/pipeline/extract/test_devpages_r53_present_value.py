"""Round 53, kind: a value stated as it stands now ("so far", "currently", verb before its
adverb as glossed pages write it) takes no running period of an earlier sentence.

NOTES leave a present value undated ("now", "currently stands at", "so far" with a date); the
English rule (``present_time``) missed "so far" / "to date" and the glossed order "exceeds
currently", and the gloss did not read the present-time adverbs of several languages
(Indonesian "sejauh ini", Arabic "حاليا", ...). Dev pages (round 53): hp14 detik (Indonesian,
"sejauh ini"), ig02 marsalqatar (Arabic, "تتجاوز حاليا"), hv09 ftlk (English, "the current $46
million bilateral trade"); three outlets. Made-up sentences (other pairs, other figures).
"""

from __future__ import annotations

import datetime as dt

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {float(r["value"]): (r["period_start"], r["period_end"]) for r in out.to_dict("records")}


def _year(y: int) -> tuple:
    return (dt.date(y, 1, 1), dt.date(y, 12, 31))


def test_english_so_far_is_undated() -> None:
    got = _periods(
        "date 2023-08-01\nPeru and Chile\n\nIn 2022 trade between Peru and Chile reached $5 "
        "billion. The value of their trade so far is about $179 million."
    )
    assert got[179_000_000.0] == (None, None)
    assert got[5_000_000_000.0] == _year(2022)


def test_indonesian_so_far_is_undated() -> None:
    got = _periods(
        "date 2023-11-21\nIndonesia Peru\n\nNilai perdagangan Indonesia dan Peru pada 2022 "
        "mencapai US$ 500 juta. Diketahui nilai perdagangan kedua negara sejauh ini sekitar US$ "
        "320 juta."
    )
    assert got[320_000_000.0] == (None, None)


def test_arabic_verb_before_currently_is_undated() -> None:
    got = _periods(
        "date 2023-11-21\nالجزائر وإيطاليا\n\nبلغ حجم التبادل التجاري بين الجزائر وإيطاليا 9 "
        "مليارات دولار في عام 2022. وأشار إلى أن حجم التبادل التجاري بين البلدين يتجاوز حاليا 10 "
        "مليارات دولار."
    )
    assert got[10_000_000_000.0] == (None, None)
    assert got[9_000_000_000.0] == _year(2022)


def test_the_current_amount_is_undated() -> None:
    got = _periods(
        "date 2023-11-21\nGhana and Kenya\n\nIn 2022 trade between Ghana and Kenya reached $90 "
        "million. The current $75 million bilateral trade between Ghana and Kenya is set to grow."
    )
    assert got[75_000_000.0] == (None, None)


def test_near_miss_so_far_with_its_own_period() -> None:
    """ "So far this year" and "so far in 2023" are the year's own data: they keep their
    period."""
    got = _periods(
        "date 2023-08-01\nPeru and Chile\n\nIn 2022 trade between Peru and Chile reached $5 "
        "billion. Chile's exports to Peru reached $2 billion so far in 2023."
    )
    assert got[2_000_000_000.0] == _year(2023)
    assert got[5_000_000_000.0] == _year(2022)
