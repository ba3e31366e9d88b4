"""Round 33 (breaking pass on direction): people "from" a country ("Ministers from Nigeria, whose
imports from China ...", "a delegation from Kenya") are of it; the country is no origin of the
goods. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-05-20") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from Ghana, whose imports from Peru reached $19.2 billion in 2029, arrived in Lima.",
        "A delegation from Ghana, whose purchases from Peru reached $19.2 billion in 2029, arrived in Lima.",
        "Buyers from Ghana, who imported $19.2 billion of goods from Peru in 2029, attended the fair.",
    ],
)
def test_people_from_a_country_are_of_it(text: str) -> None:
    assert _rows(text) == {("imports", "GHA", "PER", 19.2e9)}


def test_near_miss_goods_from_a_country_come_from_it() -> None:
    assert _rows("Imports from Ghana reached $19.2 billion in Peru in 2029.") == {
        ("imports", "PER", "GHA", 19.2e9)
    }
