"""A period in an aside about one party, with its bracketed amount ("Chile, Peru's top partner in
2030 (at $7.1bn), placed second at $1.9bn"), dates that amount only: the sentence's other
figures and the next sentences keep the page's running period (wrong-period kind, round 12).
Made-up sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date

_LEAD = (
    "date 2031-06-02\nIn January-April 2031, Peru's trade with its partners reached $9 billion.\n\n"
)


def test_an_asides_year_dates_only_its_bracketed_amount() -> None:
    rows = dated(
        _LEAD + "Bolivia was the top partner at a value of $3.3bn. Chile, Peru's top trade partner "
        "in 2030 (at $7.1bn), placed second at $1.9bn, followed by Ecuador at $0.8bn.\n\n"
        "Mutual trade with Colombia amounted to $402mn."
    )
    assert ("level", 7_100_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    for value in (3_300_000_000.0, 1_900_000_000.0, 800_000_000.0, 402_000_000.0):
        assert ("level", value, D(2031, 1, 1), D(2031, 4, 30)) in rows


def test_near_miss_a_period_alone_between_commas_is_the_clauses() -> None:
    rows = dated("date 2031-06-02\nPeru's exports to Chile, in 2030 ($5bn), were up 10%.")
    assert ("pct_change", 10.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_a_conversion_after_the_period_keeps_it_for_the_change() -> None:
    rows = dated(
        "date 2031-06-02\nTrade between Peru and Chile reached €1.7 billion in 2030 ($2 billion), "
        "up 5%."
    )
    assert ("pct_change", 5.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


# --- "valued at $4.3bn (2030)": a bracket holding only a year labels the amount before it ------


def test_a_bracketed_year_after_an_amount_dates_it() -> None:
    rows = dated(
        "date 2031-06-02\nThe FDI stock from Peru into Chile is valued at $4.3 billion (2030), "
        "making Peru the third largest investor."
    )
    assert ("level", 4_300_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_a_bracket_with_more_than_a_year_is_its_own_figure() -> None:
    rows = dated(
        "date 2031-06-02\nIn 2030 trade between Peru and Chile was $4.3 billion (2029 figures: "
        "$3.9bn)."
    )
    assert ("level", 4_300_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    assert ("level", 3_900_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
