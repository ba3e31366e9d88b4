"""Round 48, a currency name several economies share (made-up sentences, made-up figures).

Kind: a bare currency name that several economies write ("kroner" is Danish, Norwegian and
Icelandic money; "rupees" Indian, Pakistani, Mauritian, Seychellois; "pounds" British, Egyptian,
Lebanese, Syrian, Sudanese; "rials" Iranian, Omani, Yemeni) is the currency of the page's
economy (``currencies.csv`` context, read by ``numbers.currency_for`` and
``page_currency.home_currency``), never one fixed economy's: "17.7 billion kroner" on a Danish
page is DKK, "Rs 2.3 billion" on a Mauritian page MUR (also a French page's "roupies"). Near
misses: the name on a page about none of those economies keeps its default (NOK, GBP, IRR), and
a qualified name ("Norwegian kroner") is that currency whatever the page.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: Danish page, bare "kroner" after a qualified first mention
            "In 2030, Denmark exported goods to Poland for 5.6 billion Danish kroner, while "
            "imports from Poland amounted to 4.1 billion kroner.",
            "Danish trade with Poland",
            {
                ("exports", "DNK", "POL", *_Y30, "level", 5600000000.0, "DKK"),
                ("imports", "DNK", "POL", *_Y30, "level", 4100000000.0, "DKK"),
            },
        ),
        (  # English: Danish page, only bare "kroner"
            "Denmark's trade with Chile was worth around 3.3 billion kroner in 2030.",
            "Denmark and Chile",
            {("turnover", "CHL", "DNK", *_Y30, "level", 3300000000.0, "DKK")},
        ),
        (  # English: Mauritian page in bare rupees
            "Mauritius exported goods worth Rs 2.3 billion to Kenya in 2030.",
            "Mauritius and Kenya",
            {("exports", "MUS", "KEN", *_Y30, "level", 2300000000.0, "MUR")},
        ),
        (  # English: Egyptian page in bare pounds
            "Egypt's exports to Jordan reached 3.2 billion pounds in 2030.",
            "Egypt and Jordan",
            {("exports", "EGY", "JOR", *_Y30, "level", 3200000000.0, "EGP")},
        ),
        (  # English: Omani page in bare rials
            "Oman's exports to Iran amounted to 45 million rials in 2030.",
            "Oman and Iran",
            {("exports", "OMN", "IRN", *_Y30, "level", 45000000.0, "OMR")},
        ),
    ],
)
def test_shared_name_is_the_page_economy_currency(
    text: str, title: str, expected: set[tuple]
) -> None:
    assert _rows(text, title) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # a Norwegian page: its own kroner
            "Norway's exports to Chile reached 2.9 billion kroner in 2030.",
            "Norway and Chile",
            {("exports", "NOR", "CHL", *_Y30, "level", 2900000000.0, "NOK")},
        ),
        (  # a qualified name is that currency on a Danish page too
            "Denmark's imports from Chile were 1.4 billion Norwegian kroner in 2030.",
            "Denmark and Chile",
            {("imports", "DNK", "CHL", *_Y30, "level", 1400000000.0, "NOK")},
        ),
        (  # pounds on a page about none of the pound economies: sterling
            "Chile's exports to Peru reached 2.2 billion pounds in 2030.",
            "Chile and Peru",
            {("exports", "CHL", "PER", *_Y30, "level", 2200000000.0, "GBP")},
        ),
        (  # an Iranian page: its own rials
            "Iran's exports to Iraq amounted to 90 trillion rials in 2030.",
            "Iran and Iraq",
            {("exports", "IRN", "IRQ", *_Y30, "level", 9e13, "IRR")},
        ),
    ],
)
def test_shared_name_near_misses(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected
