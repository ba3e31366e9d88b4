"""Round 57, kind: a Bengali flow "X মূল্যের পণ্য রপ্তানি করেছে" (exported goods of X's value) lost
its flow and pair. Dev page: "থাইল্যান্ডে ... মিলিয়ন মার্কিন ডলার মূল্যের পণ্য রফতানি করেছে
বাংলাদেশ", "একই সময়ে আমদানি করেছে ... মূল্যের পণ্য" (if04 sunbd24: the doer after the verb, as
news copy fronts the figure).

Built for the language: the genitive of value before its goods ("X মূল্যের পণ্য" -> "goods worth
X", row "মূল্যের"), then an export with its partner in the locative ("ভারতে", in India) or an
import with its partner before "থেকে" (from), its doer before or after the verb, or none
(``bengali._EXPORTED_IN``, ``bengali._IMPORTED_FROM``).

Every sentence is made up, with forms no dev page uses (Japan in the locative, an import with
its partner before "থেকে", China; the doer first, read already, as a near miss).
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "২০২৯-৩০ অর্থবছরে জাপানে ১২০ মিলিয়ন ডলার মূল্যের পণ্য রপ্তানি করেছে বাংলাদেশ।",
            ("exports", "BGD", "JPN", 120e6),
        ),
        (
            "২০২৯-৩০ অর্থবছরে চীন থেকে ৩০০ মিলিয়ন ডলার মূল্যের পণ্য আমদানি করেছে বাংলাদেশ।",
            ("imports", "BGD", "CHN", 300e6),
        ),
    ],
)
def test_goods_worth_a_value(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_near_miss_the_doer_first_stays_read() -> None:
    # the doer before the partner, read already, is read the same
    text = "২০২৯-৩০ অর্থবছরে বাংলাদেশ জাপানে ১২০ মিলিয়ন ডলার মূল্যের পণ্য রপ্তানি করেছে।"
    assert ("exports", "BGD", "JPN", 120e6) in _rows(text)


def test_near_miss_a_value_of_no_goods() -> None:
    # the value of no goods ("মূল্যের" before another noun) keeps its order
    from pipeline.extract.foreign import gloss

    assert "goods worth" not in gloss("১০ মিলিয়ন ডলার মূল্যের শেয়ার বিক্রি করেছে", "bn")
