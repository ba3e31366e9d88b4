"""Figures no gold row has, of two kinds (round 14, second wave; made-up sentences, never page
text): a pair named by "between" whose other side is a group of partners ("trade between Peru
and Andean countries": NOTES, a region that is not a listed bloc is no figure), and a product
group outside the sectors ("mineral products", a trade-statistics section; wood glossed from
French "bois" and Spanish "madera": NOTES, a single named product is not annotated). Each
beside a near miss that must stay."""

import pytest

from tests.pipeline.extract.test_extract import figures

_PAGE = "date 2031-05-02\nPeru and Chile trade news.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Peru and Andean states rose in 2030, reaching a total turnover of "
        "$9.4 billion, according to customs data.",
        "The volume of trade exchange between Peru and Andean countries rose 26 percent to "
        "around $2.1 billion in 2030.",
        "Trade between the Philippines and other Asian nations climbed to $7.3 billion in 2030.",
    ],
)
def test_trade_between_an_economy_and_a_group_of_partners_is_no_figure(sentence: str) -> None:
    out = figures(_PAGE + sentence)
    assert out.empty, out.to_string()


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("Trade between Peru and Chile rose 26 percent to $2.1 billion in 2030.", "CHL"),
        ("Trade between Peru and CIS countries rose 26 percent to $2.1 billion in 2030.", "CIS"),
    ],
)
def test_trade_between_two_economies_or_an_economy_and_a_bloc_stays(
    sentence: str, partner: str
) -> None:
    out = figures(_PAGE + sentence)
    assert {2.1e9, 26.0} <= set(out["value"]), out.to_string()
    assert set(out["partner"]) | set(out["reporter"]) >= {"PER", partner}, out.to_string()


def test_mineral_products_are_a_product_group_not_a_figure() -> None:
    out = figures(
        _PAGE + "In May, Peru also exported mineral products totaling $31.5 million to Chile, "
        "while outbound shipments of machinery amounted to $10.2 million."
    )
    assert 31.5e6 not in set(out["value"]), out.to_string()
    assert ("machinery", 10.2e6) in {(r.scope, r.value) for r in out.itertuples()}


def test_mineral_fuels_stay_energy() -> None:
    out = figures(
        _PAGE + "In May, Peru also exported mineral fuels totaling $31.5 million to Chile."
    )
    assert ("energy", 31.5e6) in {(r.scope, r.value) for r in out.itertuples()}, out.to_string()


@pytest.mark.parametrize(
    ("page", "dropped", "kept"),
    [
        (
            "date 2031-05-02\nLe Pérou a exporté vers le Chili des produits pour 820 millions "
            "de dollars en 2030, puis le bois et les produits en bois dont la facture a "
            "enregistré 145 millions de dollars (+7%).",
            {145e6, 7.0},
            820e6,
        ),
        (
            "date 2031-05-02\nLas exportaciones de Perú a Chile sumaron 820 millones de dólares "
            "en 2030, y los productos de madera registraron 145 millones de dólares.",
            {145e6},
            820e6,
        ),
    ],
)
def test_wood_glossed_from_french_and_spanish_is_one_product(
    page: str, dropped: set[float], kept: float
) -> None:
    out = figures(page)
    assert kept in set(out["value"]), out.to_string()
    assert not dropped & set(out["value"]), out.to_string()


@pytest.mark.parametrize(
    "sentence",
    [
        "But the biggest jump was seen in Peru's non-traditional exports, which rose 56 percent "
        "to $1.2 billion in the first two months of 2030.",
        "Peru's domestic exports to Chile, which rose 56 percent to $1.2 billion in 2030, were "
        "led by copper.",
    ],
)
def test_a_subset_before_which_is_no_figure(sentence: str) -> None:
    out = figures("date 2030-05-02\nPeru and Chile trade news.\n" + sentence)
    assert out.empty, out.to_string()


def test_the_pairs_exports_before_which_stay() -> None:
    out = figures(
        "date 2030-05-02\nPeru and Chile trade news.\nPeru's exports to Chile, which rose 56 "
        "percent to $1.2 billion in 2030, were led by copper."
    )
    assert {56.0, 1.2e9} <= set(out["value"]), out.to_string()
