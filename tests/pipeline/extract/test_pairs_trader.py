"""The page's trader (round 8): the economy whose exports or imports the title or lede reports
reports a later figure that names no reporter of its own, before any figure has named one.
Made-up sentences in several outlets' styles, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_a_demonym_heading_names_the_exporter_of_a_bare_exports_sentence() -> None:
    # The partner is named more often than the exporter: the article's "main" country is the
    # partner, yet the heading says whose exports they are.
    out = figures(
        "date 2031-02-10\nChilean exports to Japan jump to a record\n\n"
        "Japan bought more copper last year, and Japanese demand for salmon kept growing.\n\n"
        "Exports climbed 9.5 percent to $3.1 billion in 2030, the statistics office said."
    )
    assert ("exports", "CHL", "JPN", 3.1e9) in _pairs(out), out.to_string()
    assert ("exports", "CHL", "JPN", 9.5) in _pairs(out), out.to_string()


def test_a_possessive_export_destination_in_the_lede_names_the_exporter() -> None:
    # "X has become Y's largest export destination": Y exports; a country named after the
    # amount ("overtaking Z") is a comparison, not the exporter.
    out = figures(
        "date 2031-02-10\nShipments to Brazil reached $4.2 billion last month, overtaking "
        "Argentina. Brazil has become Uruguay's largest export destination for the first time, "
        "ahead of Argentina and China."
    )
    assert _pairs(out) == [("exports", "URY", "BRA", 4.2e9)], out.to_string()


def test_a_reporter_named_by_a_figure_still_comes_first() -> None:
    # Once a figure has named its reporter, that one keeps reporting ("reporters"), whatever
    # the heading said.
    out = figures(
        "date 2031-02-10\nGhanaian exports to Togo rise\n\n"
        "Togo's imports from Ghana were $300 million in 2030. "
        "Exports to Ghana rose 3% to $90 million."
    )
    assert ("exports", "TGO", "GHA", 90e6) in _pairs(out), out.to_string()
