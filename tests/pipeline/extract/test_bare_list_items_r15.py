"""Partner rankings written as bare items (issue 15, round 15: wrong pair): "followed by Japan
$7 million, USA $6 million and Thailand $5 million" lists each country right before its own
amount with nothing between, the way statistics wires write a ranking of suppliers or markets.
Each item is a list item: the listed country is the partner, the other side the ranking's
reporter, as for "Japan ($7 million)". A three-letter "USA" before "$" is a country (the prefixes
naming a dollar are one or two letters: "US $", "NZ$").

Every sentence is made up; the near misses (a country before an amount with no list glue or no
amount before it, a two-letter "US $" prefix) must stay as they were.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


PAGE = "date 2031-03-10\nLocal trade data\n\nThe Philippines' total imports were $9.1 billion in January.\n\n"


def test_bare_items_after_a_ranking_take_the_rankings_reporter() -> None:
    got = rows(
        PAGE + "Korea emerged as the second biggest supplier of imports with $780.5 million, "
        "followed by Japan $770 million, USA $640.2 million and Thailand $600.1 million."
    )
    assert {r for r in got if r[3] < 9e9} == {
        ("imports", "PHL", "KOR", 780.5e6),
        ("imports", "PHL", "JPN", 770e6),
        ("imports", "PHL", "USA", 640.2e6),
        ("imports", "PHL", "THA", 600.1e6),
    }


def test_a_bare_item_ends_a_list_of_at_items() -> None:
    got = rows(
        "date 2031-03-10\nUzbek trade\n\nChina was the largest trade partner of Uzbekistan at "
        "$3.1bn, followed by Russia at $2.2bn and Kazakhstan $1.4bn."
    )
    assert got == {
        ("turnover", "UZB", "CHN", 3.1e9),
        ("turnover", "UZB", "RUS", 2.2e9),
        ("turnover", "UZB", "KAZ", 1.4e9),
    }


def test_a_country_before_an_amount_without_list_glue_is_no_item() -> None:
    # near miss: no amount before "China" and no list glue: the pair is the sentence's own
    got = rows("date 2031-03-10\nTrade news\n\nTrade between India and China $5 billion in 2030.")
    assert got == {("turnover", "IND", "CHN", 5e9)}


def test_a_two_letter_prefix_still_names_the_dollar() -> None:
    # near miss: "US $" is the currency, not a listed United States
    got = rows(
        "date 2031-03-10\nKenya trade\n\nKenya's exports to Uganda were US $610 million in 2030, "
        "and its imports from Tanzania US $420 million."
    )
    assert ("exports", "KEN", "UGA", 610e6) in got
    assert not any("USA" in r[1:3] for r in got)
