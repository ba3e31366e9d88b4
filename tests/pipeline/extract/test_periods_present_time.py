"""A figure stated for the present ("are now worth", "currently stands at", "has since risen to")
takes no period from an earlier clause or sentence (NOTES: "now" without a year, "currently
stands at"): wrong-period kind, round 12. Made-up sentences, other countries, numbers and years
than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_now_after_a_dated_clause_is_undated() -> None:
    rows = dated(
        "In 2028 for example Peru's imports from Chile were worth USD 35 million and exports to "
        "it USD 11 million, but trade has grown fast: imports from Chile are now worth more than "
        "half a billion USD and exports up to USD 90 million."
    )
    assert ("level", 35_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows
    assert ("level", 500_000_000.0, None, None) in rows
    # the gapped amount continues the present clause
    assert ("level", 90_000_000.0, None, None) in rows


def test_has_since_risen_is_not_the_earlier_month() -> None:
    rows = dated(
        "Reports said that in May 2028, trade between Peru and Chile totalled $128 million but "
        "has since risen to $215 million."
    )
    assert ("level", 128_000_000.0, D(2028, 5, 1), D(2028, 5, 31)) in rows
    assert ("level", 215_000_000.0, None, None) in rows


def test_currently_stands_does_not_continue_the_previous_sentence() -> None:
    rows = dated(
        "Officials said trade between Peru and Chile rose 40% in 2029.\n\n"
        "It currently stands at US$1.9 billion."
    )
    assert ("pct_change", 40.0, D(2029, 1, 1), D(2029, 12, 31)) in rows
    assert ("level", 1_900_000_000.0, None, None) in rows


def test_near_miss_now_describing_a_partner_keeps_the_clause_year() -> None:
    rows = dated(
        "In 2028, trade between Peru and Chile, now its largest partner, reached $5 billion."
    )
    assert ("level", 5_000_000_000.0, D(2028, 1, 1), D(2028, 12, 31)) in rows


def test_near_miss_has_since_risen_with_its_own_year() -> None:
    rows = dated(
        "Trade between Peru and Chile reached $1 billion in 2028 and has since risen to "
        "$3 billion in 2030."
    )
    assert ("level", 3_000_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_a_year_in_the_present_clause_itself() -> None:
    rows = dated(
        "In 2027, trade between Peru and Chile reached $1 billion.\n\n"
        "In 2030 trade between Peru and Chile is now at $5 billion."
    )
    assert ("level", 5_000_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
