"""A product line named by a plain noun on the flow word is no figure (NOTES.md: a single named
product that is not a sector is not annotated), whatever the good (pipeline/extract/products.py):
"butter exports", "Electronic product exports", "the export of raspberries". Made-up sentences
in several outlets' styles, each beside a true bilateral figure that must stay.
"""

import pytest

from pipeline.extract.products import named_product
from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (  # wire style: a statistics office's monthly release
            "date 2031-08-20\nNew Zealand's exports to China rose 4 percent to 1.2 billion NZ "
            "dollars in July 2031, Stats NZ said. Lamb exports to China fell 40 percent to "
            "300 million NZ dollars in July 2031.",
            {4.0, 1_200_000_000.0},
            {40.0, 300_000_000.0},
        ),
        (  # business daily: a sentence-initial product and an adjective before "product"
            "date 2031-08-20\nTaiwan's exports to Japan reached US$2.1 billion in July 2031. "
            "Optical product exports to Japan jumped 22 percent to US$90 million.",
            {2_100_000_000.0},
            {22.0, 90_000_000.0},
        ),
        (  # government portal: "the export of <goods>"
            "date 2031-08-20\nSerbia's exports to Germany amounted to EUR 1.9 billion in the "
            "first half of 2031. The export of blueberries to Germany increased by 35% and is "
            "EUR 12 million.",
            {1_900_000_000.0},
            {35.0, 12_000_000.0},
        ),
        (  # regional outlet: a product inside a clause, and "imports of <goods>"
            "date 2031-08-20\nTrade between Moldova and Romania reached $2.5 billion in 2030, "
            "while walnut shipments to Romania rose 18% and imports of brandy from Moldova "
            "doubled.",
            {2_500_000_000.0},
            {18.0, 2.0},
        ),
    ],
)
def test_a_product_named_on_the_flow_word_is_no_figure(
    text: str, kept: set[float], dropped: set[float]
) -> None:
    got = values(text)
    assert kept <= got
    assert got & dropped == set()


@pytest.mark.parametrize(
    "own",
    [
        "Chinese exports to Chile rose ",  # a demonym
        "Total product exports to Chile rose ",  # "product" with no adjective of its own
        "The country's goods exports to Chile rose ",  # goods are all goods
        "Bilateral trade rose ",  # an adjective
        "The two sides agreed to boost trade to ",  # a verb's object
        "African exports to China rose ",  # a region's adjective at the start
        "Dairy exports to China rose ",  # a sector word (agriculture)
        "Exports of food to Chile fell ",  # a sector phrase's word
        "Indonesia's non-oil and gas exports to Australia were ",  # inside a sector phrase
        "Exports of goods to Chile rose ",
        "On the import side, imports from Chile were ",
        "It posted exports against imports of ",
    ],
)
def test_no_product_is_read_into_trade_wording(own: str) -> None:
    assert not named_product(own)


@pytest.mark.parametrize(
    "own",
    [
        "Butter exports to China fell ",
        "In contrast, chemical product exports to Korea soared ",
        "Shrimp shipments to Japan rose ",
        "Imports of wine from France rose ",
        "Kenyan tea exports to Pakistan fell ",
    ],
)
def test_a_product_noun_on_the_flow_word_is_found(own: str) -> None:
    assert named_product(own)
