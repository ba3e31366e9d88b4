"""A country's export destinations ranked with dashes (round 31, gr20; Central Asian wire copy):
"Chile ranks second - 210 million dollars, or 17.5 percent, exports to Bolivia came to 166.3
million dollars (14.2 percent), Ecuador - 101.6 million dollars" — each item is a destination
of the page's reporting economy; a destination with an amount of its own ("exports to Bolivia
came to ...") is another item, not the list's counterpart; "1 billion dollar 212 million" is one
amount. Made-up sentences."""

import datetime as dt

from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_extract import figures

PAGE = (
    "date 2031-11-15\nBy Trend\n\nLaos's foreign trade turnover in January-September 2031 came to"
    " 4.1 billion dollars, up 6.2 percent on the same period in 2030, the head of the statistics"
    " committee told a press conference.\nShe said the biggest volume of exports went to Peru,"
    ' amounting to 311.2 million dollars, which is 28.1 percent.\n"Chile ranks second - 210'
    " million dollars, or 17.5 percent, exports to Bolivia came to 166.3 million dollars (14.2"
    " percent), Ecuador - 101.6 million dollars (8.4 percent), Cuba - 41.1 million dollars (3.3"
    ' percent)," she said.\n'
)


def test_dash_ranked_destinations_are_the_reporters_exports() -> None:
    out = figures(PAGE)
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {
        ("exports", "LAO", "PER", 311.2e6),
        ("exports", "LAO", "CHL", 210e6),
        ("exports", "LAO", "BOL", 166.3e6),
        ("exports", "LAO", "ECU", 101.6e6),
        ("exports", "LAO", "CUB", 41.1e6),
    }
    assert set(out["period_end"]) == {dt.date(2031, 9, 30)}


def test_near_miss_a_counterpart_heading_the_list_keeps_the_listed_exporters() -> None:
    out = figures(
        "date 2031-03-01\nThe main exporters to Peru in 2030: Chile ($7.6 billion), followed by"
        " Bolivia ($4.6 billion).\n"
    )
    got = {(r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("CHL", "PER", 7.6e9) in got  # (a year after the counterpart is no amount of its own)


def test_a_compound_amount_with_its_currency_after_the_first_part() -> None:
    text = "Peru ranks first in terms of imports - 1 billion dollar 212 million 4 thousand."
    (m,) = find_mentions(text)
    assert (m.value, m.unit) == (1_212_004_000, "USD")


def test_the_owner_of_the_foreign_trade_reports_the_breakdown() -> None:
    # no country's body speaks; the lede's "Laos's foreign trade turnover" names the economy
    # whose destinations follow, though other economies are named more often
    out = figures(
        "date 2031-11-15\nBy Trend\n\nLaos's foreign trade turnover in January-September 2031"
        " came to 4.1 billion dollars, Ana Ruiz, head of the trade department, told a press"
        " conference.\nShe said the biggest volume of exports went to Peru, amounting to 311.2"
        ' million dollars, which is 28.1 percent.\n"Peru takes our copper; before, copper went'
        ' to Chile," she said.\nAccording to her, Chile ranks first in terms of imports - 1'
        " billion dollar 212 million, making up 38.6 percent of the total.\n"
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {("exports", "LAO", "PER", 311.2e6), ("imports", "LAO", "CHL", 1.212e9)}


def test_near_miss_a_period_with_digits_after_the_counterpart_is_no_amount() -> None:
    # "exporters to Peru in the first 9 months": the 9 is no amount of Peru's own
    out = figures(
        "date 2031-11-01\nThe main exporters to Peru in the first 9 months of 2031: Chile ($7.6"
        " billion), followed by Bolivia ($4.6 billion).\n"
    )
    got = {(r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("CHL", "PER", 7.6e9) in got
