"""Figures read with the wrong pair, round 21.

``pipeline.extract.lists.LIST_ITEM``: a list item whose bracketed amount carries a qualifier
("China (more than $1 bln), Azerbaijan ($979 mln)") heads its item like any other, so the run of
partners is read as parallel counterparts of the page's reporter, not as a pair of two listed
countries. Made-up pages; near miss: the same run with no qualifier, read as before.
"""

from tests.pipeline.extract.test_foreign import rows

_LEAD = (
    "date 2031-10-02\nTrade turnover between Georgia and Russia increased by 15% in "
    "January-August 2031, exceeding $1.6 billion.\n"
)


def test_a_qualified_first_item_heads_the_run() -> None:
    found = rows(
        _LEAD + "Other key trade partners were China (more than $1.1 bln), Azerbaijan ($979 mln) "
        "and Armenia ($811.1 mln).\n"
    )
    assert found[1_100_000_000.0][:3] == ("turnover", "GEO", "CHN")
    assert found[979_000_000.0][:3] == ("turnover", "GEO", "AZE")
    assert found[811_100_000.0][:3] == ("turnover", "GEO", "ARM")


def test_an_unqualified_run_stays_as_it_was() -> None:
    found = rows(
        _LEAD + "Other key trade partners were China ($1.1 bln), Azerbaijan ($979 mln) and "
        "Armenia ($811.1 mln).\n"
    )
    assert found[979_000_000.0][:3] == ("turnover", "GEO", "AZE")
