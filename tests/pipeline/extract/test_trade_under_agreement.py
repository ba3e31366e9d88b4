"""Trade under an agreement or a preference scheme is a subset of the pair's trade with no sector
scope (NOTES.md, "Trade under an agreement or preference scheme"): "$48m of which took place
under the FTA", "exports to B under the A-B FTA rose to $X" give no row. The whole trade beside
it stays, and so does a figure whose sentence names the agreement only as its setting. Made-up
sentences."""

from tests.pipeline.extract.test_extract import figures

_PAGE = "date 2031-05-02\nTrade between Chile and Japan reached $15 billion in 2030.\n\n"


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(_PAGE + text).itertuples()}


def test_the_part_of_which_took_place_under_the_fta() -> None:
    got = values(
        "In 2030, Chile's total exports to Japan reached $71 million, of which $48m - 68 per "
        "cent - took place under the FTA."
    )
    assert 71e6 in got and 48e6 not in got  # near miss inside: the total stays


def test_exports_under_a_named_agreement() -> None:
    got = values("Chile's exports to Japan under the Chile-Japan FTA rose to $3.3 billion in 2030.")
    assert 3.3e9 not in got


def test_an_agreement_as_the_setting_stays() -> None:
    # near miss: "Under the FTA, ..." fronted is the setting of the whole trade
    got = values(
        "Under the FTA signed in 2025, Chile's exports to Japan rose to $3.3 billion in 2030."
    )
    assert 3.3e9 in got
