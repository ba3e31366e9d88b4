"""Round 44: Hindi joins the glossed languages (``hi``: told by Devanagari and its function words,
hindi.py, hi rows) with the trade-news register: change and level verbs in every gender and
number, "N प्रतिशत की वृद्धि हुई", last/current periods, the first N months in digits and words,
quarters of a fiscal year, month spans, flows, the two countries, hedges and targets. Made-up
sentences; near misses keep a word unread where it is no register word."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.test_extract import figures

_TITLE = "भारत और नेपाल का व्यापार"


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


_HINDI = (
    "भारत और चीन के बीच व्यापार में वृद्धि हुई है। वाणिज्य मंत्रालय के अनुसार चालू वित्त वर्ष के"
    " दौरान निर्यात में वृद्धि हुई और आयात में कमी आई। अधिकारियों ने कहा कि दोनों देशों को व्यापार"
    " बढ़ाने के लिए कदम उठाने होंगे।"
)
_MARATHI = (
    "भारत आणि चीन यांच्यातील व्यापार वाढला आहे. वाणिज्य मंत्रालयाच्या माहितीनुसार चालू आर्थिक"
    " वर्षात निर्यात वाढली आहे आणि आयात कमी झाली आहे. दोन्ही देशांनी पावले उचलली आहेत."
)
_NEPALI = (
    "नेपाल र भारतबीचको व्यापार बढेको छ। वाणिज्य मन्त्रालयका अनुसार चालु आर्थिक वर्षमा निर्यात"
    " बढेको छ र आयात घटेको छ। दुवै देशले व्यापार बढाउन पहल गरेका छन्।"
)


def test_a_hindi_page_is_hindi() -> None:
    assert language([_HINDI]) == "hi"


@pytest.mark.parametrize("page", [_MARATHI, _NEPALI])
def test_marathi_and_nepali_pages_are_not_hindi(page: str) -> None:
    # near miss: the same script, other function words
    assert language([page]) != "hi"


_P = ("IND", "NPL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rose to (बढ़कर), became after it, the first N months of the current fiscal year
        (
            "चालू वित्त वर्ष के पहले 7 महीनों में भारत का नेपाल को निर्यात 12 प्रतिशत बढ़कर 4.5"
            " अरब डॉलर हो गया।",
            {
                ("exports", *_P, "2030-04-01", "2030-10-31", 12.0, "percent"),
                ("exports", *_P, "2030-04-01", "2030-10-31", 4.5e9, "USD"),
            },
        ),
        # the pair before "between", reached
        (
            "भारत और नेपाल के बीच द्विपक्षीय व्यापार वित्त वर्ष 2028-29 में 15 प्रतिशत बढ़कर 8.3"
            " अरब डॉलर तक पहुंच गया।",
            {
                ("turnover", *_P, "2028-04-01", "2029-03-31", 15.0, "percent"),
                ("turnover", *_P, "2028-04-01", "2029-03-31", 8.3e9, "USD"),
            },
        ),
        # went from X to Y, the partner before "from"
        (
            "साल 2030 में नेपाल से भारत का आयात 1.3 अरब डॉलर से बढ़कर 1.7 अरब डॉलर हो गया।",
            {
                ("imports", *_P, "2029-01-01", "2029-12-31", 1.3e9, "USD"),
                ("imports", *_P, "2030-01-01", "2030-12-31", 1.7e9, "USD"),
            },
        ),
        # the two countries, last fiscal year, about, stood at (रहा)
        (
            "दोनों देशों के बीच व्यापार पिछले वित्त वर्ष में लगभग 9 अरब डॉलर रहा।",
            {("turnover", *_P, "2029-04-01", "2030-03-31", 9e9, "USD")},
        ),
        # a decline "in" the flow
        (
            "2030 में भारत का नेपाल को निर्यात में 7 प्रतिशत की गिरावट आई।",
            {("exports", *_P, "2030-01-01", "2030-12-31", -7.0, "percent")},
        ),
        # a month span, recorded
        (
            "अप्रैल-दिसंबर के दौरान भारत का नेपाल से आयात 880 मिलियन डॉलर दर्ज किया गया।",
            {("imports", *_P, "2030-04-01", "2030-12-31", 880e6, "USD")},
        ),
        # the first quarter of a fiscal year, फीसदी, an increase
        (
            "वित्त वर्ष 2030-31 की पहली तिमाही में भारत के नेपाल को निर्यात में 9 फीसदी की वृद्धि हुई।",
            {("exports", *_P, "2030-04-01", "2030-06-30", 9.0, "percent")},
        ),
        # with X trade, was (था), crore rupees
        (
            "भारत का नेपाल के साथ व्यापार 2029 में 7,300 करोड़ रुपये था।",
            {("turnover", *_P, "2029-01-01", "2029-12-31", 7.3e10, "INR")},
        ),
        # exceeded, the first N months of a year in words
        (
            "2030 के पहले छह महीनों में नेपाल से आयात 520 मिलियन डॉलर के पार पहुंच गया।",
            {("imports", *_P, "2030-01-01", "2030-06-30", 520e6, "USD")},
        ),
        # doubled to
        (
            "दोनों देशों के बीच व्यापार 2030 में दोगुना होकर 10 अरब डॉलर हो गया।",
            {
                ("turnover", *_P, "2030-01-01", "2030-12-31", 2.0, "times"),
                ("turnover", *_P, "2030-01-01", "2030-12-31", 10e9, "USD"),
            },
        ),
        # fell to (घटकर), a month span with से ... तक
        (
            "जनवरी से जून 2030 तक भारत का नेपाल को निर्यात 6 प्रतिशत घटकर 3.1 अरब डॉलर रह गया।",
            {
                ("exports", *_P, "2030-01-01", "2030-06-30", -6.0, "percent"),
                ("exports", *_P, "2030-01-01", "2030-06-30", 3.1e9, "USD"),
            },
        ),
    ],
)
def test_the_hindi_register(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_year_on_year_and_the_same_period() -> None:
    assert gloss("पिछले साल की इसी अवधि की तुलना में निर्यात सालाना आधार पर 22 प्रतिशत बढ़ गया", "hi") == (
        "compared with the same period of last year exports year-on-year rose 22 percent"
    )


def test_a_target_by_a_year() -> None:
    assert gloss("व्यापार 2030 तक 20 अरब डॉलर तक बढ़ाने का लक्ष्य", "hi") == (
        "trade by 2030 target to raise to 20 billion dollars"
    )


def test_growing_is_no_level() -> None:
    # near miss: the progressive "बढ़ रहा है" is no "stood at"
    assert gloss("निर्यात बढ़ रहा है", "hi") == "exports is growing"


def test_sugar_is_no_china() -> None:
    # near miss: "चीनी" is sugar as often as Chinese: left unread, no Chinese side
    rows = _rows("भारत की चीनी का निर्यात 2030 में 300 मिलियन डॉलर रहा।")
    assert all("CHN" not in r for r in rows), rows


def test_a_precomposed_nukta_is_the_rows_spelling() -> None:
    # "बढ़कर" typed with the one-character "ढ़" (U+095D) reads as the decomposed row
    assert gloss("निर्यात 12 प्रतिशत ब\u095dकर 4.5 अरब डॉलर हो गया", "hi") == (
        "exports rose 12 percent to 4.5 billion dollars"
    )


def test_a_change_as_a_comparison() -> None:
    text = "भारत का नेपाल को निर्यात 2030 में 10 प्रतिशत अधिक रहा।"
    assert _rows(text) == {("exports", *_P, "2030-01-01", "2030-12-31", 10.0, "percent")}
    # near miss: "से अधिक" before "रहा" is "more than" a level, no comparison
    assert gloss("300 मिलियन डॉलर से अधिक रहा", "hi") == "stood at more than 300 million dollars"
