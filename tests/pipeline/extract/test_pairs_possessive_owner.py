"""Which country owns a flow (round 13): "export earnings/sales from X" on a page about another
economy are that economy's exports to the market X (while "exports from X", "imports from X"
keep X as the origin). Made-up sentences in several outlets' styles, never
page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


_EARNINGS = (
    "date 2031-03-04\nGhana's cocoa sales to Japan grow\n\n"
    "Ghana's exporters, Ghana's farmers and Ghana's ports gained from the cocoa season.\n\n{body}"
)


def test_export_earnings_from_a_market_are_the_pages_exports_to_it() -> None:
    for body in (
        "Export earnings from Japan rose 12.4% to $842.6 million in 2030.",
        "The statistics office said export sales from Japan reached $842.6 million in 2030.",
    ):
        out = figures(_EARNINGS.format(body=body))
        assert ("exports", "GHA", "JPN", 842.6e6) in _pairs(out), (body, out.to_string())


def test_exports_and_imports_from_a_country_keep_it_the_origin() -> None:
    # near miss: "exports from Japan", "imports from Japan": Japan's goods
    out = figures(_EARNINGS.format(body="Exports from Japan rose 12.4% to $842.6 million in 2030."))
    assert ("exports", "JPN", "GHA", 842.6e6) in _pairs(out), out.to_string()
    out = figures(_EARNINGS.format(body="Imports from Japan rose 12.4% to $842.6 million in 2030."))
    assert ("imports", "GHA", "JPN", 842.6e6) in _pairs(out), out.to_string()
