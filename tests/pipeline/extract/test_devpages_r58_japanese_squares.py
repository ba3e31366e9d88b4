"""Round 58, kind: a Japanese figure lost to the way the press sets it. Dev pages: a unit in one
square ("6億1800万㌦", "22億㌦": jc13 n-liner and jc14 indonesia-news read no dollar amount), a
two-digit year before a span of months ("14年6~9月期", jc14: no period), a decimal point set as a
middle dot before a multiple of a named year ("2009年の2・15倍にあたる", jc13: no row), a count of
companies ("1209社", jc14).

Built for the language, not the pages: every square of the CJK Compatibility block spelled out
(㌦ ㌣ ㍀ ㍓ ㌧ ...: their NFKC form); the two-digit year before a month span, a half (上半期)
or a quarter (第3四半期); the middle-dot decimal before 倍, %, a scale or a currency (not a
month pair "1・2月"); a multiple of a named year with every verb of being (にあたる, に相当する,
となった, に達した, だった).

Every sentence is made up, with forms no dev page uses (㍀, ㍓, 27年上半期, 28年第3四半期,
3・4倍, 2・5%, に相当する, years 2027-2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.japanese import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\n貿易\n\n{text}\n")
    return sorted(
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["measure"],
            r["value"],
            r["unit"],
        )
        for _, r in out.iterrows()
    )


def test_a_squared_dollar_is_a_dollar() -> None:
    text = "2030年のタイから日本への輸出は45億6000万㌦だった。"
    assert _rows(text) == [
        ("exports", "THA", "JPN", "2030-01-01", "2030-12-31", "level", 4.56e9, "USD")
    ]


@pytest.mark.parametrize("square, word", [("㍀", "pounds"), ("㍓", "rupees")])
def test_every_squared_currency_is_spelled_out(square: str, word: str) -> None:
    assert word in prepare(f"輸出は12億{square}だった。")


@pytest.mark.parametrize(
    "written, period",
    [("27年上半期", "the first half of 2027"), ("28年第3四半期", "2028"), ("29年4~8月", "2029")],
)
def test_a_two_digit_year_before_a_part_of_the_year(written: str, period: str) -> None:
    assert period in prepare(f"{written}のタイから日本への輸出は45億ドルだった。")


def test_a_middle_dot_decimal_before_a_multiple_of_a_named_year() -> None:
    text = "2030年のタイと日本の貿易額は45億ドルで、2027年の3・4倍に相当する。"
    rows = _rows(text)
    assert ("turnover", "THA", "JPN", "2030-01-01", "2030-12-31", "multiple", 3.4, "times") in rows


def test_a_middle_dot_decimal_before_a_percentage() -> None:
    assert "2.5%" in prepare("輸出は2・5%増えた。")


def test_near_miss_a_month_pair_keeps_its_dot() -> None:
    # "1・2月" is January and February, not 1.2
    assert "1.2" not in prepare("1・2月の輸出は45億ドルだった。")


def test_a_count_of_companies_is_no_amount() -> None:
    assert "1350 companies" in prepare("タイで登記された日本企業は1350社となった。")


# Round 58, kind: a Japanese forecast told by its forecaster's outlook or verb. Dev pages:
# "ジェトロの見通しでは、2012年の...総額は...を超えて" (jc11 beijingreview read an actual) and
# "約7500億ルピーに達すると同省はみている" (jc14: actual). Built for the language: "Xの見通し/予測/
# 予想/見込みでは", a non-past verb of level (達する, 超える, 上回る, 上る, なる, 拡大する, 増える)
# before と and every forecaster's verb (みている, 予想している, 予測している, 見込んでいる,
# 見通している, みられる, 予想される), the forecaster named between or not. Made-up forms:
# 予測では, を上回ると予想している, 見込んでいる, years 2030-2032.


@pytest.mark.parametrize(
    "text",
    [
        "業界団体の予測では、2032年のタイと日本の貿易額は900億ドルを上回る。",
        "2032年のタイと日本の貿易額は900億ドルを上回ると業界団体は予想している。",
        "2032年のタイと日本の貿易額は900億ドルに達すると見込んでいる。",
    ],
)
def test_a_forecast_by_its_outlook_or_verb_is_a_target(text: str) -> None:
    out = figures(f" date 2031-09-01\n貿易\n\n{text}\n")
    assert list(out["status"]) == ["target"] and list(out["value"]) == [9e10]


def test_near_miss_an_estimate_of_a_past_level_stays_actual() -> None:
    # a past verb before と ("上回ったとみられる", is thought to have exceeded): no forecast
    text = "2030年のタイと日本の貿易額は900億ドルを上回ったとみられる。"
    assert " expected " not in prepare(text)
