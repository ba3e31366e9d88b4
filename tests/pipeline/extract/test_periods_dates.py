"""The document date and the periods it resolves: made-up pages (round 5, the period kinds that
failed on pages without a ``date`` header).

Sentences use other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.document import _text_year
from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


# --- month spans -----------------------------------------------------------------------------


def test_months_followed_by_this_year_without_of_are_one_period() -> None:
    ref = D(2031, 11, 20)
    for text in (
        "for 8 months this year",
        "For 8 months. this year",
        "in the first half this year",
    ):
        found = find_periods(text, ref)
        assert len(found) == 1, found
        assert found[0].period_start == D(2031, 1, 1)
    rows = dated(
        "date 2031-11-20\nTrade between Peru and Chile for 8 months this year was $2 billion."
    )
    assert rows == {("level", 2_000_000_000.0, D(2031, 1, 1), D(2031, 8, 31))}


def test_a_change_over_the_first_months_is_dated_with_them() -> None:
    # "grew 6% over the first eight months of 2031": the span of the change, not its base
    rows = dated(
        "Trade between Peru and Chile reached $510 million, growing by six percent over the "
        "first eight months of 2031, the minister said."
    )
    assert ("level", 510_000_000.0, D(2031, 1, 1), D(2031, 8, 31)) in rows
    # a base named with "compared to" stays a base
    found = find_periods("rose 6% compared to the first eight months of 2030", None)
    assert [p.comparison for p in found] == [True]


# --- an undated page: the year and month its own text fixes ----------------------------------


def test_undated_stated_part_year_fixes_the_year_over_a_month_on_month_base() -> None:
    # "the first 10 months of 2030" fixes 2030; the base "September 2030" may be month-on-month
    # and does not make the page's year 2031
    span = find_periods("in the first 10 months of 2030", None)
    base = find_periods("up 12 per cent from $54.5 million in September 2030", None)
    assert [p.comparison for p in span + base] == [False, True]
    assert _text_year([({}, span[0]), ({}, base[0])]) == 2030
    assert _text_year([({}, base[0])]) == 2031  # a base alone: the year after it


def test_undated_last_month_is_the_last_month_of_the_stated_span() -> None:
    rows = dated(
        "Peru exported $512 million worth of goods to Chile in the first 10 months of 2030.\n\n"
        "Last month alone, Peru's exports to Chile came to $61 million.\n\n"
        "Imports from Chile were $12 million, down 4 per cent year-on-year."
    )
    assert ("level", 61_000_000.0, D(2030, 10, 1), D(2030, 10, 31)) in rows
    assert ("level", 12_000_000.0, D(2030, 10, 1), D(2030, 10, 31)) in rows


def test_undated_last_month_without_a_span_stays_undated() -> None:
    rows = dated("Last month alone, Peru's exports to Chile came to $61 million.")
    assert rows == {("level", 61_000_000.0, None, None)}


# --- part of the running fiscal year ----------------------------------------------------------


def test_first_months_of_the_ongoing_fiscal_are_the_countrys_fiscal_months() -> None:
    # Pakistan's fiscal year runs July-June: on 12 May 2031 "the ongoing fiscal" began July 2030
    rows = dated(
        "date 2031-05-12\nPakistan's exports to Nepal fell 6.2 per cent to $41.5 million during "
        "the first ten months of the ongoing fiscal."
    )
    assert ("level", 41_500_000.0, D(2030, 7, 1), D(2031, 4, 30)) in rows


def test_first_quarter_of_this_fiscal_year_is_its_first_three_months() -> None:
    rows = dated(
        "date 2031-10-20\nPakistan's exports to Nepal rose to $12.5 million in the 1st Quarter "
        "of this fiscal year."
    )
    assert ("level", 12_500_000.0, D(2031, 7, 1), D(2031, 9, 30)) in rows


def test_undated_since_runs_to_the_latest_data_year() -> None:
    rows = dated(
        "Trade between Peru and Chile reached $610 million in the first eight months of 2030.\n\n"
        "The volume of accumulated investments from Chile in Peru has exceeded $2 billion since "
        "2012."
    )
    assert ("level", 2_000_000_000.0, D(2012, 1, 1), D(2030, 12, 31)) in rows
    # no dated data on the page: the end stays open
    rows = dated("Investments from Chile in Peru have exceeded $2 billion since 2012.")
    assert rows == {("level", 2_000_000_000.0, D(2012, 1, 1), None)}


def test_months_of_a_year_with_a_hyphenated_epithet() -> None:
    # "than in the first eight months of pre-crisis 2028": a base of eight months, not a year
    found = find_periods("up 2.4 percent than in the first eight months of pre-crisis 2028", None)
    assert [(p.period_start, p.period_end, p.comparison) for p in found] == [
        (D(2028, 1, 1), D(2028, 8, 31), True)
    ]
