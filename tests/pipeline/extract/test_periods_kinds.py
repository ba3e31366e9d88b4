"""Kinds of period fault on real news pages (issue 15, items 2 and 4), each on a made-up sentence.

Countries, numbers and years differ from any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


def rules(text: str) -> dict[float, str]:
    """Each figure's value -> its ``period=`` evidence token."""
    out = figures(text)
    return {
        round(v, 2): next(t for t in e.split(";") if t.startswith("period="))
        for v, e in zip(out["value"], out["evidence"], strict=True)
    }


# --- a change "over" a period or "in comparison to" one names its comparison base --------------


def test_change_over_a_year_and_in_comparison_to_are_bases() -> None:
    found = find_periods("a drop of 3.1 per cent over 2026", D(2028, 2, 1))
    assert [p.comparison for p in found] == [True]
    found = find_periods("a 14% gain in comparison to that of the preceding year", D(2028, 2, 1))
    assert [p.comparison for p in found] == [True]
    # a span after "over" is the change's own period, not a base
    found = find_periods("grew 40% over the past four years", D(2028, 2, 1))
    assert [p.comparison for p in found] == [False]


def test_change_over_a_year_is_dated_with_the_sentences_year() -> None:
    rows = dated(
        "Peru exported $2.7 billion in fruit to Japan in 2027, a drop of 3.1 per cent over 2026."
    )
    assert ("pct_change", -3.1, D(2027, 1, 1), D(2027, 12, 31)) in rows


# --- a bracketed restatement's period stays in its bracket -----------------------------------


TWO_YEARS = (
    "date 2029-03-02\nChile imported the most from these countries in 2028: Peru - $5.2 billion "
    "($4.6 billion in 2027), Brazil - $3.3 billion ($3.1 billion).\n\nChile exported the most "
    "to Peru - $2.9 billion ($2.5 billion in 2027), Brazil - $1.7 billion ($1.8 billion)."
)


def test_bracket_period_is_not_the_documents_period() -> None:
    rows = dated(TWO_YEARS)
    y28, y27 = (D(2028, 1, 1), D(2028, 12, 31)), (D(2027, 1, 1), D(2027, 12, 31))
    # the second sentence names no period outside its brackets: it continues 2028, not 2027
    assert ("level", 2_900_000_000.0, *y28) in rows
    assert ("level", 1_700_000_000.0, *y28) in rows
    assert ("level", 2_500_000_000.0, *y27) in rows
    assert ("level", 1_800_000_000.0, *y27) in rows


def test_bracket_and_follow_up_periods_have_their_own_evidence() -> None:
    found = rules(TWO_YEARS)
    assert found[4_600_000_000.0] == "period=bracket"
    assert found[3_100_000_000.0] == "period=bracket"
    assert found[5_200_000_000.0] == "period=sentence"
    found = rules(
        "date 2029-03-02\nIn 2028, Chile's exports to Peru reached $2.9 billion.\n\n"
        "That is 1.4 times more than a decade ago."
    )
    assert found[1.4] == "period=follow_up"


# --- months of a split year; a relative fiscal year followed by the year it names ------------


def test_counted_months_half_and_quarter_of_a_split_year_follow_the_fiscal_year() -> None:
    rows = dated(
        "India's trade with Chile reached $3.8 billion during the first seven months of 2027-28."
    )
    assert rows == {("level", 3_800_000_000.0, D(2027, 4, 1), D(2027, 10, 31))}
    rows = dated("Pakistan's exports to Peru were $410 million in the second half of 2026/27.")
    assert rows == {("level", 410_000_000.0, D(2027, 1, 1), D(2027, 6, 30))}
    rows = dated("India's exports to Peru were $90 million in the first quarter of 2026-27.")
    assert rows == {("level", 90_000_000.0, D(2026, 4, 1), D(2026, 6, 30))}


def test_months_of_a_split_year_between_calendar_year_countries() -> None:
    rows = dated("Chile's exports to Peru were $51 million in the first two months of 2026-27.")
    assert rows == {("level", 51_000_000.0, D(2026, 1, 1), D(2026, 2, 28))}


def test_relative_fiscal_year_followed_by_its_split_year() -> None:
    # an undated page: the named split year fixes what "the last fiscal year" is
    rows = dated(
        "Trade between India and Peru reached $2.2 billion in the last fiscal year 2027-28."
    )
    assert rows == {("level", 2_200_000_000.0, D(2027, 4, 1), D(2028, 3, 31))}
    found = find_periods("during the previous fiscal year 2025-26, trade", None)
    assert [(p.fiscal, p.anchor) for p in found] == [(("split", 2025, 12), None)]


# --- the Iranian year starts on 1 Farvardin (20 or 21 March); counted months of it -----------


