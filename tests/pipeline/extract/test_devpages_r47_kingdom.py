"""Round 47, "the Kingdom" for a country the sentence does not name (made-up sentences, made-up
figures).

Kind: a page about a monarchy calls it by its kind of state: English "the Kingdom", "the
Sultanate", French "le Royaume", Spanish "el Reino", Arabic "المملكة" ("للمملكة", "بالمملكة").
The phrase stands for the one monarchy of that kind the page names (by name, demonym or capital),
or, on a page naming none, the one kingdom whose currency the page's amounts are written in
("riyals": of Saudi Arabia, Qatar, Oman and Yemen only Saudi Arabia is a kingdom) (``kingdom``;
on an Arabic page the gloss writes the kingdom's name, so "صادرات المملكة إلى" reads as its
exports). Near misses: a page naming two kingdoms (Bangkok and Phnom Penh; Saudi Arabia and
Jordan), a currency two kingdoms write ("dinars": Jordan, Bahrain), "the United Kingdom", and
"kingdom" as a common noun ("the kingdom of heaven") keep their current output."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: the capital names the kingdom, "the Kingdom" a partner
            "Kenya's tea exporters met buyers in Bangkok on Monday. Kenya's exports to the "
            "Kingdom rose 12% to $40 million in 2030.",
            "Kenya signs deal",
            {
                ("exports", "KEN", "THA", *_Y30, "level", 40000000.0, "USD"),
                ("exports", "KEN", "THA", *_Y30, "pct_change", 12.0, "percent"),
            },
        ),
        (  # English: "the Sultanate's exports", the capital later in the sentence
            "The Sultanate's exports to Chile rose 9% to $70 million in 2030, Muscat officials "
            "said.",
            "Trade",
            {
                ("exports", "OMN", "CHL", *_Y30, "level", 70000000.0, "USD"),
                ("exports", "OMN", "CHL", *_Y30, "pct_change", 9.0, "percent"),
            },
        ),
        (  # French: "vers le Royaume" on a page naming Morocco
            "Le Kenya et le Maroc ont signé un accord. Les exportations du Kenya vers le Royaume "
            "ont atteint 40 millions de dollars en 2030.",
            "Commerce",
            {("exports", "KEN", "MAR", *_Y30, "level", 40000000.0, "USD")},
        ),
        (  # Spanish: "al Reino" on a page naming Spain
            "Chile y España firmaron un acuerdo. Las exportaciones de Chile al Reino alcanzaron "
            "40 millones de dólares en 2030.",
            "Comercio",
            {("exports", "CHL", "ESP", *_Y30, "level", 40000000.0, "USD")},
        ),
        (  # Arabic: "إلى المملكة" on a page naming Saudi Arabia
            "وقال الوزير إن صادرات كينيا إلى المملكة بلغت 40 مليون دولار في 2030. وزار وفد كيني "
            "السعودية الشهر الماضي.",
            "تجارة",
            {("exports", "KEN", "SAU", *_Y30, "level", 40000000.0, "USD")},
        ),
        (  # Arabic: no kingdom named, its amounts in riyals: Saudi Arabia's own imports
            "بلغت واردات المملكة من البرازيل نحو 3.2 مليار ريال في 2030 مقابل 2.9 مليار ريال في "
            "2029.",
            "تجارة",
            {
                ("imports", "SAU", "BRA", *_Y30, "level", 3200000000.0, "SAR"),
                ("imports", "SAU", "BRA", *_Y29, "level", 2900000000.0, "SAR"),
            },
        ),
    ],
)
def test_kingdom_is_the_page_monarchy(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two kingdoms named: the phrase is left
            "Kenya's tea exporters met buyers in Bangkok and Phnom Penh. Kenya's exports to the "
            "Kingdom rose 12% to $40 million in 2030.",
            set(),
        ),
        (  # Arabic, Saudi Arabia and Jordan named: the phrase is left
            "وقال الوزير إن صادرات كينيا إلى المملكة بلغت 40 مليون دولار في 2030. وزار وفد كيني "
            "السعودية والأردن الشهر الماضي.",
            set(),
        ),
        (  # "dinars" fit two kingdoms (Jordan, Bahrain): the phrase is left
            "بلغت واردات المملكة من البرازيل نحو 3.2 مليار دينار في 2030 مقابل 2.9 مليار دينار في "
            "2029.",
            set(),
        ),
        (  # "kingdom" as a common noun
            "Kenya's tea exporters met buyers in the kingdom of heaven. Kenya's exports to the "
            "kingdom rose 12% to $40 million in 2030.",
            set(),
        ),
        (  # "the United Kingdom" is a name (Thailand named too)
            "Kenya's exports to the United Kingdom rose 12% to $40 million in 2030. Thailand was "
            "next.",
            {
                ("exports", "KEN", "GBR", *_Y30, "level", 40000000.0, "USD"),
                ("exports", "KEN", "GBR", *_Y30, "pct_change", 12.0, "percent"),
            },
        ),
    ],
)
def test_kingdom_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
