"""Ranked lists of partners under a flow header (issue 15, round 12: values never read): a rank
on its own line ("1." then "USA 180.5 billion euros") keeps the list open, an item may open with
its rank, and an item whose label is an economy needs no colon or dash before its amount; the
economy is the partner, the header gives flow, reporter and period.

Every sentence is made up; near misses (a ranking of products, a numbered list of figures that
are no trade) must stay unread.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, r.unit, str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_ranks_on_their_own_lines_keep_the_partner_list_open() -> None:
    got = rows(
        "date 2031-02-01\nThe largest trading partners of Germany by trade in goods (exports and "
        "imports) in 2030:\n\n1.\n\nUSA 180.5 billion euros\n\n2.\n\nFrance 170.2 billion euros"
        "\n\n3. the Netherlands 160.4 billion euros\n\n4. China: 150.1 billion euros"
    )
    assert got == {
        ("turnover", "DEU", "USA", 180.5e9, "EUR", "2030-12-31"),
        ("turnover", "DEU", "FRA", 170.2e9, "EUR", "2030-12-31"),
        ("turnover", "DEU", "NLD", 160.4e9, "EUR", "2030-12-31"),
        ("turnover", "DEU", "CHN", 150.1e9, "EUR", "2030-12-31"),
    }


def test_ranked_destinations_take_the_headers_flow() -> None:
    got = rows(
        "date 2031-02-01\nKenya's top export destinations in 2030:\n\n1.\n\nUganda $610 million"
        "\n\n2)\n\nTanzania $420 million"
    )
    assert got == {
        ("exports", "KEN", "UGA", 610e6, "USD", "2030-12-31"),
        ("exports", "KEN", "TZA", 420e6, "USD", "2030-12-31"),
    }


def test_a_ranking_of_products_stays_unread() -> None:
    # near miss: the labels are products, not economies
    assert not rows(
        "date 2031-02-01\nGermany's top export goods in 2030:\n\n1.\n\nCars 120 billion euros"
        "\n\n2.\n\nMedicines 80 billion euros\n\n3. Aircraft: 60 billion euros"
    )


def test_a_numbered_list_of_other_figures_stays_unread() -> None:
    # near miss: the header names no flow, so the ranked economies' amounts are no trade
    assert not rows(
        "date 2031-02-01\nThe largest economies by output in 2030:\n\n1.\n\nUSA 25 trillion "
        "dollars\n\n2.\n\nChina 19 trillion dollars"
    )


def test_an_economy_line_after_the_list_has_ended_stays_unread() -> None:
    # near miss: a sentence without an amount ends the list; a later "<economy> <amount>" line
    # is no item
    got = rows(
        "date 2031-02-01\nKenya's top export destinations in 2030:\n\n1.\n\nUganda $610 million"
        "\n\nThe data came from the statistics office.\n\nTanzania $420 million"
    )
    assert got == {("exports", "KEN", "UGA", 610e6, "USD", "2030-12-31")}
