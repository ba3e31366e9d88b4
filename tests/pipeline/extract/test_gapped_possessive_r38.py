"""Round 38: a gapped clause with its country in the possessive ("Peru's exports to Japan were
$2bn; Chile's, $3bn") takes the place of the side the figure wrote in the possessive (he12).
Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, str(r.period_start))
        for r in figures(text).itertuples()
    }


def test_possessive_exporters_after_a_possessive_exporter() -> None:
    got = _rows(
        "date 2031-08-01\nPeru's exports to Japan in 2030 were $2.1 billion; Chile's, $3.4 "
        "billion; Bolivia's, $0.2 billion.\n"
    )
    assert got == {
        ("exports", "PER", "JPN", 2.1e9, "2030-01-01"),
        ("exports", "CHL", "JPN", 3.4e9, "2030-01-01"),
        ("exports", "BOL", "JPN", 0.2e9, "2030-01-01"),
    }


def test_possessive_importer_without_a_comma() -> None:
    got = _rows(
        "date 2031-08-01\nGhana's imports from China were $5 billion in 2030 and Nigeria's $9 "
        "billion.\n"
    )
    assert got == {
        ("imports", "GHA", "CHN", 5e9, "2030-01-01"),
        ("imports", "NGA", "CHN", 9e9, "2030-01-01"),
    }


def test_possessive_partner_side_is_replaced_when_the_partner_was_possessive() -> None:
    # "$20bn of Nigeria's oil ... and Ghana's": the possessive side is the seller
    got = _rows(
        "date 2031-08-01\nThe US bought $20 billion of Nigeria's oil in 2030 and Ghana's, $2 "
        "billion.\n"
    )
    assert ("imports", "USA", "GHA", 2e9, "2030-01-01") in got, got


def test_a_plain_gapped_country_still_names_a_new_partner() -> None:
    # near miss: no possessive, "and B $3m" is a new counterpart
    got = _rows(
        "date 2031-08-01\nPeru's exports to Japan in 2030 were $2.1 billion and Korea $1.5 "
        "billion.\n"
    )
    assert ("exports", "PER", "KOR", 1.5e9, "2030-01-01") in got, got
