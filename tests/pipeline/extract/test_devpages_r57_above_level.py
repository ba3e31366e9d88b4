"""Round 57, kind: Portuguese "ficar acima de" (to stand above: "as exportações ... já ficaram
acima das vendas em 2007, somando US$ 489,9 milhões", hm11 correiodoestado) was glossed "ficaram
acima of the sales in 2007": the English rules dated the figure by the year of the level it
stood above (2007), not by its own period (2008 through September).

``lexicon/foreign_verbs.csv``: the verb with its preposition in each of its contractions
("acima de / do / da / dos / das"; Portuguese "ficar", "situar-se"; Spanish "quedar", "situarse",
"ubicarse por encima de / del / de los / de las"), every tense from
:mod:`pipeline.extract.foreign_conjugation`, is "exceeded", as English writes it; a level stated
above an amount stays approximate. Made-up sentences with tenses, verbs and Spanish forms no
dev page uses ("tinham ficado acima das", "situaram-se acima do", "se habían situado por encima
de las", "se ubicaron por encima de los").
"""

from __future__ import annotations

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(" date 2031-07-01\n" + text)
    return [
        (r.flow, r.reporter, r.partner, str(r.period_start)[:10], str(r.period_end)[:10], r.value)
        for r in out.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "reporter", "partner"),
    [
        (
            "Em 2031, até maio, as exportações de Angola para a Namíbia já tinham ficado acima "
            "das vendas de 2030, somando 75 milhões de dólares.",
            "AGO",
            "NAM",
        ),
        (
            "Em 2031, até maio, as exportações de Angola para a Namíbia situaram-se acima do "
            "total de 2030, somando 75 milhões de dólares.",
            "AGO",
            "NAM",
        ),
        (
            "En 2031, hasta mayo, las exportaciones de Perú a Bolivia ya se habían situado por "
            "encima de las ventas de 2030, sumando 75 millones de dólares.",
            "PER",
            "BOL",
        ),
    ],
)
def test_the_figure_keeps_its_own_period(text: str, reporter: str, partner: str) -> None:
    assert _rows(text) == [("exports", reporter, partner, "2031-01-01", "2031-05-31", 75e6)]


def test_a_level_above_an_amount_stays_approximate() -> None:
    out = figures(
        " date 2031-07-01\nEn 2030, las exportaciones de Perú a Bolivia se ubicaron por encima "
        "de los 500 millones de dólares."
    )
    assert list(out["value"]) == [500e6] and list(out["approx"]) == [True]
    out = figures(
        " date 2031-07-01\nEm 2030, as importações de Angola da Namíbia ficaram acima dos 40 "
        "milhões de dólares."
    )
    assert list(out["value"]) == [40e6] and list(out["approx"]) == [True]


def test_near_miss_a_plain_level_stays_as_it_is() -> None:
    # "ficaram em" (stood at) is no comparison: its own period, as before
    text = "Em 2031, até maio, as exportações de Angola para a Namíbia ficaram em 75 milhões de dólares."
    assert _rows(text) == [("exports", "AGO", "NAM", "2031-01-01", "2031-05-31", 75e6)]
