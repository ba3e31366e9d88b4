"""A Romance "total" written after its flow noun (``foreign._TOTAL_AFTER``), round 23.

Spanish, Portuguese, French and Italian put the adjective after the noun: "las ventas externas
totales de Argentina", "as exportações totais do Brasil", "le commerce total du pays", "le
esportazioni totali dell'Italia". Left unglossed, "exports totales of Argentina" lost the word
the English rules read a country's world total from, and the amount was published as that
country's exports to the page's partner. Every sentence is made up.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("lang", "sentence", "glossed"),
    [
        ("es", "Las ventas externas totales de Ruritania crecieron.", "total exports"),
        ("es", "El comercio total entre Chile y Bolivia creció.", "total trade between"),
        ("pt", "As exportações totais do Brasil cresceram.", "total exports"),
        ("fr", "Le commerce total du pays a progressé.", "total trade"),
        ("fr", "Les importations totales du Maroc ont reculé.", "total imports"),
        ("it", "Le esportazioni totali dell'Italia sono cresciute.", "total exports"),
    ],
)
def test_total_after_the_flow_is_glossed_before_it(lang: str, sentence: str, glossed: str) -> None:
    assert glossed in gloss(sentence, lang)


def test_a_countrys_world_total_after_a_pair_is_not_bilateral() -> None:
    out = figures(
        "date 2031-03-10\nEl intercambio comercial entre Chile y Bolivia alcanzó US$ 1.245 "
        "millones en 2030, según la cancillería.\nLas ventas externas totales de Bolivia "
        "llegaron a US$ 11.500 millones el año pasado."
    )
    assert list(out["value"]) == [1_245_000_000.0]


def test_a_pairs_total_trade_written_comercio_total_stays_a_row() -> None:
    out = figures(
        "date 2031-03-10\nEl comercio total entre Chile y Bolivia sumó US$ 1.245 millones en "
        "2030, según la cancillería."
    )
    assert list(zip(out["flow"], out["value"], strict=True)) == [("turnover", 1_245_000_000.0)]


def test_portuguese_world_totals_give_no_row() -> None:
    out = figures(
        "date 2031-02-10\nAs exportações brasileiras para a China somaram US$ 104 bilhões em "
        "2030, alta de 16,6% em relação ao ano anterior, segundo o ministério.\nAs exportações "
        "totais brasileiras chegaram a US$ 340 bilhões em 2030.\nO comércio total do país com o "
        "exterior chegou a US$ 600 bilhões em 2030."
    )
    assert sorted(out["value"]) == [16.6, 104_000_000_000.0]


@pytest.mark.parametrize(
    ("lang", "sentence", "glossed"),
    [
        ("es", "El comercio del país con el exterior creció.", "with the world"),
        ("es", "Las compras del exterior crecieron.", "from abroad"),
        ("pt", "O comércio do país com o exterior cresceu.", "with the world"),
        ("pt", "As vendas para o exterior cresceram.", "abroad"),
        ("fr", "Les échanges de la France avec l'extérieur ont progressé.", "with the world"),
        ("it", "Le vendite all'estero sono cresciute.", "abroad"),
    ],
)
def test_the_outside_world_is_glossed_as_the_world(lang: str, sentence: str, glossed: str) -> None:
    assert glossed in gloss(sentence, lang)
