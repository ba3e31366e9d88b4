"""Round 36: figures that are no bilateral flow. "Its excess of exports amounting to $0.4bn" is
a surplus; "although A's goods exports in total grew by less than 15%" is A's world total; "with
fruit next at 9 percent" after a share is another share; "Among Chilean cities A sends the most,
..., B follows in second place with exports worth $1.8bn" ranks cities. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-03-01") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {(r.flow, r.scope, r.measure, r.value) for r in out.itertuples()}


def test_an_excess_of_exports_is_a_surplus() -> None:
    got = _rows(
        "For several years in a row Chile has run a surplus with Peru, its excess of exports"
        " amounting to US$0.4 billion for 2029 and US$1.5 billion for 2030."
    )
    assert got == set()


def test_near_miss_in_excess_of_is_a_bound() -> None:
    assert _rows("Chile's exports to Peru were in excess of $5 billion in 2030.") == {
        ("exports", "total", "level", 5e9)
    }


def test_exports_in_total_are_the_world_total() -> None:
    got = _rows(
        "Chilean Customs says that, although Chile's goods exports in total grew by less than"
        " 15% last year, the value of Chilean goods shipped to Peru rose by 27% to 3.4 billion"
        " euros."
    )
    assert ("exports", "total", "pct_change", 15.0) not in got
    assert ("exports", "total", "pct_change", 27.0) in got


def test_near_miss_bilateral_trade_in_total_stays() -> None:
    got = _rows("Bilateral trade between Chile and Peru in total reached $5 billion in 2030.")
    assert got == {("turnover", "total", "level", 5e9)}


def test_a_share_ranking_going_on_is_no_change() -> None:
    got = _rows(
        "Copper made up 19 percent of Chile's shipments to Peru that year, with fruit next at 9"
        " percent."
    )
    assert got == set()


def test_near_miss_a_change_ranking_going_on_is_a_change() -> None:
    got = _rows("Chile's exports to Peru rose 19 percent in 2030, with fruit next at 9 percent.")
    assert ("exports", "total", "pct_change", 19.0) in got
    assert ("exports", "agriculture", "pct_change", 9.0) in got


def test_a_ranking_of_cities_goes_on_past_its_first_clause() -> None:
    got = _rows(
        "Among Chilean cities Santiago sends the most to Peru, with exports worth 2.6 billion"
        " USD, Valparaiso follows in second place with exports worth 1.8 billion USD."
    )
    assert got == set()


def test_near_miss_a_country_clause_after_a_province_figure_stays() -> None:
    got = _rows(
        "Exports from the province of Santiago rose 5%, while Chile's total exports to Peru"
        " reached $10 billion in 2030."
    )
    assert got == {("exports", "total", "level", 10e9)}


def test_a_change_against_an_average_is_no_row() -> None:
    got = _rows(
        "Chile's exports to Peru fell to $17.7 million in March, a 65 per cent drop from the"
        " average monthly exports of $50 million."
    )
    assert got == {("exports", "total", "level", 17.7e6)}
    got = _rows(
        "Chile's exports to Peru reached $460 million in 2030, which is 1.2 times higher than the"
        " average of its other markets."
    )
    assert got == {("exports", "total", "level", 460e6)}


def test_near_miss_a_change_from_a_named_level_stays() -> None:
    got = _rows("Chile's exports to Peru rose 12% from the 2029 level to $5 billion in 2030.")
    assert ("exports", "total", "pct_change", 12.0) in got


def test_a_figure_with_its_main_partners_listed_is_a_world_total() -> None:
    got = _rows(
        "Spending on imports grew too, rising 35.1% across the 6-month period, with China, the"
        " U.S. and Peru as the main suppliers."
    )
    assert got == set()
    got = _rows("Chile's exports rose 12% in 2030, with China and Peru the largest destinations.")
    assert got == set()


def test_near_miss_a_figure_with_its_own_partner_keeps_it() -> None:
    got = _rows(
        "Chile's imports from Peru rose 12% in 2030, with Peru and Bolivia the main suppliers of"
        " gas."
    )
    assert got == {("imports", "total", "pct_change", 12.0)}


def test_the_base_of_a_share_is_a_share() -> None:
    got = _rows(
        "Chile's exports to Peru rose to $163 million in 2030, yet its share of the Peruvian"
        " market has slipped to 4.65%, against roughly 7.02% eight years ago."
    )
    assert got == {("exports", "total", "level", 163e6)}


def test_near_miss_the_base_of_a_change_is_a_change() -> None:
    got = _rows(
        "Chile accounts for 8% of Peru's imports; Chile's exports to Peru rose 12% in 2030,"
        " against 7% in 2029."
    )
    assert ("exports", "total", "pct_change", 7.0) in got


def test_trade_with_a_bloc_that_is_no_listed_economy_is_no_row() -> None:
    got = _rows(
        "Chile's trade with Peru grew in 2030. By way of comparison, trade between Chile and the"
        " Pacific Alliance came to USD 10.1 billion that same year."
    )
    assert ("turnover", "total", "level", 10.1e9) not in got
