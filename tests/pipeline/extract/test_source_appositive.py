"""A source's appositive (issue 15, round 14: "According to X, the trade between A and B rose"):
the comma after "according to X" opens an appositive only when it names a body or an official
("according to Nastat, the National Statistics Office of Chile"); a clause with a figure is the
reported statement, and its countries are the figure's sides, not the source's.

Every sentence is made up; the near miss (a body's appositive) must keep naming the source.
"""

from tests.pipeline.extract.test_extract import figures


def test_the_clause_after_according_to_names_the_figures_own_pair() -> None:
    text = (
        "date 2031-06-01\nTrade news.\n\nAccording to the statistics of the trade ministry for "
        "January-May 2031, the trade between Chile and Peru grew 5.5% and reached $410 million, "
        "while the trade between Chile and Bolivia fell 2.5% to $120 million."
    )
    out = figures(text)
    pairs = {row.value: frozenset((row.reporter, row.partner)) for row in out.itertuples()}
    assert pairs[5.5] == pairs[410e6] == frozenset({"CHL", "PER"})
    assert pairs[-2.5] == pairs[120e6] == frozenset({"CHL", "BOL"})


def test_an_appositive_naming_a_body_stays_the_source() -> None:
    text = (
        "date 2031-06-01\nTrade news.\n\nTrade between Peru and Bolivia rose 4% to $300 million "
        "in 2031, according to Nastat, the National Statistics Office of Chile."
    )
    out = figures(text)
    assert set(out["source_country"]) == {"CHL"}
    assert {frozenset((r.reporter, r.partner)) for r in out.itertuples()} == {
        frozenset({"PER", "BOL"})
    }
