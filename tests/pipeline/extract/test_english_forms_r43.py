"""Round 43: English forms real pages use that were lost. "The two nations" / "both economies"
point at the page's pair like "the two countries" (so a share of one side's world trade after
the figure does not make it a world total); a sign spelled before a rate ("plus 33 percent",
"minus 4%") is a change; a percent sign written once after a list of rates covers the list
("by 24.2 and 10.3 percent respectively"). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "", date: str = "2031-03-01") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize("pointer", ["the two nations", "both economies", "the two states"])
def test_the_two_nations_is_the_pair_beside_a_share_of_world_trade(pointer: str) -> None:
    text = (
        f"From January to May 2030, trade turnover between {pointer} reached $512.4 million, or"
        " 2.1 percent of Chile's total foreign trade."
    )
    rows = _rows(text, title="Chile and Peru: a partnership")
    assert ("turnover", "CHL", "PER", "2030-01-01", "2030-05-31", "level", 512.4e6) in rows


def test_near_miss_one_country_and_its_total_foreign_trade_stays_out() -> None:
    text = "From January to May 2030, Chile's foreign trade reached $51.2 billion."
    assert _rows(text, title="Chile and Peru: a partnership") == set()


@pytest.mark.parametrize(("sign", "value"), [("plus", 33.0), ("minus", -4.0)])
def test_a_spelled_sign_before_a_rate_is_a_change(sign: str, value: float) -> None:
    text = (
        "Trade between Chile and Peru reached $1.8 billion in the first eight months of 2030, it"
        f" is {sign} {abs(value):g} percent on the same period last year."
    )
    assert ("turnover", "CHL", "PER", "2030-01-01", "2030-08-31", "pct_change", value) in _rows(
        text
    )


def test_near_miss_plus_a_share_is_no_change() -> None:
    text = "Chile's exports to Peru were $1.8 billion in 2030 plus 5% of services."
    assert not any(r[5] == "pct_change" for r in _rows(text))


def test_one_percent_sign_after_a_list_of_rates_covers_the_list() -> None:
    text = (
        "Chile's exports to and imports from Peru went up by 24.2 and 10.3 percent respectively"
        " in 2030."
    )
    rows = _rows(text)
    assert ("exports", "CHL", "PER", "2030-01-01", "2030-12-31", "pct_change", 24.2) in rows
    assert ("imports", "CHL", "PER", "2030-01-01", "2030-12-31", "pct_change", 10.3) in rows


def test_near_miss_a_year_before_a_rate_stays_a_year() -> None:
    text = "Chile's exports to Peru rose in 2029 and 12 percent in 2030."
    assert {r[6] for r in _rows(text) if r[5] == "pct_change"} == {12.0}


def test_a_change_after_a_dated_level_is_not_dated_by_a_later_change() -> None:
    # the span "between 2028 and 2029" is the 33.6%'s, not the 19.2%'s
    text = (
        "Chile's imports from Peru stood at $147 million in 2030, up 19.2% compared to 2029 ($123"
        " million), after a sharper rise of 33.6% between 2028 and 2029."
    )
    rows = _rows(text)
    assert ("imports", "CHL", "PER", "2030-01-01", "2030-12-31", "pct_change", 19.2) in rows
    assert ("imports", "CHL", "PER", "2029-01-01", "2029-12-31", "pct_change", 33.6) in rows


def test_near_miss_a_conversion_bracket_still_takes_the_period_after_it() -> None:
    text = "Chile's exports to Peru were CLP 900 billion (about $1.1 billion) in 2029."
    rows = _rows(text)
    assert {(r[3], r[4]) for r in rows} == {("2029-01-01", "2029-12-31")}
