"""Round 44: Urdu joins the glossed languages (``ur``: page_language markers, urdu.py, ur rows)
with the trade-news register: change and level verbs in every gender and number, last/current
periods, the first N months in digits and words, quarters and halves of a fiscal year, fiscal
years written last year first, month spans, flows, the two countries, hedges and targets.
Made-up sentences; near misses keep a word unread where it is no register word."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.test_extract import figures

_TITLE = "پاکستان اور ازبکستان کی تجارت"


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


_URDU = (
    "پاکستان اور چین کے درمیان تجارت میں اضافہ ہوا ہے۔ وزارت تجارت کے مطابق رواں مالی سال کے"
    " دوران برآمدات میں اضافہ ہوا اور درآمدات میں کمی آئی۔ حکام نے کہا کہ دونوں ممالک کو تجارت"
    " بڑھانے کے لیے مزید اقدامات کرنے ہوں گے۔"
)
_ARABIC = (
    "ارتفع حجم التبادل التجاري بين مصر والصين في عام 2030 وفقا للبيانات التي نشرتها الوزارة،"
    " مع زيادة في الصادرات من مصر إلى الصين على أساس سنوي."
)
_PERSIAN = (
    "حجم تجارت ایران و چین در سال گذشته افزایش داشته است. به گفته مسئولان این رقم با توجه به"
    " شرایط قابل توجه است و صادرات ایران به چین بیشتر شد."
)


def test_an_urdu_page_is_urdu() -> None:
    assert language([_URDU]) == "ur"


@pytest.mark.parametrize("page", [_ARABIC, _PERSIAN])
def test_arabic_and_persian_pages_are_not_urdu(page: str) -> None:
    # near miss: the same script, none of Urdu's function words
    assert language([page]) != "ur"


_P = ("PAK", "UZB")
_FY = ("2030-07-01", "2031-01-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rose (a noun with its verb), reached after its amount, the first N months in digits
        (
            "رواں مالی سال کے پہلے 7 ماہ میں پاکستان کی ازبکستان کو برآمدات 12 فیصد اضافے کے"
            " ساتھ 410 ملین ڈالر تک پہنچ گئیں۔",
            {
                ("exports", *_P, *_FY, 12.0, "percent"),
                ("exports", *_P, *_FY, 410e6, "USD"),
            },
        ),
        # a fiscal year written last year first, the pair before "between"
        (
            "پاکستان اور ازبکستان کے درمیان دوطرفہ تجارت مالی سال 29-2028 میں 15 فیصد اضافے"
            " کے ساتھ 870 ملین ڈالر تک پہنچ گئی۔",
            {
                ("turnover", *_P, "2028-07-01", "2029-06-30", 15.0, "percent"),
                ("turnover", *_P, "2028-07-01", "2029-06-30", 870e6, "USD"),
            },
        ),
        # went from X to Y, the year sign, the partner before "from"
        (
            "سال 2030ء میں ازبکستان سے پاکستان کی درآمدات 130 ملین ڈالر سے بڑھ کر 170 ملین"
            " ڈالر ہو گئیں۔",
            {
                ("imports", *_P, "2029-01-01", "2029-12-31", 130e6, "USD"),
                ("imports", *_P, "2030-01-01", "2030-12-31", 170e6, "USD"),
            },
        ),
        # fell to, "remained" after it
        (
            "پاکستان کی ازبکستان کو برآمدات 2030 میں 120 ملین ڈالر سے گھٹ کر 95 ملین ڈالر رہ گئیں۔",
            {
                ("exports", *_P, "2029-01-01", "2029-12-31", 120e6, "USD"),
                ("exports", *_P, "2030-01-01", "2030-12-31", 95e6, "USD"),
            },
        ),
        # the two countries, the first N months in words, more than after its amount
        (
            "دونوں ملکوں کے درمیان باہمی تجارت رواں مالی سال کے پہلے پانچ مہینوں میں 640 ملین"
            " ڈالر سے زیادہ رہی۔",
            {("turnover", *_P, "2030-07-01", "2030-11-30", 640e6, "USD")},
        ),
        # doubled to, a year before its postposition
        (
            "دونوں ممالک کے درمیان تجارت 2030 میں دگنی ہو کر 480 ملین ڈالر ہو گئی۔",
            {
                ("turnover", *_P, "2030-01-01", "2030-12-31", 2.0, "times"),
                ("turnover", *_P, "2030-01-01", "2030-12-31", 480e6, "USD"),
            },
        ),
        # with X trade, stood at (رہی)
        (
            "پاکستان کی ازبکستان کے ساتھ تجارت 2029 میں 730 ملین ڈالر رہی۔",
            {("turnover", *_P, "2029-01-01", "2029-12-31", 730e6, "USD")},
        ),
        # the first quarter of a fiscal year, an increase "in" the flow
        (
            "مالی سال 2030-31 کی پہلی سہ ماہی میں پاکستان کی ازبکستان کو برآمدات میں 9 فیصد"
            " اضافہ ہوا۔",
            {("exports", *_P, "2030-07-01", "2030-09-30", 9.0, "percent")},
        ),
        # a month span with "تا", recorded
        (
            "جولائی تا دسمبر پاکستان کی ازبکستان سے درآمدات 88 ملین ڈالر ریکارڈ کی گئیں۔",
            {("imports", *_P, "2030-07-01", "2030-12-31", 88e6, "USD")},
        ),
        # a month span with "سے ... تک", were (تھیں)
        (
            "جنوری سے جون 2030 تک پاکستان کی ازبکستان کو برآمدات 61 ملین ڈالر تھیں۔",
            {("exports", *_P, "2030-01-01", "2030-06-30", 61e6, "USD")},
        ),
        # exceeded, the first N months of a year in words
        (
            "2030 کے پہلے چھ ماہ میں پاکستان کی ازبکستان سے درآمدات 52 ملین ڈالر سے تجاوز کر گئیں۔",
            {("imports", *_P, "2030-01-01", "2030-06-30", 52e6, "USD")},
        ),
        # last fiscal year, about
        (
            "گزشتہ مالی سال میں پاکستان کی ازبکستان کو برآمدات تقریباً 260 ملین ڈالر رہیں۔",
            {("exports", *_P, "2029-07-01", "2030-06-30", 260e6, "USD")},
        ),
        # a decrease with its verb
        (
            "2030 میں پاکستان کی ازبکستان کو برآمدات میں 7 فیصد کمی ہوئی۔",
            {("exports", *_P, "2030-01-01", "2030-12-31", -7.0, "percent")},
        ),
    ],
)
def test_the_urdu_register(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_year_on_year_and_the_same_period() -> None:
    assert gloss("سال بہ سال 22 فیصد بڑھ گئیں", "ur") == "year-on-year rose 22 percent"
    assert gloss("گزشتہ سال کی اسی مدت کے مقابلے میں", "ur") == (
        "compared with the same period of last year"
    )


def test_a_target_by_a_year() -> None:
    assert gloss("تجارت 2030 تک 5 ارب ڈالر تک بڑھانے کا ہدف", "ur") == (
        "trade by 2030 target to raise to 5 billion dollars"
    )


def test_yesterday_is_no_last() -> None:
    # near miss: "گزشتہ روز" (yesterday) is no period of a figure
    assert "last" not in gloss("گزشتہ روز وزیر نے کہا کہ برآمدات بڑھ رہی ہیں", "ur")


def test_growing_is_no_level() -> None:
    # near miss: the progressive "بڑھ رہی ہیں" is no "stood at"
    assert gloss("برآمدات بڑھ رہی ہیں", "ur") == "exports is growing"


def test_sugar_is_no_china() -> None:
    # near miss: "چینی" is sugar as often as Chinese: left unread, no Chinese side
    rows = _rows("پاکستان کی چینی کی برآمدات 2030 میں 300 ملین ڈالر رہیں۔")
    assert all("CHN" not in r for r in rows), rows


def test_a_year_pair_that_is_no_fiscal_year_stays() -> None:
    # near miss: "12-2030" is no fiscal year written backwards
    assert "12-2030" in gloss("12-2030", "ur")


def test_a_change_as_a_comparison() -> None:
    text = "پاکستان کی ازبکستان کو برآمدات 2030 میں 10 فیصد زیادہ رہیں۔"
    assert _rows(text) == {("exports", *_P, "2030-01-01", "2030-12-31", 10.0, "percent")}
    # near miss: "سے زیادہ" before "رہی" is "more than" a level, no comparison
    assert gloss("300 ملین ڈالر سے زیادہ رہی", "ur") == "stood at more than 300 million dollars"
