"""A round of trade talks named after a place ("the Uruguay Round", "the Doha Round") names no
side of a trade (issue 15, the kind "wrong pair"). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    head = "date 2031-03-02\nKenya trade\n"
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(head + text).itertuples()}


def test_a_round_of_talks_is_no_partner() -> None:
    got = _rows(
        "Kenya's exports to Ghana were $4.1 billion in 2030. Exports of machinery reached "
        "$1.2 billion, up 150% from 1993 (the year before the Uruguay Round ended)."
    )
    assert ("exports", "KEN", "GHA", 1.2e9) in got, got


def test_the_country_itself_is_still_read() -> None:
    # near miss: the country named alone
    got = _rows("Kenya's exports to Uruguay reached $1.2 billion in 2030.")
    assert ("exports", "KEN", "URY", 1.2e9) in got, got
