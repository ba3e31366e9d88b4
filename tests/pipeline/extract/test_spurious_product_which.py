"""One product's figure in a ", which" clause (issue 15, round 12, spurious kind): "imports of
semiconductors, which doubled to $2bn" states the product's trade, the relative pronoun's
antecedent, not the pair's total (NOTES.md: a single named product is not annotated).

Every sentence is made up.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    "text",
    [
        # an agency's review: the product, then its change and levels in the relative clause
        "Chile's imports of semiconductors from Peru, which nearly doubled from $1.2 billion in "
        "2029 to $2.3 billion in 2030, led the rise.",
        # a list of products, each with its own relative clause
        "Chile's exports to Peru included soybeans, which tripled, and cellulose, which rose 41% "
        "in 2030.",
    ],
)
def test_a_which_clause_after_a_product_is_that_products(text: str) -> None:
    assert figures("date 2031-03-02\n" + text).empty


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near miss: the antecedent is the pair's trade, no product
        (
            "Chile's imports from Peru, which nearly doubled from $1.2 billion in 2029 to "
            "$2.3 billion in 2030, led the rise.",
            2.3e9,
        ),
        # near miss: a cue heads the products that describe the total before them
        (
            "Chile's exports to Peru, mainly copper and soybeans, which rose 12% to $900 million "
            "in 2030, hit a record.",
            9e8,
        ),
    ],
)
def test_a_which_clause_after_the_pairs_trade_is_kept(text: str, kept: float) -> None:
    assert kept in set(figures("date 2031-03-02\n" + text)["value"].round())
