"""Round 35: months named without a year take the year their own sentence fixes: a base "the
same period of 2029" (the months are of 2030 whatever the page's date), or a whole year opening
the sentence with no number before the months ("In the early months of 2030, trade recovered
slowly; in the first four months it reached $1bn"). Made-up sentences; near misses: months after
an amount of another year, and months "of this year", keep the page's latest."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-06-01\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.measure, r.value, str(r.period_start)[:10], str(r.period_end)[:10])
        for r in out.itertuples()
    }


def test_months_after_the_sentences_opening_year_are_of_it() -> None:
    got = _rows(
        "In the early months of 2029, trade between Chile and Peru recovered slowly: the first"
        " four months brought only $1.01 billion."
    )
    assert got == {("turnover", "level", 1.01e9, "2029-01-01", "2029-04-30")}


def test_months_before_a_same_period_base_are_of_the_next_year() -> None:
    got = _rows(
        "Chile's exports to Peru reached $1.01 billion in January-April, up 5% from the same"
        " period of 2029."
    )
    assert ("exports", "level", 1.01e9, "2030-01-01", "2030-04-30") in got


def test_near_miss_months_after_another_years_amount_are_the_latest() -> None:
    got = _rows("Chile's exports to Peru were $5 billion in 2029 and $2 billion in January-April.")
    assert ("exports", "level", 2e9, "2031-01-01", "2031-04-30") in got


def test_near_miss_months_of_this_year() -> None:
    got = _rows(
        "Chile's exports to Peru reached $2 billion in the first four months of this year, up 5%"
        " on 2030."
    )
    assert ("exports", "level", 2e9, "2031-01-01", "2031-04-30") in got
