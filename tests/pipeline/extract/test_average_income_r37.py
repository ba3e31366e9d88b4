"""Round 37: an average income, a per-capita income or GDP, an average wage is no trade figure
(vocabulary ``amount_noun``), in English and as glossed from Spanish ("el ingreso medio es de
860 mil pesos o 41 mil euros") or Portuguese ("renda média"). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _values(text: str, title: str = "Chile and Peru") -> set[float]:
    out = figures(f"date 2031-05-01\n{title}\n{text}\n")
    return set(out.value)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Trade between Chile and Peru reached $16 billion; the average income is $41,000.", ""),
        ("Trade between Chile and Peru reached $16 billion, and GDP per capita was $41,000.", ""),
        (
            "Al analizar la relación económica entre Chile y Perú, el director indicó que allí el"
            " ingreso medio es de 860 mil pesos, con 31 millones de consumidores.",
            "Chile y Perú",
        ),
    ],
)
def test_an_average_income_is_no_trade_figure(text: str, title: str) -> None:
    values = _values(text, title or "Chile and Peru")
    assert 41_000 not in values and 860_000 not in values


def test_near_miss_the_trade_figure_beside_it_stays() -> None:
    assert 16e9 in _values(
        "Trade between Chile and Peru reached $16 billion; the average income is $41,000."
    )
