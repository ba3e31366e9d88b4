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


def test_a_partner_list_with_its_owner_and_period_before_the_verb() -> None:
    # "the partners of X in <period> were A (almost $Y), B (more than $Z)": the owner and a
    # period between "partners" and "were", a hedge inside the bracket
    got = rows(
        "date 2031-12-29\nOther major trading partners of Mongolia in the first 11 months of "
        "2031 were Japan (almost $2.6 billion), Korea (more than $1.53 billion) and Germany "
        "($552.5 million)."
    )
    assert got == {
        ("turnover", "MNG", "JPN", 2.6e9, "USD", "2031-11-30"),
        ("turnover", "MNG", "KOR", 1.53e9, "USD", "2031-11-30"),
        ("turnover", "MNG", "DEU", 552.5e6, "USD", "2031-11-30"),
    }


def test_a_share_restated_as_an_amount_in_the_partners_bracket() -> None:
    # "recorded with A (24.5 percent or $463.1 million)": the share is no figure, its amount is
    # the partner's trade with the page's reporter
    got = rows(
        "date 2031-03-26\nArmenia's foreign trade turnover from January through February this "
        "year amounted to $1.89 billion. The largest volume of foreign trade turnover was "
        "recorded with Russia (34.5 percent or $652.1 million), China (14.8 percent or $279.7 "
        "million), Iran (6.9 percent or $130.4 million)."
    )
    assert got == {
        ("turnover", "ARM", "RUS", 652.1e6, "USD", "2031-02-28"),
        ("turnover", "ARM", "CHN", 279.7e6, "USD", "2031-02-28"),
        ("turnover", "ARM", "IRN", 130.4e6, "USD", "2031-02-28"),
    }
    # a share alone stays unread
    shares = rows(
        "date 2031-03-26\nArmenia's foreign trade turnover amounted to $1.89 billion. Russia "
        "accounted for 34.5 percent of it, or the largest share."
    )
    assert not any(g[3] == 34.5 for g in shares)


def test_two_economies_ranked_in_one_sentence_with_their_turnover() -> None:
    # "B ranked second with a turnover of $Y, while C came third with a figure of $Z": each
    # ranked economy is the page's reporter's partner, not the other's
    got = rows(
        "date 2031-11-23\nMongolia's foreign trade turnover amounted to $11.3 billion from "
        "January through October this year. The largest volume of trade turnover during this "
        "period was recorded with China - $7.2 billion. Russia ranked second with a turnover of "
        "$1.6 billion, while Japan came third with a figure of $0.4 billion."
    )
    assert got >= {
        ("turnover", "MNG", "CHN", 7.2e9, "USD", "2031-10-31"),
        ("turnover", "MNG", "RUS", 1.6e9, "USD", "2031-10-31"),
        ("turnover", "MNG", "JPN", 0.4e9, "USD", "2031-10-31"),
    }
    assert not {g for g in got if {g[1], g[2]} == {"RUS", "JPN"}}


def test_a_ranking_in_one_sentence_after_a_country_total() -> None:
    # "recorded with A - $X, B ranked second with $Y and C came third with $Z": each ranked
    # economy is an item of the page reporter's partners (the rank before "with")
    got = rows(
        "date 2031-11-23\nMongolia's foreign trade turnover amounted to $11.3 billion from "
        "January through October this year. The largest volume of trade turnover during this "
        "period was recorded with China - $7.2 billion, Russia ranked second with $1.6 billion "
        "and Japan came third with $0.4 billion."
    )
    assert got == {
        ("turnover", "MNG", "CHN", 7.2e9, "USD", "2031-10-31"),
        ("turnover", "MNG", "RUS", 1.6e9, "USD", "2031-10-31"),
        ("turnover", "MNG", "JPN", 0.4e9, "USD", "2031-10-31"),
    }


def test_a_ranking_ahead_of_its_followers() -> None:
    # "A keeps first place with $X, ahead of B ($Y) and C ($Z)": B and C are the page
    # reporter's partners as A is, not A's (French "devant B (...)" glossed "ahead of")
    text = (
        "date 2031-05-07\nGhana's trade with its main partners in 2030, according to the "
        "statistics service. China keeps first place with a trade volume of $9.4 billion in "
        "2030, ahead of Switzerland ($4.1 billion) and India ($3.2 billion)."
    )
    assert rows(text) == {
        ("turnover", "GHA", "CHN", 9.4e9, "USD", "2030-12-31"),
        ("turnover", "GHA", "CHE", 4.1e9, "USD", "2030-12-31"),
        ("turnover", "GHA", "IND", 3.2e9, "USD", "2030-12-31"),
    }
    french = (
        "date 2031-05-07\nVoici les échanges commerciaux du Sénégal avec ses principaux "
        "partenaires en 2030, selon l'Agence nationale de la statistique. La Chine conserve la "
        "1ère place de ce classement avec un volume d'échanges de 1 479 milliards FCFA en 2030, "
        "devant la France (1 064 milliards FCFA) et l'Inde (862 milliards FCFA)."
    )
    assert {(r[1], r[2]) for r in rows(french)} == {("SEN", "CHN"), ("SEN", "FRA"), ("SEN", "IND")}
