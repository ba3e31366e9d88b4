"""Which economy reports the page's figures that name only a counterpart (round 15): of the
economies that reported figures so far, one of the page's pair before a third economy that
reported more ("Serbia's exports to Italy, Greece and Spain" on a page about Moldova and
Romania); a third economy still reports when no economy of the pair has. Made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures

_TITLE = "date 2031-02-10\nMoldova and Romania sign a trade deal\n\n"
_MOLDOVA = "Moldova's exports to Romania rose to $5 million in 2030.\n\n"
_SERBIA = (
    "Serbia's exports to Italy were $7 million, Serbia's exports to Greece $6 million and "
    "Serbia's exports to Spain $4 million in 2030.\n\n"
)
_UKRAINE = "Imports from Ukraine were $2 million in 2030."


def _pairs(text: str) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()]


def test_the_pairs_reporter_before_a_third_economy_reporting_more() -> None:
    found = _pairs(_TITLE + _MOLDOVA + _SERBIA + _UKRAINE)
    assert ("exports", "SRB", "GRC", 6e6) in found, found
    assert ("imports", "MDA", "UKR", 2e6) in found, found


def test_a_third_economy_reports_when_the_pair_has_not() -> None:
    # near miss: no economy of the page's pair reported a figure: Serbia's, as before
    found = _pairs(_TITLE + _SERBIA + _UKRAINE)
    assert ("imports", "SRB", "UKR", 2e6) in found, found
