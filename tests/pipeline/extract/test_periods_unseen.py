"""Period kinds of round 10 (x15-period3), found on pages no rule was tuned on: a base amount
whose currency follows it, a part-year base on an undated page, months of a named fiscal year,
a conversion bracket that opens with a hedge word, "through March this year", an issue label
that dates the page, a page that closes with its own stamp, and Bolivia's "gestión" (year).

Each kind on made-up sentences in several outlets' styles; countries, numbers and years differ
from any real page.
"""

import datetime as dt

from pipeline.extract.period_anchor import series_year
from pipeline.extract.periods import find_periods
from pipeline.ingest.published import find_published
from tests.pipeline.extract.test_extract import figures

D = dt.date
REF = D(2031, 8, 1)


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


# --- a base amount with its currency after the number -------------------------------------------


def test_a_base_amount_written_with_a_currency_word_is_a_comparison() -> None:
    for text in (
        "Imports went from 224 million dollars in 2029 to 260 million dollars in 2030.",
        "Sales to Chile climbed to 5.1 billion yuan from 4.2 billion yuan in 2029.",
        "exports dropped from about 870 million euros in 2029, the ministry said",
    ):
        first = find_periods(text, REF)[0]
        assert (first.period_start, first.comparison) == (D(2029, 1, 1), True), text
    # a count of things is no amount: "from 20 countries in 2029" names no base
    assert [p.comparison for p in find_periods("Buyers from 20 countries in 2029 came.", REF)] == [
        False
    ]


# --- a part-year base on a page without a date -------------------------------------------------


def test_a_year_base_takes_the_months_of_an_undated_span() -> None:
    rows = dated(
        "In the first seven months, Chile's exports to Peru went from $310 million in 2029 to "
        "$355 million, a rise of 14.5 percent."
    )
    assert ("level", 310_000_000.0, D(2029, 1, 1), D(2029, 7, 31)) in rows
    # a part-year base fixes the page's year as the next one (round 6): the level reached and
    # the change are those months of 2030
    assert ("level", 355_000_000.0, D(2030, 1, 1), D(2030, 7, 31)) in rows
    assert ("pct_change", 14.5, D(2030, 1, 1), D(2030, 7, 31)) in rows
    rows = dated(
        "Over the first nine months, Ghana's exports to Japan slipped from 1.2 billion dollars "
        "in 2028 to 1.1 billion dollars."
    )
    assert ("level", 1_200_000_000.0, D(2028, 1, 1), D(2028, 9, 30)) in rows


# --- months of a named fiscal year --------------------------------------------------------------


def test_months_of_a_named_fiscal_year_are_those_months_of_it() -> None:
    # Bangladesh's fiscal year runs July-June and is named by its end: FY31 is 2030-31
    rows = dated(
        "date 2031-05-20\nBangladesh's exports to Japan in the July-March period of FY31 grew "
        "by 12.5 per cent to $700 million from $622.2 million in the same period of FY30."
    )
    assert ("level", 700_000_000.0, D(2030, 7, 1), D(2031, 3, 31)) in rows
    assert ("level", 622_200_000.0, D(2029, 7, 1), D(2030, 3, 31)) in rows
    # a split year: Pakistan's July-June year 2030-31
    rows = dated(
        "date 2031-05-20\nPakistan's exports to China in July-February of 2030-31 stood at "
        "$1.9 billion."
    )
    assert ("level", 1_900_000_000.0, D(2030, 7, 1), D(2031, 2, 28)) in rows


def test_months_outside_a_fiscal_year_stay_apart() -> None:
    # "May" and "of 2031" far apart in other words: no fiscal reading
    periods = find_periods("In May, the agency said of FY31 that exports rose.", REF)
    assert all(p.fiscal is None or p.fiscal[0] != "months" for p in periods)


# --- a conversion bracket with a hedge word -----------------------------------------------------


