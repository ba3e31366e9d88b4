"""Periods as real news pages write them (issue 15, item 4), each on a made-up sentence.

Sentences use other countries, numbers and years than any real page; the three issue cases come
first, with the article date as the header.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date
REF = D(2031, 8, 14)


def spans(text: str, ref: dt.date | None = REF) -> list[tuple]:
    return [(p.period_start, p.period_end) for p in find_periods(text, ref) if not p.comparison]


def periods_of(text: str) -> list[tuple]:
    out = figures(text)
    return list(
        zip(out["measure"], out["value"], out["period_start"], out["period_end"], strict=True)
    )


# --- the issue's cases ------------------------------------------------------------------------


def test_issue_first_two_months_and_a_year_earlier() -> None:
    out = figures(
        "date 2025-03-19\nIn the first two months of 2025, trade between Armenia and Georgia "
        "totalled $61.5 million, 3.2% less than a year earlier."
    )
    rows = {(r.measure, r.value): r for r in out.itertuples()}
    level, change = rows[("level", 61_500_000.0)], rows[("pct_change", -3.2)]
    for row in (level, change):
        assert (row.flow, {row.reporter, row.partner}) == ("turnover", {"ARM", "GEO"})
        assert (row.period_start, row.period_end) == (D(2025, 1, 1), D(2025, 2, 28))


def test_issue_month_range_without_year_is_the_latest_before_the_article() -> None:
    out = figures(
        "date 2025-01-09\nMoldova's trade with Romania grew 11.4% in January–November, "
        "reaching $3.1 billion."
    )
    assert set(out["measure"]) == {"pct_change", "level"}
    assert set(out["period_start"]) == {D(2024, 1, 1)}
    assert set(out["period_end"]) == {D(2024, 11, 30)}


def test_issue_indian_fiscal_year() -> None:
    out = figures(
        "date 2024-06-14\nIndia's imports from Saudi Arabia fell to ₹2.4 lakh crore in FY2023-24."
    )
    assert len(out) >= 1
    assert set(zip(out["period_start"], out["period_end"], strict=True)) == {
        (D(2023, 4, 1), D(2024, 3, 31))
    }


# --- month counts, ranges, quarters -----------------------------------------------------------


def test_counted_months_of_a_year() -> None:
    assert spans("in seven months of 2027") == [(D(2027, 1, 1), D(2027, 7, 31))]
    assert spans("for 4 months of 2013") == [(D(2013, 1, 1), D(2013, 4, 30))]
    assert spans("10 months of 2029 saw") == [(D(2029, 1, 1), D(2029, 10, 31))]
    assert spans("in nine months of the current year") == [(D(2031, 1, 1), D(2031, 9, 30))]
    assert spans("during the opening five months of the year") == [(D(2031, 1, 1), D(2031, 5, 31))]


def test_counted_months_that_are_not_the_year_start() -> None:
    assert spans("within 18 months of signing") == []
    assert spans("Four months ago the talks began") == []


def test_the_past_months_are_the_year_so_far() -> None:
    # NOTES hf rule 1 (round 25) replaced the earlier reading (no span): a page's "past six
    # months" is its year-to-date window when it fits in the months before the page's month
    assert spans("over the past six months") == [(D(2031, 1, 1), D(2031, 6, 30))]
    assert spans("over the past six months", D(2031, 4, 2)) == [(None, None)]  # rolling


def test_month_ranges_in_words() -> None:
    assert spans("from March through July 2028") == [(D(2028, 3, 1), D(2028, 7, 31))]
    assert spans("from February to September in 2012") == [(D(2012, 2, 1), D(2012, 9, 30))]
    assert spans("in January-May of this year") == [(D(2031, 1, 1), D(2031, 5, 31))]
    assert spans("between May 2029 and April 2030") == [(D(2029, 5, 1), D(2030, 4, 30))]


def test_month_range_crossing_the_new_year() -> None:
    # "July–March" ends in March: it starts in July of the year before.
    assert spans("in July–March") == [(D(2030, 7, 1), D(2031, 3, 31))]
    assert spans("in October-February 2019") == [(D(2018, 10, 1), D(2019, 2, 28))]


def test_month_span_without_year_ends_before_the_article() -> None:
    ref = D(2030, 2, 3)
    assert spans("in January–December", ref) == [(D(2029, 1, 1), D(2029, 12, 31))]
    assert spans("in the first half", ref) == [(D(2029, 1, 1), D(2029, 6, 30))]
    assert spans("in January", ref) == [(D(2030, 1, 1), D(2030, 1, 31))]
    assert spans("in the first quarter", D(2030, 3, 20)) == [(D(2029, 1, 1), D(2029, 3, 31))]


def test_quarter_and_half_codes() -> None:
    assert spans("in Q3 of 2026") == [(D(2026, 7, 1), D(2026, 9, 30))]
    assert spans("in Q4, 2016") == [(D(2016, 10, 1), D(2016, 12, 31))]
    assert spans("in H2 2027") == [(D(2027, 7, 1), D(2027, 12, 31))]


def test_month_and_year_without_preposition() -> None:
    assert spans("during October 2027 compared to") == [(D(2027, 10, 1), D(2027, 10, 31))]
    # a date of a statement ("on 12 May 2030") is not a month of trade, nor a year of it
    assert spans("said on 12 May 2030") == []


def test_rolling_twelve_months() -> None:
    assert spans("in the year to November 2018") == [(D(2017, 12, 1), D(2018, 11, 30))]
    assert spans("in the 12 months to May", D(2026, 7, 2)) == [(D(2025, 6, 1), D(2026, 5, 31))]


def test_as_of_a_date_since_the_start_of_the_year() -> None:
    assert spans("as of October 1, since the beginning of the year", D(2029, 10, 6)) == [
        (D(2029, 1, 1), D(2029, 9, 30))
    ]


# --- multi-year spans -------------------------------------------------------------------------


def test_named_years_span_and_a_change_between_them() -> None:
    assert spans("between 2011 and 2016 a total of") == [(D(2011, 1, 1), D(2016, 12, 31))]
    rows = periods_of(
        "date 2020-03-02\nExports from Chile to Peru rose 23% from 2017 to 2018, the ministry said."
    )
    assert rows == [("pct_change", 23.0, D(2018, 1, 1), D(2018, 12, 31))]


def test_past_n_years_is_the_whole_span_before_the_article() -> None:
    assert spans("over the past four years", D(2027, 5, 1)) == [(D(2023, 1, 1), D(2026, 12, 31))]


# --- fiscal years -----------------------------------------------------------------------------


def test_fiscal_years_follow_the_figures_country() -> None:
    text = (
        "date 2026-08-20\n{a}'s exports to Chile reached $2.5 billion in {fy}, the ministry said."
    )
    cases = {
        ("Pakistan", "FY2024-25"): (D(2024, 7, 1), D(2025, 6, 30)),
        ("Australia", "fiscal 2025-26"): (D(2025, 7, 1), D(2026, 6, 30)),
        ("Canada", "FY 2023/2024"): (D(2023, 4, 1), D(2024, 3, 31)),
        ("Japan", "fiscal 2024"): (D(2024, 4, 1), D(2025, 3, 31)),
        ("India", "FY25"): (D(2024, 4, 1), D(2025, 3, 31)),
        ("Kenya", "the fiscal year 2019-20"): (D(2019, 7, 1), D(2020, 6, 30)),
        ("Nepal", "FY2020-21"): (D(2020, 7, 16), D(2021, 7, 15)),  # 1 Shrawan: 16 July 2020
        ("Chile", "fiscal year 2024"): (D(2024, 1, 1), D(2024, 12, 31)),
    }
    for (country, fy), expected in cases.items():
        partner_text = text.replace("to Chile", "to Peru") if country == "Chile" else text
        out = figures(partner_text.format(a=country, fy=fy))
        assert len(out) == 1, (country, fy, out)
        assert (out.iloc[0]["period_start"], out.iloc[0]["period_end"]) == expected, (country, fy)


def test_split_year_without_fiscal_word() -> None:
    # a split year is the fiscal year of the pair's country that has one ...
    out = figures(
        "date 2024-01-15\nTrade between Bangladesh and Vietnam grew from $1.1 billion in "
        "2020-21 to $1.4 billion in 2022-23."
    )
    assert set(zip(out["value"], out["period_start"], strict=True)) >= {
        (1.1e9, D(2020, 7, 1)),
        (1.4e9, D(2022, 7, 1)),
    }
    # ... and two calendar years for a pair of calendar-year countries
    out = figures("date 2024-01-15\nTrade between Chile and Peru was $3.3 billion in 2021/22.")
    assert (out.iloc[0]["period_start"], out.iloc[0]["period_end"]) == (
        D(2021, 1, 1),
        D(2022, 12, 31),
    )


def test_months_of_a_fiscal_year_and_the_previous_fiscal() -> None:
    out = figures(
        "date 2029-04-02\nPakistan's exports to Kenya stood at $410 million in nine months of the "
        "current fiscal year 2028-29, compared to $380 million in the previous fiscal year."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[410e6] == (D(2028, 7, 1), D(2029, 3, 31))
    assert got[380e6] == (D(2027, 7, 1), D(2028, 3, 31))


def test_iranian_year() -> None:
    assert spans("in the past Iranian calendar year", D(2027, 4, 2)) == [
        (D(2026, 3, 21), D(2027, 3, 20))
    ]
    assert spans("in the Iranian year 1405") == [(D(2026, 3, 21), D(2027, 3, 20))]


# --- comparison figures and anchored periods --------------------------------------------------


def test_comparison_figure_takes_the_earlier_period() -> None:
    out = figures(
        "date 2027-02-10\nIn 2026, Peru's imports from Chile totalled $4.2 billion, compared to "
        "$3.9 billion in 2025."
    )
    got = dict(zip(out["value"], out["period_start"], strict=True))
    assert got == {4.2e9: D(2026, 1, 1), 3.9e9: D(2025, 1, 1)}


def test_same_period_last_year_is_the_main_period_a_year_back() -> None:
    out = figures(
        "date 2030-12-01\nIn January–October, Ghana's exports to Senegal were worth $85 million, "
        "against $61 million in the same period last year."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[85e6] == (D(2030, 1, 1), D(2030, 10, 31))
    assert got[61e6] == (D(2029, 1, 1), D(2029, 10, 31))


def test_previous_year_follows_the_named_year_not_the_article_date() -> None:
    out = figures(
        "date 2031-05-05\nTrade between Ghana and Senegal reached $900 million in 2027, "
        "after $800 million the previous year."
    )
    got = dict(zip(out["value"], out["period_start"], strict=True))
    assert got == {9e8: D(2027, 1, 1), 8e8: D(2026, 1, 1)}


def test_corresponding_period_of_a_year() -> None:
    out = figures(
        "date 2019-09-01\nIn January–May 2019, Peru's exports to Chile reached $700 million. "
        "During the corresponding period of 2018, Peru's exports to Chile amounted to $650 million."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[6.5e8] == (D(2018, 1, 1), D(2018, 5, 31))


def test_fronted_period_beats_a_far_one_after_a_comma() -> None:
    out = figures(
        "date 2029-03-01\nLast year, trade between Ghana and Senegal reached the $2 billion mark, the "
        "minister said, adding that growth continued this year."
    )
    assert (out.iloc[0]["period_start"], out.iloc[0]["period_end"]) == (
        D(2028, 1, 1),
        D(2028, 12, 31),
    )


def test_change_to_a_level_takes_the_levels_period() -> None:
    out = figures(
        "date 2029-05-10\nGhana's exports to Senegal rose 9% to $50 million in March and 4% to "
        "$47 million in April."
    )
    got = dict(zip(out["value"], out["period_start"], strict=True))
    assert got[9.0] == D(2029, 3, 1)
    assert got[4.0] == D(2029, 4, 1)


# --- pages without a publication date ---------------------------------------------------------


def test_undated_page_leaves_relative_actual_periods_empty() -> None:
    out = figures(
        # another pair's whole year: the fk one-grain rule (the same statistic's latest full year
        # beside its year to date) does not apply, so nothing fixes "this year"
        "Ghana and Senegal review trade\n\nTrade between Ghana and Togo was $300 million in 2019. "
        "In January-June of this year, trade between Ghana and Senegal reached $140 million."
    )
    got = dict(zip(out["value"], out["period_start"], strict=True))
    assert got[3e8] == D(2019, 1, 1)
    assert got[1.4e8] is None


def test_undated_page_whose_text_fixes_the_year() -> None:
    out = figures(
        "Ghana and Senegal review trade\n\nIn January-June, trade between Ghana and Senegal reached "
        "$140 million, up 5% on the same period of 2016."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[1.4e8] == (D(2017, 1, 1), D(2017, 6, 30))


def test_undated_month_inside_the_page_s_own_period() -> None:
    out = figures(
        "Ghana and Senegal review trade\n\nGhana's exports to Senegal reached $90 million in the first "
        "five months of 2018. In May alone, Ghana's exports to Senegal were $21 million."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[2.1e7] == (D(2018, 5, 1), D(2018, 5, 31))


def test_comparison_amount_after_compared_to() -> None:
    out = figures(
        "date 2029-02-02\nIn 2028, Peru's exports to Chile totalled $6.4bn, compared to $7.1bn in "
        "2027. The trade between Peru and Chile increased by 4.2 percent compared to $9.9 billion "
        "in 2027."
    )
    got = {
        (m, v): s for m, v, s in zip(out["measure"], out["value"], out["period_start"], strict=True)
    }
    assert got[("level", 6.4e9)] == D(2028, 1, 1)
    assert got[("level", 7.1e9)] == D(2027, 1, 1)
    assert got[("pct_change", 4.2)] == D(2028, 1, 1)


def test_last_years_figure_before_the_amount() -> None:
    out = figures(
        "date 2030-10-01\nExports to Chile fell by 11% from last year's figure of $4.4 billion to "
        "$3.9 billion in the first nine months of 2030, Peru's customs said."
    )
    got = dict(
        zip(out["value"], zip(out["period_start"], out["period_end"], strict=True), strict=True)
    )
    assert got[4.4e9] == (D(2029, 1, 1), D(2029, 9, 30))
    assert got[3.9e9] == (D(2030, 1, 1), D(2030, 9, 30))


def test_bracketed_amount_after_a_comparison_year() -> None:
    out = figures(
        "date 2031-03-03\nPeru's imports from Chile in 2030 totaled $640.5 million, an 8.1 percent "
        "increase compared to the 2029 figures ($592.5 million)."
    )
    got = dict(zip(out["value"], out["period_start"], strict=True))
    assert got[640.5e6] == D(2030, 1, 1)
    assert got[592.5e6] == D(2029, 1, 1)


def test_actual_reached_by_the_end_of_a_year_is_that_year() -> None:
    out = figures(
        "date 2026-04-04\nTrade between Peru and Chile exceeded $2.8 billion by the end of 2025."
    )
    assert (out.iloc[0]["period_start"], out.iloc[0]["period_end"]) == (
        D(2025, 1, 1),
        D(2025, 12, 31),
    )
    # an investment stock keeps its open start
    out = figures(
        "date 2026-04-04\nChile's investments in Peru reached $1.2 billion by the end of 2025."
    )
    assert (out.iloc[0]["period_start"], out.iloc[0]["period_end"]) == (None, D(2025, 12, 31))


def test_a_quarter_or_half_written_q1_h1_without_a_year_is_the_latest_before_the_article() -> None:
    # "in Q1" on a page of May 2031 is January-March 2031; "H2" then is July-December 2030
    assert spans("Exports from Peru to Fiji soar by 17% in Q1") == [(D(2031, 1, 1), D(2031, 3, 31))]
    assert spans("Imports grew 4% in H2.") == [(D(2030, 7, 1), D(2030, 12, 31))]
    assert spans("Exports rose in Q3, 2029.") == [(D(2029, 7, 1), D(2029, 9, 30))]
    assert spans("An H1N1 outbreak hit trade.") == []


def test_each_bracketed_amount_takes_the_period_right_before_it() -> None:
    # a new period before a bracket starts a new figure, not a restatement of the one before
    out = periods_of(
        "date 2031-08-14\nOnly twice did trade between India and Peru cross the $5 billion mark "
        "- in 2027-28 ($5,386.85 million) and 2029-30 ($5,110.68 million)."
    )
    got = {value: (start, end) for _, value, start, end in out}
    assert got[5_386_850_000.0] == (D(2027, 4, 1), D(2028, 3, 31))
    assert got[5_110_680_000.0] == (D(2029, 4, 1), D(2030, 3, 31))
