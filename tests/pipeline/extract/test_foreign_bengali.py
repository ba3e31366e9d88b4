"""Bengali pages read through the English rules (``pipeline.extract.bengali``, ``bn`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Bangladeshi outlets write trade figures in: a
business desk's "২০৩১-৩২ অর্থবছরে বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য ১৪.৫ বিলিয়ন ডলারে
দাঁড়িয়েছে", "এর মধ্যে রপ্তানি ছিল ...", Bengali digits. Near misses: an English page quoting a
Bengali name stays English, a name's case ending that is not a row is left as written (a
phrase never matches inside a word, whose vowel signs are no ``\\w``).
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_bengali_page() -> None:
    page = "বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য বেড়েছে। রপ্তানি ও আমদানি দুটোই বেড়েছে বলে জানা গেছে।"
    assert language([page]) == "bn"
    english = "Trade between Bangladesh and India (বাংলাদেশ ও ভারত) rose, the bureau said. " * 3
    assert language([english]) is None


def test_bengali_digits_cases_and_order() -> None:
    assert gloss("১৪.৫ বিলিয়ন মার্কিন ডলার", "bn") == "14.5 billion US dollars"
    assert gloss("২০৩১ অর্থবছরে", "bn") == "in fiscal year 2031"
    assert gloss("বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য", "bn") == "between Bangladesh and India trade"
    assert gloss("১৪.৫ বিলিয়ন ডলারে দাঁড়িয়েছে", "bn") == "stood at 14.5 billion dollars"
    assert gloss("১২ শতাংশ বেড়েছে", "bn") == "rose 12 percent"
    # near miss: "ভারতীয়" (Indian, no row) is not "ভারত" with a leftover ending
    assert gloss("ভারতীয় পণ্য", "bn") == "ভারতীয় goods"


def test_bengali_pair_fiscal_year_and_parts() -> None:
    got = rows(
        "বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য নিয়ে দুই দেশের কর্মকর্তারা বৈঠক করেছেন।\n"
        "২০৩১ অর্থবছরে বাংলাদেশ ও ভারতের মধ্যে দ্বিপাক্ষিক বাণিজ্যের পরিমাণ দাঁড়ায় ১৪.৫ "
        "বিলিয়ন মার্কিন ডলার।\n"
        "এর মধ্যে রপ্তানি ছিল ২.৫ বিলিয়ন মার্কিন ডলার।"
    )
    assert got[14_500_000_000.0] == (
        "turnover", "BGD", "IND", "level", "USD", D(2030, 7, 1), D(2031, 6, 30)
    )  # fmt: skip
    assert got[2_500_000_000.0][:3] == ("exports", "BGD", "IND")


def test_bengali_postpositions_before_the_flow() -> None:
    assert gloss("ভারতে বাংলাদেশের রপ্তানি", "bn") == "Bangladesh's exports to India"
    assert gloss("ভারত থেকে বাংলাদেশের আমদানি", "bn") == "Bangladesh's imports from India"
    # near miss: a place before a word that is no flow stays where it is
    assert gloss("ভারতে বাংলাদেশের দূতাবাস", "bn") == "in India Bangladesh's দূতাবাস"
