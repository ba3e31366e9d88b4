"""Round 58, kind: Kazakh deals in weighed goods (iu10 turkystan, a hard negative, 9 false rows;
iu08 qazaqstan.tv). "Тәжікстан 60,8 млн долларға 376 мың тонна бидай сатып алған" (Tajikistan
bought 376 thousand tonnes of wheat for $60.8m) left "тонна", the crop and the verb unread: every
crop's price became a pair's trade figure, and the buyer of petrol was read as its seller.

- :func:`pipeline.extract.kazakh.prepare`: a noun of weighed goods or of their unit (the ``kk``
  rows whose English is a physical unit, a product or a sector word) loses its plural,
  possessive and case suffixes in every vowel-harmony form;
- ``kk`` rows: buy, sell, ship, export, import in their tenses and voices;
- :func:`pipeline.extract.kazakh.reorder`: price and weight before the verb, in either order
  or in a bracket, become "VERB N tonnes of GOODS for PRICE";
- :func:`pipeline.extract.quantities.weighs_goods`: a price of a weight ("N tonnes ... for $X")
  is one commodity's (NOTES: a weighed commodity is one product), no row unless a sector is
  named;
- ``vocabulary.csv`` ``single_crop``: a weighed crop (wheat) names no sector (NOTES "fa": one
  named crop stays unannotated), though "exports of wheat" stay agriculture elsewhere;
- a price and a weight with their verb gapped ("China 185 thousand tonnes 33.6 million dollars,
  Afghanistan ... алған") or in a bracket pair as "WEIGHT for PRICE";
- Kazakh group inflection: the case suffix on the last of two joined names is both names'
  ("Түркия мен Туниске": to Turkey and to Tunisia).

Made-up sentences with forms no dev page uses ("көмірдің", "мұнайын", "тонналарын", "арпаға",
"сатып алды", "жөнелтілді", "сатылды", the price after the weight with "шамамен", "баррель").
"""

from __future__ import annotations

import pytest

from pipeline.extract import kazakh
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(" date 2031-07-01\n" + text)
    return [(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("көмірдің", "көмір"),
        ("мұнайын", "мұнай"),
        ("тонналарын", "тонна"),
        ("арпаға", "арпа"),
        ("баррельден", "баррель"),
        ("жүгерісі", "жүгері"),
    ],
)
def test_goods_suffixes_dropped(word: str, stem: str) -> None:
    assert kazakh.prepare(f"Бұл {word} туралы.") == f"Бұл {stem} туралы."


@pytest.mark.parametrize("word", ["мақтан", "болатын", "мысалы", "тонналы"])
def test_other_words_keep_their_ending(word: str) -> None:
    """Near misses: a verb, a noun or an ending that only looks like a goods noun's."""
    assert kazakh.prepare(f"Бұл {word} еді.") == f"Бұл {word} еді."


@pytest.mark.parametrize(
    ("glossed", "english"),
    [
        (
            "Georgia 12 million dollars 30 thousand tonnes coal bought.",
            "Georgia bought 30 thousand tonnes of coal for 12 million dollars.",
        ),
        (
            "to Mongolia 40 thousand barrels approximately 3 million dollars was shipped.",
            "to Mongolia was shipped 40 thousand barrels for approximately 3 million dollars.",
        ),
        (
            "Armenia (2 million dollars 9 thousand tonnes)",
            "Armenia (9 thousand tonnes for 2 million dollars)",
        ),
    ],
)
def test_deal_order(glossed: str, english: str) -> None:
    assert kazakh.reorder(glossed) == english


@pytest.mark.parametrize(
    "text",
    [
        "Қазақстан арпа экспортын арттырды. Грузия 12 млн долларға 30 мың тонна арпа сатып алды.",
        "Қазақстан арпа экспортын арттырды. Моңғолияға 40 мың тонна бидай шамамен 3 млн "
        "долларға жөнелтілді.",
        "Қазақстан бидай экспортын арттырды. Армения (2 млн долларға 9 мың тонна) мен Грузияға "
        "(5 млн долларға 21 мың тонна) сатылды.",
    ],
)
def test_crop_prices_are_no_rows(text: str) -> None:
    """Near misses (no row before or after): crop deals on short pages."""
    assert _rows(text) == []


def test_pair_trade_stays() -> None:
    """Near miss: a pair's trade with no weight stays a row."""
    rows = _rows("2030 жылы Қазақстанның Грузияға экспорты 250 миллион АҚШ долларын құрады.")
    assert ("exports", "total", "KAZ", "GEO", 250_000_000.0) in rows


def test_price_of_a_weight_is_no_row() -> None:
    """What the Kazakh order becomes in English: a weight shipped for a price is one
    commodity's (a row on 468bfc77)."""
    rows = _rows(
        "Kazakhstan cuts barley exports\nIn 2030 Kazakhstan shipped 20 thousand tonnes to "
        "Armenia for 5 million dollars."
    )
    assert rows == []


@pytest.mark.parametrize(
    ("glossed", "english"),
    [
        (
            "Iran 52 thousand tonnes wheat 11 million dollars, Iraq 8 thousand tonnes 2 million "
            "dollars алды.",
            "Iran 52 thousand tonnes of wheat for 11 million dollars, Iraq bought 8 thousand tonnes "
            "for 2 million dollars.",
        ),
        (
            "exports 5 million tonnes, 2 billion dollars",
            "exports 5 million tonnes, 2 billion dollars",
        ),
    ],
)
def test_gapped_deal(glossed: str, english: str) -> None:
    assert kazakh.reorder(glossed) == english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Иран мен Моңғолияға", "to Iran мен to Mongolia"),
        ("Грузия (2 млн) және Арменияда", "in Georgia (2 млн) және in Armenia"),
        ("Ресей бен Қытайдан", "from Russia бен from China"),
    ],
)
def test_group_inflection(text: str, english: str) -> None:
    assert kazakh.prepare(text) == english


@pytest.mark.parametrize(
    "text", ["Қазақстан мен Қытайдың тауар айналымы", "Қазақстан мен Ресей арасындағы"]
)
def test_pair_genitive_and_postposition_stay(text: str) -> None:
    """Near misses: a pair's genitive and a pair before "between" keep the first name bare."""
    assert kazakh.prepare(text).startswith("Қазақстан мен ")


def test_weighed_wheat_deal_is_no_row() -> None:
    rows = _rows(
        "Kazakhstan cuts wheat exports\nIn 2030 Iran bought 52 thousand tonnes of wheat from "
        "Kazakhstan for 11 million dollars."
    )
    assert rows == []


def test_unweighed_wheat_exports_stay_agriculture() -> None:
    """Near miss: "exports of wheat" with no weight stay the sector's (as the written corpora
    have it)."""
    rows = _rows("Kazakhstan's exports of wheat to Iran amounted to $11 million in 2030.")
    assert ("exports", "agriculture", "KAZ", "IRN", 11_000_000.0) in rows
