"""A fiscal year whose first day moves with another calendar (Nepal's 1 Shrawan: 16 or 17 July):
each year has its own first and last days, also when a base is counted back from it ("the
previous fiscal year"). Made-up sentences; the days are the Bikram Sambat calendar's.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_nepali_fiscal_year_before_the_listed_ones_has_its_own_days() -> None:
    # 1 Shrawan 2065 BS is 16 July 2008, 1 Shrawan 2066 BS 16 July 2009
    rows = dated("Nepal's exports to Bhutan reached Rs 3.4 billion in fiscal year 2008-09.")
    assert rows == {("level", 3_400_000_000.0, D(2008, 7, 16), D(2009, 7, 15))}


def test_the_previous_nepali_fiscal_year_is_counted_back_on_its_calendar() -> None:
    # FY 2008-09 (16 July 2008 on); the year before it starts on 1 Shrawan 2064 BS, 17 July 2007
    rows = dated(
        "Nepal's exports to Bhutan rose to Rs 3.4 billion in fiscal year 2008-09 from "
        "Rs 2.9 billion in the previous fiscal year."
    )
    assert ("level", 2_900_000_000.0, D(2007, 7, 17), D(2008, 7, 15)) in rows
    assert ("level", 3_400_000_000.0, D(2008, 7, 16), D(2009, 7, 15)) in rows


def test_near_miss_a_fixed_fiscal_year_is_counted_back_by_whole_years() -> None:
    # India's April-March year has fixed days: the year before is moved as before
    rows = dated(
        "India's exports to Bhutan rose to $340 million in fiscal 2008-09 from $290 million in "
        "the previous fiscal year."
    )
    assert ("level", 290_000_000.0, D(2007, 4, 1), D(2008, 3, 31)) in rows
    assert ("level", 340_000_000.0, D(2008, 4, 1), D(2009, 3, 31)) in rows


# --- the first months of such a year end on its own calendar's month end -----------------------


def test_the_first_months_of_a_nepali_fiscal_year_end_on_a_bikram_sambat_month_end() -> None:
    # FY 2008-09 starts on 1 Shrawan 2065 BS (16 July 2008); its eighth month, Falgun, ends on
    # 13 March 2009 (1 Chaitra 2065 BS is 14 March 2009), not eight Gregorian months later
    rows = dated(
        "Nepal's exports to Bhutan reached Rs 3.4 billion in the first eight months of "
        "fiscal year 2008-09."
    )
    assert rows == {("level", 3_400_000_000.0, D(2008, 7, 16), D(2009, 3, 13))}


def test_the_first_half_of_a_nepali_fiscal_year_ends_on_the_last_day_of_poush() -> None:
    # 1 Magh 2065 BS is 14 January 2009
    rows = dated("Nepal's exports to Bhutan reached Rs 1.7 billion in the first half of 2008-09.")
    assert rows == {("level", 1_700_000_000.0, D(2008, 7, 16), D(2009, 1, 13))}


def test_the_same_months_a_year_earlier_are_counted_on_that_years_calendar() -> None:
    # the first eight months of FY 2007-08: 1 Shrawan 2064 BS (17 July 2007) to the last day of
    # Falgun 2064 BS (13 March 2008)
    rows = dated(
        "Nepal's exports to Bhutan reached Rs 3.4 billion in the first eight months of "
        "fiscal year 2008-09, up from Rs 2.9 billion in the same period of the previous year."
    )
    assert ("level", 2_900_000_000.0, D(2007, 7, 17), D(2008, 3, 13)) in rows
    assert ("level", 3_400_000_000.0, D(2008, 7, 16), D(2009, 3, 13)) in rows


def test_near_miss_the_first_months_of_a_gregorian_fiscal_year_end_on_a_month_end() -> None:
    # Pakistan's July-June year counts Gregorian months: July to February
    rows = dated(
        "Pakistan's exports to Bhutan reached $34 million in the first eight months of "
        "fiscal year 2008-09."
    )
    assert rows == {("level", 34_000_000.0, D(2008, 7, 1), D(2009, 2, 28))}
