"""Round 35: numbers that are no bilateral trade value, found among the real-news twins' spurious
rows and re-written as made-up sentences: a change of a tonnage stated after it ("up 6.3
percent, from 3.6 million tons to 3.8 million tons", "dropped 20 percent in the year to 17.3
million tonnes"), a change "by weight" or fronted "Measured physically,"; a balance "the deficit
in A's trade with B"; two economies' own totals side by side ("Lithuanian exports ... and
Estonian exports ..."); a count of nights spent. Near misses keep the figures."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-03-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_a_change_of_a_tonnage_named_after_it_is_no_figure() -> None:
    assert not _rows(
        "Trade between Chile and Peru went up by 6.3 percent - from 3.6 million tons to 3.8"
        " million tons."
    )
    assert not _rows(
        "Peruvian data show copper imports from Chile dropped 20 percent in the year to 17.3"
        " million tonnes."
    )


def test_a_change_by_weight_or_measured_physically_is_no_figure() -> None:
    assert not _rows(
        "Measured physically, trade between Chile and Peru went up by 6.3 percent in 2030."
    )
    assert not _rows(
        "Chile's trade with Peru grew in 2030. Measured by weight, that amounts to a 43 percent"
        " increase."
    )


def test_the_value_change_after_a_weight_change_keeps_the_flow() -> None:
    got = _rows("Chile's exports to Peru rose 12% by weight and 9% in value in 2030.")
    assert got == {("exports", "CHL", "PER", "pct_change", 9.0)}


def test_near_miss_a_change_to_a_value_stays() -> None:
    got = _rows("Chile's exports to Peru rose 20 percent last year to $5 billion.")
    assert ("exports", "CHL", "PER", "pct_change", 20.0) in got
    assert ("exports", "CHL", "PER", "level", 5e9) in got
    got = _rows("Chile's exports to Peru rose 12% by volume and value in 2030.")
    assert ("exports", "CHL", "PER", "pct_change", 12.0) in got


def test_the_deficit_in_a_countrys_trade_with_another_is_a_balance() -> None:
    assert not _rows("The deficit in Chile's trade with Peru shrank by 16% to 1.1 billion euros.")
    got = _rows(
        "The deficit in Chile's trade with Peru shrank by 16% to 1.1 billion euros, while exports"
        " to Peru rose 5% to $3 billion."
    )
    assert got == {
        ("exports", "CHL", "PER", "pct_change", 5.0),
        ("exports", "CHL", "PER", "level", 3e9),
    }


def test_two_third_economies_own_totals_side_by_side_are_no_pair() -> None:
    text = "Trade between Chile and Peru rose. Bolivian exports stood at 7.4 billion euros and"
    assert not {
        r for r in _rows(f"{text} Argentine exports at 5 billion euros.") if r[0] != "turnover"
    }
    got = _rows(
        "Trade between Chile and Peru rose. Bolivia's imports rose 4% to $9 billion while"
        " Argentina's imports fell 2% to $8 billion."
    )
    assert not {r for r in got if r[0] == "imports"}


def test_near_miss_the_pages_own_pair_side_by_side_are_its_two_directions() -> None:
    got = _rows(
        "Trade between Chile and Peru reached $12 billion. Chilean exports stood at $7 billion"
        " and Peruvian exports at $5 billion."
    )
    assert ("exports", "CHL", "PER", "level", 7e9) in got
    assert ("exports", "PER", "CHL", "level", 5e9) in got


def test_nights_spent_by_visitors_are_a_count() -> None:
    lead = "Chile's exports to Peru rose 5% to $3 billion in 2030."
    for text in (
        "Those visitors spent nearly 6.6 million nights in paid lodgings, 14 % more than in 2029.",
        "Nights spent by Peruvian tourists grew by 34 %, faster than for any other nationality.",
    ):
        got = _rows(f"{lead} {text}")
        assert not {r for r in got if r[3] == "pct_change" and r[4] != 5.0}


def test_near_miss_what_visitors_spend_is_no_count() -> None:
    got = _rows(
        "Chile's exports to Peru rose 5% to $3 billion in 2030. Peruvian visitors spent a record,"
        " 14% more than in 2029."
    )
    assert ("exports", "CHL", "PER", "pct_change", 14.0) in got
