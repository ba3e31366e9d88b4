"""Round 43: a currency symbol a syndication feed spelled out in brackets ("(dollar)519.2
million", "(euro)1.2 billion") is read as the symbol; a bracketed word that is no symbol before
a number, or "(dollar)" before a word, stays. Made-up lines."""

import pytest

from pipeline.ingest.clean import normalise


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trade stood at (dollar)519.2 million in 2029.", "Trade stood at $519.2 million in 2029."),
        ("Exports reached (euro) 1.2 billion.", "Exports reached €1.2 billion."),
        ("(Dollar)40 million of imports", "$40 million of imports"),
    ],
)
def test_a_spelled_symbol_before_a_number_is_the_symbol(line: str, expected: str) -> None:
    assert normalise(line) == expected


@pytest.mark.parametrize(
    "line",
    ["The (dollar) exchange rate fell.", "Imports (total) 40 million rose.", "(dollar) rates"],
)
def test_near_miss_other_brackets_stay(line: str) -> None:
    assert normalise(line) == line
