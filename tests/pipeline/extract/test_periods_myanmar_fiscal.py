"""Myanmar's fiscal year moved: April-March up to 2017-18, October-September from 2018-19
(NOTES: Myanmar's fiscal years). Its press writes the year with the code after it ("2016-2017FY")
and spells a part of it in a bracket ("2019-2020FY (Oct-April)"). Made-up sentences and amounts.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_myanmar_year_before_the_change_runs_april_to_march() -> None:
    rows = dated("Myanmar's trade with Laos was worth $2.3 billion in the 2015-2016FY.")
    assert rows == {("level", 2_300_000_000.0, D(2015, 4, 1), D(2016, 3, 31))}


def test_the_last_april_year_is_not_stretched_to_the_october_start() -> None:
    rows = dated("Myanmar's trade with Laos was worth $2.4 billion in the 2017-2018FY.")
    assert rows == {("level", 2_400_000_000.0, D(2017, 4, 1), D(2018, 3, 31))}


def test_a_myanmar_year_after_the_change_runs_october_to_september() -> None:
    rows = dated("Myanmar's trade with Laos was worth $2.6 billion in 2020-2021 FY.")
    assert rows == {("level", 2_600_000_000.0, D(2020, 10, 1), D(2021, 9, 30))}


def test_months_in_a_bracket_after_a_fiscal_year_are_those_months_of_it() -> None:
    rows = dated("Myanmar's trade with Laos was worth $1.7 billion in 2020-2021FY (Oct-May).")
    assert rows == {("level", 1_700_000_000.0, D(2020, 10, 1), D(2021, 5, 31))}
    # the same bracket on a July-June year (Pakistan): July to March of that year
    rows = dated("Pakistan's exports to Oman were $310 million in FY2029-30 (July-March).")
    assert rows == {("level", 310_000_000.0, D(2029, 7, 1), D(2030, 3, 31))}


def test_counted_months_of_an_early_myanmar_year_start_in_april() -> None:
    rows = dated(
        "Myanmar's trade with Laos was worth $1.1 billion in the first six months of the "
        "2016-2017FY."
    )
    assert rows == {("level", 1_100_000_000.0, D(2016, 4, 1), D(2016, 9, 30))}


def test_near_miss_a_split_year_without_the_code_between_calendar_countries() -> None:
    # two calendar-year economies: "2026-2027" is the two calendar years, FY or not
    rows = dated("Thailand's trade with Laos was worth $5.2 billion in 2026-2027.")
    assert rows == {("level", 5_200_000_000.0, D(2026, 1, 1), D(2027, 12, 31))}
    rows = dated("Thailand's trade with Laos was worth $5.2 billion in 2026-2027FY.")
    assert rows == {("level", 5_200_000_000.0, D(2026, 1, 1), D(2027, 12, 31))}
