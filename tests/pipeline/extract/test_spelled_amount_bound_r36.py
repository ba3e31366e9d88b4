"""Round 36: "more than a billion USD in 2002" is a bound of an amount spelled with "a", whose
own year follows it, not a comparison base "than in 2002" (the year dated a later figure
instead). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2019-03-20\nChile and Peru\n{text}\n")
    return {(r.flow, r.value, str(r.period_start)[:10]) for r in out.itertuples()}


def test_more_than_a_billion_in_a_year_is_that_years_amount() -> None:
    got = _rows(
        "Trade between Chile and Peru went past the 10 billion USD mark in 2013, having been only"
        " more than a billion USD in 2002."
    )
    assert ("turnover", 1e9, "2002-01-01") in got
    assert ("turnover", 10e9, "2013-01-01") in got
    got = _rows(
        "Trade between Chile and Peru reached $4 billion in 2013, against less than a million dollars in 1995."
    )
    assert ("turnover", 1e6, "1995-01-01") in got


def test_near_miss_more_than_in_a_year_is_a_base() -> None:
    got = _rows("Trade between Chile and Peru reached $12 billion in 2013, more than in 2002.")
    assert got == {("turnover", 12e9, "2013-01-01")}