def test_a_period_after_a_hedged_conversion_dates_the_amount_it_converts() -> None:
    rows = dated(
        "date 2031-04-02\nTrade between Kenya and Egypt stood at KSh 40 billion (about $300 "
        "million) in 2029, while the peak was KSh 52 billion (approximately $400 million) in 2026."
    )
    assert ("level", 52_000_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows
    assert ("level", 400_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows
    assert ("level", 40_000_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- "through March this year" ------------------------------------------------------------------


def test_to_a_month_of_a_relative_year_is_from_january() -> None:
    for text in (
        "Through March this year, exports reached $81 million.",
        "until March of the current year imports totalled $5bn",
        "exports up to the end of March this year",
    ):
        (p,) = find_periods(text, REF)
        assert (p.period_start, p.period_end) == (D(2031, 1, 1), D(2031, 3, 31)), text
    (p,) = find_periods("Through June last year, exports fell.", REF)
    assert (p.period_start, p.period_end) == (D(2030, 1, 1), D(2030, 6, 30))
    # undated: waits for the year
    (p,) = find_periods("Through March this year, exports reached $81 million.", None)
    assert p.relative == ("relmonths:1:3", 0)


# --- an issue label dates the page --------------------------------------------------------------


def test_an_issue_label_gives_the_publication_year() -> None:
    assert series_year(["Trade Weekly 2030/14"]) == 2030
    assert series_year(["Ministry Bulletin 11/2029", "other"]) == 2029
    assert series_year(["Newsletter No. 7/2028"]) == 2028
    # a split (fiscal) year is no issue number
    assert series_year(["Annual Review 2029/30"]) is None
    assert series_year(["Exports rose 4% in 2029/30"]) is None
    rows = dated(
        "Chamber Newsletter 2031/07\n\nLast year Chile's exports to Peru rose 5 percent to "
        "$1.1 billion."
    )
    assert ("level", 1_100_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


# --- a page that closes with its own stamp ------------------------------------------------------


def test_a_closing_date_and_time_line_dates_the_page() -> None:
    # the article's first paragraph is long: a date line after it in the head is another story's
    body = (
        "Exports to Qatar grew " + "and grew again " * 15 + ".\n\nThe ministry gave no detail.\n\n"
    )
    assert find_published(body + "04.03.2031 10:15 / Views: 12 / Print\n") == D(2031, 3, 4)
    assert find_published(body + "March 4, 2031 09:12\nAll rights reserved\n") == D(2031, 3, 4)
    # two stamps: a list of other stories, not the article's own
    two = body + "Related\n04.03.2031 10:15 / Print\n01.02.2031 08:00 / Print\n"
    assert find_published(two) is None
    # a date and time inside a sentence is no stamp
    assert find_published(body + "The deal was signed at 10:15 on 04.03.2031 in Doha.\n") is None


# --- "gestión": the year in Bolivian Spanish ----------------------------------------------------


def test_gestion_names_a_year_in_spanish() -> None:
    rows = dated(
        "date 2031-06-10\nLas exportaciones bolivianas a Chile alcanzaron los 300 millones de "
        "dólares en la pasada gestión, según el IBCE."
    )
    assert ("level", 300_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    rows = dated(
        "date 2031-06-10\nSegún el IBCE, a marzo de la presente gestión las exportaciones "
        "bolivianas a Chile alcanzaron los 120 millones de dólares."
    )
    assert ("level", 120_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


# --- a bracket that spells out the period named in words --------------------------------------


def test_a_bracketed_period_after_period_words_is_the_sentence_period() -> None:
    for text in (
        "In the following fiscal year (July 2029 to June 2030), exports rose to $70 million.",
        "During the review period (July 2029-June 2030) exports rose to $70 million.",
        "in the last fiscal year (July 2029 to June 2030), exports rose to $70 million",
    ):
        periods = find_periods(text, None)
        assert [(p.period_start, p.period_end, p.comparison) for p in periods] == [
            (D(2029, 7, 1), D(2030, 6, 30), False)
        ], text
    rows = dated(
        "In the following fiscal year (July 2029 to June 2030), Kenya's exports to Uganda rose "
        "to 70 million dollars."
    )
    assert ("level", 70_000_000.0, D(2029, 7, 1), D(2030, 6, 30)) in rows
    # a bracket after an amount restates it: its period stays inside
    periods = find_periods("Exports were $5m (2029: $4m) last year.", REF)
    assert any(p.period_start == D(2029, 1, 1) for p in periods)
    # a year in the bracket says which year a span of months is of: the months stay
    text = "In the first 11 months of last year (2030), trade reached $9bn."
    p, year = find_periods(text, REF)
    assert (p.period_start, p.period_end) == (D(2030, 1, 1), D(2030, 11, 30))
    assert text[year.start - 1] == "("  # the year stays inside its bracket, which figures skip
    # "last year (2029)": the bracket names the year itself
    (p,) = find_periods("Last year (2029), trade reached $9bn.", REF)
    assert (p.period_start, p.period_end) == (D(2029, 1, 1), D(2029, 12, 31))


def test_the_same_period_of_a_fiscal_year_after_counted_months_is_those_months() -> None:
    rows = dated(
        "date 2031-05-20\nBangladesh's exports to Japan in the first 10 months of FY31 increased "
        "by 19.4 per cent to $651.7 million from $546 million in the same period of FY30."
    )
    assert ("level", 651_700_000.0, D(2030, 7, 1), D(2031, 4, 30)) in rows
    assert ("level", 546_000_000.0, D(2029, 7, 1), D(2030, 4, 30)) in rows


def test_the_same_period_of_a_year_after_a_level_reached_is_its_own() -> None:
    for text in (
        "Trade between Chile and Peru jumped from $51 million in the first seven months of 2029 "
        "to $614 million over the same period in 2030.",
        "Exports rose from $1.2 billion in January-May 2029 to $1.5 billion in the same period of "
        "2030.",
    ):
        periods = find_periods(text, None)
        assert [(p.period_end, p.comparison) for p in periods][-1][1] is False, text
        last = periods[-1]
        assert last.period_end is not None and last.period_end.year == 2030, text
        assert last.period_start is not None and last.period_start.month == 1, text
    # a base stays a base: "up 8% over the same period of 2029"
    (p,) = find_periods("Exports rose 8% to $1.5bn over the same period of 2029.", None)
    assert p.comparison
    # "compared to $X in the same months of 2029": a base, whatever its amount
    text = (
        "Exports were $5.3bn, 40 percent more compared to 3.8 billion dollars in the same "
        "months of 2029."
    )
    assert [p.comparison for p in find_periods(text, None)] == [True]


# --- a base amount with its scale glued to the number (lead, round 10) ---------------------------


def test_a_base_amount_with_a_glued_scale_is_a_comparison() -> None:
    for text in (
        "Exports to Oman slid 12 per cent to $3.2m from $3.6m in 6MFY30.",
        "Shipments to Peru rose to $88.10million in H1FY31 from $70.25million in the H1FY30.",
        "Sales to Fiji fell to Rs 41.5bn from Rs 45.9bn in 2029, the central bank said",
    ):
        base = find_periods(text, REF)[-1]
        assert base.comparison, text


def test_a_later_sentence_continues_the_running_period_not_a_glued_base() -> None:
    # The first sentence's base (H1 FY2029-30, glued "m") must not become the period the next
    # sentence's figures carry: they are the first half of FY2030-31, like the sentence's own.
    out = dated(
        "date 2031-02-03\nPakistan's exports to Kenya rose 10.0 per cent to $4.4m in the first "
        "half of FY31 from $4.0m in 6MFY30. Exports to Nepal rose 25.0 per cent to $2.5m "
        "from $2.0m in the same period last year."
    )
    assert ("level", 2_500_000.0, D(2030, 7, 1), D(2030, 12, 31)) in out
    assert ("level", 2_000_000.0, D(2029, 7, 1), D(2029, 12, 31)) in out


# --- a change between two named years, its amounts hedged (lead, round 10) ------------------------


def test_hedged_amounts_of_a_change_between_two_years_take_its_ends() -> None:
    for text, first, second in (
        (
            "Between 2020 and 2029, Peru's exports to Korea increased from approximately "
            "$1.6 billion to $2.58 billion.",
            2020,
            2029,
        ),
        (
            "Between 2019 and 2028, Chile's imports from Japan rose from roughly $3.1 billion "
            "to an estimated $4.4 billion.",
            2019,
            2028,
        ),
    ):
        out = dated("date 2030-05-01\n" + text)
        ends = sorted((start.year, end.year) for _, _, start, end in out)
        assert ends == [(first, first), (second, second)], text
    # a total over the two years stays a multi-year span
    (row,) = dated(
        "date 2030-05-01\nBetween 2018 and 2027, trade between Kenya and Egypt totalled "
        "approximately $5.2 billion."
    )
    assert (row[2].year, row[3].year) == (2018, 2027)


# --- a period that opens the next amount's clause (lead, round 10) -------------------------------


def test_a_period_opening_the_next_amounts_clause_does_not_date_the_change_before_it() -> None:
    out = dated(
        "date 2030-05-01\nTrade turnover of Georgia with Canada in 2029 amounted 334.2 mln USD "
        "which increased by 47.8% , in 2028 it amounted 226.1 mln USD. In 2029 exports to "
        "Canada from Georgia were 53.9 mln USD, up 13.1%, while in 2028 the figure was "
        "47.7 mln USD."
    )
    assert ("pct_change", 47.8, D(2029, 1, 1), D(2029, 12, 31)) in out
    assert ("level", 226_100_000.0, D(2028, 1, 1), D(2028, 12, 31)) in out
    assert ("pct_change", 13.1, D(2029, 1, 1), D(2029, 12, 31)) in out
    # no subject after the period: the change and the level it reaches share it
    out = dated(
        "date 2030-05-01\nExports of Peru to Chile grew by 12%, in 2029 reaching $5 billion."
    )
    assert ("pct_change", 12.0, D(2029, 1, 1), D(2029, 12, 31)) in out


# --- a period that labels its amount with a dash or a colon (lead, round 10) ---------------------


def test_a_period_labelling_its_amount_with_a_dash_beats_the_next_one() -> None:
    out = dated(
        "date 2031-05-01\nTrade between Peru and Chile has grown. In 2027, its value amounted to "
        "USD 960 million, in 2028 – USD 1.2 billion and in 2029 as much as USD 2.3 billion.\n"
        "Exports of Peru to Chile in 2028: $1.4 billion and in 2029 $1.9 billion."
    )
    assert ("level", 1_200_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in out
    assert ("level", 2_300_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in out
    assert ("level", 1_400_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in out
    # near miss: with words between the year and the amount, the period right after still wins
    out = dated(
        "date 2031-05-01\nIn 2028 Peru's exports to Chile were $1.4 billion, in 2029 they grew "
        "to $1.9 billion."
    )
    assert ("level", 1_900_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in out
