"""Round 46, Turkish development pages: what the word-for-word gloss lost, fixed as a kind.

- A backtick typed for the apostrophe ("Türkiye`ye", "2029`daki"): the suffix is split off as
  after "'" (:mod:`~.foreign`; Turkish and Azerbaijani pages).
- Both ends of a flow before it ("Gürcistan'dan Türkiye'ye ithalat": from A to B imports): the
  flow first, so B is the importer (:mod:`~.turkish`).
- The ends of a change named by the level noun ("X düzeyinden ... Y düzeyine yükseldi": from the
  level of X to the level of Y), each year before its end ("2029'daki X ... 2030 yılında Y"): from
  X in 2029 to Y in 2030 (:mod:`~.turkish`).
- "makinalar" (machines), "metal malzemeler" (metal products), "metalik cevherler" (metal ores):
  sectors (rows).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")
_BEFORE = ("2029-01-01", "2029-12-31")


def _rows(text: str, title: str = "Türkiye ve Gürcistan") -> set[tuple]:
    return tuples(
        figures(f"date 2031-02-10\n{title}\n\n{text}\n"),
        (
            "flow",
            "scope",
            "reporter",
            "partner",
            "period_start",
            "period_end",
            "measure",
            "value",
            "unit",
        ),
        unordered_turnover=True,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Gürcistan`ın Türkiye`ye ihracatı", "2029`a göre": a backtick for the apostrophe
            "Gürcistan`ın Türkiye`ye ihracatı 2029`a göre yüzde 8 artarak 510 milyon dolar oldu.",
            {
                ("exports", "total", "GEO", "TUR", *_YEAR, "pct_change", 8.0, "percent"),
                ("exports", "total", "GEO", "TUR", *_YEAR, "level", 510_000_000.0, "USD"),
            },
        ),
        (  # "Gürcistan'dan Türkiye'ye ithalat": Turkey's imports from Georgia
            "Gürcistan'dan Türkiye'ye ithalat 2030 yılında yüzde 14 artarak 420 milyon dolar oldu.",
            {
                ("imports", "total", "TUR", "GEO", *_YEAR, "pct_change", 14.0, "percent"),
                ("imports", "total", "TUR", "GEO", *_YEAR, "level", 420_000_000.0, "USD"),
            },
        ),
        (  # "2029'daki X düzeyinden 2030 yılında Y düzeyine yükseldi"
            "Türkiye-Gürcistan ticaret hacmi 2029'daki 2 150 milyon dolar düzeyinden 2030 "
            "yılında 2 475 milyon dolar düzeyine yükseldi.",
            {
                ("turnover", "total", "GEO", "TUR", *_BEFORE, "level", 2_150_000_000.0, "USD"),
                ("turnover", "total", "GEO", "TUR", *_YEAR, "level", 2_475_000_000.0, "USD"),
            },
        ),
        (  # "seviyesinden ... seviyesine" (another noun), with backticks
            "Türkiye`nin Gürcistan`a ihracatı 2029`daki 900 milyon dolar seviyesinden 2030 "
            "yılında 1 050 milyon dolar seviyesine çıktı.",
            {
                ("exports", "total", "TUR", "GEO", *_BEFORE, "level", 900_000_000.0, "USD"),
                ("exports", "total", "TUR", "GEO", *_YEAR, "level", 1_050_000_000.0, "USD"),
            },
        ),
        (  # list items of a sector: machines, metal products
            "Türkiye'nin Gürcistan'a ihracatında en büyük kalemler 2030 yılında şunlardı: "
            "Tarım makinalar – 76 milyon dolar, metal malzemeler – 58 milyon dolar.",
            {
                ("exports", "machinery", "TUR", "GEO", *_YEAR, "level", 76_000_000.0, "USD"),
                ("exports", "metals", "TUR", "GEO", *_YEAR, "level", 58_000_000.0, "USD"),
            },
        ),
    ],
)
def test_turkish_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one end before the flow, the other after it: unchanged reading
        (
            "Türkiye'nin Gürcistan'dan ithalatı 2030 yılında 310 milyon dolar oldu.",
            {("imports", "total", "TUR", "GEO", *_YEAR, "level", 310_000_000.0, "USD")},
        ),
        # a backtick around a word (a quote) is no apostrophe
        (
            "Türkiye'nin Gürcistan'a `ihracatı` 2030 yılında 1,6 milyar dolar oldu.",
            {("exports", "total", "TUR", "GEO", *_YEAR, "level", 1_600_000_000.0, "USD")},
        ),
    ],
)
def test_turkish_dev_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
