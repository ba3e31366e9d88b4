"""Round 20: amounts of English pages that no rule read at all (never read). Made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures

HEAD = "date 2031-03-09\nInvestment in Laos\n"


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_capital_of_an_investors_projects_is_investment() -> None:
    out = figures(
        HEAD + "Thailand currently has 212 investment projects in Laos with combined registered "
        "capital of US$4.7 billion."
    )
    assert ("investment", "LAO", "THA", 4.7e9) in _rows(out), out.to_string()
    counted = figures(
        HEAD + "Thailand counts 212 investment projects in Laos with a combined capital of "
        "about US$4.7 billion."
    )
    assert ("investment", "LAO", "THA", 4.7e9) in _rows(counted), counted.to_string()


def test_a_portfolio_of_projects_with_a_value_stays_no_investment() -> None:
    worth = figures(HEAD + "Thailand has 212 investment projects in Laos worth US$4.7 billion.")
    assert worth.empty, worth.to_string()
    valued = figures(
        HEAD + "Investors from Thailand registered 12 projects in Laos valued at $30 million."
    )
    assert valued.empty, valued.to_string()
    # capital named before the projects is not the amount's noun
    before = figures(
        HEAD + "Thai capital flowed into 212 investment projects in Laos worth US$4.7 billion."
    )
    assert before.empty, before.to_string()


PERU = "date 2031-03-09\nChile and Peru trade\n"


def test_a_lower_case_name_after_a_flow_words_to_is_the_partner() -> None:
    out = figures(PERU + "Chilean exports to peru rose 12 percent to $412.5 million in 2030.")
    assert ("exports", "CHL", "PER", 412.5e6) in _rows(out), out.to_string()
    owner = figures(PERU + "The total exports of Chile to peru reached $412.5 million in 2030.")
    assert ("exports", "CHL", "PER", 412.5e6) in _rows(owner), owner.to_string()
    two = figures(PERU + "Chile's imports from south africa fell to $95 million in 2030.")
    assert ("imports", "CHL", "ZAF", 95e6) in _rows(two), two.to_string()


def test_a_lower_case_name_elsewhere_stays_a_word() -> None:
    from pipeline.extract.countries import find_countries

    assert not find_countries("He served turkey on china plates worth $400.")
    assert not find_countries("Exports to us rose")  # a pronoun, not "US"
    assert [c.iso3 for c in find_countries("exports to peru")] == ["PER"]


TIES = "date 2031-03-09\nChile and Peru trade\nChile and Peru have close ties.\n"


def test_an_opening_from_base_takes_the_flow_of_the_clause_it_opens() -> None:
    out = figures(
        TIES + "From US$ 210 million in 2011 (mostly copper), merchandise trade has diversified "
        "and reached US$ 4.3 billion in 2029."
    )
    assert ("turnover", "CHL", "PER", 210e6) in _rows(out), out.to_string()
    assert ("turnover", "CHL", "PER", 4.3e9) in _rows(out), out.to_string()
    based = figures(
        TIES + "From a base of US$ 210 million comprising mostly copper in 2011, merchandise "
        "trade has grown, reaching US$ 1,273 million in 2029."
    )
    assert ("turnover", "CHL", "PER", 210e6) in _rows(based), based.to_string()


def test_an_opening_from_base_of_a_balance_or_no_trade_is_no_figure() -> None:
    balance = figures(
        TIES + "From $210 million in 2011, the trade deficit with Peru widened to $900 million "
        "in 2029."
    )
    assert 210e6 not in set(balance["value"]), balance.to_string()
    company = figures(
        TIES + "From $210 million in 2011, the company grew its revenue in Peru to $900 million "
        "in 2029."
    )
    assert company.empty, company.to_string()
