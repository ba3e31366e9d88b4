"""Round 37: in one economy's account of its trade with another, the partner's adjective on
imports after the first economy's adjective on exports ("Peruvian exports rose to $1.8bn, while
Japanese imports reached $1.4bn"; Spanish "exportaciones peruanas ..., mientras las importaciones
japonesas ...") names the goods' origin: Peru's imports from Japan (NOTES: an adjective of
origin on a flow in the reporter's own statistics; go 9). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Peru and Japan") -> set[tuple]:
    out = figures(f"date 2031-01-10\n{title}\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Peruvian exports to Japan rose to $1.8 billion in 2030, while Japanese imports"
            " reached $1.4 billion.",
            "Peru and Japan",
        ),
        (
            "El año pasado, con exportaciones peruanas que subieron a 1.800 millones de dólares,"
            " mientras las importaciones japonesas llegaron a 1.400 millones de dólares, Japón"
            " fue el quinto socio comercial de Perú.",
            "Perú y Japón",
        ),
    ],
)
def test_the_partner_s_adjective_on_imports_names_the_origin(text: str, title: str) -> None:
    got = _rows(text, title)
    assert ("imports", "PER", "JPN", 1.4e9) in got
    assert not any(r[0] == "imports" and r[1] == "JPN" for r in got)


def test_near_miss_a_demonym_s_imports_alone_stay_its_own() -> None:
    got = _rows("Japanese imports from Peru reached $1.4 billion in 2030.")
    assert ("imports", "JPN", "PER", 1.4e9) in got


def test_near_miss_purchases_are_the_buyer_s() -> None:
    got = _rows(
        "Peruvian exports of copper to Japan reached $2.3 billion in 2030, while Japanese"
        " purchases of zinc totaled $1.4 billion."
    )
    assert ("imports", "JPN", "PER", 1.4e9) in got
