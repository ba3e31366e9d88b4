"""Round 41: "these exports" after a label naming a sector ("Agri-food products: France ranks among
the top three markets for these Irish exports, valued at €1.2bn", a bullet of a page's list of
sectors) are that sector's; a label naming no sector keeps the total. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _scope(sentence: str) -> str:
    out = figures(f"date 2031-03-01\nDenmark and Spain\n\n{sentence}\n")
    assert len(out) == 1, out
    return out.iloc[0]["scope"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "Agri-food products: Spain ranks among the top five markets for these Danish exports,"
            " valued at €0.9 billion in 2030.",
            "agriculture",
        ),
        (
            "Key figures: Spain ranks among the top five markets for these Danish exports, valued"
            " at €0.9 billion in 2030.",
            "total",
        ),
    ],
)
def test_a_label_names_the_sector_of_these_exports(sentence: str, scope: str) -> None:
    assert _scope(sentence) == scope


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Dairy products: Danish exports to Spain reached €0.5 billion in 2030.", "agriculture"),
        # near misses: the clause's own sector wins; a label naming no sector keeps the total
        (
            "Dairy products: Danish machinery exports to Spain reached €0.5 billion in 2030.",
            "machinery",
        ),
        ("Note: Danish exports to Spain reached €0.5 billion in 2030.", "total"),
    ],
)
def test_a_label_names_the_sector_of_a_clause_that_names_none(sentence: str, scope: str) -> None:
    assert _scope(sentence) == scope
