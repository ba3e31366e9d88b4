"""Round 46, Portuguese: kinds of the dev pages the gloss did not read.
- "produtos alimentares", "produtos das indústrias alimentares" (the statistics' food section),
  "agroalimentares": food products, the agriculture sector.
- A passive purchase or sale: "produtos comprados por Portugal a Angola" (bought by Portugal
  from Angola: Portugal's imports), "vendidos por" (sold by: the seller's exports).
- "cerca dos / cerca das" (about, before the article of an amount): approximate.
Made-up sentences."""

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(
        figures(f"date 2031-05-10\nO comércio entre Portugal e Angola\n\n{body}\n"),
        ("flow", "scope", "reporter", "partner", "period_end", "value", "approx"),
    )


def test_food_products_are_agriculture() -> None:
    assert _rows(
        "Em 2030, Portugal exportou para Angola produtos alimentares no valor de 88 milhões de"
        " euros."
    ) == {("exports", "agriculture", "PRT", "AGO", "2030-12-31", 88e6, False)}
    assert _rows(
        "Em 2030, as exportações de produtos agroalimentares portugueses para Angola somaram 120"
        " milhões de euros."
    ) == {("exports", "agriculture", "PRT", "AGO", "2030-12-31", 120e6, False)}


def test_products_alone_are_the_total() -> None:
    assert _rows(
        "Em 2030, Portugal exportou para Angola produtos no valor de 88 milhões de euros."
    ) == {("exports", "total", "PRT", "AGO", "2030-12-31", 88e6, False)}


def test_bought_by_one_from_the_other() -> None:
    assert _rows(
        "Em 2030, os produtos comprados por Portugal a Angola somaram 640 milhões de euros."
    ) == {("imports", "total", "PRT", "AGO", "2030-12-31", 640e6, False)}
    assert _rows(
        "Em 2030, as mercadorias compradas por Portugal a Angola atingiram 700 milhões de euros,"
        " segundo o INE."
    ) == {("imports", "total", "PRT", "AGO", "2030-12-31", 700e6, False)}


def test_sold_by_one_to_the_other() -> None:
    assert _rows(
        "Em 2030, os bens vendidos por Angola a Portugal somaram 640 milhões de euros."
    ) == {("exports", "total", "AGO", "PRT", "2030-12-31", 640e6, False)}


def test_about_before_the_article_of_an_amount() -> None:
    assert _rows(
        "Em 2030, o comércio entre Portugal e Angola atingiu cerca dos 2 mil milhões de euros."
    ) == {("turnover", "total", "PRT", "AGO", "2030-12-31", 2e9, True)}
    assert _rows(
        "As exportações portuguesas para Angola subiram em 2030 para cerca dos 900 milhões de"
        " euros."
    ) == {("exports", "total", "PRT", "AGO", "2030-12-31", 900e6, True)}


def test_an_article_alone_is_exact() -> None:
    assert _rows(
        "As exportações portuguesas para Angola subiram em 2030 para os 900 milhões de euros."
    ) == {("exports", "total", "PRT", "AGO", "2030-12-31", 900e6, False)}
