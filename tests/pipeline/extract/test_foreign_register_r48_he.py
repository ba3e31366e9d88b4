"""Round 48: Hebrew ("he") glossed, and its trade-news register. Detection by Hebrew function
words (its own script; Yiddish, written in it too, is not glossed); the one-letter prefixes glued
to a name ("לטורקיה", "מישראל", "וישראל") and, with a hyphen, to a number ("ב-14%", "ל-2.4",
"בכ-12%", "ב-2029"); an adjective after its noun ("הסחר הבילטרלי"); the first N months, a
quarter, a year ("בשנת 2029"). Made-up sentences and figures; near misses (a country's total
exports, a share, tourists) stay unread."""

import pytest

from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Hebrew, so that every sentence is a page of its own language
_TAIL = " כך עולה מנתוני מכון היצוא, והוא הוסיף כי גם השנה צפויה מגמה דומה."


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nכלכלה\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_hebrew_paragraph_is_hebrew() -> None:
    text = (
        "שר הכלכלה אמר כי הממשלה תמשיך לפעול להרחבת הקשרים עם מדינות האזור, וכי גם המשלחת"
        " העסקית שביקרה השבוע בבירה דנה על הסכם חדש."
    )
    assert language(["כלכלה", text]) == "he"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Yiddish, in the same script: not glossed
        (
            ["געשעפט", "דער מיניסטער האט געזאגט אז דער האנדל מיט דעם לאנד איז געווען גרויס און"],
            None,
        ),
        # Arabic, a right-to-left neighbour: read as before
        (
            [
                "التجارة",
                "ارتفع حجم التبادل التجاري بين مصر والأردن في العام الماضي إلى مليار دولار وفق"
                " بيانات الجهاز المركزي التي نشرت على موقعه.",
            ],
            "ar",
        ),
    ],
)
def test_close_languages_are_read_as_before(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first seven months, "ב-14%" (by), "ל-2.4" (to), "למצרים" (to Egypt)
        (
            "בשבעת החודשים הראשונים של 2030 זינק הסחר הבילטרלי בין ישראל למצרים ב-14% והגיע"
            " ל-2.4 מיליארד דולר.",
            {
                ("turnover", "ISR", "EGY", "2030-01-01", "2030-07-31", "pct_change", 14.0)
                + ("percent", "actual"),
                ("turnover", "ISR", "EGY", "2030-01-01", "2030-07-31", "level", 2.4e9, "USD")
                + ("actual",),
            },
        ),
        # "מישראל" (from Israel), "והסתכם ב-" (and amounted to), "בשנת 2029" (in 2029)
        (
            "היצוא מישראל לסין ירד ב-8% והסתכם ב-1.9 מיליארד דולר בשנת 2029.",
            {
                ("exports", "ISR", "CHN", "2029-01-01", "2029-12-31", "pct_change", -8.0)
                + ("percent", "actual"),
                ("exports", "ISR", "CHN", "2029-01-01", "2029-12-31", "level", 1.9e9, "USD")
                + ("actual",),
            },
        ),
        # a quarter, "מטורקיה" (from Turkey)
        (
            "היבוא של ישראל מטורקיה ברבעון הראשון של 2030 הגיע ל-720 מיליון דולר.",
            {
                ("imports", "ISR", "TUR", "2030-01-01", "2030-03-31", "level", 720e6, "USD")
                + ("actual",)
            },
        ),
        # "בכ-12%" (by about), "ההדדי" (mutual) after its noun
        (
            "בשנת 2029 גדל הסחר ההדדי בין ישראל לירדן בכ-12% והגיע ל-450 מיליון דולר.",
            {
                ("turnover", "ISR", "JOR", "2029-01-01", "2029-12-31", "pct_change", 12.0)
                + ("percent", "actual"),
                ("turnover", "ISR", "JOR", "2029-01-01", "2029-12-31", "level", 450e6, "USD")
                + ("actual",),
            },
        ),
        # a demonym after its noun ("היצוא הישראלי": Israeli exports)
        (
            "היצוא הישראלי להודו צמח ב-21% בשנת 2029 והגיע ל-3.2 מיליארד דולר.",
            {
                ("exports", "ISR", "IND", "2029-01-01", "2029-12-31", "pct_change", 21.0)
                + ("percent", "actual"),
                ("exports", "ISR", "IND", "2029-01-01", "2029-12-31", "level", 3.2e9, "USD")
                + ("actual",),
            },
        ),
        # goods exports, the first half, "גידול של 9%" (an increase of) against last year
        (
            "יצוא הסחורות מישראל לגרמניה בחציון הראשון של 2030 הסתכם ב-2.1 מיליארד דולר, גידול"
            " של 9% לעומת התקופה המקבילה אשתקד.",
            {
                ("exports", "ISR", "DEU", "2030-01-01", "2030-06-30", "level", 2.1e9, "USD")
                + ("actual",),
                ("exports", "ISR", "DEU", "2030-01-01", "2030-06-30", "pct_change", 9.0)
                + ("percent", "actual"),
            },
        ),
        # a span of months, "ליוני" (to June) split like a name
        (
            "בין ינואר ליוני 2030 עמד היבוא של ישראל מסין על 5.6 מיליארד דולר.",
            {
                ("imports", "ISR", "CHN", "2030-01-01", "2030-06-30", "level", 5.6e9, "USD")
                + ("actual",)
            },
        ),
        # "ביצוא" (in exports) glued, a change "was recorded"
        (
            "במהלך 2029 נרשמה ירידה של 6% ביצוא הישראלי לירדן.",
            {
                ("exports", "ISR", "JOR", "2029-01-01", "2029-12-31", "pct_change", -6.0)
                + ("percent", "actual")
            },
        ),
    ],
)
def test_hebrew_figures(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a country's total exports (with the world)
        "סך היצוא הישראלי בשנת 2029 הגיע ל-160 מיליארד דולר.",
        # a partner's share
        "חלקה של סין בסך היבוא עמד על 11%.",
        # no trade
        "מספר התיירים מטורקיה גדל ב-30% בשנת 2029.",
    ],
)
def test_hebrew_near_misses(text: str) -> None:
    assert _rows(text) == set()
