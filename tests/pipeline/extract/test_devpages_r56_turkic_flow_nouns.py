"""Round 56, kind: a Turkish trade noun in a case the gloss did not list. Turkish (and
Azerbaijani) write the flow noun with its case and possessive suffixes ("ihracatla", with exports;
"ticareti", its trade; "ticaretimizde", in our trade); the gloss listed the forms dev pages had
used, so a figure whose only trade word stood in another case had no flow and was dropped:
"ikili ticareti 2023'e kadar 3 milyar dolara çıkarma hedefi" (ho04 businessdiplomacy), "442
milyon dolar ihracatla yedinci sıradaydı" (ih01 rediko).

The rows of ``lexicon/foreign_words.csv`` now hold the whole paradigm of "ihracat", "ithalat",
"ticaret" ("dış ticaret", "ikili ticaret"), "ticaret hacmi" and Azerbaijani "ixracat", "idxalat",
"ticarət", "ticarət dövriyyəsi", "ticarət həcmi": the bare noun, the accusative, genitive,
dative, locative, ablative and instrumental, the third person possessive and the first plural
with each case, and the "-ki" of the locative, by the suffixes' vowel harmony and devoicing (a
Turkish locative after "t" is "-ta/-te", the Azerbaijani one stays "-da/-də"). The locative reads
"in exports", the first plural "Turkey's exports" as the forms already listed did.

Made-up sentences with forms no dev page uses ("ticaretimiz", "ticaretinde", "ithalatımızda",
"ithalatla", Azerbaijani "ixracatının", "ticarətdə").
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(title: str, text: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2029-03-01\n{title}\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


_TR = "Türkiye ile Gürcistan arasındaki ticaret"
_AZ = "Azərbaycan və Gürcüstan ticarəti"


def test_turkish_trade_noun_in_its_cases() -> None:
    got = _rows(_TR, "Gürcistan ile ticaretimiz 2028 yılında 3 milyar dolar oldu.")
    assert [(f, v) for f, _, _, v in got] == [("turnover", 3_000_000_000.0)]
    got = _rows(
        _TR, "Türkiye'nin Gürcistan ile ticaretinde 2028 yılında 3 milyar dolar kaydedildi."
    )
    assert got == [("turnover", "TUR", "GEO", 3_000_000_000.0)]


def test_turkish_import_noun_in_its_cases() -> None:
    got = _rows(_TR, "Gürcistan'dan ithalatımızda 2028 yılında 900 milyon dolar kaydedildi.")
    assert got == [("imports", "TUR", "GEO", 900_000_000.0)]
    got = _rows(
        _TR, "Gürcistan, 2028 yılında 700 milyon dolarlık ithalatla beşinci sırada yer aldı."
    )
    assert [(f, v) for f, _, _, v in got] == [("imports", 700_000_000.0)]


def test_azerbaijani_flow_nouns_in_their_cases() -> None:
    got = _rows(
        _AZ, "Azərbaycanın Gürcüstana ixracatının həcmi 2028-ci ildə 900 milyon dollar olub."
    )
    assert got == [("exports", "AZE", "GEO", 900_000_000.0)]
    got = _rows(
        _AZ,
        "Azərbaycan ilə Gürcüstan arasında ticarətdə 2028-ci ildə 2 milyard dollar qeydə alınıb.",
    )
    assert got == [("turnover", "AZE", "GEO", 2_000_000_000.0)]


def test_near_miss_no_trade_noun() -> None:
    assert _rows(_TR, "Gürcistan'ın nüfusu 2028 yılında 3,7 milyon oldu.") == []
