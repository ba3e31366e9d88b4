"""Round 57, kind: an Urdu expectation "X تک جا پہنچنے کی توقع ہے" (is expected to reach X) was read
as an actual level. Dev page: "اگلے دو برسوں میں پاک چین دو طرفہ تجارت کا حجم 15 ارب ڈالر تک جا
پہنچنے کی توقع ہے" (ii04 asalmedia: only "تک پہنچنے کی توقع ہے" had a row, not the compound
"جا پہنچنے").

Built for the language (rows of ``lexicon/foreign_words.csv``): "تک (جا) پہنچنے" with each noun
of expectation ("کی توقع", "کی امید", "کا امکان") and the copula in the singular and plural,
"is expected to reach".

Every sentence is made up, with forms no dev page uses (کی امید ہے, کا امکان ہے, Türkiye, Iran).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, float]]:
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    return [(r["flow"], r["status"], float(r["value"])) for r in out.to_dict("records")]


@pytest.mark.parametrize(
    "text",
    [
        "اگلے سال پاکستان اور ترکی کی دو طرفہ تجارت کا حجم 5 ارب ڈالر تک جا پہنچنے کی امید ہے۔",
        "اگلے سال پاکستان اور ایران کی دو طرفہ تجارت کا حجم 5 ارب ڈالر تک پہنچنے کا امکان ہے۔",
    ],
)
def test_an_expected_level_is_a_target(text: str) -> None:
    assert ("turnover", "target", 5e9) in _rows(text)


def test_near_miss_a_level_reached() -> None:
    text = "2030 میں پاکستان اور ترکی کی دو طرفہ تجارت کا حجم 5 ارب ڈالر تک پہنچ گیا۔"
    assert ("turnover", "actual", 5e9) in _rows(text)
