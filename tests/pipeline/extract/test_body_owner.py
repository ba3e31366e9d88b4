"""Trade a body of firms owns is no country's (``pipeline.extract.body_owner``).

Made-up sentences in the forms chamber and association releases are reported in: "the Chamber's
exports to X rose", "X Chamber of Industry (XCI)'s exports", later "XCI's exports to Y", "exports
of the association's members", "member firms exported". Near misses: a chamber that only reports
the country's figure ("according to the Chamber, exports from Jordan to Iraq"), a country named by
an acronym ("the UAE's exports"), the country's own flow after a body's in the same sentence.
"""

from tests.pipeline.extract.test_foreign import rows


def test_a_bodys_exports_are_no_countrys() -> None:
    assert rows("The Chamber's exports to Iraq rose 12% to $40 million in 2031, Jordan said.") == {}
    assert (
        rows("Jordan Chamber of Industry (JCI)'s exports to Iraq reached $40 million in 2031.")
        == {}
    )
    assert (
        rows("Exports of the Jordanian association's members to Iraq were $40 million in 2031.")
        == {}
    )
    assert (
        rows("In 2031 the Jordanian federation's member firms exported $40m of goods to Iraq.")
        == {}
    )


def test_an_acronym_the_page_names_a_body_by() -> None:
    page = (
        "Jordan Chamber of Industry (JCI) released its report on Sunday.\n"
        "Meanwhile, JCI's exports to Iraq went up by 8% in 2031, reaching $40 million."
    )
    assert rows(page) == {}
    # near miss: an acronym the page never names a body by (Papua New Guinea's "PNG")
    assert 40_000_000.0 in rows(
        "Papua New Guinea's trade grew.\nIn 2031 PNG's exports to Japan reached $40 million."
    )


def test_a_body_reporting_the_countrys_figure_owns_nothing() -> None:
    for sentence in (
        "According to the Jordan Chamber of Industry, exports from Jordan to Iraq reached $40 "
        "million in 2031.",
        "The Jordan Chamber of Industry said Jordan's exports to Iraq reached $40 million in 2031.",
        "Although the Chamber's exports fell, Jordan's exports to Iraq rose to $40 million in 2031.",
        "In 2031 the UAE's exports to Iraq reached $40 million, the Dubai Chamber of Commerce said.",
    ):
        assert 40_000_000.0 in rows(sentence), sentence
