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
