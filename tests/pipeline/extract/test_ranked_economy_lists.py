"""A list ranking one economy's suppliers or buyers ("A ranked fourth among X's suppliers,
behind B ($2bn), C ($1bn)"): the items are X's partners, not A's (issue 15, the wrong-pair
kind). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_LEDE = "date 2031-03-02\nPeru's exports to Chile rose to $3 billion in 2030.\n"


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_a_list_of_an_economys_suppliers_is_its_imports() -> None:
    out = figures(
        _LEDE + "Ecuador ranked fourth among Brazil's suppliers in 2030, behind China ($2.6 "
        "billion), the United States ($2.1 billion) and Germany ($0.8 billion)."
    )
    pairs = _pairs(out)
    assert ("imports", "BRA", "USA", 2.1e9) in pairs, out.to_string()
    assert ("imports", "BRA", "DEU", 0.8e9) in pairs, out.to_string()


def test_a_list_of_the_buyers_of_an_economy_is_its_exports() -> None:
    out = figures(
        _LEDE + "Ecuador was fifth among the main buyers of Brazil in 2030, behind the United "
        "States ($1.9 billion) and Spain ($0.6 billion)."
    )
    pairs = _pairs(out)
    assert ("exports", "BRA", "USA", 1.9e9) in pairs, out.to_string()
    assert ("exports", "BRA", "ESP", 0.6e9) in pairs, out.to_string()


def test_a_list_of_the_first_economys_own_suppliers_stays_its_own() -> None:
    # near miss: the economy named first owns the list ("Ecuador's main suppliers were ...")
    out = figures(
        _LEDE + "Ecuador's main suppliers in 2030 were China ($2.6 billion), the United States "
        "($2.1 billion) and Germany ($0.8 billion), ahead of Brazil."
    )
    pairs = _pairs(out)
    assert ("imports", "ECU", "USA", 2.1e9) in pairs, out.to_string()
    assert ("imports", "ECU", "DEU", 0.8e9) in pairs, out.to_string()
