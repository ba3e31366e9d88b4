"""Round 52 hunt (hunt52c), kind "comparison base joined by a dash or colon dated with the main
period": "46.1% higher than the same period last year – $371.8m" gave the base amount the
current period (the bracket form "(… $371.8m)" was already right). 1 of 28 hunted pages (a
Trend wire); part of the outcome kind "period taken from another amount" of rounds 50-51.
Made-up sentences and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-08-12") -> set[tuple]:
    out = figures(f" date {date}\nTrade news\n\n{text}\n")
    return {(str(r.period_start), str(r.period_end), r.measure, r.value) for r in out.itertuples()}


def test_dash_after_the_same_period_last_year_dates_the_base() -> None:
    got = _rows(
        "Trade between Chile and Norway amounted to $543.1 million in January-March 2030, which is"
        " 46.1 percent higher than the same period last year – $371.8 million."
    )
    assert ("2029-01-01", "2029-03-31", "level", 371.8e6) in got
    assert ("2030-01-01", "2030-03-31", "pct_change", 46.1) in got


def test_colon_after_the_corresponding_period_dates_the_base() -> None:
    got = _rows(
        "Trade between Chile and Norway reached $5.4 billion in the first half of 2030, up 8% on"
        " the corresponding period of 2029: $5 billion."
    )
    assert ("2029-01-01", "2029-06-30", "level", 5e9) in got


def test_near_miss_dash_before_a_new_clause_keeps_the_main_period() -> None:
    # near miss: after the dash a new statement with its own period, not the base's value
    got = _rows(
        "Trade between Chile and Norway rose 9 percent in January-March 2030 – exports reached"
        " $300 million in January-March 2030."
    )
    assert ("2030-01-01", "2030-03-31", "level", 300e6) in got
