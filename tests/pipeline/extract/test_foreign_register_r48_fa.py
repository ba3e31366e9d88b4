"""Round 48: Persian ("fa") glossed, and its trade-news register. Detection by Persian function
words (written with the Persian letters "ک"/"ی", so no Arabic or Urdu word); Persian digits, the
Arabic decimal sign and the slash as a decimal point ("۵/۴ میلیارد"); "۲ میلیارد و ۳۰۰ میلیون" as
one amount; Solar Hijri years ("سال ۱۴۰۸", "سال ۰۸") and their first months ("۱۰ ماهه نخست",
"از ابتدای سال ... تا پایان مهر"); the owner after its flow, the verb after its amount. Made-up
sentences and figures; near misses (a country's total exports, a share, a population) stay
unread."""

import pytest

from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Persian, so that every sentence is a page of its own language
_TAIL = " به گزارش خبرگزاری، این آمار از سوی گمرک اعلام شده است."


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nاقتصاد\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_persian_paragraph_is_persian() -> None:
    text = (
        "وزیر صمت گفت که برای گسترش روابط اقتصادی با کشورهای همسایه برنامه‌های تازه‌ای در"
        " دست اجراست و این موضوع در سفر هیئت تجاری به منطقه بررسی شد."
    )
    assert language(["اقتصاد", text]) == "fa"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Arabic, which writes "و" apart too: no Persian word
        (
            [
                "التجارة",
                "ارتفع حجم التبادل التجاري بين مصر و الأردن في العام الماضي إلى مليار دولار"
                " و ذلك وفق بيانات الجهاز المركزي للتعبئة العامة و الإحصاء.",
            ],
            "ar",
        ),
        # Urdu: its "کہ", "ہے", "میں" are not Persian words
        (
            [
                "تجارت",
                "وزیر تجارت نے کہا کہ پاکستان اور چین کے درمیان تجارت میں اضافہ ہوا ہے اور"
                " دونوں ممالک کے تاجروں کو سہولت دی جائے گی۔",
            ],
            "ur",
        ),
    ],
)
def test_close_languages_are_read_as_before(texts: list[str], expected: str) -> None:
    assert language(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair after its flow, the first 10 months of a Solar Hijri year, the decimal sign
        (
            "حجم مبادلات تجاری ایران و چین در ۱۰ ماهه نخست سال ۱۴۰۹ به ۱۲٫۵ میلیارد دلار رسید.",
            {
                ("turnover", "IRN", "CHN", "2030-03-21", "2031-01-20", "level", 12.5e9, "USD")
                + ("actual",)
            },
        ),
        # an owner after its flow, "with 18 percent increase", the slash as the decimal point
        (
            "صادرات غیرنفتی ایران به ترکیه در سال ۱۴۰۸ با ۱۸ درصد افزایش به ۵/۴ میلیارد دلار رسید.",
            {
                ("exports", "IRN", "TUR", "2029-03-20", "2030-03-20", "pct_change", 18.0)
                + ("percent", "actual"),
                ("exports", "IRN", "TUR", "2029-03-20", "2030-03-20", "level", 5.4e9, "USD")
                + ("actual",),
            },
        ),
        # "from" a partner, the first half of the current Iranian year, a rate before its verb
        (
            "واردات ایران از امارات در شش ماهه نخست سال جاری ۲۲ درصد کاهش یافت.",
            {
                ("imports", "IRN", "ARE", "2030-03-21", "2030-09-22", "pct_change", -22.0)
                + ("percent", "actual")
            },
        ),
        # billions and millions as one amount
        (
            "ارزش صادرات ایران به افغانستان در سال ۱۴۰۸ به ۲ میلیارد و ۳۰۰ میلیون دلار رسید.",
            {
                ("exports", "IRN", "AFG", "2029-03-20", "2030-03-20", "level", 2.3e9, "USD")
                + ("actual",)
            },
        ),
        # a Gregorian year ("میلادی"), trade "with" a partner, the verb after its amount
        (
            "تجارت ایران با روسیه در سال ۲۰۳۰ میلادی ۴ میلیارد دلار بود.",
            {
                ("turnover", "IRN", "RUS", "2030-01-01", "2030-12-31", "level", 4e9, "USD")
                + ("actual",)
            },
        ),
        # a target
        (
            "ایران و عراق قصد دارند حجم تجارت دوجانبه را به ۲۰ میلیارد دلار برسانند.",
            {("turnover", "IRN", "IRQ", "None", "None", "level", 20e9, "USD", "target")},
        ),
        # from the start of a year written without its century to the end of its seventh month
        (
            "صادرکنندگان ایرانی از ابتدای سال ۰۸ تا پایان مهر ۳ میلیارد و ۴۵ میلیون دلار کالا به"
            " عراق فرستاده‌اند.",
            {
                ("exports", "IRN", "IRQ", "2029-03-20", "2029-10-21", "level", 3.045e9, "USD")
                + ("actual",)
            },
        ),
        # the country as the subject, "صادر کرده است" (has exported), a count without "نخست"
        (
            "ایران در ۹ ماه امسال ۵ میلیارد دلار کالا به عراق صادر کرده است.",
            {
                ("exports", "IRN", "IRQ", "2030-03-21", "2030-12-21", "level", 5e9, "USD")
                + ("actual",)
            },
        ),
        # "از ... فراتر رفت" (exceeded)
        (
            "در سال ۱۴۰۸ حجم تجارت ایران و روسیه از ۴ میلیارد دلار فراتر رفت.",
            {
                ("turnover", "IRN", "RUS", "2029-03-20", "2030-03-20", "level", 4e9, "USD")
                + ("actual",)
            },
        ),
        # a future target year ("تا سال ۱۴۱۰ ... خواهد رسید")
        (
            "حجم مبادلات تجاری ایران و پاکستان تا سال ۱۴۱۰ به ۱۰ میلیارد دلار خواهد رسید.",
            {
                ("turnover", "IRN", "PAK", "2031-03-21", "2032-03-19", "level", 10e9, "USD")
                + ("target",)
            },
        ),
        # one Solar Hijri month of a named year (Azar 1408), a span of months, the last month
        (
            "صادرات ایران به عراق در آذر ماه ۱۴۰۸ به ۸۰۰ میلیون دلار رسید.",
            {
                ("exports", "IRN", "IRQ", "2029-11-21", "2029-12-20", "level", 800e6, "USD")
                + ("actual",)
            },
        ),
        (
            "واردات ایران از هند از فروردین تا شهریور ۱۴۰۹ به ۱٫۲ میلیارد دلار رسید.",
            {
                ("imports", "IRN", "IND", "2030-03-21", "2030-09-22", "level", 1.2e9, "USD")
                + ("actual",)
            },
        ),
        (
            "صادرات ایران به عراق در اسفند ۱۴۰۸ به ۸۰۰ میلیون دلار رسید.",
            {
                ("exports", "IRN", "IRQ", "2030-02-19", "2030-03-20", "level", 800e6, "USD")
                + ("actual",)
            },
        ),
        # the first half of a named year, spring (the first quarter) of the current one
        (
            "صادرات ایران به ارمنستان در نیمه نخست سال ۱۴۰۹ به ۲۰۰ میلیون دلار رسید.",
            {
                ("exports", "IRN", "ARM", "2030-03-21", "2030-09-22", "level", 200e6, "USD")
                + ("actual",)
            },
        ),
        (
            "واردات ایران از ترکیه در بهار امسال ۱۲ درصد افزایش یافت.",
            {
                ("imports", "IRN", "TUR", "2030-03-21", "2030-06-21", "pct_change", 12.0)
                + ("percent", "actual")
            },
        ),
    ],
)
def test_persian_figures(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a country's total exports (with the world)
        "کل صادرات غیرنفتی ایران در سال ۱۴۰۸ به ۴۹ میلیارد دلار رسید.",
        # a partner's share
        "سهم چین از صادرات ایران ۳۰ درصد است.",
        # no trade
        "جمعیت ایران ۸۵ میلیون نفر است.",
    ],
)
def test_persian_near_misses(text: str) -> None:
    assert _rows(text) == set()
