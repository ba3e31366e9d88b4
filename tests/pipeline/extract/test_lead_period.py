"""A headline or lead figure with no period takes the period the body gives the same trade
(pipeline/extract/lead_period.py). Made-up pages in several outlets' styles; countries,
numbers and years are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
YEAR_2030 = (D(2030, 1, 1), D(2030, 12, 31))


def test_a_headline_milestone_takes_the_bodys_year() -> None:
    # a business daily: a rounded milestone in the headline, the exact figure in the body
    rows = dated(
        "date 2031-02-01\nTrade desk\n\nLaotian exports to Nepal cross $1 billion mark\n\n"
        "Laos's exports to Nepal reached $1.12 billion in 2030, up 9 percent, the export "
        "bureau said."
    )
    assert ("level", 1_000_000_000.0, *YEAR_2030) in rows


def test_a_lead_change_takes_the_span_the_body_names() -> None:
    # a weekly: the lead gives the fall, the next paragraph the levels and their months
    rows = dated(
        "date 2031-05-02\nLaotian exporters saw their shipments to Nepal drop 13% after the "
        "border closed.\n\n"
        "Laos's exports to Nepal fell to $1.6 billion in January-March 2031, against $1.9 "
        "billion a year earlier."
    )
    assert ("pct_change", -13.0, D(2031, 1, 1), D(2031, 3, 31)) in rows


def test_a_headline_on_a_trade_the_body_never_dates_stays_empty() -> None:
    # near miss: the body dates exports only; the headline's total trade is not dated by them
    rows = dated(
        "date 2031-02-01\nTrade desk\n\nTrade between Laos and Nepal tops $2 billion\n\n"
        "Laos's exports to Nepal reached $1.12 billion in 2030, the export bureau said."
    )
    assert ("level", 2_000_000_000.0, None, None) in rows


def test_a_lead_goal_stays_empty() -> None:
    # near miss: a memorandum's aim in the lead is no data of the body's year
    rows = dated(
        "date 2031-02-01\nLaos and Nepal signed a memorandum aimed at increasing trade to "
        "$3 billion.\n\n"
        "Trade between Laos and Nepal reached $1.4 billion in 2030."
    )
    assert ("level", 3_000_000_000.0, None, None) in rows


def test_a_lead_now_figure_stays_empty() -> None:
    # near miss: a present marker keeps the lead's figure undated
    rows = dated(
        "date 2031-02-01\nTrade between Laos and Nepal now stands at $1.5 billion, the envoy "
        "said.\n\n"
        "Trade between Laos and Nepal reached $1.4 billion in 2030."
    )
    assert ("level", 1_500_000_000.0, None, None) in rows
