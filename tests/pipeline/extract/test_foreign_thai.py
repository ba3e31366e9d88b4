"""Thai pages read through the English rules (``pipeline.extract.thai``, ``th`` rows of
``lexicon/foreign_words.csv``, Thai country names of iso-codes and the CLDR, matched anywhere
as Chinese ones are).

Every sentence is made up, in the shapes Thai trade news writes: the Commerce Ministry's
"มูลค่าการค้าระหว่างไทยกับกัมพูชาในปี 2566 อยู่ที่ 4,567 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 5.2", both
flows with "ขณะที่" (while), a foreign radio's Thai service on another pair in Common-Era years.
Each page opens with a title line. Near misses: a Common-Era year stays as written; a number
under 2400 is never moved as a Buddhist-era year.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import language
from pipeline.extract.thai import prepare
from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.period_start, r.period_end)
        for r in figures(text).itertuples()
    }


def test_language_of_a_thai_page() -> None:
    assert language(["มูลค่าการค้าระหว่างไทยกับกัมพูชาในปี 2566 อยู่ที่ 4,567 ล้านดอลลาร์สหรัฐ"]) == "th"


@pytest.mark.parametrize(
    ("thai", "english"),
    [
        ("4,567 ล้านดอลลาร์สหรัฐ", "4.567 billion US dollars"),
        ("1.2 แสนล้านบาท", "120 billion baht"),
        ("5.2 พันล้านดอลลาร์", "5.2 billion US dollars"),
        ("ร้อยละ 5.2", "5.2%"),
        ("พ.ศ. 2567", "2024"),
        ("ปี ๒๕๖๖", "2023"),
        # near miss: a Common-Era year stays
        ("ปี 2024", "2024"),
    ],
)
def test_amounts_percentages_and_buddhist_era_years(thai: str, english: str) -> None:
    assert " ".join(prepare(thai).split()) == english


def test_turnover_between_two_countries_with_its_change() -> None:
    got = _rows(
        "date 2024-02-10\nการค้าไทย-กัมพูชา\nมูลค่าการค้าระหว่างไทยกับกัมพูชาในปี 2566 อยู่ที่ 4,567 "
        "ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 5.2 เมื่อเทียบกับปีก่อน"
    )
    year = (D(2023, 1, 1), D(2023, 12, 31))
    assert got == {
        ("turnover", "THA", "KHM", "level", 4.567e9, *year),
        ("turnover", "THA", "KHM", "pct_change", 5.2, *year),
    }


def test_both_flows_and_a_half_year_of_another_pair() -> None:
    got = _rows(
        "date 2024-02-10\nส่งออก\nในปี 2566 การส่งออกของไทยไปยังกัมพูชามีมูลค่า 3,210 ล้านดอลลาร์สหรัฐ "
        "ขยายตัวร้อยละ 4.1 ขณะที่การนำเข้าจากกัมพูชามีมูลค่า 1,357 ล้านดอลลาร์สหรัฐ"
    )
    assert {(r[0], r[1], r[2], r[3], r[4]) for r in got} == {
        ("exports", "THA", "KHM", "level", 3.21e9),
        ("exports", "THA", "KHM", "pct_change", 4.1),
        ("imports", "THA", "KHM", "level", 1.357e9),
    }
    got = _rows(
        "date 2024-08-10\nรัสเซีย เวียดนาม\nมูลค่าการค้าระหว่างรัสเซียและเวียดนามในครึ่งแรกของปี 2024 "
        "อยู่ที่ 2.5 พันล้านดอลลาร์สหรัฐ"
    )
    assert got == {("turnover", "RUS", "VNM", "level", 2.5e9, D(2024, 1, 1), D(2024, 6, 30))}


def test_to_and_about() -> None:
    out = figures(
        "date 2024-03-06\nกัมพูชา\nการส่งออกของไทยไปกัมพูชาในปี 2566 มีมูลค่าประมาณ 3,210 ล้านดอลลาร์สหรัฐ"
    )
    assert [(r.flow, r.reporter, r.partner, r.value, r.approx) for r in out.itertuples()] == [
        ("exports", "THA", "KHM", 3.21e9, True)
    ]


def test_the_first_months_and_a_thai_month_range() -> None:
    # hb17's shape: "ใน 2 เดือนแรกของปี 2574" (in the first 2 months of 2574 BE = 2031), "ในช่วง
    # เดือนม.ค.-มี.ค." (in January-March), "ลดลงเกือบ 30% เหลือ" (down nearly 30% to)
    text = (
        "date 2031-04-20\nการค้าลาวและไทย\n"
        "การค้าระหว่างลาวและไทยเพิ่มขึ้น 12% ใน 3 เดือนแรกของปี 2574\n"
        "การค้าทวิภาคีมีมูลค่า 287 ล้านดอลลาร์สหรัฐ ในช่วงเดือนม.ค.-มี.ค. ด้านมูลค่าการส่งออกจากลาวไปไทย"
        "ลดลงเกือบ 30% เหลือ 96 ล้านดอลลาร์สหรัฐ\n"
    )
    got = _rows(text)
    q1 = (D(2031, 1, 1), D(2031, 3, 31))
    assert ("turnover", "LAO", "THA", "pct_change", 12.0, *q1) in got
    assert ("turnover", "LAO", "THA", "level", 287e6, *q1) in got
    assert ("exports", "LAO", "THA", "level", 96e6, *q1) in got
