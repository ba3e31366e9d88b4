"""Amounts paired with a list of periods by "respectively" (``respective_periods``): "were $5.1bn
and $6.2bn in 2029 and 2030, respectively", "up from $40m, $39m and $36m in August, September and
October respectively". Near misses: one period for several amounts ("respectively" of a country
list) keeps it; a run of amounts shorter than the periods is left as bound. Made-up sentences.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def periods(text: str) -> dict[float, tuple]:
    return {r.value: (r.flow, r.period_start, r.period_end) for r in figures(text).itertuples()}


def test_two_years_respectively() -> None:
    got = periods(
        "date 2031-03-01\nExports from Chile to Peru were $5.1bn and $6.2bn in 2029 and 2030, "
        "respectively."
    )
    assert got == {
        5.1e9: ("exports", D(2029, 1, 1), D(2029, 12, 31)),
        6.2e9: ("exports", D(2030, 1, 1), D(2030, 12, 31)),
    }


def test_three_years_and_a_change_list() -> None:
    got = periods(
        "date 2031-03-01\nChile's exports to Peru amounted to $5.1bn, $5.6bn and $6.2bn, up 3%, "
        "9.8% and 10.7%, in 2028, 2029 and 2030 respectively."
    )
    assert got[5.6e9][1:] == (D(2029, 1, 1), D(2029, 12, 31))
    assert got[6.2e9][1:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[9.8][1:] == (D(2029, 1, 1), D(2029, 12, 31))
    assert got[3.0][1:] == (D(2028, 1, 1), D(2028, 12, 31))


def test_months_without_their_year_after_a_lead_amount() -> None:
    # the lead amount keeps its own month; the run of three takes the three months
    got = periods(
        "date 2031-12-20\nIn November 2031, Uganda exported goods to Kenya worth $56m, up from "
        "$40m, $39m and $36m earned in August, September and October respectively."
    )
    assert got == {
        56e6: ("exports", D(2031, 11, 1), D(2031, 11, 30)),
        40e6: ("exports", D(2031, 8, 1), D(2031, 8, 31)),
        39e6: ("exports", D(2031, 9, 1), D(2031, 9, 30)),
        36e6: ("exports", D(2031, 10, 1), D(2031, 10, 31)),
    }


def test_a_country_list_respectively_keeps_its_one_period() -> None:
    got = periods(
        "date 2031-03-01\nChile's exports to Peru and Bolivia were $5.1bn and $2.2bn in 2030, "
        "respectively."
    )
    assert {v[1:] for v in got.values()} == {(D(2030, 1, 1), D(2030, 12, 31))}


def test_the_period_to_a_month_is_the_year_to_date() -> None:
    # "in the period to May" (Ugandan, British copy): January to May, no year needed
    got = periods(
        "date 2031-09-05\nThe central bank put Uganda's exports to Rwanda at $1.1bn in the period "
        "to May compared with $0.9bn a year earlier."
    )
    assert got[1.1e9][1:] == (D(2031, 1, 1), D(2031, 5, 31))
    assert got[0.9e9][1:] == (D(2030, 1, 1), D(2030, 5, 31))
