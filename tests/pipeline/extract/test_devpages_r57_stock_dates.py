"""Round 57 kind (English): the day an investment stock is counted, written any way but "by/as
of the end of YEAR", was read as a whole year. Dev pages: iw01 investkorea ("total investments
... stood at $1.77 billion as of late last year") and iw11 bcci ("Greek investments ... at the
beginning of this year totaled EUR 3.5 billion"; NOTES: a stock "at the beginning of" a year is
the stock at the end of the year before). Built as the English paradigm of a stock's date
(``period_patterns`` "stock_date"): "as of / as at / at" + "the end of", "the close of",
"year-end", "end-", "late", "the beginning of", "the start of", "early", "to the start of", with
a year, "last/this/the current year" or "the year". Made-up sentences with forms no dev page uses
("at the close of", "at year-end", "as of early", "to the start of", "at the end of last year");
a flow keeps its calendar year, and a year's start dates no flow."""

from tests.pipeline.extract.test_extract import figures


def _periods(sentence: str, date: str = "2031-05-01") -> dict[float, tuple]:
    text = f" date {date}\nInvestment news\n\n{sentence}\n"
    return {
        r["value"]: (r["flow"], r["period_start"], r["period_end"])
        for r in figures(text).to_dict("records")
    }


def _end(row: tuple) -> str:
    return str(row[2])[:10]


def test_year_end_forms_of_a_stock() -> None:
    for phrase in (
        "at the close of 2030",
        "at year-end 2030",
        "as of late 2030",
        "at the end of last year",
    ):
        got = _periods(f"Canada's investment in Chile stood at $4.2 billion {phrase}.")
        row = got[4.2e9]
        assert row[0] == "investment" and row[1] is None and _end(row) == "2030-12-31", phrase


def test_year_start_is_the_end_of_the_year_before() -> None:
    for phrase in (
        "as of early 2031",
        "to the start of 2031",
        "at the beginning of the current year",
    ):
        got = _periods(f"Canada's investment in Chile amounted to $4.2 billion {phrase}.")
        row = got[4.2e9]
        assert row[1] is None and _end(row) == "2030-12-31", phrase


def test_undated_page_last_year_fixed_by_a_neighbouring_year() -> None:
    text = (
        "Investment news\n\nTrade between Canada and Chile reached $9.1 billion in 2029. Canada's "
        "investment in Chile stood at $4.2 billion at the end of last year.\n"
    )
    rows = {r["value"]: r for r in figures(text).to_dict("records")}
    assert rows[4.2e9]["period_start"] is None
    assert str(rows[4.2e9]["period_end"])[:10] == "2029-12-31"


def test_near_misses_stay_as_they_are() -> None:
    # a flow "at the end of last year": that calendar year (NOTES fb)
    row = _periods("Canada's exports to Chile reached $4.2 billion at the end of last year.")[4.2e9]
    assert str(row[1])[:10] == "2030-01-01" and _end(row) == "2030-12-31"
    # a flow "at the beginning of this year": no stock's day (not the year before)
    row = _periods("Canada's exports to Chile at the beginning of this year rose 6 percent.")[6.0]
    assert _end(row) != "2030-12-31"
    # "at 2029 prices" is no date
    row = _periods("Canada's exports to Chile reached $4.2 billion in 2030 at 2029 prices.")[4.2e9]
    assert str(row[1])[:10] == "2030-01-01" and _end(row) == "2030-12-31"
