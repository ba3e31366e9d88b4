"""Round 56, kind: a Hindi or Urdu trade sentence lost its pair or its flow. Dev pages: Hindi
"न्यूजीलैंड ने चीन से ... का सामान मंगाया जबकि भारत से ... का सामान आयात किया गया" (hy09 jagran:
the CLDR writes "न्यूज़ीलैंड", with the nukta the page leaves out; "मंगाया", had brought in, no
row), "भारत ने नेपाल को ... का एक्सपोर्ट किया, वहीं नेपाल से भारत को ... का एक्सपोर्ट मिला" (ib03
jmediagateway: the loan "एक्सपोर्ट" no row, and the second flow read India's), Urdu
"ملائیشیا کو پاکستانی برآمدات", "ملائیشیا سے منگوائے گئے سامان" (ib09 munafah: the CLDR writes
"ملائشیا", the hamza seat without its vowel).

Built for the languages, not the pages: every Hindi phrase also without its optional nukta (क़ ख़
ग़ ज़ फ़ य़; ``hindi.without_nukta``), every Urdu name with its hamza seat before a consonant
spelled the other way (``urdu.seat_spelling``), the loans "एक्सपोर्ट"/"इंपोर्ट"/"ایکسپورٹ"/
"امپورٹ", the verbs मंगाना/मंगवाना and منگوانا/منگانا in every gender, number and the passive (rows),
and the verb-final orders put in English order (``urdu.reorder``, Hindi too): a doer with "ने"/
"نے" ("A ने B को $X का निर्यात किया" -> "A's exports to B worth $X"), a source and a destination
("A से B को $X का निर्यात" -> "A's exports to B"), a side alone ("B से $X का आयात" -> "imports
from B").

Every sentence is made up, with forms no dev page uses (कतर, फ्रांस, मंगवाया, इंपोर्ट,
نائیجیریا, آذربائجان, منگوایا, ایکسپورٹ).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.hindi import without_nukta
from pipeline.extract.urdu import seat_spelling
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2031-09-01\nTrade\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "वित्त वर्ष 2030-31 में कतर ने फ्रांस से 4 अरब डॉलर का सामान मंगवाया।",
            ("imports", "QAT", "FRA", 4e9),
        ),
        ("वर्ष 2030 में मिस्र ने जापान से 2 अरब डॉलर का इंपोर्ट किया।", ("imports", "EGY", "JPN", 2e9)),
        ("वर्ष 2030 में मिस्र से जापान को 3 अरब डॉलर का निर्यात हुआ।", ("exports", "EGY", "JPN", 3e9)),
        (
            "2030 میں پاکستان نے نائیجیریا سے 2 ارب ڈالر کا سامان منگوایا۔",
            ("imports", "PAK", "NGA", 2e9),
        ),
        (
            "2030 میں پاکستان نے آذربائجان کو 90 کروڑ ڈالر کی ایکسپورٹ کی۔",
            ("exports", "PAK", "AZE", 9e8),
        ),
        (
            "2030 میں ترکی سے مصر کو 3 ارب ڈالر کی برآمدات ہوئیں۔",
            ("exports", "TUR", "EGY", 3e9),
        ),
    ],
)
def test_the_flow_and_its_sides(text: str, expected: tuple) -> None:
    assert _rows(text) == [expected]


def test_a_side_alone_after_another_clause() -> None:
    got = gloss(
        "2030 में मिस्र ने जापान से 5 अरब डॉलर का सामान मंगाया जबकि कतर से 20 करोड़ डॉलर का सामान "
        "मंगवाया गया।",
        "hi",
    )
    assert got.endswith("while imports from Qatar worth 20 crore dollars.")


def test_near_misses_stay_as_they_are() -> None:
    # "को" (to) with an import is no shape of the reorder: left as glossed
    assert "Egypt ने Japan to 2 billion dollars's imported" in gloss(
        "2030 में मिस्र ने जापान को 2 अरब डॉलर का आयात किया।", "hi"
    )
    # the nukta of ड़ and ढ़ makes other letters: kept; a seat before a vowel letter: kept
    assert without_nukta("बढ\u093cकर") == "बढ\u093cकर"
    assert without_nukta("फ\u093cरवरी") == "फरवरी"
    assert seat_spelling("پیراگوئے") == "پیراگوئے"
    assert seat_spelling("ملائشیا") == "ملائیشیا"
