"""Round 56, kind: a figure whose subject is the page's trade named back by a possessive ("its
value", "their volume") and no trade word, left unread because the possessive or the verb was
not glossed or a time stood before it. Indonesian "Setahun kemudian, pada 2021 nilainya naik
menjadi 12,5 miliar dolar AS" (ib02 inews: "in 2021 its value rose ...", a fronted time), "Nilainya
melompat dari 12,91 miliar dolar Australia" (ib11 cnbcindonesia: "melompat" unread), French "Leur
volume est passé de 18,763 milliards en 2014 à 70,042 milliards" (hi02 jeuneafrique: "leur" unread).

``follow_up._ANAPHOR``: "its/their value/volume/total/size" after a fronted time ("in 2021", "in
the first half") too, with every change verb ("jumped", "surged", "went from", ...). The gloss gives
the possessive determiners of every glossed language (es "su"; pt "seu/sua/seus/suas", "o seu";
fr "sa", "leur"; it "il suo/la sua/i suoi/le sue", "il loro"; ro "valoarea sa/lor"; pl
"jego/jej/ich"; cs "jeho/její/jejich"; sh "njegov/njen/njihov" in each gender; bg; de
"sein/ihr" in each case; vi "của nó"; Russian and Ukrainian before their value nouns, "его
объём", "її обсяг"), and Russian is read with "ё" and "е" alike (``foreign_table.yo_folded``:
print leaves the dots off, "объем"/"объём", "партнеры"/"партнёры").

Made-up sentences with forms no dev page uses (Spanish "su valor", Portuguese "o seu valor",
Italian "il suo valore", Polish "jego wartość", Russian "его объем", Ukrainian "його обсяг",
Indonesian "nilainya melonjak"). Near miss: a possessive of something else ("its population")
reads nothing.
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_CASES = [
    (
        "El comercio entre España y Chile creció mucho.",
        "En 2028 su valor subió a 5.000 millones de dólares.",
        ("ESP", "CHL"),
    ),
    (
        "O comércio entre Portugal e o Chile cresceu muito.",
        "Em 2028 o seu valor subiu para 5 mil milhões de dólares.",
        ("PRT", "CHL"),
    ),
    (
        "Il commercio tra Italia e Cile è cresciuto molto.",
        "Nel 2028 il suo valore è salito a 5 miliardi di dollari.",
        ("ITA", "CHL"),
    ),
    (
        "Handel Polski z Chile bardzo wzrósł.",
        "W 2028 roku jego wartość wzrosła do 5 mld dolarów.",
        ("POL", "CHL"),
    ),
    (
        "Товарооборот России и Чили сильно вырос.",
        "В 2028 году его объем вырос до 5 млрд долларов.",
        ("RUS", "CHL"),
    ),
    (
        "Товарообіг України та Чилі значно зріс.",
        "У 2028 році його обсяг зріс до 5 млрд доларів.",
        ("UKR", "CHL"),
    ),
    (
        "Perdagangan Indonesia dan Chile meningkat pesat.",
        "Pada 2028 nilainya melonjak menjadi 5 miliar dolar AS.",
        ("IDN", "CHL"),
    ),
]


@pytest.mark.parametrize(("lead", "sentence", "pair"), _CASES)
def test_possessive_value_after_a_fronted_time(
    lead: str, sentence: str, pair: tuple[str, str]
) -> None:
    out = figures(f" date 2029-03-01\n{lead}\n\n{lead} {sentence}\n")
    got = [
        (r["flow"], r["reporter"], r["partner"], str(r["period_start"]), float(r["value"]))
        for r in out.to_dict("records")
    ]
    assert got == [("turnover", *pair, "2028-01-01", 5_000_000_000.0)]


def test_russian_yo_written_either_way() -> None:
    assert gloss("основные торговые партнеры", "ru") == gloss("основные торговые партнёры", "ru")
    assert gloss("его объем", "ru") == gloss("его объём", "ru") == "its volume"


def test_near_miss_possessive_of_a_count() -> None:
    out = figures(
        " date 2029-03-01\nEl comercio entre España y Chile creció mucho.\n\nEl comercio entre "
        "España y Chile creció mucho. En 2028 su población llegó a 20 millones.\n"
    )
    assert out.empty
