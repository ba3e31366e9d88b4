"""Japanese pages read through the English rules (``pipeline.extract.japanese``, ``ja`` rows of
``lexicon/foreign_words.csv``, Japanese country names of iso-codes and the CLDR, matched
anywhere as Chinese ones are).

Every sentence is made up, in the shapes Japanese trade news writes: the Ministry of Finance's
"2030年の日本の中国への輸出は前年比5.2%増の18兆3000億円だった", a South-East Asian paper's
"ベトナムの対日輸出は...234億ドルとなった。一方、日本からの輸入は218億ドルで、3.1%減少した", a
half-year "2031年1～6月", "日本とバングラデシュの貿易額は42億ドルに達した". Each page opens with a
title line (the cleaner reads a page's first line as its title). Near misses: a Chinese page
(kanji, no kana) stays Chinese; a percentage with no change word is no change.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import language
from pipeline.extract.japanese import prepare
from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.unit, r.period_start, r.period_end)
        for r in figures(text).itertuples()
    }


def test_language_of_a_japanese_page() -> None:
    assert language(["2030年の日本の中国への輸出は前年比5.2%増の18兆3000億円だった。"]) == "ja"
    # near miss: Chinese writes no kana
    assert language(["据海关统计，2030年中国对日本出口1234.5亿美元，同比增长5.2%。"]) == "zh"


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("18兆3000億円", "18.3 trillion yen"),
        ("5億4000万ドル", "540 million US dollars"),
        ("234億米ドル", "23.4 billion US dollars"),
        ("前年比5.2%増の", "year on year up 5.2% to"),
        ("3.1%減", "down 3.1%"),
        ("2031年1～6月", "January-June 2031"),
        ("対日輸出", "exports to Japan"),
    ],
)
def test_amounts_changes_periods_and_prefixed_sides(japanese: str, english: str) -> None:
    # (a fragment with kana: a text with none is no Japanese and is returned as it is)
    assert " ".join(prepare(japanese + "だ").removesuffix("だ").split()) == english


def test_the_ministry_of_finances_exports_with_their_change() -> None:
    got = _rows(
        "date 2031-01-20\n対中輸出が増加\n財務省が発表した貿易統計によると、2030年の日本の中国への"
        "輸出は前年比5.2%増の18兆3000億円だった。"
    )
    year = (D(2030, 1, 1), D(2030, 12, 31))
    assert got == {
        ("exports", "JPN", "CHN", "pct_change", 5.2, "percent", *year),
        ("exports", "JPN", "CHN", "level", 1.83e13, "JPY", *year),
    }


def test_both_flows_of_a_partners_page() -> None:
    got = _rows(
        "date 2031-02-10\nベトナムの対日輸出\nベトナム統計総局によると、2030年のベトナムの対日輸出は"
        "前年比12%増の234億ドルとなった。一方、日本からの輸入は218億ドルで、3.1%減少した。"
    )
    assert {(r[0], r[1], r[2], r[3], r[4]) for r in got} == {
        ("exports", "VNM", "JPN", "pct_change", 12.0),
        ("exports", "VNM", "JPN", "level", 2.34e10),
        ("imports", "VNM", "JPN", "level", 2.18e10),
        ("imports", "VNM", "JPN", "pct_change", -3.1),
    }


def test_turnover_between_two_named_countries_and_a_half_year() -> None:
    got = _rows(
        "date 2031-02-10\n日バ貿易\n2030年の日本とバングラデシュの貿易額は42億ドルに達した。"
    )
    assert {(r[0], r[1], r[2], r[4]) for r in got} == {("turnover", "JPN", "BGD", 4.2e9)}
    got = _rows(
        "date 2031-08-10\n日越貿易\n2031年1～6月のベトナムの対日輸出額は118億ドルで、前年同期比8.4%"
        "増加した。"
    )
    assert {(r[0], r[3], r[4], r[6], r[7]) for r in got} == {
        ("exports", "level", 1.18e10, D(2031, 1, 1), D(2031, 6, 30)),
        ("exports", "pct_change", 8.4, D(2031, 1, 1), D(2031, 6, 30)),
    }


def test_hedges_and_a_trade_deficit() -> None:
    # "約" (about), "以上" (or more); "対ベトナム貿易赤字" is a deficit, no trade figure
    out = figures(
        "date 2031-03-06\nベトナム\n2030年のベトナムの対日輸出額は約240億ドルで、前年同期比10%以上増加"
        "した。日本の対ベトナム貿易赤字は50億ドルだった。"
    )
    assert sorted(zip(out["flow"], out["measure"], out["value"], out["approx"], strict=True)) == [
        ("exports", "level", 2.4e10, True),
        ("exports", "pct_change", 10.0, True),
    ]


def test_the_first_months_of_a_year() -> None:
    # round 31 (gu08's shape): "2030年年初5ヵ月" (the year's first 5 months of 2030)
    got = _rows(
        "date 2030-07-01\nペルーとチリの貿易\n2030年年初5ヵ月にペルーとチリの間で行われた二国間の貿易額が"
        "31億2400万ドルとなった。\n"
    )
    assert {(r[3], r[4], r[6], r[7]) for r in got} == {
        ("level", 3.124e9, dt.date(2030, 1, 1), dt.date(2030, 5, 31))
    }


def test_near_miss_a_year_without_its_first_months_stays_whole() -> None:
    got = _rows(
        "date 2031-07-01\nペルーとチリの貿易\n2030年にペルーとチリの間で行われた二国間の貿易額が31億2400万ドルとなった。\n"
    )
    assert {(r[6], r[7]) for r in got} == {(dt.date(2030, 1, 1), dt.date(2030, 12, 31))}
