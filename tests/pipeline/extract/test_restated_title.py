"""A headline (or the page's opening line) whose value the body restates is one row, with the
body's period and status (NOTES: headline vs body). Made-up sentences."""

from __future__ import annotations

import datetime as dt

from tests.pipeline.extract.test_extract import figures

HEAD = "date 2032-01-20\nTrade between Chile and Peru reached $6.4 billion in 2031.\n\n"


def _rows(body: str) -> list[tuple]:
    out = figures(HEAD + body)
    return sorted(
        (r.flow, r.value, r.period_start, r.period_end, r.status) for r in out.itertuples()
    )


def test_opening_figure_restated_with_a_narrower_period_is_the_body_row() -> None:
    rows = _rows(
        "Trade between Chile and Peru amounted to $6.4 billion in January-November 2031, "
        "the ministry said."
    )
    assert rows == [
        ("turnover", 6.4e9, dt.date(2031, 1, 1), dt.date(2031, 11, 30), "actual"),
    ]


def test_opening_value_the_body_never_restates_stays_its_own_row() -> None:
    # near miss: the body gives another value (a rounded headline is its own row)
    rows = _rows(
        "Trade between Chile and Peru amounted to $6.1 billion in January-November 2031, "
        "the ministry said."
    )
    assert len(rows) == 2
    assert {r[1] for r in rows} == {6.4e9, 6.1e9}


def test_a_body_figure_of_another_flow_does_not_take_the_opening_row() -> None:
    # near miss: the same amount for another flow is another claim
    rows = _rows("Chile's exports to Peru amounted to $6.4 billion in January-November 2031.")
    assert {r[0] for r in rows} == {"turnover", "exports"}
