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


# A ranking that goes on in the next sentence, with no trade word: "B came in second with $Y"
# after "trade between A and C amounted to $X" is A's trade with B.


def test_an_economy_ranked_next_takes_the_previous_figures_place() -> None:
    got = rows(
        "date 2031-02-01\nIn 2030 trade between Ghana and Togo amounted to $810 million.\n\n"
        "Benin came in second with $790 million."
    )
    assert ("turnover", "GHA", "BEN", 790e6, "USD", "2030-12-31") in got
    got = rows(
        "date 2031-02-01\nIn 2030 Ghana's exports to Togo amounted to $810 million.\n\n"
        "Niger was close behind at $640 million."
    )
    assert ("exports", "GHA", "NER", 640e6, "USD", "2030-12-31") in got


def test_a_ranked_next_sentence_with_no_figure_before_it_stays_unread() -> None:
    # near miss: the sentence before ranks but gives no figure, so the flow is unknown
    assert not rows(
        "date 2031-02-01\nTogo was Ghana's top trading partner in 2030.\n\nBenin came in second "
        "with $790 million."
    )


def test_a_product_ranked_next_or_an_economy_not_ranked_stays_unread() -> None:
    # near misses: a product ranked second; an economy "close to" something, not ranked
    for second in (
        "Cocoa came in second with $437 million.",
        "Benin was close to signing a loan of $790 million.",
    ):
        got = rows(
            f"date 2031-02-01\nIn 2030 trade between Ghana and Togo amounted to $810 million."
            f"\n\n{second}"
        )
        assert got == {("turnover", "GHA", "TGO", 810e6, "USD", "2030-12-31")}, second


def test_trailed_by_continues_a_ranking_like_followed_by() -> None:
    # the market ranked first is the partner; the one trailing it takes its place
    got = rows(
        "date 2031-02-01\nIn 2030 Ghana's exports to Africa reached $2.4 billion.\n\nTogo "
        "remained the largest export market with $810 million, trailed by Benin with $790 million."
    )
    assert ("exports", "GHA", "TGO", 810e6, "USD", "2030-12-31") in got
    assert ("exports", "GHA", "BEN", 790e6, "USD", "2030-12-31") in got


def test_trailed_by_a_flow_of_its_own_keeps_it() -> None:
    # near miss: the amount after "trailed by" has its own flow and pair
    got = rows(
        "date 2031-02-01\nIn 2030 Ghana's exports to Togo were $810 million, trailed by its "
        "imports from Togo at $790 million."
    )
    assert got == {
        ("exports", "GHA", "TGO", 810e6, "USD", "2030-12-31"),
        ("imports", "GHA", "TGO", 790e6, "USD", "2030-12-31"),
    }
