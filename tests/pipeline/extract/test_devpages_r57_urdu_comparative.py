"""Round 57, kind: an Urdu rate compared with a period ("X سے N فیصد زیادہ ہے", N% more than X)
stayed unread, and with it the period of the level before it. Dev pages: "جو گزشتہ مالی سال کی
اسی مدت سے 43.23 فیصدزیادہ ہیں" (ii05 nawaiwaqt), "جو مالی سال 2018-19ء کی نسبت 43.43 فیصد زیادہ
ہے" (ib09 munafah); the same page types a unit against the next word ("ملین ڈالرمالیت کا سامان",
"ڈالررہی").

Built for the language: the comparative of a rate in every form the grammar gives (the standard
before "سے", "کی نسبت" or "کے مقابلے میں"; the adjective زیادہ/زائد/بڑا/اونچا/بلند for more,
کم/کمتر for less, typed against "فیصد" or not; ``urdu._RATE_COMPARATIVE``), put in English order
once glossed ("N percent higher than X", ``urdu._RATE_THAN``); a unit that ends in a non-joining
letter split from a known word typed against it (``urdu._UNITS``).

Every sentence is made up, with forms no dev page uses (کم, کمتر, زائد, کے مقابلے میں, ترکی,
جرمنی, روپے typed against a word).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import keyed_rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "مالی سال 2029-30 میں پاکستان کی ترکی کو برآمدات 900 ملین ڈالر رہیں جو گزشتہ مالی سال"
            " کے مقابلے میں 12 فیصد کم ہیں۔",
            ("exports", "PAK", "TUR", "2029-07-01", "pct_change", -12.0),
        ),
        (
            "مالی سال 2029-30 میں پاکستان کی جرمنی کو برآمدات 700 ملین ڈالر رہیں جو مالی سال"
            " 2028-29 کی نسبت 9.5 فیصدکمتر ہیں۔",
            ("exports", "PAK", "DEU", "2029-07-01", "pct_change", -9.5),
        ),
        (
            "مالی سال 2029-30 میں پاکستان کی جرمنی سے درآمدات 400 ملین ڈالر رہیں جو پچھلے مالی سال"
            " سے 20 فیصد زائد ہیں۔",
            ("imports", "PAK", "DEU", "2029-07-01", "pct_change", 20.0),
        ),
    ],
)
def test_the_comparative_of_a_rate(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_glossed_in_english_order() -> None:
    got = gloss("برآمدات 5 ارب ڈالر رہیں جو گزشتہ سال سے 7 فیصد کم ہیں۔", "ur")
    assert "is 7 percent lower than last year" in got


def test_a_unit_typed_against_a_known_word() -> None:
    assert "rupees" in gloss("ترکی کو 50 کروڑ روپےمالیت کا سامان برآمد کیا گیا۔", "ur")


def test_near_misses_stay_as_they_are() -> None:
    # "کم از کم" (at least) and a rate with no standard before it are no comparison
    assert "than" not in gloss("برآمدات میں کم از کم 5 فیصد اضافہ ہوا۔", "ur")
    assert "than" not in gloss("پاکستان کی ترکی کو برآمدات میں 5 فیصد کمی ہوئی۔", "ur")
