"""Round 48, the economies that write a shared currency word (made-up sentences and figures).

Kind: a shared currency word or symbol ("Rs", "rupees", "riyals", "dinars") is written by every
economy whose own currency the lexicon names "<Adjective> <word>" ("Mauritian rupees",
"Seychellois rupees"): those economies are choices of the shared word as much as the ones its
row lists, so a Mauritian figure in "Rs" is in Mauritian rupees, not Indian ones
(``lexicon.currencies``, ``_named_choices``). Near miss: an Indian figure in "Rs" stays INR."""

import pytest

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures

_FIELDS = ("flow", "reporter", "partner", "value", "unit")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), _FIELDS)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English, the symbol
            "Mauritius's exports to China rose to Rs 3.4 billion in 2030.",
            "Port Louis trade",
            {("exports", "MUS", "CHN", 3400000000.0, "MUR")},
        ),
        (  # the word
            "Seychelles' exports to France reached 420 million rupees in 2030.",
            "Trade",
            {("exports", "SYC", "FRA", 420000000.0, "SCR")},
        ),
    ],
)
def test_named_currency_economy_is_a_choice(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_indian_rupees_stay() -> None:
    assert _rows("India's exports to Mauritius rose to Rs 5.2 billion in 2030.") == {
        ("exports", "IND", "MUS", 5200000000.0, "INR")
    }
