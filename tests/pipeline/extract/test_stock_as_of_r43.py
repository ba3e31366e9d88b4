"""Round 43: an investment stock "as of" a bare year is the stock at that year's end (empty
start, 31 December), as "as at the end of 2030" and "by the end of 2030" already were (NOTES:
investment stocks; S2 of the second `fz` annotation: only "by the end of", "as of" or "at the
beginning of" give an empty start). A flow "as of" a year stays that calendar year. Made-up
sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-03-01") -> set[tuple]:
    out = figures(f"date {date}\nInvestment\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    "text",
    [
        "As of 2029, Norway ranked third among Chile's foreign investors, holding an investment stock"
        " of $12 billion.",
        "Norway's cumulative investment in Chile reached $12 billion as of 2029.",
        "As at 2029, Norway had invested $12 billion in Chile.",
    ],
)
def test_an_investment_stock_as_of_a_year_ends_that_year(text: str) -> None:
    rows = _rows(text)
    assert {(r[0], r[3], r[4], r[5]) for r in rows} == {("investment", "None", "2029-12-31", 12e9)}


def test_near_miss_a_trade_flow_as_of_a_year_is_that_calendar_year() -> None:
    rows = _rows("As of 2029, trade between Norway and Chile stood at $4.5 billion.")
    assert {(r[0], r[3], r[4], r[5]) for r in rows} == {
        ("turnover", "2029-01-01", "2029-12-31", 4.5e9)
    }


def test_near_miss_as_of_a_fiscal_year_is_that_fiscal_year() -> None:
    rows = _rows("As of 2029-30, trade between India and Chile stood at $4.5 billion.")
    assert {(r[3], r[4]) for r in rows} == {("2029-04-01", "2030-03-31")}


def test_near_miss_an_investment_in_a_year_covers_the_year() -> None:
    rows = _rows("In 2029, Norway invested $1.2 billion in Chile.")
    assert {(r[3], r[4]) for r in rows} == {("2029-01-01", "2029-12-31")}


@pytest.mark.parametrize("opening", ["End of 2029", "End-2029", "The end of 2029"])
def test_a_sentence_opening_with_the_end_of_a_year_dates_a_stock_there(opening: str) -> None:
    # French "Fin 2029, ..." glossed; a stock at the year's end
    rows = _rows(f"{opening}, Norway's direct investment in Chile stood at $12 billion.")
    assert {(r[0], r[3], r[4]) for r in rows} == {("investment", "None", "2029-12-31")}


def test_near_miss_the_end_of_a_year_inside_a_sentence_needs_its_preposition() -> None:
    # "the trend of 2029" / "the end" elsewhere: only an opening "End of YEAR" is the stock date
    rows = _rows("Norway's direct investment in Chile in 2029 stood at $12 billion.")
    assert {(r[3], r[4]) for r in rows} == {("2029-01-01", "2029-12-31")}
