"""Round 49, a sector word that names one item of the list of goods a flow carries (made-up
sentences, made-up figures).

Kind (scope read from an aside): "Fiji sells garments, pharmaceutical products and fresh produce
to NZ worth $162m", "Italy exported €1.1bn to Qatar among machinery, furniture, fashion ... food
and drugs, up 45%", "exports of various goods (oil, coffee, fruit and drinks) from Angola to
Portugal reached €438m": a list of three or more goods right after a trade verb, "among"/
"between" or "goods (" says what the one amount is made of; a sector word naming only one of its
items does not narrow the amount to that sector, the figure is the total (``scope``,
``_one_of_goods_list``). Seen on dev pages of three outlets in three languages (hl01 fbcnews,
English; hw03 agenzianova, Italian; ig06 guardiao, Portuguese). Near misses keep their sector: a
list whose other items are of the same sector ("machinery, equipment and spare parts", a customs
chapter's name, NOTES), and a list whose items each have the change ("each rose 10%", NOTES "one
change shared by a list of products").
"""

import pytest

from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {(r.flow, r.scope, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: the list is the object of "sells"
            "Ghana sells cocoa, garments and timber to Togo worth about $210 million a year.",
            "Ghana and Togo",
            {("exports", "total", "GHA", "TGO", "level", 210000000.0)},
        ),
        (  # Spanish, glossed: "entre" (among) before the list, a change after it
            "En 2030 Chile exportó a Perú 900 millones de dólares entre maquinaria, muebles, vino"
            " y frutas, con un aumento de 12% respecto al año anterior.",
            "Chile y Perú: comercio",
            {
                ("exports", "total", "CHL", "PER", "level", 900000000.0),
                ("exports", "total", "CHL", "PER", "pct_change", 12.0),
            },
        ),
        (  # English: "various goods (" before the list
            "Exports of various goods (toys, coffee, steel and furniture) from Brazil to Peru"
            " reached $300 million in 2030.",
            "Brazil and Peru",
            {("exports", "total", "BRA", "PER", "level", 300000000.0)},
        ),
    ],
)
def test_a_sector_word_naming_one_item_of_the_goods_list_leaves_the_total(
    text: str, title: str, expected: set[tuple]
) -> None:
    assert expected <= _rows(text, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the other items are the sector's own: a chapter name, still machinery
            "Vietnam imports machinery, equipment and spare parts from Japan worth $2 billion a"
            " year.",
            ("imports", "machinery", "VNM", "JPN", "level", 2000000000.0),
        ),
        (  # every item has the change: the sector's row (NOTES)
            "Imports of optical goods, steel, toys and dyes from Japan each rose over 10% in 2030.",
            ("imports", "metals", "VNM", "JPN", "pct_change", 10.0),
        ),
    ],
)
def test_a_list_of_one_sector_or_of_each_items_keeps_the_sector(text: str, expected: tuple) -> None:
    assert expected in _rows(text, "Vietnam and Japan")
