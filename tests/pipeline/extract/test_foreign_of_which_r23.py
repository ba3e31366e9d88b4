"""A pair's total split "of which" its flows, and a "non-" subset after its flow (round 23).

"de los cuales US$ X corresponden a exportaciones colombianas" left "of the cuales ... corresponden
to Colombian exports" unglossed, and the flow's amount was read as a second turnover; glossed "of
which US$ X were Colombian exports" it is the exports the English rules read. A subset written
after its flow ("las exportaciones no tradicionales", "exportações não petrolíferas") is put before
it as English writes it, so "non-oil" is read as the sector and "non-traditional" as a subset the
rules leave out. Every sentence is made up.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("lang", "sentence", "glossed"),
    [
        ("es", "El comercio sumó US$ 900 millones, de los cuales US$ 600 millones", "of which"),
        ("es", "las ventas, de las cuales la mitad corresponden a Chile", "of which"),
        ("pt", "O comércio somou US$ 900 milhões, dos quais US$ 600 milhões", "of which"),
        ("fr", "Les échanges ont atteint 90 milliards, dont 60 milliards", "of which"),
        ("es", "Las exportaciones no tradicionales de Chile crecieron.", "non-traditional exports"),
    ],
)
def test_of_which_and_non_subsets_are_glossed(lang: str, sentence: str, glossed: str) -> None:
    assert glossed in gloss(sentence, lang)


def test_spanish_of_which_corresponden_a_exportaciones_is_the_exports() -> None:
    out = figures(
        "date 2031-05-20\nEl intercambio comercial bilateral entre Colombia y Ecuador ascendió a "
        "US$ 2.400 millones en 2030, de los cuales US$ 1.700 millones corresponden a "
        "exportaciones colombianas, informó el ministerio."
    )
    got = {
        v: (f, r, p)
        for v, f, r, p in zip(
            out["value"], out["flow"], out["reporter"], out["partner"], strict=True
        )
    }
    assert got[1_700_000_000.0] == ("exports", "COL", "ECU")
    assert got[2_400_000_000.0][0] == "turnover"


def test_spanish_non_traditional_exports_are_a_subset_without_a_row() -> None:
    out = figures(
        "date 2031-05-20\nLas exportaciones de Colombia a Ecuador sumaron US$ 1.700 millones en "
        "2030, según el ministerio.\nLas exportaciones no tradicionales de Colombia a Ecuador "
        "sumaron US$ 900 millones en 2030."
    )
    assert list(out["value"]) == [1_700_000_000.0]
