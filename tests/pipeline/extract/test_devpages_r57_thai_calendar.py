"""Round 57, kind: a Thai figure with no period or the wrong one, a bloc or a currency unread,
a balance read as trade. Dev pages: "ช่วง 7 เดือนเเรกของปี 2564" (ix14 globthailand: "เเ", two
sara e typed for sara ae, so "the first 7 months" went unread and the rows took whole years;
"โปเเลนด์" likewise), month abbreviations with the Buddhist year's last two digits ("เดือน ส.ค.65",
"มี.ค.65 ..., เม.ย. ..., พ.ค. ...", "8 เดือน (ม.ค.-ส.ค.) ปี 65", "ล้านเหรียญฯ": ix12 thairath, every
period empty), "ในเดือนเมษายน 2564" (ix13 ditp: the word "month" between "in" and the month, no
row), "อาเซียน" (ix15: ASEAN unknown, its row given to China), "ขาดดุลการค้า" (ix14: a trade
deficit read as trade).

Built for the language, not the pages: both look-alike sequences (เเ for แ, ํา for ำ), every
month, full or abbreviated, with a two-digit year after it or after "ปี"/"พ.ศ.", a year carried
along a list of months, a month span in brackets, "เดือน" before any month, the dollar's other
spellings and Asia's currencies, the blocs and regions, the balance words, the "same period"
phrases with and without "ของ"/"เวลา".

Every sentence is made up, with forms no dev page uses (ต.ค.66, พ.ย., ธ.ค., ปี 66, แม่เเบบ,
ล้านเหรียญดอลลาร์สหรัฐ, ล้านเยน, สหภาพเศรษฐกิจยูเรเซีย, เกินดุลการค้า).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.thai import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2024-03-01\nการค้า\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], str(r["period_start"]), str(r["period_end"]),
         r["measure"], round(float(r["value"]), 2))
        for r in out.to_dict("records")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("เเรก", "แรก"),  # two sara e typed for sara ae
        ("นํา", "นำ"),  # nikhahit and sara aa typed for sara am
        ("เดือน ต.ค.66", "2023"),
        ("ปี 66 การค้า", "2023"),
        ("พ.ศ. 66", "2023"),
        ("ระหว่างเดือน (ก.ย.-ธ.ค.) ปี 66", "ก.ย.-ธ.ค."),
    ],
)
def test_prepare(text: str, expected: str) -> None:
    assert expected in prepare(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("อายุ 66 ปี", "2023"),  # a count before ปี, no year
        ("ขยายตัว 66%", "2023"),  # a rate
        ("66 ล้านบาท", "2023"),  # an amount
        ("15 ต.ค. 2566", "2566 2566"),  # a year written in full: nothing carried
    ],
)
def test_prepare_leaves(text: str, absent: str) -> None:
    assert absent not in prepare(text)


def test_year_carried_along_months() -> None:
    text = prepare("เดือน ต.ค.66 หดตัว 10%, เดือน พ.ย. หดตัว 12%")
    assert text.count("2023") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("มูลค่า 45.2 ล้านเหรียญฯ", "45.2 million US dollars"),
        ("มูลค่า 12 ล้านเหรียญดอลลาร์สหรัฐ", "12 million US dollars"),
        ("มูลค่า 800 ล้านเยน", "800 million yen"),
        ("การค้ากับสหภาพเศรษฐกิจยูเรเซีย", "Eurasian Economic Union"),
        ("การค้ากับอาเซียน", "ASEAN"),
        ("ไทยเกินดุลการค้า", "trade surplus"),
        ("เทียบกับช่วงเวลาเดียวกันของปีก่อน", "the same period of the previous year"),
        ("ในเดือนพฤศจิกายน 2566", "in November 2023"),
    ],
)
def test_gloss(text: str, expected: str) -> None:
    assert expected in gloss(text, "th")


def test_first_months_with_look_alike_letters() -> None:
    rows = _rows(
        "ช่วง 9 เดือนเเรกของปี 2566 ไทยส่งออกสินค้าไปยังญี่ปุ่น มูลค่า 18,240.5 ล้านเหรียญดอลลาร์สหรัฐ"
        " เพิ่มขึ้น 4.1% จากช่วงเดียวกันของปี 2565"
    )
    assert ("exports", "THA", "JPN", "2023-01-01", "2023-09-30", "level", 18240500000.0) in rows


def test_month_with_short_year() -> None:
    rows = _rows("การส่งออกของไทยไปยังอินเดียในเดือน ต.ค.66 มูลค่า 920 ล้านเหรียญฯ เพิ่มขึ้น 7%")
    assert ("exports", "THA", "IND", "2023-10-01", "2023-10-31", "level", 920000000.0) in rows


def test_surplus_is_no_trade_row() -> None:
    rows = _rows("ในปี 2566 ไทยเกินดุลการค้ากับมาเลเซียเป็นมูลค่า 2,100 ล้านเหรียญสหรัฐ")
    assert not [r for r in rows if r[6] == 2.1e9 and r[0] == "turnover"]
