"""Round 35: "the year's second month" and "the second month of the year" are the latest such
month, as "in February" is; "the January-March months of this year" / "the April-June period
of 2030" are those months (not the whole year). Made-up sentences; near misses keep theirs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-04-03\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.measure, r.value, str(r.period_start)[:10], str(r.period_end)[:10])
        for r in out.itertuples()
    }


def test_the_years_second_month_is_february() -> None:
    got = _rows(
        "In the year's second month Chile bought goods worth $568.1 million from Peru, against"
        " $588 million in February 2030."
    )
    assert ("imports", "level", 568.1e6, "2031-02-01", "2031-02-28") in got
    assert ("imports", "level", 588e6, "2030-02-01", "2030-02-28") in got
    got = _rows(
        "In the second month of the year Chile bought goods worth $568.1 million from Peru."
    )
    assert got == {("imports", "level", 568.1e6, "2031-02-01", "2031-02-28")}


def test_a_month_range_named_months_or_period_of_a_year() -> None:
    got = _rows(
        "In the January-March months of this year, trade between Chile and Peru reached $1.1"
        " billion, 51% more than in the same period of 2030."
    )
    assert ("turnover", "level", 1.1e9, "2031-01-01", "2031-03-31") in got
    got = _rows(
        "In the April-June period of 2030, trade between Chile and Peru reached $1.1 billion."
    )
    assert got == {("turnover", "level", 1.1e9, "2030-04-01", "2030-06-30")}


def test_near_miss_months_named_after_the_range_for_another_reason() -> None:
    got = _rows(
        "Trade between Chile and Peru reached $1.1 billion in January-March, the months of the"
        " harvest."
    )
    assert got == {("turnover", "level", 1.1e9, "2031-01-01", "2031-03-31")}
