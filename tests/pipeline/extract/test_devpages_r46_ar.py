"""Round 46, Arabic development pages: what the word-for-word gloss lost, fixed as a kind.

- A scale word with no count is one of it ("نحو مليار يورو": about a billion euros), its dual two
  ("ملياري دولار", "الملياري دولار", "مليوني دولار") (:mod:`~.arabic`).
- Spelled teens and hundreds ("ستة عشر مليار", "اثني عشر", "ثلاثمائة مليون", "مئتي مليون")
  (rows).
- "تضاعف" (doubled) before a count of times is "multiplied" ("تضاعف نحو ألف مرة", "خمس مرات":
  the count in digits), before a rate "rose" ("تضاعفت ... بنسبة 124%").
- "الثلاثة أرباع الأولى" / "الأرباع الثلاثة الأولى": the first three quarters (rows).
- "أرجو أن" / "نأمل أن" (I/we hope that): a target (rows: "hope that", "we hope that").

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-02-10\nعنوان\n\n"
_YEAR = ("2030-01-01", "2030-12-31")
_NINE = ("2030-01-01", "2030-09-30")  # the first three quarters
_Q1 = ("2030-01-01", "2030-03-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"{_HEAD}{text}\n"), (*CORE, "status"), unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "نحو مليار يورو": about a billion euros
            "وصل حجم التبادل التجاري بين الأردن وإيطاليا عام 2030 إلى نحو مليار يورو.",
            {("turnover", "ITA", "JOR", *_YEAR, "level", 1_000_000_000.0, "EUR", "actual")},
        ),
        (  # the dual: two billion dollars, the verb first
            "بلغت صادرات الكويت إلى مصر ملياري دولار خلال عام 2030.",
            {("exports", "KWT", "EGY", *_YEAR, "level", 2_000_000_000.0, "USD", "actual")},
        ),
        (  # ... of millions, with the article ("الملياري"/"المليوني")
            "تجاوزت واردات تونس من ليبيا المليوني دولار في عام 2030.",
            {("imports", "TUN", "LBY", *_YEAR, "level", 2_000_000.0, "USD", "actual")},
        ),
        (  # near miss: a count before the plural is that count
            "بلغت صادرات الكويت إلى مصر 3 مليارات دولار خلال عام 2030.",
            {("exports", "KWT", "EGY", *_YEAR, "level", 3_000_000_000.0, "USD", "actual")},
        ),
        (  # spelled teens
            "بلغ حجم التبادل التجاري بين قطر وتركيا ستة عشر مليار دولار عام 2030، إذ صدرت تركيا "
            "إلى قطر سلعا بقيمة اثني عشر مليار دولار.",
            {
                ("turnover", "QAT", "TUR", *_YEAR, "level", 16_000_000_000.0, "USD", "actual"),
                ("exports", "TUR", "QAT", *_YEAR, "level", 12_000_000_000.0, "USD", "actual"),
            },
        ),
        (  # spelled hundreds
            "بلغت تجارة الأردن مع العراق ثلاثمائة مليون دولار عام 2030، وبلغت تجارة الأردن مع "
            "لبنان مئتي مليون دولار.",
            {
                ("turnover", "IRQ", "JOR", *_YEAR, "level", 300_000_000.0, "USD", "actual"),
                ("turnover", "JOR", "LBN", *_YEAR, "level", 200_000_000.0, "USD", "actual"),
            },
        ),
        (  # "تضاعف ... خمس مرات": multiplied 5 times
            "تضاعف حجم التبادل التجاري بين المغرب والصين خمس مرات خلال عام 2030.",
            {("turnover", "CHN", "MAR", *_YEAR, "multiple", 5.0, "times", "actual")},
        ),
        (  # "تضاعفت ... نحو مائة مرة": multiplied about 100 times
            "تضاعفت صادرات المغرب إلى الصين نحو مائة مرة حتى عام 2030.",
            {("exports", "MAR", "CHN", *_YEAR, "multiple", 100.0, "times", "actual")},
        ),
        (  # "تضاعفت ... بنسبة 124%": rose by 124%, not doubled
            "تضاعفت صادرات المغرب إلى الصين بنسبة 124% خلال عام 2030.",
            {("exports", "MAR", "CHN", *_YEAR, "pct_change", 124.0, "percent", "actual")},
        ),
        (  # near miss: "تضاعف" alone is doubled
            "تضاعف حجم التبادل التجاري بين المغرب والصين خلال عام 2030.",
            {("turnover", "CHN", "MAR", *_YEAR, "multiple", 2.0, "times", "actual")},
        ),
        (  # "الثلاثة أرباع الأولى من 2030": January to September
            "ارتفعت صادرات عمان إلى الهند بنسبة 9 بالمائة خلال الثلاثة أرباع الأولى من 2030.",
            {("exports", "OMN", "IND", *_NINE, "pct_change", 9.0, "percent", "actual")},
        ),
        (  # "الأرباع الثلاثة الأولى من عام 2030"
            "بلغت واردات عمان من الهند 3.4 مليار دولار في الأرباع الثلاثة الأولى من عام 2030.",
            {("imports", "OMN", "IND", *_NINE, "level", 3_400_000_000.0, "USD", "actual")},
        ),
        (  # near miss: the first quarter stays one quarter
            "بلغت واردات عمان من الهند 1.1 مليار دولار في الربع الأول من عام 2030.",
            {("imports", "OMN", "IND", *_Q1, "level", 1_100_000_000.0, "USD", "actual")},
        ),
        (  # "أرجو أن يرتفع ... إلى": I hope that ... climbs to: a target
            "قال السفير: أرجو أن يرتفع حجم التبادل التجاري بين البحرين واليابان إلى 3 مليارات "
            "دولار.",
            {("turnover", "BHR", "JPN", "None", "None", "level", 3_000_000_000.0, "USD", "target")},
        ),
        (  # "نأمل أن تصل": we hope that ... reaches
            "وقال الوزير: نأمل أن تصل صادرات البحرين إلى اليابان إلى 500 مليون دولار.",
            {("exports", "BHR", "JPN", "None", "None", "level", 500_000_000.0, "USD", "target")},
        ),
    ],
)
def test_arabic_kind(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
