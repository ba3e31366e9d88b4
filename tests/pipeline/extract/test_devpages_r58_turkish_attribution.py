"""Round 58, kind: the body or speaker a Turkish page's figures come from. ilkkursun jd03 wrote
"Rusya Federal Gümrük Servisi (FTS) tarafından yapılan duyuruya göre" (according to the
announcement made by the FTS), akradyo jd02 "Mart ayının dış ticaret verileri, TÜİK ve ...
Bakanlığı'nın ortak çalışmasıyla kamuoyuna duyuruldu" (were released through the joint work of),
tgrthaber jd01 "ABD'nin Ankara Büyükelçiliği Sözcüsü Julie Eadeh ... dile getirdi": the gloss
left "tarafından yapılan duyuruya", the passive and "Sözcüsü" as written and no figure had its
source.

``turkish.prepare``: the data noun before "göre" in every case (the bare dative "duyuruya",
"rapora", "açıklamaya", plural and possessive forms) and its owner named as the agent of a
participle ("X tarafından yapılan / açıklanan / yayımlanan ...", "X'in açıkladığı / yayımladığı
..."); a passive of releasing ("duyurul-", "açıklan-", "yayımlan-", "paylaşıl-", any tense) after
"X tarafından" or "X'in (ortak) çalışmasıyla / işbirliğiyle" -> "were released by X"; rows for
"sözcüsü" (spokesperson) and "dile getirdi" (said). Made-up sentences with forms no dev page
uses ("tarafından açıklanan verilere göre", "'nin yayımladığı rapora göre", "tarafından
açıklanmıştır", "işbirliğiyle yayımlandı", "Bakanlığı Sözcüsü").
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> set[tuple]:
    out = figures(" date 2031-03-01\n" + text)
    return {(r.flow, r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()}


@pytest.mark.parametrize(
    "lead",
    [
        "Gürcistan İstatistik Ofisi tarafından açıklanan verilere göre, ",
        "Gürcistan İstatistik Ofisi'nin yayımladığı rapora göre ",
        "Gürcistan Ekonomi Bakanlığı tarafından hazırlanan istatistiklere göre ",
    ],
)
def test_agent_of_the_data(lead: str) -> None:
    rows = _sources(
        lead + "Gürcistan'ın Ermenistan'a ihracatı 2030 yılında 500 milyon dolara ulaştı."
    )
    assert rows == {("exports", "GEO", "ARM", 5e8, "GEO")}


@pytest.mark.parametrize(
    "release",
    [
        "Yılın dış ticaret rakamları, Gürcistan İstatistik Ofisi tarafından açıklanmıştır.",
        "Dış ticaret verileri, Gürcistan İstatistik Ofisi ile Gümrük İdaresi'nin işbirliğiyle "
        "yayımlandı.",
    ],
)
def test_released_by(release: str) -> None:
    rows = _sources(
        release + " Gürcistan'ın Ermenistan'a ihracatı 2030 yılında 500 milyon dolara ulaştı."
    )
    assert rows == {("exports", "GEO", "ARM", 5e8, "GEO")}


def test_spokesperson_said() -> None:
    rows = _sources(
        "Gürcistan Ekonomi Bakanlığı Sözcüsü Nino Beridze, ticaretin büyüdüğünü dile getirdi. "
        "Beridze, Gürcistan'ın Ermenistan'a ihracatının 2030 yılında 500 milyon dolara "
        "ulaştığını dile getirdi."
    )
    assert rows == {("exports", "GEO", "ARM", 5e8, "GEO")}


def test_no_body_no_source() -> None:
    """Near miss: a passive with no agent ("rakamlar kamuoyuna duyuruldu") names no source."""
    rows = _sources(
        "Yılın rakamları kamuoyuna duyuruldu. Gürcistan'ın Ermenistan'a ihracatı 2030 yılında "
        "500 milyon dolara ulaştı."
    )
    assert rows == {("exports", "GEO", "ARM", 5e8, None)}
