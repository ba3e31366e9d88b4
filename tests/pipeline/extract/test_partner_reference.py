"""A directed flow "to that market" / "a ese mercado" / "para esse mercado" points at the partner
named before (like "to that country"), so the figure is that pair's, not the reporter's world
total (``partner_ref`` rows of triggers.csv; glosses in foreign_words.csv). Sentences made up."""

import datetime as dt

from tests.pipeline.extract.test_foreign import rows

D = dt.date

_LEAD_EN = "In the last decade, the bilateral relations between Peru and Japan have grown. "
_LEAD_ES = "En la última década, las relaciones bilaterales entre Perú y Japón han crecido. "


def test_exports_to_that_market_are_the_pairs() -> None:
    got = rows(
        f"date 2031-05\nA partner\n\n{_LEAD_EN}Peruvian exports to that market totaled "
        "US$ 1,234 million in 2030, and trade grew."
    )
    assert got[1_234_000_000.0] == (
        "exports",
        "PER",
        "JPN",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )
    got = rows(
        f"date 2031-05\nUn socio\n\n{_LEAD_ES}Según la agencia, las exportaciones peruanas a "
        "ese mercado totalizaron US$ 1.234 millones en 2030, y el comercio creció."
    )
    assert got[1_234_000_000.0][:3] == ("exports", "PER", "JPN")


def test_exports_with_no_partner_stay_a_world_total() -> None:
    # near miss: nothing points at a partner, so the figure is Peru's exports to the world
    got = rows(
        f"date 2031-05\nA partner\n\n{_LEAD_EN}Peruvian exports totaled US$ 1,234 million in "
        "2030, and trade grew."
    )
    assert 1_234_000_000.0 not in got
