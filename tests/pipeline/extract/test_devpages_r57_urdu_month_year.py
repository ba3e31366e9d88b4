"""Round 57, kind: an Urdu month with its year before the postposition was read as the whole
year. Dev page: "اور جون 2020ء میں ملائشیا سے ... درآمد ہوا" (ib09 munafah: "June in 2020", the
year), "پچھلے سال جون میں" (June of last year: "last year June in", the year).

Built for the language: a month and its year before "میں"/"کے دوران" as "in MONTH YEAR"
(``urdu._MONTH_YEAR_IN``), and a relative year before its month, with or without the genitive
("گزشتہ سال (کے) جون میں", "اگلے برس کے مارچ کے مہینے میں") as "in MONTH last year"
(``urdu._YEAR_MONTH_IN``).

Every sentence is made up, with forms no dev page uses (مارچ, ستمبر, اس سال, کے دوران, the
genitive, ترکی).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> list[tuple[str, str, str]]:
    out = figures(f" date 2031-11-01\nTrade\n\n{text}\n")
    return [
        (r["flow"], str(r["period_start"]), str(r["period_end"])) for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مارچ 2031 کے دوران پاکستان کی ترکی کو برآمدات 40 ملین ڈالر رہیں۔",
            ("exports", "2031-03-01", "2031-03-31"),
        ),
        (
            "گزشتہ سال کے ستمبر میں پاکستان کی ترکی سے درآمدات 30 ملین ڈالر تھیں۔",
            ("imports", "2030-09-01", "2030-09-30"),
        ),
        (
            "اس سال مارچ میں پاکستان کی ترکی کو برآمدات 45 ملین ڈالر رہیں۔",
            ("exports", "2031-03-01", "2031-03-31"),
        ),
    ],
)
def test_a_month_with_its_year(text: str, expected: tuple) -> None:
    assert expected in _periods(text)


def test_near_miss_a_year_alone_stays_a_year() -> None:
    text = "2030 میں پاکستان کی ترکی کو برآمدات 400 ملین ڈالر رہیں۔"
    assert ("exports", "2030-01-01", "2030-12-31") in _periods(text)
