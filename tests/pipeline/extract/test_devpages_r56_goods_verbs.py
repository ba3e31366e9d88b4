"""Round 56, kind: a verb of moving goods (export, import, send, sell, buy) in a form the gloss did
not list, so the figure it governs had no flow and was dropped. Polish "Producenci i sprzedawcy
wywieźli do Ukrainy towary o łącznej wartości ponad 56 mld zł" (ih02 money.pl: only a few past
forms of "wyeksportować", "zaimportować" and "sprzedać" were rows), Hindi "भारत ने नेपाल को 7.33
बिलियन डॉलर का एक्सपोर्ट किया" (ib03 jmediagateway: the loan noun and the light verb "किया"
unread), "चीन से 10 अरब डॉलर से अधिक मूल्य का सामान मंगाया" (hy09 jagran).

The rows of ``lexicon/foreign_words.csv`` now hold the paradigms. Polish "eksportować/
wyeksportować", "importować/zaimportować", "sprzedawać/sprzedać", "kupować/kupić", "wywozić/
wywieźć", "przywozić/przywieźć", "sprowadzać/sprowadzić": the past of both aspects in every
gender and number and the first plural, the present, the perfective future, the impersonal
"-no/-to" and the passive with "zostać". Hindi: the flow nouns ("निर्यात", "आयात", the loans
"एक्सपोर्ट", "इंपोर्ट", "इम्पोर्ट") with the light verbs "करना"/"होना" in the perfective of each
gender and number, the passive, the habitual and the future; "भेजना", "खरीदना/ख़रीदना", "बेचना" and
"मंगाना/मंगवाना" in their perfective, habitual and future forms.

Made-up sentences with forms no dev page uses (Polish "sprowadziła", "kupiono", "zostały
wywiezione"; Hindi "इम्पोर्ट किया", "निर्यात किया"). Near miss: a verb with no amount reads
nothing.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(title: str, text: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2029-03-01\n{title}\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], float(r["value"])) for r in out.to_dict("records")
    ]


_PL = "Handel zagraniczny Polski"
_HI = "भारत और नेपाल का व्यापार"


def test_polish_past_of_both_aspects() -> None:
    got = _rows(_PL, "W 2028 roku Polska sprowadziła z Chin towary o wartości 5 mld zł.")
    assert got == [("imports", "POL", "CHN", 5_000_000_000.0)]


def test_polish_impersonal_and_passive() -> None:
    got = _rows(_PL, "W 2028 roku z Niemiec kupiono towary o wartości 2 mld zł.")
    assert got == [("imports", "POL", "DEU", 2_000_000_000.0)]
    got = _rows(_PL, "W 2028 roku do Czech zostały wywiezione towary o wartości 3 mld zł.")
    assert got == [("exports", "POL", "CZE", 3_000_000_000.0)]


def test_hindi_flow_noun_with_the_light_verb() -> None:
    got = _rows(_HI, "भारत ने 2028 में नेपाल को 5 अरब डॉलर का निर्यात किया।")
    assert got == [("exports", "IND", "NPL", 5_000_000_000.0)]
    got = _rows(_HI, "भारत ने 2028 में नेपाल से 2 अरब डॉलर का इम्पोर्ट किया।")
    assert [(f, r, p) for f, r, p, _ in got] == [("imports", "IND", "NPL")]


def test_near_miss_verb_without_amount() -> None:
    assert _rows(_PL, "W 2028 roku Polska sprzedawała do Czech węgiel.") == []
