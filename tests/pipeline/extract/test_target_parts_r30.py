"""Round 30: an export potential (French "potentiel d'exportation encore inexploité ... est estimé
à", Spanish "potencial exportador ... se estima en") is a target, and so are its parts after "of
which" ("dont"); a part of an actual amount stays actual, a target in a later clause does not
reach back. Every sentence is made up."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.value, r.unit, r.status) for r in out.itertuples()}


def test_the_parts_of_a_potential_are_targets() -> None:
    got = _rows(
        "date 2025-07-20\nTrade\nGhana's untapped export potential to Peru is estimated at "
        "114 million dollars, of which 20 million dollars concern cocoa and 15 million dollars "
        "gold.\n"
    )
    assert {r[-1] for r in got} == {"target"} and len(got) == 3


def test_the_parts_of_an_actual_stay_actual() -> None:
    got = _rows(
        "date 2025-07-20\nTrade\nGhana's exports to Peru reached 114 million dollars in 2024, "
        "of which 20 million dollars concern cocoa; the potential is estimated at 300 million "
        "dollars.\n"
    )
    assert {(r[3], r[-1]) for r in got} == {
        (114e6, "actual"),
        (20e6, "actual"),
        (300e6, "target"),
    }


def test_french_and_spanish_export_potential() -> None:
    got = _rows(
        "date 2025-07-20\nCommerce\nLes échanges commerciaux de la Tunisie avec le Pérou se sont "
        "élevés à environ 2,2 milliards de dinars en 2024. Cependant, le potentiel d’exportation "
        "encore inexploité vers le Pérou est estimé à 114 millions de dollars.\n"
    )
    assert ("exports", "TUN", "PER", 114e6, "USD", "target") in got
    got = _rows(
        "date 2025-07-20\nComercio\nEl comercio entre Chile y Ghana sumó 300 millones de dólares "
        "en 2024. El potencial exportador de Chile hacia Ghana se estima en 150 millones de "
        "dólares, según la agencia.\n"
    )
    assert ("exports", "CHL", "GHA", 150e6, "USD", "target") in got


def test_a_clause_after_but_ends_the_parts_of_a_potential() -> None:
    # round 31: the clause break ", but" was written with a backspace for its word boundary,
    # so it never matched and an actual after it read as a part of the target
    got = _rows(
        "date 2031-02-01\nTrade\nThe export potential of Chile to Peru is estimated at $114"
        " million, of which $20 million concern machinery, but actual exports reached $31"
        " million in 2030.\n"
    )
    assert ("exports", "CHL", "PER", 31e6, "USD", "actual") in got
