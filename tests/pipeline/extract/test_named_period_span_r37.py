"""Round 37: a change over a span the text names as its period ("quadrupled during the period of
2006-2018, to reach $5.44bn in 2018, against $1.34bn in 2006") is dated with the whole span
(NOTES, round 25 `he` 7), also beside the two end-year levels; a change "between 2006 and 2018"
stays dated with the later year (NOTES "Span or later year"). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _change(text: str) -> tuple[str, str]:
    out = figures(f"date 2031-07-17\nChile and Peru\n{text}\n")
    rows = out[out.measure.isin(["multiple", "pct_change"])]
    assert len(rows) == 1
    row = rows.iloc[0]
    return str(row.period_start)[:10], str(row.period_end)[:10]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Peru quadrupled during the period of 2018-2030, to reach $5.44"
        " billion in 2030, against $1.34 billion in 2018.",
        "Trade between Chile and Peru quadrupled during the period of 2018-2030.",
        "Trade between Chile and Peru tripled over the period 2018-2030, reaching $5.4 billion in"
        " 2030 from $1.8 billion in 2018.",
    ],
)
def test_a_change_over_a_named_period_keeps_the_span(text: str) -> None:
    assert _change(text) == ("2018-01-01", "2030-12-31")


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Chile and Peru quadrupled between 2018 and 2030, to reach $5.44 billion in"
        " 2030, against $1.34 billion in 2018.",
        "Trade between Chile and Peru quadrupled in 2018-2030, to reach $5.44 billion in 2030.",
    ],
)
def test_near_miss_a_change_between_two_years_takes_the_later(text: str) -> None:
    assert _change(text) == ("2030-01-01", "2030-12-31")
