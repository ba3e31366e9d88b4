"""A ranked economy named as the importer or exporter itself (issue 15, the kind "value never
read"): "B was the largest importer from A, with purchases totaling $X" (B imports from A),
"B is the biggest exporter to A" (B exports to A), and an economy ranked after it takes B's
side, the reporter: "C followed with $Y" is C's imports from A. Made-up sentences, never page
text."""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"


def _rows(text: str) -> set[tuple]:
    got = figures(_DATE + text).itertuples()
    return {(r.flow, r.reporter, r.partner, r.value) for r in got}


def test_the_largest_importer_from_a_country_imports_from_it() -> None:
    got = _rows(
        "Peru was the largest importer from Chile in 2030, with purchases totaling $1.1 billion."
    )
    assert got == {("imports", "PER", "CHL", 1.1e9)}


def test_the_biggest_exporter_to_a_country_exports_to_it() -> None:
    got = _rows("Peru was the biggest exporter to Chile in 2030, shipping $1.1 billion.")
    assert got == {("exports", "PER", "CHL", 1.1e9)}


def test_an_economy_ranked_after_the_importer_takes_the_importers_side() -> None:
    got = _rows(
        "Peru was the largest importer from Chile in 2030, with purchases totaling $1.1 billion. "
        "Bolivia followed with $800 million."
    )
    assert ("imports", "BOL", "CHL", 800e6) in got


def test_an_economy_ranked_after_a_partner_still_takes_the_partners_side() -> None:
    # near miss: the ranked economy was the partner ("A ranked first for B's exports")
    got = _rows(
        "Ghana ranked first for Kenyan exports in 2030 with $3.1 billion. Uganda ranked second "
        "with $2.4 billion, followed by Rwanda with $910 million."
    )
    assert ("exports", "KEN", "UGA", 2.4e9) in got
    assert ("exports", "KEN", "RWA", 910e6) in got


def test_exporters_or_importers_with_no_country_after_them_read_nothing() -> None:
    # near misses: "exporters to" before a verb, and importers named by product
    assert not _rows("The minister urged Kenyan exporters to target markets worth $3 billion.")
    assert not _rows("Peru is the largest importer of Chilean copper, worth $1.1 billion a year.")


def test_a_ranking_of_importers_goes_on_past_its_second_economy() -> None:
    got = _rows(
        "Peru was the largest importer from Chile in 2030, with purchases totaling $1.1 billion. "
        "Bolivia followed with $800 million. Ecuador ranked third with $500 million, and Brazil "
        "was fourth with $400 million."
    )
    assert ("imports", "ECU", "CHL", 500e6) in got
    assert ("imports", "BRA", "CHL", 400e6) in got
