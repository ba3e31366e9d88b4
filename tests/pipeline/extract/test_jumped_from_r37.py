"""Round 37: Portuguese and Spanish "jumped from ... to ..." ("pularam de US$ 4,8 bilhões para US$
8,5 bilhões", "saltaron de ... a ...") is a change between two levels, as "subiram de" already
was: after "Entre 2019 e 2023" the first level is 2019's, the second 2023's. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _levels(text: str, title: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\n{title}\n{text}\n")
    out = out[out.measure == "level"]
    return {(r.value, str(r.period_start)[:4]) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Entre 2026 e 2030, as vendas brasileiras ao mercado chileno cresceram 74% e pularam"
            " de US$ 4,8 bilhões para US$ 8,5 bilhões.",
            "Brasil e Chile",
        ),
        (
            "Entre 2026 y 2030, las exportaciones peruanas a Chile saltaron de US$ 4.800 millones"
            " a US$ 8.500 millones.",
            "Perú y Chile",
        ),
    ],
)
def test_jumped_from_reads_two_levels(text: str, title: str) -> None:
    assert _levels(text, title) == {(4.8e9, "2026"), (8.5e9, "2030")}
