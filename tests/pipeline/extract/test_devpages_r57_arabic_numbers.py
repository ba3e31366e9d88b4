"""Round 57, kind: an Arabic amount or period misread where a number meets a word. Dev pages: a
word typed against the number after it ("إلى1797.4 مليون دينار", "بمبادلات قيمتها345.6 مليون":
hq05 sauress, the amounts unread); a year after its year noun, then a scale word with no count
("عام 2013 مليارا و377 مليون دولار": hn15 ltv, read as 2013 billion); the singular year noun
before two consecutive years ("عام (2013-2014)": hz02 libyatoday, read as the calendar years).

Built for the language: any word of two letters or more split from a number typed against it
(``arabic._WORD_DIGIT``; the one-letter clitics keep their readings); the count-less scale word
after a year noun and its year is one, in every case ending and with every clitic on the noun
(``arabic._YEAR_THEN_SCALE``); the year noun ("عام", "العام", "سنة", with a clitic) before two
consecutive years, bracketed or not, joined by "-" or "/", the second in full or in two digits,
is the fiscal year ("العام المالي", ``arabic._YEAR_ACROSS``; the dual "عامي" stays two years).

Every sentence is made up, with forms no dev page uses (بلغت typed on a number, "مليون" with no
count after "سنة", "السنة 2029/30", "بعام", Qatar, Sudan, Tunisia).
"""

from __future__ import annotations

import pytest

from pipeline.extract.arabic import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, str, str, str, float]]:
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    return [
        (
            r["flow"],
            r["reporter"],
            r["partner"],
            str(r["period_start"]),
            str(r["period_end"]),
            float(r["value"]),
        )
        for r in out.to_dict("records")
    ]


def test_a_word_typed_against_a_number() -> None:
    assert "بلغت 512.3 مليون" in prepare("بلغت512.3 مليون دولار")
    text = "وبلغت صادرات قطر إلى السودان في 2030 ما قيمته412.5 مليون دولار."
    assert ("exports", "QAT", "SDN", "2030-01-01", "2030-12-31", 412.5e6) in _rows(text)


def test_a_count_less_scale_after_a_year() -> None:
    assert "سنة 2029 1 مليون" in prepare("سنة 2029 مليون دولار")
    assert "بعام 2028 1" in prepare("مقارنة بعام 2028 ملياراً و200 مليون دولار")
    text = "وبلغت صادرات تونس إلى قطر سنة 2029 ملياراً و250 مليون دولار."
    assert ("exports", "TUN", "QAT", "2029-01-01", "2029-12-31", 1.25e9) in _rows(text)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("خلال السنة 2029/30", "العام المالي 2029-2030"),
        ("وعام 2028-2029", "والعام المالي 2028-2029"),
        ("في العام (2027/2028)", "العام المالي 2027-2028"),
    ],
)
def test_one_year_across_two(phrase: str, expected: str) -> None:
    assert expected in prepare(phrase)


def test_near_misses_stay_as_they_are() -> None:
    # two years that do not follow each other, the dual noun, a count before the scale
    assert "المالي" not in prepare("عام 2027-2029")
    assert "المالي" not in prepare("في عامي 2028 و2029")
    assert "2029 1" not in prepare("في 2029 مليون")  # no year noun: left to the English rules
    assert prepare("الـ13 دولة") == prepare("ال13 دولة")  # the article's reading is kept