def test_iranian_year_follows_the_iranian_calendar() -> None:
    # 1407 starts on 20 March 2028 and 1408 on 20 March 2029 (not a fixed 21 March)
    found = find_periods("in the Iranian year 1407", None)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2028, 3, 20), D(2029, 3, 19))]
    found = find_periods("over the past Iranian calendar year", D(2028, 4, 9))
    assert [(p.period_start, p.period_end) for p in found] == [(D(2027, 3, 21), D(2028, 3, 19))]


def test_counted_months_of_the_iranian_year() -> None:
    rows = dated(
        "In the first nine months of the current Iranian calendar year of 1406, Iran's exports "
        "to Oman reached $1.3 billion."
    )
    # Farvardin to Azar: six months of 31 days and three of 30
    assert rows == {("level", 1_300_000_000.0, D(2027, 3, 21), D(2027, 12, 21))}


# --- a figure-less sentence's stretch with no year does not replace the article's period ------


def test_stretch_without_a_year_in_a_figureless_sentence_keeps_the_articles_period() -> None:
    rows = dated(
        "date 2030-11-20\nPeru was the largest supplier of Chile in the region between "
        "January and September 2030.\n\nPeru supplied 61.2 per cent of Chile's wheat imports in the four "
        "months leading to April.\n\nChile's exports to Peru stood at $820 million."
    )
    assert rows == {("level", 820_000_000.0, D(2030, 1, 1), D(2030, 9, 30))}
    # a stretch that names its year still dates the figures after it
    rows = dated(
        "date 2030-11-20\nIn 2029, Chile's exports to Peru were $1.2 billion.\n\nBetween "
        "January and July 2030, fruit shipments fell.\n\nChile's exports to Peru fell by 8.8%."
    )
    assert ("pct_change", -8.8, D(2030, 1, 1), D(2030, 7, 31)) in rows


# --- an investment stock with no period of its own does not take the article's period --------


def test_investment_stock_stays_undated() -> None:
    rows = dated(
        "date 2030-08-14\nIn January-June 2030, trade between Chile and Peru reached $2.1 "
        "billion.\n\nPeruvian investments in Chile are estimated at $640 million."
    )
    assert ("level", 640_000_000.0, None, None) in rows
    # an investment flow in a later sentence still continues the period an investment figure set
    # (after a trade figure it stays undated: NOTES, "investment after a trade figure")
    rows = dated(
        "date 2030-08-14\nIn January-June 2030, Chilean investments in Peru reached $2.1 "
        "billion.\n\nPeruvian investments in Chile reached $64 million."
    )
    assert ("level", 64_000_000.0, D(2030, 1, 1), D(2030, 6, 30)) in rows


# --- a change between two named base periods is dated with the later one ----------------------


def test_change_between_two_base_periods_takes_the_later() -> None:
    rows = dated(
        "date 2031-07-09\nIn FY2030-31, Pakistan's exports to Peru reached $1.9 billion.\n\n"
        "On a year-on-year basis, exports to Peru rose by 41.5 percent from $212.4 million in "
        "May 2030, against the exports of $300.5 million in May 2031."
    )
    assert ("pct_change", 41.5, D(2031, 5, 1), D(2031, 5, 31)) in rows


# --- the first N days of a month -------------------------------------------------------------


def test_first_days_of_a_month() -> None:
    ref = D(2031, 9, 22)
    found = find_periods("exports rose 12.2 percent in the first 20 days of this month", ref)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2031, 9, 1), D(2031, 9, 20))]
    found = find_periods("in the first ten days of August", ref)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2031, 8, 1), D(2031, 8, 10))]
    found = find_periods("in the first ten days of October", ref)  # not yet this year
    assert [(p.period_start, p.period_end) for p in found] == [(D(2030, 10, 1), D(2030, 10, 10))]
    found = find_periods("the first 15 days of March 2029", None)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2029, 3, 1), D(2029, 3, 15))]


def test_first_days_date_the_figures_after_them() -> None:
    rows = dated(
        "date 2031-09-22\nChile's exports rose 12.2 percent in the first 20 days of this month, "
        "customs data showed.\n\nShipments to Peru jumped by 8.3 percent."
    )
    assert ("pct_change", 8.3, D(2031, 9, 1), D(2031, 9, 20)) in rows


# --- a whole year not yet over at publication is the year to date ---------------------------


def test_unfinished_year_is_the_articles_year_to_date() -> None:
    rows = dated(
        "date 2031-08-03\nChile and Peru traded goods worth $3.1 billion in the first half of "
        "2031.\n\nChile's exports to Peru amounted to $1.9 billion in 2031, customs said."
    )
    assert ("level", 1_900_000_000.0, D(2031, 1, 1), D(2031, 6, 30)) in rows
    # a finished year keeps its whole span
    rows = dated(
        "date 2031-08-03\nChile and Peru traded goods worth $3.1 billion in the first half of "
        "2031.\n\nChile's exports to Peru amounted to $3.6 billion in 2030."
    )
    assert ("level", 3_600_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
