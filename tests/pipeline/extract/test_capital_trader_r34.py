"""Round 34 (breaking pass on direction): a capital that does the trade stands for its country
(NOTES "A capital named for its country"): the subject of a trade verb ("Lima exported $2bn of
goods to Santiago"), the verb's other side ("bought goods worth $2bn from Lima", past an amount
with a decimal point), and the two sides of "trade between Lima and Santiago". A capital that
names a place ("talks in Lima") stays none. Made-up sentences (``capital_side``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Lima exported $2.5 billion of goods to Santiago in 2029.",
            {("exports", "PER", "CHL", "level", 2.5e9)},
        ),
        (
            "Santiago bought goods worth $2.5 billion from Lima in 2029.",
            {("imports", "CHL", "PER", "level", 2.5e9)},
        ),
        (
            "Peru sold $2.5 billion of goods to Santiago in 2029.",
            {("exports", "PER", "CHL", "level", 2.5e9)},
        ),
        (
            "Trade between Lima and Santiago fell 4.5% to $6.1 billion in 2029.",
            {
                ("turnover", "PER", "CHL", "level", 6.1e9),
                ("turnover", "PER", "CHL", "pct_change", -4.5),
            },
        ),
    ],
)
def test_a_capital_that_trades_is_its_country(text: str, rows: set) -> None:
    got = {
        (f, *sorted((r, p)), m, v) if f == "turnover" else (f, r, p, m, v)
        for f, r, p, m, v in _rows(text)
    }
    want = {
        (f, *sorted((r, p)), m, v) if f == "turnover" else (f, r, p, m, v) for f, r, p, m, v in rows
    }
    assert got == want


def test_near_miss_a_capital_that_names_a_place() -> None:
    assert _rows("At talks in Lima, officials said trade reached $6.1 billion in 2029.") == set()
