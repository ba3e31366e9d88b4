"""A pronoun points at the nearest noun it fits: right after a sentence that names a company and
reads no figure, "It rose to $X" is that company's, not the trade figure further back
(``follow_up._company_between``); "They were down by 14%" opening a sentence is the plural
trade just named ("exports", "exchanges"), the directed trade the sentence before names with no
figure first (``follow_up._directed_antecedent``). Sentences made up."""

import datetime as dt

import pytest
from test_extract import figures  # the helper beside this file

BASE = "date 2031-01-01\nChilean exports to Peru reached $14.2 billion in 2029. "


def values(text: str) -> set[float]:
    return {round(r.value, 2) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "between",
    [
        "Codelco, the state copper company, announced a new mine.",  # wire style
        "The firm's revenue grew strongly.",  # business daily
        "Andes Mining Ltd opened a plant in Arequipa.",
    ],
)
def test_it_after_a_company_is_the_company(between: str) -> None:
    assert 3.5e9 not in values(f"{BASE}{between} It rose to $3.5 billion in 2030.")


@pytest.mark.parametrize(
    "between",
    [
        "",  # right after the figure
        "A sharp rise was seen last year. ",  # a sentence between with no other subject
    ],
)
def test_it_after_the_figure_continues_it(between: str) -> None:
    assert 3.5e9 in values(f"{BASE}{between}It rose to $3.5 billion in 2030.")


def rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2))
        for r in figures(text).itertuples()
    }


def test_they_for_the_trade_just_named() -> None:
    # "they" for plural trade ("exchanges", "exports") opening the sentence after its figure
    found = rows(
        "date 2031-01-01\nTrade between Chile and Peru jumped 62.1% in 2030. They reached 8.6"
        " billion euros in 2030 against 5.3 billion euros in 2029."
    )
    assert ("turnover", "CHL", "PER", "level", 8.6e9) in found
    # the nearest antecedent: the directed trade the sentence before names with no figure, not
    # the page's earlier figure with another partner
    found = rows(
        "date 2031-01-01\nChilean exports to Bolivia reached $4.2 billion in 2029. Chilean"
        " exports to Peru also fell in 2030. They were down by 14%."
    )
    assert ("exports", "CHL", "PER", "pct_change", -14.0) in found


def test_they_after_companies_is_the_companies() -> None:
    found = rows(
        f"{BASE}Two mining firms opened offices in Lima. They rose to $3.5 billion in 2030."
    )
    assert all(value != 3.5e9 for *_, value in found)


def periods(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.period_start, r.period_end)
        for r in figures(text).itertuples()
    }


def test_they_after_a_sentence_with_no_figure_take_the_pages_period() -> None:
    # a broadcaster's monthly report: the antecedent sentence has no figure, so no period to
    # inherit; the pronoun's figure is the month the page is about, as any undated figure
    found = periods(
        "date 2031-03-02\nIn February, Chile's exports to Bolivia rose 8% to $400 million."
        " Chilean imports from Peru also fell, though less. They were down by $12 million."
    )
    feb = (dt.date(2031, 2, 1), dt.date(2031, 2, 28))
    assert ("imports", "CHL", "PER", "abs_change", -12e6, *feb) in found


def test_they_with_no_period_on_the_page_stay_undated() -> None:
    # near miss: the page has stated no period yet, so there is none to take
    found = periods(
        "date 2031-03-02\nChile's exports to Bolivia are large and growing."
        " Chilean imports from Peru fell, though less. They were down by $12 million."
    )
    assert ("imports", "CHL", "PER", "abs_change", -12e6, None, None) in found
