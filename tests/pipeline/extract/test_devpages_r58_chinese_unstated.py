"""Round 58, kind: a Chinese number that is no figure, or a target read as unmet. Dev pages: an
indefinite numeral before a multiple ("增长数十倍", dozens of times: jc08 msthinker read 10 times),
a target met ("提前1年实现1000亿美元贸易额目标", reached the $100bn target a year early: ii02
chinacomcn read two targets; NOTES: "managed to achieve $X" stays actual).

Built for the language, not the pages: 数/數/几/幾/上 before 十/百/千, with or without the scale
万/亿 (数百亿美元, tens of billions), before 倍 or a currency; every verb of meeting (实现, 完成,
达成, 达到, simplified and traditional) with or without 了, 的 and the flow word (贸易额, 进出口额,
投资额) before 目标.

Every sentence is made up, with forms no dev page uses (几百倍, 上千倍, 數十億美元, 完成了, 达成,
進出口額, years 2027-2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.chinese import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\n贸易\n\n{text}\n")
    return sorted(
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            r["measure"],
            r["value"],
            r["status"],
        )
        for _, r in out.iterrows()
    )


@pytest.mark.parametrize("some", ["几百倍", "上千倍", "數十倍"])
def test_an_unstated_multiple_is_no_figure(some: str) -> None:
    assert _rows(f"建交以来，中国与泰国的贸易额增长了{some}。") == []


def test_an_unstated_amount_is_no_figure() -> None:
    assert "tens of billions of" in prepare("雙方投資達數百億美元。")
    assert _rows("2029年中國與泰國的貿易額達數十億美元。") == []


def test_near_miss_a_stated_multiple_stays() -> None:
    rows = _rows("2030年中国与泰国的贸易额是2020年的十倍。")
    assert [r[4:6] for r in rows] == [("multiple", 10.0)]


@pytest.mark.parametrize(
    "text",
    [
        "2028年中国与泰国完成了500亿美元的贸易额目标。",
        "2028年中国与泰国提前两年达成500亿美元進出口額目標。",
    ],
)
def test_a_target_met_is_an_actual_level(text: str) -> None:
    rows = _rows(text)
    assert rows == [("turnover", "CHN", "THA", "2028-01-01", "level", 5e10, "actual")]


def test_near_miss_a_target_set_stays_a_target() -> None:
    rows = _rows("中国与泰国提出2030年贸易额达到500亿美元的目标。")
    assert [r[-1] for r in rows] == ["target"]


def test_near_miss_a_target_striven_for_stays_a_target() -> None:
    rows = _rows("中国与泰国正努力实现2030年500亿美元贸易额目标。")
    assert [r[-1] for r in rows] == ["target"]


# Round 58, kind: a Chinese share read as a change ("占中国外贸总值的13.5%", jc09 zgkjsz read
# +13.5%). Built for the language: 占/佔 (with 到/了) ... 的 N%, and the share nouns 占比, 所占比重,
# 比重, 份额 before 为/达到/约 N%. Made-up forms: 佔...的, 所占比重为, 份额约.


@pytest.mark.parametrize(
    "share",
    ["，佔中國對外貿易總值的6.4%", "，所占比重为6.4%", "，在中国外贸中的份额约6.4%"],
)
def test_a_share_is_no_change(share: str) -> None:
    rows = _rows(f"2029年中国与泰国的贸易额为500亿美元，同比增长3.1%{share}。")
    assert sorted(r[4:6] for r in rows) == [("level", 5e10), ("pct_change", 3.1)]


def test_near_miss_a_rise_stays_a_change() -> None:
    rows = _rows("2029年中国与泰国的贸易额为500亿美元，比上年增长6.4%。")
    assert sorted(r[4:6] for r in rows) == [("level", 5e10), ("pct_change", 6.4)]


# Round 58, kind: one month looked at alone after a span ("单看8月，两国贸易额达91.3亿美元", ix02
# maxsourcemedia dated it January-August). Built for the language: 单看/單看/单就/仅看/光看/仅/僅
# before a month (with or without 份), and "N月单月". Made-up forms: 光看, 仅, 月份, 单月.


@pytest.mark.parametrize("alone", ["光看5月份", "仅5月", "5月单月"])
def test_a_month_alone_after_its_span(alone: str) -> None:
    rows = _rows(f"2031年1-5月中国与泰国贸易额为500亿美元。{alone}，中国与泰国贸易额为120亿美元。")
    assert ("turnover", "CHN", "THA", "2031-05-01", "level", 1.2e10, "actual") in rows


def test_near_miss_a_month_with_its_day_stays() -> None:
    # "仅5月底" is the end of May, not the month alone
    assert "alone" not in prepare("仅5月底，中国与泰国贸易额为120亿美元。")
