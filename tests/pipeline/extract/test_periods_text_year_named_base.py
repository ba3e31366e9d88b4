"""On an undated page, a year its data fix ("In October of that year ..." after "since autumn
2027") is a lower bound; a relative period set against a named year in its own sentence ("in the
months up to May this year compared to 2028") says the year, and the later of the two wins.
Made-up page; countries, amounts and years are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
LOOK_BACK = (
    "Laotian exports to Nepal have been falling since autumn 2027. In October of that year, "
    "exports were worth $4 billion.\n\n"
)


def test_a_named_base_later_than_the_data_year_fixes_this_year() -> None:
    rows = dated(
        LOOK_BACK + "Customs said exports to Nepal had fallen 35 percent in the months up to May "
        "this year compared to 2028."
    )
    assert ("pct_change", -35.0, D(2029, 1, 1), D(2029, 5, 31)) in rows


def test_without_a_named_base_the_data_year_stands() -> None:
    # near miss: no base names a year, so the look-back's year is the one the text fixes
    rows = dated(
        LOOK_BACK + "Customs said exports to Nepal had fallen 35 percent in the months up to May "
        "this year."
    )
    assert ("pct_change", -35.0, D(2027, 1, 1), D(2027, 5, 31)) in rows
