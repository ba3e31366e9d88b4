"""Round 57, kind: a figure read out with the decimal point as a word stayed two numbers. Dev
page: "৪৪ দশমিক ০৬ মিলিয়ন মার্কিন ডলার", "৯৫২ দশমিক ৪৩ মিলিয়ন" (if04 sunbd24, Bengali: the
rows read "06 million" alone).

Built for the languages of the page's script family that write it so, as ``urdu`` reads
"اعشاریہ" already: Bengali "দশমিক", Hindi and Nepali "दशमलव", Gujarati "દશાંશ", with or
without spaces, in native or ASCII digits (each module's ``_DECIMAL_WORD``).

Every sentence is made up, with forms no dev page uses (Hindi, Nepali, Gujarati; a Bengali
figure with no space before the word).
"""

from __future__ import annotations

import pytest

from pipeline.extract import bengali, gujarati, hindi, nepali


@pytest.mark.parametrize(
    ("module", "text", "expected"),
    [
        (bengali, "১২দশমিক ৫ বিলিয়ন ডলার", "12.5 বিলিয়ন"),
        (hindi, "६ दशमलव ६ अरब डॉलर", "6.6 अरब"),
        (nepali, "३ दशमलव २५ अर्ब रुपैयाँ", "3.25 अर्ब"),
        (gujarati, "૪ દશાંશ ૭ અબજ ડોલર", "4.7 અબજ"),
    ],
)
def test_the_decimal_point_as_a_word(module, text: str, expected: str) -> None:
    assert expected in module.prepare(text)


def test_near_miss_the_word_alone() -> None:
    # the word with no digit on both sides is left as it is (a word about decimals)
    assert "দশমিক" in bengali.prepare("দশমিক সংখ্যা")
    assert "दशमलव" in hindi.prepare("दशमलव के बाद 2 अंक")
