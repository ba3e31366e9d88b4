"""Round 59, kind: a Khmer page was not read at all (no gloss language; je01 freshnewsasia, je02
postkhmer, je03 cambonomist, je04 obnasia: 20 rows). Khmer joins the glossed languages
(:mod:`pipeline.extract.khmer`): told by its script, digits, both number separators, the scale
words and the number words before them, currencies after the scale, "ភាគរយ" (percent), counts
of a year's months, quarters and halves, flows, change verbs, comparisons, qualifiers and bodies.

Built for the language, not the pages: every sentence is made up, with forms no dev page uses
(ប៊ីលាន, ពីរពាន់លាន, "៣ពាន់ ៥រយលាន", ឆមាសទី១, ត្រីមាសទី២, ថយចុះ, ទៅកាន់ជប៉ុន, a Thailand-Vietnam
pair written without "and", riels, years 2028-2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.khmer import prepare, reorder
from pipeline.extract.page_language import language
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-02-01\nពាណិជ្ជកម្ម\n\n{text}\n")
    return sorted(
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            r["measure"],
            r["value"],
        )
        for _, r in out.iterrows()
    )


def test_a_khmer_page_is_glossed_as_khmer() -> None:
    assert language(["ការនាំចេញរបស់កម្ពុជាទៅកាន់ជប៉ុន មានចំនួន ១,២ ប៊ីលានដុល្លារ"]) == "km"


def test_near_miss_a_thai_page_stays_thai() -> None:
    assert language(["การส่งออกของไทยไปยังญี่ปุ่นอยู่ที่ 1,200 ล้านดอลลาร์สหรัฐ"]) == "th"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("១,២ ប៊ីលានដុល្លារ", "1.2 billion US dollars"),
        ("៣,០៧៥.៥លានរៀល", "3.0755 billion riels"),
        ("ពីរពាន់លានដុល្លារអាមេរិក", "2 billion US dollars"),
        ("៣ពាន់ ៥រយលានដុល្លារ", "3.5 billion US dollars"),
        ("១២,៥ ភាគរយ", "12.5%"),
    ],
)
def test_amounts_in_every_written_form(written: str, read: str) -> None:
    assert read in prepare(written)


def test_a_half_year_and_a_fall() -> None:
    text = (
        "ក្នុងឆមាសទី១ ឆ្នាំ២០៣០ ការនាំចេញរបស់កម្ពុជាទៅកាន់ជប៉ុន មានចំនួន ១,២ ប៊ីលានដុល្លារ "
        "ដោយថយចុះ ១២,៥ ភាគរយ បើធៀបទៅនឹងរយៈពេលដូចគ្នានៃឆ្នាំមុន។"
    )
    assert _rows(text) == [
        ("exports", "KHM", "JPN", "2030-01-01", "2030-06-30", "level", 1.2e9),
        ("exports", "KHM", "JPN", "2030-01-01", "2030-06-30", "pct_change", -12.5),
    ]


def test_first_months_and_a_compound_amount() -> None:
    text = "ក្នុង៥ខែដំបូងនៃឆ្នាំ២០៣០ កម្ពុជាបាននាំចូលទំនិញពីចិន ជាទឹកប្រាក់ ៣ពាន់ ៥រយលានដុល្លារ កើនឡើង ៨ ភាគរយ។"
    assert _rows(text) == [
        ("imports", "KHM", "CHN", "2030-01-01", "2030-05-31", "level", 3.5e9),
        ("imports", "KHM", "CHN", "2030-01-01", "2030-05-31", "pct_change", 8.0),
    ]


def test_a_pair_written_without_and() -> None:
    assert reorder("trade between Thailand Vietnam reached") == (
        "trade between Thailand and Vietnam reached"
    )
    text = "ក្នុងឆ្នាំ២០២៩ ពាណិជ្ជកម្មទ្វេភាគីរវាងថៃ វៀតណាម សម្រេចបានពីរពាន់លានដុល្លារអាមេរិក។"
    assert _rows(text) == [
        ("turnover", "THA", "VNM", "2029-01-01", "2029-12-31", "level", 2e9),
    ]


def test_near_miss_between_two_names_joined_stays() -> None:
    assert reorder("trade between Thailand and Vietnam") == "trade between Thailand and Vietnam"
    assert reorder("trade between the United States and Japan") == (
        "trade between the United States and Japan"
    )


def test_near_miss_electricity_is_no_figure() -> None:
    text = "ភាគីទាំងពីរបានចុះអនុស្សរណៈ ទាក់ទងនឹងការទិញអគ្គិសនីពីថៃ ទំហំ ១១៥ គីឡូវ៉ុល។"
    assert _rows(text) == []
