"""Round 55, kind: Turkish "according to X's figures/data": a data noun in the dative before the
postposition "göre" ("Gümrük Komitesi'nin verilerine göre," "rakamlarına göre," "İstatistiklere
göre", "duyurusuna göre") is English "according to <data> of <X>," with the source before its
comma (``turkish._DATA_ACCORDING``); the postposition after a name alone ("TÜİK'e göre") was read
before, and "göre" after a period ("geçen yılın aynı dönemine göre": compared with) is no source.
Bare "statistics" names no body (``attribution._DATA_ONLY``). Dev pages: hx05 (finlandabroad),
hr08 (hurriyet), ho04 (businessdiplomacy), ih01 (rediko, the exporters' assembly: no authority):
four pages, four outlets. Made-up sentences (other pairs, other figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_figures_of_a_named_body() -> None:
    got = _sources(
        "date 2029-03-01\nGürcistan ve Ermenistan\n\nGürcistan İstatistik Ofisi'nin rakamlarına "
        "göre, Gürcistan'ın Ermenistan'a ihracatı 2028 yılında 310 milyon dolar oldu."
    )
    assert got[310_000_000.0] == "GEO"


def test_data_of_a_named_body_without_a_comma() -> None:
    got = _sources(
        "date 2029-03-01\nKazakistan ve Türkiye\n\nKazakistan Gümrük Komitesi'nin verilerine göre "
        "Kazakistan'ın Türkiye'ye ihracatı 2028 yılında 1,4 milyar dolar oldu."
    )
    assert got[1_400_000_000.0] == "KAZ"


def test_near_miss_bare_statistics_and_a_compared_period() -> None:
    got = _sources(
        "date 2029-03-01\nGürcistan ve Ermenistan\n\nİstatistiklere göre Gürcistan'ın Ermenistan'a "
        "ihracatı 2028 yılında geçen yılın aynı dönemine göre yüzde 12 artarak 310 milyon dolar "
        "oldu."
    )
    assert got[310_000_000.0] is None
    assert got[12.0] is None
