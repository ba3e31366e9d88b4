"""Actual or target as real news pages write it, each rule on a made-up sentence.

Forecasts say "could surpass", "can reach", "is to hit"; a forecast's deadline "by the end of
the current year" has an open start; the base a forecast is compared with, a figure in a
", where" clause after a goal, and a record that was set ("hit a record high ... to reach") are
actuals.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def rows(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {
        r.value: (r.flow, r.reporter, r.partner, r.status, r.period_start, r.period_end)
        for r in out.itertuples()
    }


def test_a_modal_before_a_verb_of_reaching_is_a_forecast() -> None:
    got = rows(
        "date 2031-05-02\nOfficials said trade between Chile and Vietnam could surpass "
        "$9.4 billion this year."
    )
    assert got[9_400_000_000.0][3:] == ("target", D(2031, 1, 1), D(2031, 12, 31))
    got = rows(
        "date 2031-05-02\nThe president is confident that trade between Mongolia and Laos can "
        "reach $7 billion."
    )
    assert got[7_000_000_000.0][3] == "target"


def test_is_to_hit_by_a_year_is_a_target_with_an_open_start() -> None:
    got = rows(
        "date 2031-05-02\nA report says the volume of trade between Peru and Korea is to hit "
        "$48 billion by 2036."
    )
    assert got[48_000_000_000.0][3:] == ("target", None, D(2036, 12, 31))


def test_a_target_by_the_end_of_the_current_year_has_an_open_start() -> None:
    got = rows(
        "date 2031-02-10\nIf the trend continues, Peru's exports to Korea will surpass "
        "$2.6 billion by the end of the current year, traders said."
    )
    assert got[2_600_000_000.0][3:] == ("target", None, D(2031, 12, 31))


def test_by_over_is_a_qualifier_not_a_comparison_base() -> None:
    got = rows(
        "date 2031-09-20\nThe bilateral trade between Ghana and Turkey this year could grow by "
        "over 35 percent than last year, the envoy said."
    )
    assert got[35.0][3:] == ("target", D(2031, 1, 1), D(2031, 12, 31))


def test_the_base_a_forecast_is_compared_with_is_an_actual() -> None:
    got = rows(
        "date 2031-03-12\nTrade between Ghana and Turkey is projected to exceed $6.2 billion "
        "this year, compared to $5.1 billion last year."
    )
    assert got[6_200_000_000.0][3] == "target"
    assert got[5_100_000_000.0][3:] == ("actual", D(2030, 1, 1), D(2030, 12, 31))


def test_a_where_clause_after_a_goal_states_what_happened() -> None:
    got = rows(
        "date 2031-03-12\nEgypt aims to raise its exports to Jordan to $3 billion next year, "
        "where exports during 2030 exceeded $2.2 billion."
    )
    assert got[3_000_000_000.0][3] == "target"
    assert got[2_200_000_000.0][:4] == ("exports", "EGY", "JOR", "actual")


def test_a_record_set_to_reach_a_level_is_an_actual() -> None:
    got = rows(
        "date 2031-07-30\nNorway's exports to Japan recorded a historical high in the second "
        "quarter of 2031 to reach $4.12 billion, up 3.1 percent year-on-year as the country "
        "aims to deepen ties with Asia."
    )
    assert got[4_120_000_000.0][3:] == ("actual", D(2031, 4, 1), D(2031, 6, 30))
    assert got[3.1][3] == "actual"


def test_potential_describing_a_market_is_no_forecast() -> None:
    got = rows(
        "date 2031-07-10\nPeru's exports to Fiji, a non-traditional potential export "
        "destination, reached $1.25 billion in 2030."
    )
    assert got[1_250_000_000.0][3] == "actual"
    got = rows(
        "date 2031-07-10\nThe potential of trade between Peru and Fiji is estimated at $2 billion."
    )
    assert got[2_000_000_000.0][3] == "target"
