"""A short country code that is the currency (issue 15, round 15: wrong pair): "US" right after a
dollar amount's scale word ("$200 million US in 2029") or before "dollar" glued to the next word
(a typo: "2.2 billion US dollarsin 2029") names the dollar, not the United States as a party.

Every sentence is made up; the near misses ("US imports" after a comma, a three-letter
"USA") keep the United States a party.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


def test_us_after_a_dollar_amount_is_the_currency() -> None:
    got = rows(
        "date 2031-03-10\nTrade news\n\nTrade between Armenia and Iran was $ 200 million US in "
        "2029 and $122 million US in 2030."
    )
    assert got == {("turnover", "ARM", "IRN", 200e6), ("turnover", "ARM", "IRN", 122e6)}


def test_us_before_a_glued_dollars_is_the_currency() -> None:
    got = rows(
        "date 2031-03-10\nTrade news\n\nTrade between Romania and Moldova rose from 1 billion US "
        "dollars in 2025 to 2.2 billion US dollarsin 2029."
    )
    assert {r[1:3] for r in got} == {("ROU", "MDA")}


def test_us_after_a_comma_stays_a_party() -> None:
    # near miss: "US imports" opens a clause of its own
    got = rows(
        "date 2031-03-10\nTrade news\n\nArmenia's exports reached $5 million, US imports from "
        "Armenia $2 million."
    )
    assert ("imports", "USA", "ARM", 2e6) in got
