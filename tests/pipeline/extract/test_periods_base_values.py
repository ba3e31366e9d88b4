"""A base amount written as the value of the comparison period just named takes that period
("compared to the same period last year, which stood at $X"; "in contrast to the $X recorded in
the same timeframe in 2030"). Made-up sentences in several outlets' styles.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_which_stood_at_after_a_relative_base_period() -> None:
    # an agency style: "..., which stood at $X"
    rows = dated(
        "date 2031-11-20\nTrade between Peru and Chile reached $939 million from January "
        "through October 2031, a 12.3-percent increase compared to the corresponding period last "
        "year, which stood at $836 million, the agency said."
    )
    assert ("level", 836_000_000.0, D(2030, 1, 1), D(2030, 10, 31)) in rows
    assert ("level", 939_000_000.0, D(2031, 1, 1), D(2031, 10, 31)) in rows


def test_when_it_amounted_to_after_a_named_base_period() -> None:
    # a newspaper style: "..., when it amounted to $X"
    rows = dated(
        "date 2031-05-02\nKenya's exports to Ghana rose to $96 million in the first quarter of "
        "2031, up 22 percent from the same period of 2030, when it amounted to $79 million."
    )
    assert ("level", 79_000_000.0, D(2030, 1, 1), D(2030, 3, 31)) in rows
    assert ("level", 96_000_000.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_which_was_after_a_previous_year_base() -> None:
    # a ministry release: "... against the previous year, which was $X"
    rows = dated(
        "date 2031-03-01\nIn 2030, Chile's imports from Peru reached $1.2 billion, 9% more than "
        "in the previous year, which was $1.1 billion."
    )
    assert ("level", 1_100_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_in_contrast_to_the_amount_of_the_same_timeframe() -> None:
    rows = dated(
        "date 2031-11-20\nPeru's imports from Chile fell 23 percent to $143 million from January "
        "through October 2031, in contrast to the $186 million recorded in the same timeframe "
        "in 2030."
    )
    assert ("level", 186_000_000.0, D(2030, 1, 1), D(2030, 10, 31)) in rows
    assert ("level", 143_000_000.0, D(2031, 1, 1), D(2031, 10, 31)) in rows


def test_same_time_frame_is_a_same_period_base_but_time_alone_reads_no_frame() -> None:
    found = find_periods("up 4% on the same time frame in 2030", None)
    assert [(p.kind, p.same_year) for p in found] == [("same_period", 2030)]
    found = find_periods("up 4% on the same timeframe of 2030", None)
    assert [(p.kind, p.same_year) for p in found] == [("same_period", 2030)]


def test_a_later_clause_with_which_is_not_a_base_value() -> None:
    # "which" far from the base period: the amount keeps its own period
    rows = dated(
        "date 2031-04-10\nIn 2030, Chile's exports to Peru rose 8% compared with 2029, a trade "
        "which the ministry valued at $2.4 billion."
    )
    assert ("level", 2_400_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


# --- a base amount with a bracketed conversion before its period -------------------------------


def test_base_with_a_bracketed_conversion_takes_the_period_after_the_bracket() -> None:
    # a Nigerian-paper style: naira with rand in brackets, the base's year after the bracket
    rows = dated(
        "Trade between India and Nepal fell to about Rs 1.3 trillion ($15.5 billion) in 2029.\n\n"
        "The trade volume decreased by 11.3 per cent from Rs 1.5 trillion ($18.1 billion) in 2028, "
        "the envoy said."
    )
    assert ("level", 1_500_000_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    assert ("level", 18_100_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows


def test_from_to_with_bracketed_conversions_dates_each_pair_with_its_year() -> None:
    # a Gulf-paper style: riyals with dollars in brackets
    rows = dated(
        "Trade between Saudi Arabia and Egypt rose from SR30 billion ($8 billion) in 2021 to "
        "SR45 billion ($12 billion) in 2026."
    )
    assert ("level", 30_000_000_000.0, D(2021, 1, 1), D(2021, 12, 31)) in rows
    assert ("level", 8_000_000_000.0, D(2021, 1, 1), D(2021, 12, 31)) in rows
    assert ("level", 12_000_000_000.0, D(2026, 1, 1), D(2026, 12, 31)) in rows


def test_list_of_bases_in_brackets_keeps_the_first_brackets_year() -> None:
    # a statistics-office list: "A - $X ($Y in 2030), B - $Z ($W)"
    rows = dated(
        "The countries Peru imported the most from in 2031: Chile - USD 10.4 billion (USD 8.7 "
        "billion in 2030), Brazil - USD 6.6 billion (USD 5.5 billion)."
    )
    assert ("level", 5_500_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 6_600_000_000.0, D(2031, 1, 1), D(2031, 12, 31)) in rows
