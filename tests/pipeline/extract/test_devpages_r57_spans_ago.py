"""Round 57, kind: Spanish "hace" / Portuguese "há" before a span of years was left unread. The
rule of round 45 (``spanish.ago``) matched the span as written ("década"), but the row that
glosses "década" runs first, so "hace una década" reached the English rules as "hace a decade"
(hu03 digitaldebolivia: "Chile vendió hace una década por 170 millones"); the other span words
were never listed (hn12 americaeconomia: "hace un quinquenio el comercio bilateral apenas
alcanzaba"), nor a sentence that opens with the word ("Hace dos décadas").

``spanish.ago``: every span word of both languages, glossed or as written (decade, "decenio",
"decénio", "lustro", "quinquenio", "quinquénio", "siglo", "século"; "medio siglo", "meio
século"), with its count, is "N years ago"; "hace un mes" is "a month ago". Made-up sentences
with spans and counts no dev page writes.
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("Hace dos décadas el comercio sumaba 40 millones", "es", "20 years ago the trade"),
        ("hace un lustro las ventas a Chile eran menores", "es", "5 years ago"),
        ("hace medio siglo", "es", "50 years ago"),
        ("hace un decenio", "es", "ten years ago"),
        ("hace un mes", "es", "a month ago"),
        ("Há uma década, o comércio era de 40 milhões", "pt", "ten years ago, the trade"),
        ("há um quinquénio", "pt", "5 years ago"),
        ("há três décadas", "pt", "30 years ago"),
    ],
)
def test_a_span_ago(text: str, lang: str, english: str) -> None:
    assert english in gloss(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("hace cinco años", "es", "five years ago"),  # a count of years, as before
        ("una década de crecimiento", "es", "decade"),  # no "hace": no time ago
        ("o século XXI", "pt", "XXI"),
    ],
)
def test_near_misses_stay_as_they_are(text: str, lang: str, english: str) -> None:
    got = gloss(text, lang)
    assert english in got
    assert "ago" not in got or "hace" in text
