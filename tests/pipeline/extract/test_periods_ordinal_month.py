"""An ordinal month of a calendar year: "the second month of 2031" is February 2031 (not the whole
year), "the third month of this year" is March of the page's year, and "by the end of the second
month of 2031" is January to its end, as "by the end of February 2031" is. Near misses: an
ordinal month of the Iranian (solar) year stays the solar year's; "the first month of" a
fiscal year, a split year or of nothing dated is no calendar month. Made-up sentences.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
REF = D(2031, 6, 15)


def _spans(sentence: str) -> list[tuple[str, D | None, D | None]]:
    return [(p.kind, p.period_start, p.period_end) for p in find_periods(sentence, REF)]


def test_an_ordinal_month_of_a_year_is_that_month() -> None:
    assert _spans("Exports reached $7 million in the second month of 2031.") == [
        ("month", D(2031, 2, 1), D(2031, 2, 28))
    ]
    assert _spans("Imports were $4 million in the eleventh month of 2030.") == [
        ("month", D(2030, 11, 1), D(2030, 11, 30))
    ]


def test_an_ordinal_month_of_this_year_is_the_pages_year() -> None:
    assert _spans("Imports were $4 million in the third month of this year.") == [
        ("month", D(2031, 3, 1), D(2031, 3, 31))
    ]
    assert _spans("Imports were $4 million in the 4th month of current year.") == [
        ("month", D(2031, 4, 1), D(2031, 4, 30))
    ]


def test_by_the_end_of_an_ordinal_month_is_the_year_to_date() -> None:
    rows = dated(
        "date 2031-06-02\nBy the end of the second month of 2031, trade between Chile and Peru "
        "amounted to $2.6 billion."
    )
    assert rows == {("level", 2_600_000_000.0, D(2031, 1, 1), D(2031, 2, 28))}


def test_near_miss_an_iranian_ordinal_month_stays_the_solar_years() -> None:
    spans = _spans(
        "Exports rose 12 percent in the first month of the current Iranian calendar year "
        "(March 21-April 20)."
    )
    assert [kind for kind, _, _ in spans] == ["iranian_year"]
    assert all(
        kind == "iranian_year"
        for kind, _, _ in _spans("Exports rose in the second month of the current Iranian year.")
    )


def test_near_miss_no_calendar_year_no_ordinal_month() -> None:
    assert [
        k for k, _, _ in _spans("Exports were $5m in the second month of fiscal year 2031.")
    ] == ["fiscal"]
    assert "month" not in [
        k for k, _, _ in _spans("Exports were $5m in the second month of 2030-31.")
    ]
    # "the first month of" an arrangement: the year after it is the figure's own
    assert _spans("January was the first month of the new rules, with trade at $5m in 2030.") == [
        ("year", D(2030, 1, 1), D(2030, 12, 31))
    ]
