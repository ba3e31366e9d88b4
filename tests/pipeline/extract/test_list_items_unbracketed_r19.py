"""Ranking items written with no currency of their own (issue 15, round 19: value never read,
wrong pair): "... is leading with exports of USD 312 mln followed by B 204 mln, C 151 mln and D
with 98 mln". Wires list the runners-up of a ranking as a country and a bare amount, the currency
stated once on the ranking's first amount. Such an item takes that currency, and the side of the
ranked figure it replaces is the one the sentence ranks: the reporter when the ranking is of
suppliers ("Among the countries exporting to A, B is leading ..."), the partner when it is of
destinations ("A's exports went mostly to B with ..."). A country heading its own clause after a
comma ("Among the exporters into A, B is leading") is no further destination of the run before it.

Every sentence is made up; the near misses (a bare amount with no list before it or no list glue,
a run of destinations before a plural verb) must stay as they were.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value, r.unit) for r in figures(text).itertuples()}


PAGE = "date 2031-03-10\nTrade news\n\n"


def test_a_ranking_of_suppliers_goes_on_with_bare_items_as_reporters() -> None:
    got = rows(
        PAGE + "Among the countries exporting to Moldova, Poland is leading with exports of USD "
        "312 mln followed by Hungary 204 mln, Austria 151 mln and Chile with 98 mln."
    )
    assert got == {
        ("exports", "POL", "MDA", 312e6, "USD"),
        ("exports", "HUN", "MDA", 204e6, "USD"),
        ("exports", "AUT", "MDA", 151e6, "USD"),
        ("exports", "CHL", "MDA", 98e6, "USD"),
    }


def test_a_ranking_of_destinations_goes_on_with_bare_items_as_partners() -> None:
    got = rows(
        PAGE + "Moldova's exports went mostly to Poland with USD 312 mln followed by Hungary 204 "
        "mln, Austria 151 mln and Chile with 98 mln."
    )
    assert got == {
        ("exports", "MDA", "POL", 312e6, "USD"),
        ("exports", "MDA", "HUN", 204e6, "USD"),
        ("exports", "MDA", "AUT", 151e6, "USD"),
        ("exports", "MDA", "CHL", 98e6, "USD"),
    }


def test_a_ranking_after_an_item_with_its_own_currency_goes_on() -> None:
    got = rows(
        PAGE + "Poland imported USD 312 mln worth of goods from Moldova, and second comes Hungary "
        "with USD 204 mln followed by Austria 151mln and Chile 98 mln."
    )
    assert got == {
        ("imports", "POL", "MDA", 312e6, "USD"),
        ("imports", "HUN", "MDA", 204e6, "USD"),
        ("imports", "AUT", "MDA", 151e6, "USD"),
        ("imports", "CHL", "MDA", 98e6, "USD"),
    }


def test_the_pages_economy_listed_later_is_no_side_of_the_leader() -> None:
    got = rows(
        PAGE + "Moldova and Ireland agreed to expand trade. Among the exporter countries into "
        "Moldova, Poland is leading with exports of USD 312 mln followed by Hungary 204 mln, "
        "Ireland 151 mln and Chile 98 mln."
    )
    assert ("exports", "POL", "MDA", 312e6, "USD") in got
    assert ("exports", "IRL", "MDA", 151e6, "USD") in got


def test_a_bare_amount_without_a_list_before_it_stays_unread() -> None:
    # near miss: no amount before "China": no list goes on, and the amount has no currency
    assert rows(PAGE + "Trade between India and China 5 bln in 2030.") == set()


def test_a_bare_amount_without_list_glue_is_no_item() -> None:
    # near miss: "while Hungary 204 mln" has no list glue before the country
    got = rows(PAGE + "Moldova's exports to Poland were USD 312 mln in 2030 while Hungary 204 mln.")
    assert got == {("exports", "MDA", "POL", 312e6, "USD")}


def test_a_run_of_destinations_before_a_plural_verb_stays_one_run() -> None:
    # near miss: "to Poland, Hungary and Austria were": all three are destinations
    got = rows(
        PAGE + "Moldova's exports to Poland, Hungary and Austria were worth USD 312 mln in 2030."
    )
    assert {(r[0], r[1]) for r in got} <= {("exports", "MDA")}


def test_a_code_before_a_number_is_that_numbers_not_the_years_before_it() -> None:
    # "In May 2030 USD 91 mln worth of goods": the code prefixes the amount after it, the year
    # before it is no amount of "2030 USD"
    got = rows(
        PAGE + "In January-May 2030 USD 91 mln worth of goods were imported from Poland into "
        "Moldova."
    )
    assert got == {("imports", "MDA", "POL", 91e6, "USD")}


def test_a_code_after_its_amount_stays_read() -> None:
    # near miss: "312 USD million" and "40 EUR." have no number after the code
    got = rows(PAGE + "Moldova's exports to Poland were 312 USD million in 2030.")
    assert got == {("exports", "MDA", "POL", 312e6, "USD")}
