"""Round 48: Nepali ("ne") glossed, and its trade-news register. Detection by Devanagari and
Nepali function words none a Hindi one ("छ", "पनि", "गरेको", "भएको", "थियो", "र"); Devanagari
digits and the danda; postpositions glued to a known word split off ("नेपालको", "चीनबाट",
"भारतसँगको", "चीनतर्फको"); arba, kharba and two-scale amounts ("१८ अर्ब ७६ करोड", "दुई खर्ब");
Bikram Sambat fiscal years ("आर्थिक वर्ष २०८६/८७मा", from mid-July 2029); "X from Y in AMOUNT
worth goods imported". Made-up sentences and figures; near misses (a country's total exports, a
population) stay unread."""

import pytest

from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Nepali, so that every sentence is a page of its own language
_TAIL = " उद्योग, वाणिज्य तथा आपूर्ति मन्त्रालयले यो जानकारी सार्वजनिक गरेको छ ।"


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nव्यापार\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_nepali_paragraph_is_nepali() -> None:
    text = (
        "नेपाल र भारतबीचको व्यापार सम्बन्ध पनि बढ्दै गएको छ । दुई देशबीच नयाँ सम्झौताबारे"
        " छलफल भएको थियो र सरकारले यसलाई अघि बढाउने निर्णय गरेको छ ।"
    )
    assert language(["व्यापार", text]) == "ne"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Hindi: its "है", "के", "में", "और" outnumber (it writes "को" too)
        (
            [
                "व्यापार",
                "वाणिज्य मंत्रालय के आंकड़ों के अनुसार भारत और नेपाल के बीच व्यापार में तेजी"
                " आई है और दोनों देशों के बीच नए समझौते पर बातचीत हो रही है। सरकार ने इसे"
                " आगे बढ़ाने का फैसला किया है।",
            ],
            "hi",
        ),
        # Marathi: not glossed
        (
            [
                "व्यापार",
                "भारत आणि नेपाळ यांच्यातील व्यापार वाढला आहे आणि दोन्ही देशांनी नवीन करारावर"
                " चर्चा केली आहे. सरकारने याबाबत निर्णय घेतला आहे.",
            ],
            None,
        ),
    ],
)
def test_neighbouring_languages_are_still_told(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "आर्थिक वर्ष २०८६/८७मा भारतबाट नेपालमा ९ खर्ब रुपैयाँ बराबरको माल आयात भएको छ ।",
            {
                (
                    "imports", "NPL", "IND", "2029-07-16", "2030-07-16", "level", 900e9, "NPR",
                    "actual",
                ),
            },
        ),
        (
            "गत आर्थिक वर्ष नेपालको चीनतर्फको निर्यात १५ प्रतिशतले बढेर ३ अर्ब २० करोड रुपैयाँ"
            " पुगेको छ ।",
            {
                (
                    "exports", "NPL", "CHN", "2029-07-16", "2030-07-16", "pct_change", 15.0,
                    "percent", "actual",
                ),
                (
                    "exports", "NPL", "CHN", "2029-07-16", "2030-07-16", "level", 3.2e9, "NPR",
                    "actual",
                ),
            },
        ),
        (
            "नेपालबाट बंगलादेशमा ५० करोड रुपैयाँको माल निर्यात भएको छ ।",
            {("exports", "NPL", "BGD", "None", "None", "level", 500e6, "NPR", "actual")},
        ),
        (
            "त्यस अवधिमा चीनबाट नेपालमा दुई खर्ब रुपैयाँ बराबरको माल आयात भएको छ भने"
            " नेपालबाट १८ अर्ब ७६ करोड रुपैयाँको माल मात्र निर्यात भएको छ ।",
            {
                ("imports", "NPL", "CHN", "None", "None", "level", 200e9, "NPR", "actual"),
                ("exports", "NPL", "CHN", "None", "None", "level", 18.76e9, "NPR", "actual"),
            },
        ),
    ],
)  # fmt: skip
def test_nepali_trade_figures(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "नेपालको कुल निर्यात १ खर्ब ५० अर्ब रुपैयाँ पुगेको छ ।",  # a total to the world
        "नेपालको जनसंख्या ३ करोड पुगेको छ ।",  # a population
    ],
)
def test_nepali_near_misses_give_no_figure(text: str) -> None:
    assert _rows(text) == set()
