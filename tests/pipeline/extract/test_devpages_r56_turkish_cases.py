"""Round 56, kind: a Turkish flow noun or a name in a case no row lists stayed unread, and with it
the figure. Dev pages: "ikili ticareti 2023 yılına kadar 3 milyar dolara çıkarma hedefini" and
"Türkiye'yi", "ticaret cirosu" (ho04 businessdiplomacy), "Rusya 442 milyon dolar ihracatla" (ih01
rediko), "ticaret hacmine", "dış ticaretindeki" (hr08 hurriyet), "ticarette" (ho08 mfagovtr):
only the forms earlier pages used were rows ("ihracatı", "ihracatından", "ticaret hacmini").

``turkish.case_forms``: every case of every flow noun row by vowel harmony and the last
consonant (accusative, dative, locative, ablative, genitive, instrumental, "-daki"), of a noun
and of its possessive ("ihracatıyla", "ticaretini", "dış ticaretinde"), and of a compound in its
possessive with its "n" ("ticaret hacminden", "ticaret cirosuna"); a name's accusative after its
apostrophe ("Çin'i", "Rusya'yı") is the name.

Every sentence is made up, with forms no dev page uses ("ihracatıyla", "ticaretini").
"""

from __future__ import annotations

from pipeline.extract.foreign import gloss
from pipeline.extract.turkish import case_forms
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-03-01\nTicaret\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"]), r["status"])
        for r in out.to_dict("records")
    ]


def test_an_instrumental_export() -> None:
    got = _rows(
        "İki ülke arasındaki ticaret 2030 yılında arttı. Mısır, 2030 yılında 900 milyon dolarlık "
        "ihracatıyla Türkiye'nin en büyük ortakları arasında yer aldı."
    )
    assert got == [("exports", "EGY", "TUR", 9e8, "actual")]


def test_a_possessive_accusative_trade_target() -> None:
    got = _rows(
        "İki ülke arasındaki ticaret 2030 yılında arttı. Türkiye, Japonya ile ikili ticaretini "
        "2032 yılına kadar 4 milyar dolara çıkarma hedefini açıkladı."
    )
    assert got == [("turnover", "TUR", "JPN", 4e9, "target")]


def test_the_paradigm() -> None:
    forms = dict(case_forms([("ithalat", "imports"), ("ticaret hacmi", "trade volume")]))
    assert forms["ithalata"] == forms["ithalatıyla"] == forms["ithalatının"] == "imports"
    assert forms["ithalatta"] == forms["ithalatındaki"] == "in imports"
    assert forms["ticaret hacminden"] == forms["ticaret hacmiyle"] == "trade volume"
    forms = dict(case_forms([("ciro", "turnover"), ("ihracat", "exports")]))
    assert "ciroyu" not in forms  # "turnover" alone is no flow noun of the table
    assert forms["ihracattan"] == "exports"


def test_near_misses_stay_as_they_are() -> None:
    # a name's accusative is the name; its genitive and dative keep their sense
    assert gloss("Çin'i ziyaret etti", "tr").startswith("China ")
    assert gloss("Çin'in ihracatı", "tr") == "China's exports"
    assert gloss("Çin'e ihracat", "tr") == "exports to China"
    # "verdiği fazla" (the surplus it ran) is a balance, no trade figure
    assert (
        _rows(
            "2030'da Türkiye'nin Şili ile dış ticaretinde verdiği fazla 50 milyon dolar olarak "
            "kaydedildi."
        )
        == []
    )


def test_a_row_that_is_a_case_of_another_is_not_declined_again() -> None:
    # "ihracatı" (its exports) and "ihracatından" are rows too: their forms come from "ihracat";
    # declined again they would be no words ("ihracatıya", "ihracatındanını")
    rows = [("ihracat", "exports"), ("ihracatı", "exports"), ("ihracatından", "exports")]
    forms = dict(case_forms(rows))
    assert forms["ihracatına"] == "exports" and forms["ihracatından"] == "exports"
    assert "ihracatıya" not in forms and "ihracatındanını" not in forms
    assert forms == dict(case_forms([("ihracat", "exports")]))
