"""Round 38 (the fresh page hj13): a day-and-month dateline's year is not moved by an
anniversary's year ("the 40th anniversary of the policy, which turns 40 in 2031"), and a lede
(the page's first line) stating the same amount as a later sentence for another period is no
restatement of it ("surpassed US$7bn for the first 10 months of 2030 ... Last year, trade
exceeded US$7bn"). Made-up pages; near misses keep their reading."""

import datetime as dt

from pipeline.ingest.dateline_year import latest_data_end
from tests.pipeline.extract.test_extract import figures

_PAGE = (
    "LIMA, Dec 16 — Bilateral trade volume between Peru and South Korea surpassed US$7 billion "
    "for the first 10 months of 2030, the ambassador said.\n\n"
    "“Last year, trade volume between both countries exceeded US$7 billion{tail}.\n\n"
    "He spoke after unveiling the logo for the 40th anniversary of the partnership, which turns "
    "40 in 2031.\n"
)


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_an_anniversary_year_is_no_data_year() -> None:
    assert (
        latest_data_end("the 40th anniversary of the partnership, which turns 40 in 2031") is None
    )


def test_a_lede_and_a_later_year_with_the_same_amount_are_two_figures() -> None:
    got = _rows(_PAGE.format(tail=""))
    assert got == {
        ("turnover", 7e9, "2030-01-01", "2030-10-31"),
        ("turnover", 7e9, "2029-01-01", "2029-12-31"),
    }


def test_a_lede_restated_for_its_own_period_is_one_figure() -> None:
    # near miss: the body restates the lede's own period
    got = _rows(
        "LIMA, Dec 16 — Bilateral trade volume between Peru and South Korea surpassed US$7 "
        "billion for the first 10 months of 2030, the ambassador said.\n\nIn the first 10 months "
        "of 2030, trade between Peru and South Korea surpassed US$7 billion, he added.\n"
    )
    assert got == {("turnover", 7e9, "2030-01-01", "2030-10-31")}


def test_a_data_year_still_dates_the_dateline() -> None:
    # near miss: trade data of 2030 makes the dateline's Dec 16 one of 2030
    assert latest_data_end("trade surpassed US$7 billion for the first 10 months of 2030") == (
        dt.date(2030, 10, 31)
    )
