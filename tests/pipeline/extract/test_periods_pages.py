"""Period faults found on real news pages (issue 15, item 4), each kind on a made-up sentence.

Sentences use other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


# --- a record's reference point ("for the first time since 2011") is not a period -------------


def test_since_after_a_record_is_not_the_figures_period() -> None:
    found = find_periods("its sharpest drop for the first time in nine years (since 2011)", None)
    assert [p.comparison for p in found] == [True]
    found = find_periods("trade stood at its lowest level since 2004", None)
    assert [p.comparison for p in found] == [True]
    # a change since a year is dated from it (NOTES)
    found = find_periods("trade has grown fourfold since 2004", None)
    assert [p.comparison for p in found] == [False]


def test_record_since_leaves_the_sentences_own_year() -> None:
    rows = dated(
        "In 2027, trade between Chile and Peru fell by 9.4% to $4.1 billion, the first fall "
        "in a decade (since 2017)."
    )
    assert rows == {
        ("pct_change", -9.4, D(2027, 1, 1), D(2027, 12, 31)),
        ("level", 4_100_000_000.0, D(2027, 1, 1), D(2027, 12, 31)),
    }


def test_a_first_since_a_year_is_a_record_past_an_amount() -> None:
    # "the first ... since": a record's reference, with an amount or a month between
    found = find_periods("the first time exports had topped USD 40 billion since 2026", None)
    assert [p.comparison for p in found] == [True]
    found = find_periods("it could not prevent Chile's first May trade deficit since 2024", None)
    assert [p.comparison for p in found] == [True]
    rows = dated(
        "Trade between Chile and Peru reached $41.3 billion in 2030.\n\n"
        "It was the first time trade had exceeded $40 billion since 2026."
    )
    assert ("level", 40_000_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    # ... not a part of a year a change since a year is measured over
    found = find_periods("exports in the first half since 2026 rose", None)
    assert [p.comparison for p in found] == [False, False]


# --- an undated page whose text fixes the current year ----------------------------------------


def test_undated_page_part_year_fixes_this_year() -> None:
    rows = dated(
        "Last year, trade between Peru and Chile reached $3.2 billion.\n\n"
        "In the first half of this year, trade between them grew 1.5 times.\n\n"
        "Peru's exports to Chile rose to $0.9 billion in the first five months of 2031."
    )
    assert ("level", 3_200_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("multiple", 1.5, D(2031, 1, 1), D(2031, 6, 30)) in rows


def test_undated_page_part_year_comparison_base_fixes_the_next_year() -> None:
    rows = dated(
        "In March, compared to March 2030, Chile's imports from Peru grew by 14% to $71 million."
    )
    assert ("pct_change", 14.0, D(2031, 3, 1), D(2031, 3, 31)) in rows


def test_undated_page_full_years_fix_nothing() -> None:
    # "trade in 2030" can be reported in any later year: "this year" stays unknown (NOTES); only
    # the same statistic's part of this year beside it is the year to date (the fk one-grain rule)
    rows = dated(
        "Trade between Peru and Bolivia was $2.9 billion in 2030.\n\n"
        "In the first four months of this year trade between Peru and Chile reached $1.1 billion."
    )
    assert ("level", 1_100_000_000.0, None, None) in rows


# --- fiscal years --------------------------------------------------------------------------


def test_just_concluded_fiscal_year_is_the_one_that_ended_last() -> None:
    rows = dated(
        "date 2031-07-20\nPakistan's exports to Kenya reached $640 million in the just "
        "concluded fiscal year."
    )
    assert rows == {("level", 640_000_000.0, D(2030, 7, 1), D(2031, 6, 30))}


def test_a_later_amounts_previous_fiscal_is_not_an_earlier_amounts_period() -> None:
    rows = dated(
        "date 2031-08-02\nKenya's exports to Pakistan reached $410 million in the just ended "
        "fiscal year.\n\nKenya's exports to Pakistan stood at $410 million, up by 12.5%, which "
        "was $364.4 million in the previous fiscal."
    )
    assert rows == {
        ("level", 410_000_000.0, D(2030, 7, 1), D(2031, 6, 30)),
        ("pct_change", 12.5, D(2030, 7, 1), D(2031, 6, 30)),
        ("level", 364_400_000.0, D(2029, 7, 1), D(2030, 6, 30)),
    }


# --- a comparison base never becomes the period later figures continue ---------------------


def test_amount_after_than_takes_the_comparison_period_and_is_not_continued() -> None:
    rows = dated(
        "date 2031-05-02\nIn the first quarter of 2031, Chile's exports to Peru rose to $2.41 "
        "billion.\n\nThis was 12.3 per cent higher than the $2.15 billion in merchandise "
        "exports recorded in January-March 2030.\n\nChile's imports from Peru reached $0.3 "
        "billion during the period."
    )
    assert ("level", 2_150_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows
    assert ("level", 300_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


# --- a sentence that states a part-year period and no figure dates the figures after it ------


def test_between_months_and_year_is_a_month_range() -> None:
    found = find_periods("in the period running between February and October 2029.", None)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2029, 2, 1), D(2029, 10, 31))]
    # "and" without "between" joins two months, not a range
    found = find_periods("in February and October 2029", None)
    assert [p.kind for p in found] == ["month", "month"]


def test_period_stated_without_figure_dates_the_next_figures() -> None:
    rows = dated(
        "date 2030-02-11\nPeru sold more to Chile than to any neighbour between February and "
        "October 2029.\n\nExports to Chile in the period under review stood at $812 million."
    )
    assert rows == {("level", 812_000_000.0, D(2029, 2, 1), D(2029, 10, 31))}


def test_full_year_without_figure_dates_nothing() -> None:
    rows = dated(
        "date 2030-02-11\nIn 2029, Chile's exports to Peru were $1.2 billion.\n\nTrade "
        "relations between the two began in 1994.\n\nImports from Peru stood at $0.8 billion."
    )
    assert ("level", 800_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- months named relative to the article ---------------------------------------------------


def test_month_of_last_or_this_year() -> None:
    ref = D(2031, 2, 3)
    found = find_periods("exports to Peru in November last year reached", ref)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2030, 11, 1), D(2030, 11, 30))]
    found = find_periods("In February-April of the current year, imports", ref)
    assert [(p.period_start, p.period_end) for p in found] == [(D(2031, 2, 1), D(2031, 4, 30))]
    # without a date the month waits for a year the text fixes
    assert find_periods("in November last year", None)[0].relative == ("relmonths:11:11", -1)


def test_last_month_is_the_month_before_the_article() -> None:
    rows = dated("date 2031-02-03\nChile's exports to Peru reached $1.4 billion last month.")
    assert rows == {("level", 1_400_000_000.0, D(2031, 1, 1), D(2031, 1, 31))}
    found = find_periods("up 3% compared to the previous month", D(2031, 2, 3))
    assert [p.comparison for p in found] == [True]


def test_base_written_with_us_dollar_and_per_cent_from() -> None:
    rows = dated(
        "date 2031-04-20\nChile's imports from Peru rose by 7.5 per cent from US $310 million in "
        "March 2030, against the imports of US $333.25 million in March 2031."
    )
    assert ("pct_change", 7.5, D(2031, 3, 1), D(2031, 3, 31)) in rows
    assert ("level", 310_000_000.0, D(2030, 3, 1), D(2030, 3, 31)) in rows
    rows = dated(
        "date 2031-11-20\nIn July-October 2031, Chile's imports from Peru were recorded at US $120 "
        "million against US $100 million last year."
    )
    assert ("level", 100_000_000.0, D(2030, 7, 1), D(2030, 10, 31)) in rows


# --- a base amount with no period of its own is the main period a year earlier --------------


def test_bare_base_amount_is_a_year_earlier() -> None:
    rows = dated(
        "date 2031-01-15\nIn January-September 2030, Peru's exports to Chile stood at $820 "
        "million, down from $870 million.\n\nImports from Chile rose by 12% from $1.2 billion "
        "to $1.344 billion."
    )
    assert ("level", 870_000_000.0, D(2029, 1, 1), D(2029, 9, 30)) in rows
    assert ("level", 1_200_000_000.0, D(2029, 1, 1), D(2029, 9, 30)) in rows
    assert ("level", 1_344_000_000.0, D(2030, 1, 1), D(2030, 9, 30)) in rows


def test_base_with_its_own_period_keeps_it() -> None:
    rows = dated(
        "Trade between Peru and Chile increased from S$1.5 billion in 2026 to S$2.1 "
        "billion in 2029."
    )
    assert ("level", 1_500_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_undated_page_base_waits_for_the_year_the_text_fixes() -> None:
    rows = dated(
        "Peru's exports to Chile grew in the first quarter of the year to $2.3 billion.\n\n"
        "That was 15 per cent higher than the $2 billion logged in January-March 2030.\n\n"
        "Bilateral trade increased by 14 per cent from $3.5 billion to $3.99 billion."
    )
    assert ("level", 3_500_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows
    assert ("level", 3_990_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_year_base_of_a_part_year_figure_is_the_same_months() -> None:
    rows = dated(
        "date 2031-01-10\nIn January-September 2030, Peru's exports to Chile stood at $1.5 "
        "billion compared to $0.9 billion in 2029."
    )
    assert ("level", 900_000_000.0, D(2029, 1, 1), D(2029, 9, 30)) in rows
    # a full-year figure's base stays the full year
    rows = dated(
        "date 2031-01-10\nPeru's exports to Chile stood at $1.5 billion in 2030, "
        "compared to $0.9 billion in 2029."
    )
    assert ("level", 900_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_base_written_with_a_local_currency_prefix() -> None:
    found = find_periods("reached KSh 40 billion, down from KSh 37.5 billion in 2029", None)
    assert [p.comparison for p in found] == [True]
    found = find_periods("a slight decrease from Ush1.73 trillion in 2029", None)
    assert [p.comparison for p in found] == [True]


def test_fiscal_year_in_brackets() -> None:
    rows = dated(
        "date 2031-08-05\nPakistan's exports to Kenya rose 21.5 percent during the twelve months "
        "of the fiscal year (2030-31)."
    )
    assert rows == {("pct_change", 21.5, D(2030, 7, 1), D(2031, 6, 30))}


def test_undated_page_fiscal_months_in_brackets_fix_the_year() -> None:
    rows = dated(
        "India's trade with Chile hit a high in just four months (April-July) of this financial "
        "year (2030-31).\n\nOf the $9.5 billion trade in April-July, India's imports from "
        "Chile were $7.25 billion."
    )
    assert ("level", 7_250_000_000.0, D(2030, 4, 1), D(2030, 7, 31)) in rows


def test_target_horizon_written_with_hyphens_or_without_of() -> None:
    found = find_periods("outpacing the $20-billion-by-2033 target", None)
    assert [(p.kind, p.period_start, p.period_end) for p in found] == [
        ("horizon", None, D(2033, 12, 31))
    ]
    found = find_periods("would exceed 9 billion USD by the end 2032.", None)
    assert [(p.kind, p.period_start, p.period_end) for p in found] == [
        ("horizon", None, D(2032, 12, 31))
    ]


def test_months_of_a_split_year() -> None:
    def one(text: str) -> tuple:
        (p,) = find_periods(text, None)
        return p.period_start, p.period_end

    assert one("In August-January of the 2029-30 fiscal, exporters") == (
        D(2029, 8, 1),
        D(2030, 1, 31),
    )
    assert one("during July-June (2029-30), the bank said") == (D(2029, 7, 1), D(2030, 6, 30))
    assert one("in May-September of 2029-30") == (D(2029, 5, 1), D(2029, 9, 30))
    assert one("in January-March (2029-30)") == (D(2030, 1, 1), D(2030, 3, 31))


# --- a look back does not date the figures a sentence or more later -------------------------


def test_look_back_dates_the_next_sentence_only() -> None:
    rows = dated(
        "date 2031-02-09\nIn 2030, Chile's exports to Peru reached $2.9 billion.\n\n"
        "At the end of 2029, trade between Chile and Peru exceeded $4.1 billion.\n\n"
        "Peru remains a key market for Chilean copper.\n\n"
        "Exports to Bolivia totalled roughly $0.6 billion."
    )
    assert ("level", 600_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    rows = dated(
        "date 2031-02-09\nIn 2030, Chile's exports to Peru reached $2.9 billion.\n\n"
        "In 2029, Chile's exports to Bolivia reached $0.5 billion.\n\n"
        "Imports from Bolivia were $0.2 billion."
    )
    assert ("level", 200_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
