"""Round 48, "de YEAR à YEAR" as a range on Romance pages (made-up sentences and figures).

Kind: French "de 2018 à 2021" and Spanish "de 2018 a 2021" are glossed "of 2018 to 2021"; read
as "from 2018 to 2021" (as Portuguese already was, ``portuguese.ranges_from``, now called for
every Romance language in ``foreign.gloss``), the figure is the span's, not its last year's.
Near miss: "les exportations de 2030" (one year after "de", no range) keeps its year."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "De 2026 à 2029, le commerce global entre le Sénégal et le Mali s'élève à 812,5 "
            "milliards de francs CFA.",
            "Commerce",
            {("turnover", "MLI", "SEN", "2026-01-01", "2029-12-31", "level", 812.5e9, "XOF")},
        ),
        (
            "De 2026 a 2029, el comercio entre Chile y Perú sumó 7.310 millones de dólares.",
            "Comercio",
            {("turnover", "CHL", "PER", "2026-01-01", "2029-12-31", "level", 7.31e9, "USD")},
        ),
    ],
)
def test_de_a_is_a_range(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_one_year_after_de() -> None:
    text = "Les exportations de 2030 du Sénégal vers le Mali ont atteint 96 millions de dollars."
    assert _rows(text, "Commerce") == {
        ("exports", "SEN", "MLI", "2030-01-01", "2030-12-31", "level", 96e6, "USD")
    }
