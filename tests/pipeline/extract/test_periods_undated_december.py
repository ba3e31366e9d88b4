"""On a page without a date, data to the end of December ("exports in December 2030", "the
fourth quarter of 2030") is out only once that year is over: the page is written in the next
year, so its "last year" is 2030 (a span ending earlier, "November 2030", makes "this year" 2030
as before). Made-up sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {
        round(v, 2): (s, e)
        for v, s, e in zip(out["value"], out["period_start"], out["period_end"], strict=True)
    }


def test_december_data_makes_last_year_that_year() -> None:
    rows = _periods(
        "Peru's exports to Chile reached $41 million in December 2030.\n"
        "Over the whole of last year, Peru's exports to Chile totalled $517 million."
    )
    assert rows[41_000_000.0] == (D(2030, 12, 1), D(2030, 12, 31))
    assert rows[517_000_000.0] == (D(2030, 1, 1), D(2030, 12, 31))
    rows = _periods(
        "Peru's exports to Chile reached $133 million in the fourth quarter of 2030.\n"
        "Over the whole of last year, Peru's exports to Chile totalled $517 million."
    )
    assert rows[517_000_000.0] == (D(2030, 1, 1), D(2030, 12, 31))


def test_near_miss_november_data_leaves_this_year_that_year() -> None:
    rows = _periods(
        "Peru's exports to Chile reached $41 million in November 2030.\n"
        "Over the whole of last year, Peru's exports to Chile totalled $517 million."
    )
    assert rows[517_000_000.0] == (D(2029, 1, 1), D(2029, 12, 31))
