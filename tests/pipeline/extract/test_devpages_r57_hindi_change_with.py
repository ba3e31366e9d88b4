"""Round 57, kind: a Hindi change stated as "with a rise of N%" before the level it reached
stayed unread. Dev page: "व्यापार 45 फीसदी की उछाल के साथ 113 अरब डॉलर पर पहुंच गया, जबकि इससे
पिछले साल यह 78 अरब डॉलर था" (ii06 punjabkesari: "की उछाल के साथ" and "पर पहुंच गया" had no
row, nor "इससे पिछले साल", the year before that one).

Built for the language (rows of ``lexicon/foreign_words.csv``): every change noun of the rows
(वृद्धि, बढ़ोतरी/बढ़ोत्तरी, बढ़त, इजाफा/इजाफे, उछाल; गिरावट, कमी, घटोतरी) before "के साथ", with
each genitive or none; "पर पहुंच गया" in every gender and number, with and without the
candrabindu; "इससे/उससे पिछले साल/वर्ष/बरस" (the year before that one).

Every sentence is made up, with forms no dev page uses (इजाफे, कमी with no genitive, उससे पिछले
वर्ष, Japan, Brazil).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import keyed_rows as _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "वर्ष 2030 के दौरान भारत और जापान के बीच द्विपक्षीय व्यापार 12 प्रतिशत के इजाफे के साथ"
            " 30 अरब डॉलर पर पहुंच गया।",
            ("turnover", "IND", "JPN", "2030-01-01", "pct_change", 12.0),
        ),
        (
            "वर्ष 2030 के दौरान भारत और ब्राजील के बीच द्विपक्षीय व्यापार 8 प्रतिशत कमी के साथ"
            " 12 अरब डॉलर पर पहुंच गया।",
            ("turnover", "IND", "BRA", "2030-01-01", "pct_change", -8.0),
        ),
        (
            "वर्ष 2030 में भारत और जापान के बीच द्विपक्षीय व्यापार 30 अरब डॉलर रहा, जबकि उससे पिछले"
            " वर्ष यह 25 अरब डॉलर था।",
            ("turnover", "IND", "JPN", "2029-01-01", "level", 25e9),
        ),
    ],
)
def test_a_change_with_its_level(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_near_miss_with_alone() -> None:
    # "के साथ" after no change noun stays "with" (a partner: "जापान के साथ व्यापार")
    assert "with" in gloss("भारत का जापान के साथ व्यापार", "hi")
