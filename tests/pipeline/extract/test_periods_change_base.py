"""A change is dated with the period it describes, never with the period of its base amount
("down 11% from $1.5bn in 2028", "a jump of 177% compared to $189m recorded in all 2030"), nor
with the two-base rule when the sentence names the change's own period before it. Made-up
sentences in several outlets' styles (figure_period.period_of).
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_change_from_a_dated_base_takes_the_running_period() -> None:
    # a Nigerian-paper style: the level in one sentence, its change from last year's base next
    rows = dated(
        "date 2030-03-02\nTrade between Ghana and Togo fell to about $1.3 billion in 2029.\n\n"
        "The trade volume decreased by 11.3 per cent from $1.5 billion in 2028, the envoy said."
    )
    assert ("pct_change", -11.3, D(2029, 1, 1), D(2029, 12, 31)) in rows
    assert ("level", 1_500_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows


def test_change_compared_to_a_base_recorded_in_a_whole_year() -> None:
    # a wire style: the half-year level first, the jump against last year's total after
    rows = dated(
        "date 2031-09-13\nTrade between Israel and Morocco reached $523 million in the first "
        "half of 2031. This is a jump of about 177 per cent compared to a trade figure of "
        "$189 million recorded throughout all 2030, the report said."
    )
    assert ("pct_change", 177.0, D(2031, 1, 1), D(2031, 6, 30)) in rows
    assert ("level", 189_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_change_against_a_base_percentage_of_the_same_period() -> None:
    # an African business-site style: "by 42% against 3% during the same period in 2030"
    rows = dated(
        "date 2031-12-01\nTunisia's exports to Libya rose to $900 million in the first ten months "
        "of 2031. Food exports to Libya grew by 42.4% against 3.3% during the same period in "
        "2030."
    )
    assert ("pct_change", 42.4, D(2031, 1, 1), D(2031, 10, 31)) in rows


def test_change_after_its_base_takes_the_level_s_period_not_the_base_s() -> None:
    # a central-bank summary: level, rolling year, base with its own period, then the change
    rows = dated(
        "Kenya's exports to Uganda increased to $503m for the year ended May 2031, from $354m "
        "for the period ended May 2030, which represented a growth of 42 percent."
    )
    assert ("pct_change", 42.0, D(2030, 6, 1), D(2031, 5, 31)) in rows
    assert ("level", 503_000_000.0, D(2030, 6, 1), D(2031, 5, 31)) in rows


def test_two_bases_after_the_change_s_own_period() -> None:
    # a Latin-American daily: one period first, two changes against two older bases
    rows = dated(
        "Between January and July 2031, Mexico's exports to China amounted to $5.3 billion, 32 "
        "percent more compared to $4 billion in the same period of 2030 and 40 percent more "
        "compared to $3.8 billion in the same months of 2029."
    )
    assert ("pct_change", 32.0, D(2031, 1, 1), D(2031, 7, 31)) in rows
    assert ("pct_change", 40.0, D(2031, 1, 1), D(2031, 7, 31)) in rows
    assert ("level", 4_000_000_000.0, D(2030, 1, 1), D(2030, 7, 31)) in rows


def test_level_reached_against_a_base_keeps_the_later_month() -> None:
    # "an increase of X% from $A in May 2030, against $B in May 2031": B is the level reached,
    # so its month dates the change (not a base)
    rows = dated(
        "date 2031-06-20\nOn a year-on-year basis, Pakistan's imports from China witnessed an "
        "increase of 9.6 per cent from $906 million in May 2030, against imports of $993 million "
        "in May 2031."
    )
    assert ("pct_change", 9.6, D(2031, 5, 1), D(2031, 5, 31)) in rows
    assert ("level", 906_000_000.0, D(2030, 5, 1), D(2030, 5, 31)) in rows


def test_change_from_one_amount_to_another_keeps_the_reached_year() -> None:
    # "from $4bn to $5bn in 2031": the period after the reached level is the change's own
    rows = dated(
        "Chile's exports to Peru rose 25% from $4 billion to $5 billion in 2031, the ministry said."
    )
    assert ("pct_change", 25.0, D(2031, 1, 1), D(2031, 12, 31)) in rows


def test_level_before_up_from_a_dated_base_keeps_the_running_year() -> None:
    # a Moroccan-site style: the year in the opening sentence, then "X, up from Y in <year>"
    rows = dated(
        "Trade between Morocco and Spain grew in 2030, by 0.9%.\n\nAccording to customs, "
        "Spanish exports to Morocco rose 13.1%, amounting to approximately $8 billion, up from "
        "$7.2 billion in 2029."
    )
    assert ("level", 8_000_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("pct_change", 13.1, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 7_200_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_from_a_currency_code_amount_with_thousands_to_another_over_two_years() -> None:
    # a trade-portal style: "grew between 2028 and 2029, from USD 1,121 Million to USD 1,772
    # Million": the first amount is the first year's, the second the last year's
    rows = dated(
        "India-Kenya trade grew between 2028 and 2029, from USD 1,121 Million to USD 1,772 "
        "Million, the roadshow organisers said."
    )
    assert ("level", 1_121_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    assert ("level", 1_772_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- "over" as a qualifier of the level reached, not a comparison ----------------------------


def test_to_over_an_amount_is_the_level_reached_not_a_base() -> None:
    # an envoy quoted by a daily: "improved from $36m in 2029 to over $90m in 2030"
    rows = dated(
        "Bilateral trade between Kazakhstan and Pakistan has improved from $36 million in 2029 "
        "to over $90 million in 2030, the ambassador said."
    )
    assert ("level", 90_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 36_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_having_stood_at_over_keeps_the_month_named_first() -> None:
    # a Caucasus wire style: the change with its month, then the level "having stood at over"
    rows = dated(
        "date 2030-06-06\nTrade turnover between Turkey and Georgia increased by $2.5 million in "
        "April 2030 compared to the same period last year, having stood at over $76.5 million, "
        "the ministry told the agency."
    )
    assert ("level", 76_500_000.0, D(2030, 4, 1), D(2030, 4, 30)) in rows
    assert ("abs_change", 2_500_000.0, D(2030, 4, 1), D(2030, 4, 30)) in rows


def test_an_increase_over_an_amount_is_still_a_base() -> None:
    rows = dated(
        "date 2031-05-02\nExports from Chile to Peru reached $96 million in the first quarter of "
        "2031, an increase over $85 million in the first quarter of 2030."
    )
    assert ("level", 85_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows


# --- "compared to <year> during which <subject> imported $X": the base year's value ----------


def test_during_which_the_base_year_s_value() -> None:
    rows = dated(
        "date 2030-08-02\nAccording to the ministry, Qatar's imports from Iran stood at $215 "
        "million in 2029, showing a 172 percent increase compared to 2028 during which Qatar "
        "imported $79 million from Iran."
    )
    assert ("level", 79_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    assert ("level", 215_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- an undated page: a rolling year to a month fixes the year of its months --------------------


def test_undated_page_year_ended_a_month_fixes_the_months_year() -> None:
    # a central-bank summary with no date: "in March" is the March the rolling year ends in
    rows = dated(
        "Rwanda's exports to Burundi hit $40.6m in March, up 12 percent from $36.2m in "
        "February.\n\nCumulatively, exports to Burundi rose to $420m for the year ended March "
        "2031."
    )
    assert ("level", 40_600_000.0, D(2031, 3, 1), D(2031, 3, 31)) in rows
    assert ("level", 36_200_000.0, D(2031, 2, 1), D(2031, 2, 28)) in rows
    assert ("level", 420_000_000.0, D(2030, 4, 1), D(2031, 3, 31)) in rows


def test_undated_page_twelve_months_to_december_fixes_nothing_new() -> None:
    # a rolling span to December is a calendar year: it fixes nothing (full years never do)
    rows = dated(
        "Rwanda's exports to Burundi rose to $420m in the 12 months to December 2030.\n\n"
        "In the first four months of this year, Rwanda's exports to Burundi reached $150m."
    )
    assert ("level", 150_000_000.0, None, None) in rows


def test_undated_page_same_period_of_a_year_is_the_months_of_that_year() -> None:
    # an undated wire page: months with no year, then their base "in the same period of 2030";
    # the base is those months of 2030, so the running months are 2031's. Near miss: the base
    # without months before it stays the whole year (and fixes nothing).
    rows = dated(
        "Between January and August, trade between Chile and Ecuador grew 35%.\n\n"
        "In this period Ecuador sold $1.3 billion to Chile, against $586 million in the same "
        "period of 2030."
    )
    assert ("pct_change", 35.0, D(2031, 1, 1), D(2031, 8, 31)) in rows
    assert ("level", 1_300_000_000.0, D(2031, 1, 1), D(2031, 8, 31)) in rows
    assert ("level", 586_000_000.0, D(2030, 1, 1), D(2030, 8, 31)) in rows
    near = dated(
        "Ecuador sold $1.3 billion to Chile, against $586 million in the same period of 2030."
    )
    assert ("level", 586_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in near


# --- UK statistics: "the four quarters to the end of Q2 2031", a factsheet's labels -------------


def test_four_quarters_to_the_end_of_a_quarter_is_a_rolling_year() -> None:
    # a business-daily style quoting UK statistics
    rows = dated(
        "date 2031-11-02\nIn the four quarters to the end of Q2 2031, total UK exports to Chile "
        "were £7.1 billion, a decrease of 9.6% from the previous year."
    )
    assert ("level", 7_100_000_000.0, D(2030, 7, 1), D(2031, 6, 30)) in rows
    assert ("pct_change", -9.6, D(2030, 7, 1), D(2031, 6, 30)) in rows


def test_two_quarters_ending_q4_is_the_second_half() -> None:
    rows = dated(
        "UK imports from Peru reached £900 million in the two quarters ending Q4 2030, the "
        "department said."
    )
    assert ("level", 900_000_000.0, D(2030, 7, 1), D(2030, 12, 31)) in rows


def test_factsheet_period_line_dates_its_bullets_and_from_previous_year_is_a_base() -> None:
    # an observatory's factsheet: a "Period:" line, bullets with "(... from previous year)"
    rows = dated(
        "UK-Chile trade\n\nPeriod: Four quarters to the end of Q2 2031 (unless specified "
        "otherwise)\n\n  • Total UK exports to Chile: £7.1 billion (decrease of 9.6% from previous "
        "year)\n  • Total UK imports from Chile: £15.8 billion (increase of 9.7% on previous year)\n"
    )
    assert ("level", 7_100_000_000.0, D(2030, 7, 1), D(2031, 6, 30)) in rows
    assert ("pct_change", -9.6, D(2030, 7, 1), D(2031, 6, 30)) in rows
    assert ("pct_change", 9.7, D(2030, 7, 1), D(2031, 6, 30)) in rows


def test_a_label_s_bracketed_year_dates_its_amount() -> None:
    # "Inward stock of FDI (2029): £7.9 billion": the label's year, not the page's period
    rows = dated(
        "UK-Chile trade\n\nPeriod: Four quarters to the end of Q2 2031\n\n"
        "  • Total UK exports to Chile: £7.1 billion\n"
        "  • UK outward stock of FDI in Chile (2029): £1 billion (0.1% of the total UK outward "
        "FDI stock)\n"
    )
    assert ("level", 1_000_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_a_bracketed_year_that_is_not_a_label_stays_in_its_bracket() -> None:
    # "$1.1bn in 2031 ($900m in 2030)": the bracket restates, the outside keeps its own year
    rows = dated("Chile's exports to Peru were $1.1 billion in 2031 ($900 million in 2030).")
    assert ("level", 1_100_000_000.0, D(2031, 1, 1), D(2031, 12, 31)) in rows
    assert ("level", 900_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


# --- a change restated in money: "fell by 20 per cent or $35bn in 2030" -------------------------


def test_change_or_its_money_restatement_takes_the_period_after_the_money() -> None:
    # a Caribbean-paper style: the base year first, the change "or $X in <year>" after it
    rows = dated(
        "Imports from Barbados, which totalled $173 billion in 2029, fell by 20 per cent or $35 "
        "billion in 2030, when Jamaica's imports from Barbados were $138 billion."
    )
    assert ("pct_change", -20.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 173_000_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- a month in which a flow moved, in a sentence with no figure, dates the figures after it ---


def test_month_a_flow_moved_in_dates_the_next_sentence() -> None:
    # a monthly-statistics story: the month in the lead, the figures in the next sentence
    rows = dated(
        "date 2031-02-20\nThailand ended 14 consecutive months of declining exports to Korea for "
        "the first time in January, according to the statistics department.\n\nExports to Korea "
        "rose 5.3 percent year-on-year to US$1.9 billion."
    )
    assert ("level", 1_900_000_000.0, D(2031, 1, 1), D(2031, 1, 31)) in rows
    assert ("pct_change", 5.3, D(2031, 1, 1), D(2031, 1, 31)) in rows


def test_month_after_since_in_a_figureless_sentence_dates_nothing() -> None:
    # "the first decline ... since August 2030" names a reference point, not the data month
    rows = dated(
        "date 2031-09-08\nThat was the first decline in exports to China since August 2030.\n\n"
        "Exports from Germany to the United States grew by 15.3 per cent to 10.8 billion euros."
    )
    assert ("level", 10_800_000_000.0, D(2030, 8, 1), D(2030, 8, 31)) not in rows


def test_month_of_an_event_dates_nothing() -> None:
    # a month with no flow moving ("signed in March") is no data month
    rows = dated(
        "date 2031-06-20\nThe two ministers signed a memorandum in March.\n\nChile's exports to "
        "Peru were $1.2 billion."
    )
    assert ("level", 1_200_000_000.0, D(2031, 3, 1), D(2031, 3, 31)) not in rows
