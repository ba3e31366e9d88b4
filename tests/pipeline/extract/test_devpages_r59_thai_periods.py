"""Round 59, kind: Thai periods and multiples the gloss left unread (je08 acfs: "ไตรมาสแรกของปี
2563" read "the first quarter of ปี 2020", so the whole year; "3 เท่าตัว" no multiple; "เพิ่มขึ้นจาก
เดือนก่อนหน้า 16%" a month's base before the rate; fruit and vegetables unglossed; je07 utcc:
"5 เดือนแรกของปีนี้" read "the first 5 months of นี้").

Built for the constructions: "ของปี" before any year or relative year, every quarter's
spelling, "เท่า"/"เท่าตัว", a month's or quarter's base after the rate, the products' names.
Every sentence is made up, with forms no dev page uses (ไตรมาสที่ 2, 4 เท่าตัว, กันยายน, Japan,
China, years 2573 BE = 2030).
"""

from __future__ import annotations

from pipeline.extract.thai import prepare, reorder
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-02-01\nการค้า\n\n{text}\n")
    return sorted(
        (
            r["flow"],
            r["scope"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["measure"],
            r["value"],
        )
        for _, r in out.iterrows()
    )


def test_of_the_year_and_a_multiple() -> None:
    assert "ของ 2030" in prepare("ไตรมาสที่ 2 ของปี 2573")
    assert "ของ ปีนี้" in prepare("5 เดือนแรกของปีนี้")
    text = "ในช่วงไตรมาสที่ 2 ของปี 2573 ผลไม้ที่ไทยส่งออกไปยังจีนมีมูลค่า 812.5 ล้านดอลลาร์สหรัฐ เพิ่มขึ้น 4 เท่าตัว"
    assert _rows(text) == [
        ("exports", "agriculture", "THA", "CHN", "2030-04-01", "2030-06-30", "level", 812.5e6),
        ("exports", "agriculture", "THA", "CHN", "2030-04-01", "2030-06-30", "multiple", 4.0),
    ]


def test_a_months_base_before_the_rate() -> None:
    assert reorder("up from the previous month 7.5%") == "up 7.5% from the previous month"
    text = (
        "ในเดือนกันยายน 2573 ยอดการนำเข้าของไทยจากญี่ปุ่นอยู่ที่ 2,345 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นจากเดือนก่อนหน้า 7.5%"
    )
    assert _rows(text) == [
        ("imports", "total", "THA", "JPN", "2030-09-01", "2030-09-30", "level", 2.345e9),
        ("imports", "total", "THA", "JPN", "2030-09-01", "2030-09-30", "pct_change", 7.5),
    ]


def test_near_miss_a_count_of_days_is_no_multiple() -> None:
    assert "times" not in prepare("ภายใน 3 วัน")


def test_a_clause_opened_by_its_time_phrase_has_its_own_period() -> None:
    # je08: "... เพิ่มขึ้น 0.5% โดยในเดือนมีนาคม ..." (with, in March alone, ...) read as the quarter
    text = (
        "ในไตรมาสแรกของปี 2574 ไทยส่งออกไปยังญี่ปุ่น 2,100 ล้านดอลลาร์สหรัฐ เพิ่มขึ้น 3.5% จากปีที่แล้ว "
        "โดยในเดือนกุมภาพันธ์ ยอดส่งออกอยู่ที่ 640 ล้านดอลลาร์สหรัฐ"
    )
    out = figures(f" date 2031-06-01\nการค้า\n\n{text}\n")
    periods = {
        (r["value"], str(r["period_start"]), str(r["period_end"])) for _, r in out.iterrows()
    }
    assert (6.4e8, "2031-02-01", "2031-02-28") in periods
    assert (2.1e9, "2031-01-01", "2031-03-31") in periods


def test_near_miss_by_an_agent_stays_by() -> None:
    assert "โดยกรม" in prepare("รายงานโดยกรมศุลกากร")


def test_a_numbered_lists_next_item_is_not_the_last_items_goods() -> None:
    # ix15: "(1) ASEAN ... such as cars ... and machinery (2) China trade ..."; English wording as
    # the Thai gloss writes it (no stop between the items)
    text = (
        "Thailand's top partners in 2030 were (1) ASEAN trade turnover 113.9 billion US dollars, up "
        "more than 13% from the previous year goods exported such as cars and parts and machinery "
        "(2) India trade turnover 20.5 billion US dollars, up 8.7% from the previous year."
    )
    out = figures(f" date 2031-06-01\nTrade\n\n{text}\n")
    scopes = {r["value"]: r["scope"] for _, r in out.iterrows()}
    assert scopes.get(20.5e9) == "total"


def test_near_miss_a_sector_in_the_items_own_clause_stays() -> None:
    text = "In 2030 (1) Japan: machinery exports 3.5 billion US dollars (2) China: 2.1 billion US dollars."
    out = figures(f" date 2031-06-01\nTrade\n\n{text}\n")
    scopes = {r["value"]: r["scope"] for _, r in out.iterrows()}
    assert scopes.get(3.5e9) == "machinery"
