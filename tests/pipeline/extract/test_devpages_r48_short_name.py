"""Round 48, a country's short name (made-up sentences, made-up figures).

Kind: "Burkina", the short name pages in French and English write for Burkina Faso ("les
exportations du Burkina", "Burkina's cotton exports"), is that country (``countries.csv``
alias), so the reporter is not taken from another country of the page. Near miss: "Burkina
Faso" and the demonym "Burkinabe" read as before."""

import pytest

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures

_FIELDS = ("flow", "reporter", "partner", "value", "unit")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), _FIELDS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Togo is a big market. Burkina's exports to Niger rose to $84 million in 2030.",
            {("exports", "BFA", "NER", 84000000.0, "USD")},
        ),
        (
            "Le Niger est un voisin. Les exportations du Burkina vers le Bénin ont atteint 61,2 "
            "milliards FCFA en 2030.",
            {("exports", "BFA", "BEN", 61200000000.0, "XOF")},
        ),
    ],
)
def test_short_name_is_the_country(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_full_name_unchanged() -> None:
    assert _rows("Burkina Faso's exports to Niger rose to $84 million in 2030.") == {
        ("exports", "BFA", "NER", 84000000.0, "USD")
    }
