"""Round 30, a Baku wire's customs report: the base year restated in its own sentence
("Accordingly, in January-November 2029, trade turnover ... amounted to $1 bln 859.1 mln"), then
from-to changes with no period ("Exports ... went down from $0.7bn to $0.6bn"): each runs from the
base to the article's period. The compound amount in wire abbreviations ("$1 bln 859.1 mln") is
one amount. A from-to change after a year that is the article's own keeps it. Every sentence is
made up."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.value, str(r.period_start), str(r.period_end)) for r in out.itertuples()}


def test_a_from_to_change_after_a_restated_base_runs_to_the_articles_period() -> None:
    got = _rows(
        "date 2031-01-07\nTrade\nTrade turnover between Ghana and Peru came to $1.1bn in "
        "January-November 2030. Accordingly, in January-November 2029, trade turnover between "
        "Ghana and Peru amounted to $1 bln 859.1 mln.\nExports to Peru went down from $0.7bn to "
        "$0.6bn, while imports from Peru slipped from $197m to $183m.\n"
    )
    assert got == {
        ("turnover", 1.1e9, "2030-01-01", "2030-11-30"),
        ("turnover", 1.8591e9, "2029-01-01", "2029-11-30"),
        ("exports", 0.7e9, "2029-01-01", "2029-11-30"),
        ("exports", 0.6e9, "2030-01-01", "2030-11-30"),
        ("imports", 197e6, "2029-01-01", "2029-11-30"),
        ("imports", 183e6, "2030-01-01", "2030-11-30"),
    }


def test_a_from_to_change_after_the_articles_own_year_keeps_it() -> None:
    got = _rows(
        "date 2031-01-07\nTrade\nIn 2029, trade turnover between Ghana and Peru amounted to "
        "$1.8bn. Exports to Peru went down from $0.7bn to $0.6bn.\n"
    )
    assert ("exports", 0.6e9, "2029-01-01", "2029-12-31") in got


def test_a_multiple_beside_the_two_levels_it_runs_between_takes_the_later_year() -> None:
    # NOTES "Span or later year": "in ten years" alone is a span; with both levels stated, the
    # change against one earlier year is dated with the later one
    got = _rows(
        "date 2031-09-10\nTrade\nIn ten years, trade between France and Chile quadrupled (from "
        "EUR 1,714 million in 2020 to EUR 6,766 million in 2030).\n"
    )
    assert ("turnover", 4.0, "2030-01-01", "2030-12-31") in got
    got = _rows(
        "date 2031-09-10\nTrade\nIn ten years, trade between France and Chile quadrupled.\n"
    )
    assert got == {("turnover", 4.0, "2021-01-01", "2030-12-31")}


def test_a_split_year_set_with_a_space_before_its_dash() -> None:
    # "in 2028 -29": India's fiscal year, as an Indian trade paper sets it; "2029 -13 percent"
    # is a year and a fall
    got = _rows(
        "date 2031-06-01\nTrade\nIndia's trade with Peru expanded by 6.01% from $2.05 bn in "
        "2028 -29 to $2.18 bn in 2029-30.\n"
    )
    assert ("turnover", 2.05e9, "2028-04-01", "2029-03-31") in got
    got = _rows(
        "date 2031-06-01\nTrade\nIndia's trade with Peru expanded to $2.18 bn in 2029 -13 "
        "percent from a year earlier.\n"
    )
    assert ("turnover", -13.0, "2029-01-01", "2029-12-31") in got


def test_a_change_restated_as_a_percentage_with_its_flow() -> None:
    # "a fall of $751.1 million, a 40 percent decrease in trade turnover": the flow comes after
    got = _rows(
        "date 2031-01-06\nGhana and Peru\nIn 2029, turnover between the two nations hit a high "
        "of $1.8 billion. Data for January to November 2030 show a fall of $751.1 million, a 40 "
        "percent decrease in trade turnover.\n"
    )
    assert ("turnover", -751.1e6, "2030-01-01", "2030-11-30") in got
