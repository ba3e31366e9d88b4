"""Round 56, kind: a figure's source in the verb-last languages, as a whole construction. Urdu and
Hindi put "according to" after its source ("X کے مطابق", "X के अनुसार / के मुताबिक"): the glossed
"X according to" opening a sentence is written "according to X," (``urdu.reorder``, which Hindi
shares); "X کا کہنا ہے کہ" / "X का कहना है कि" (X's saying is that) and "نے بتایا کہ" / "ने बताया
कि" are "said that". Persian's "به گفته" (according to), "بر اساس", "طبق", "به نقل از" (citing)
and its speech verbs (گفت, افزود, اظهار داشت ...) are rows. Turkish sets the speaker off with a
comma and the speech verb last ("X, ... ulaştığını söyledi/belirtti/vurguladı"): the glossed
"X, ... said." is written "X said that ..." (``turkish.reorder``). Customs, statistics offices,
ministries, embassies and ministers are glossed in the four languages. Dev pages: ii05
nawaiwaqt (ur), ig03 ilna (fa), ho08 mfa.gov.tr (tr): three pages, three outlets, three
languages. Made-up sentences with forms no dev page uses (other countries, verbs, figures); each
positive fails on 014a65ab.
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import sources

_HEAD = "date 2029-03-01\n"


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        pytest.param(
            "پاکستان اور ترکی\n\nوزارت تجارت کے اعداد و شمار کے مطابق 2028 میں پاکستان کی ترکی کو "
            "برآمدات 900 ملین ڈالر رہیں۔",
            900e6,
            "PAK",
            id="ur_according_postposition",
        ),
        pytest.param(
            "भारत और नेपाल\n\nनेपाल के वाणिज्य मंत्रालय के आंकड़ों के मुताबिक 2028 में नेपाल का भारत को "
            "निर्यात 2 अरब डॉलर रहा।",
            2e9,
            "NPL",
            id="hi_according_postposition",
        ),
        pytest.param(
            "ایران و ارمنستان\n\nبه گفته سفیر ارمنستان در تهران، حجم تجارت ایران و ارمنستان در سال "
            "2028 به 700 میلیون دلار رسید.",
            700e6,
            "ARM",
            id="fa_according_prefix",
        ),
        pytest.param(
            "Türkiye ve Gürcistan\n\nGürcistan Ekonomi Bakanı Levan Beridze, iki ülke arasındaki "
            "ticaret hacminin 2028 yılında 3 milyar dolara ulaştığını vurguladı.",
            3e9,
            "GEO",
            id="tr_speech_last",
        ),
    ],
)
def test_the_source_of_a_verb_last_sentence(text: str, value: float, source: str) -> None:
    assert sources(_HEAD + text)[value] == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param(
            "Türkiye ve Gürcistan\n\nGeçen yıl, iki ülke arasındaki ticaret hacmi 3 milyar dolara "
            "ulaştı.",
            3e9,
            id="tr_fronted_time_no_speech_verb",
        ),
        pytest.param(
            "Türkiye ve Gürcistan\n\nBankanın analisti Mehmet Kaya, iki ülke arasındaki ticaret "
            "hacminin 2028 yılında 3 milyar dolara ulaştığını söyledi.",
            3e9,
            id="tr_an_analyst_is_no_authority",
        ),
    ],
)
def test_near_misses_state_no_source(text: str, value: float) -> None:
    assert sources(_HEAD + text)[value] is None
