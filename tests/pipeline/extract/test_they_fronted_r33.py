"""Round 33 (breaking pass): "they" for the previous sentence's flow past a fronted time ("The
year before, they had totalled $23.7bn", "In July, they rose 22% to $9.1bn"), as "it" already
was. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(body: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{body}\n")
    return {(r.flow, r.reporter, r.partner, str(r.period_start), r.value) for r in out.itertuples()}


def test_they_past_a_fronted_time_continues_the_flow() -> None:
    got = _rows(
        "Chile's exports to Korea reached $25.1 billion in 2029. The year before, they had"
        " totalled $23.7 billion."
    )
    assert ("exports", "CHL", "KOR", "2028-01-01", 23.7e9) in got
    got = _rows(
        "Chile's exports to Korea fell 4% in September 2029. For the first nine months, they were"
        " $81 billion, up 3%."
    )
    assert ("exports", "CHL", "KOR", "2029-01-01", 81e9) in got


def test_near_miss_they_were_before_no_amount_is_no_figure() -> None:
    got = _rows(
        "Chile's exports to Korea fell 4% in September 2029. Officials said that in July, they"
        " were hoping for $9.1 billion in new contracts."
    )
    assert {r[4] for r in got} == {-4.0}


def test_they_came_to_continues_the_flow() -> None:
    got = _rows(
        "Chile's exports to Korea jumped nearly 40 per cent in the first four months of 2030. They"
        " came to 334 million dollars, against 239 million dollars a year earlier."
    )
    assert ("exports", "CHL", "KOR", "2030-01-01", 334e6) in got
    assert ("exports", "CHL", "KOR", "2029-01-01", 239e6) in got


def test_near_miss_they_came_to_a_place_is_no_figure() -> None:
    got = _rows(
        "Trade between Chile and Korea grew 5% in 2029. Officials said they came to Seoul with"
        " $5 million in aid."
    )
    assert {r[4] for r in got} == {5.0}
