"""Round 54, a percentage with a comparative written the Romance way, so the change had no
measure and was dropped (made-up sentences, made-up figures, other pairs).

Kind: a comparative right after a percentage with no "than" after it, or one ahead of the
percentage with its preposition ("valor 8% maior na comparação com o ano anterior", "soit 15% de
plus qu'en 2021", "un 12% más que en 2030", "12% superior al año anterior", "supérieures de 33% à
leur niveau de 2017", "il 12% in più rispetto al 2030"): the English rules read "8% higher", "15%
higher than", "33% higher than", so ``base_percent`` (the percentage against a base, written
before the word gloss) puts the Romance forms in that English, lower for "menor", "inférieur",
"de moins". Dev pages: hx06 (uol, pt), ih04 (tresor, fr), hx09 (tresor, fr).
Near miss: "el 40% más grande" (a comparative of an adjective, no base) keeps its words.
"""

from pipeline.extract.base_percent import base_percent
from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_comparative_after_percentage_glossed() -> None:
    assert "8% higher compared with" in gloss("valor 8% maior na comparação com o ano", "pt")
    assert "15% higher than in 2029" in gloss("soit 15% de plus qu'en 2029", "fr")
    assert "12% higher than the previous year" in gloss("12% superior al año anterior", "es")
    assert "7% lower than in 2029" in gloss("un 7% menor que en 2029", "es")
    assert "33% higher than their level" in gloss("supérieures de 33% à leur niveau", "fr")


def test_portuguese_value_higher() -> None:
    got = rows(
        "date 2031-06-01\nO comércio com o Chile\n\n"
        "O comércio entre o Uruguai e o Chile chegou a US$ 2,4 bilhões em 2030, valor 6% maior "
        "na comparação com o ano anterior."
    )
    flow, a, b, measure, _, start, end = got[6.0]
    assert (flow, {a, b}, measure) == ("turnover", {"URY", "CHL"}, "pct_change")
    assert (str(start), str(end)) == ("2030-01-01", "2030-12-31")


def test_french_percent_more_than() -> None:
    got = rows(
        "date 2031-06-01\nLe commerce entre le Niger et le Togo\n\n"
        "En 2030, les échanges entre le Niger et le Togo ont atteint 410 millions d'euros, soit "
        "12% de plus qu'en 2029."
    )
    flow, a, b, measure, _, start, end = got[12.0]
    assert (flow, {a, b}, measure) == ("turnover", {"NER", "TGO"}, "pct_change")
    assert (str(start), str(end)) == ("2030-01-01", "2030-12-31")


def test_near_miss_adjective_comparative() -> None:
    assert base_percent("el 40% más grande del mundo", "es") == "el 40% más grande del mundo"
    got = rows(
        "date 2031-06-01\nEl comercio\n\n"
        "Las exportaciones de Chile a Perú sumaron US$ 300 millones en 2030, y el 40% más grande "
        "fue cobre."
    )
    assert 40.0 not in got
