"""Figures that point back at an earlier figure ("This surged to $497m", "The year before this
was $19bn") and lists of percentage changes (issue 15, values never read), on made-up
sentences in several outlets' styles."""

import pytest
from test_extract import figures  # the helper beside this file


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.reporter, r.partner, str(r.period_start), r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


BASE = "date 2031-01-01\nChilean exports to Peru reached $14.2 billion in 2029.\n\n"


@pytest.mark.parametrize(
    ("sentence", "value", "start"),
    [
        ("This surged to $20.5 billion in 2030.", 20.5e9, "2030-01-01"),  # business daily
        ("That slid to 9.8 billion dollars in 2030.", 9.8e9, "2030-01-01"),  # wire style
        ("The year before this was $11.1 billion.", 11.1e9, "2028-01-01"),  # regional weekly
        ("A year earlier, it stood at $12.3 billion.", 12.3e9, "2028-01-01"),  # ministry release
        ("It soared to US$16 billion in 2030.", 16e9, "2030-01-01"),
    ],
)
def test_pronoun_for_the_previous_figure_keeps_its_flow_and_pair(
    sentence: str, value: float, start: str
) -> None:
    found = rows(BASE + sentence)
    assert ("exports", "CHL", "PER", start, "level", value, "USD") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # "this" inside a clause, not its subject: something else the speaker talks about
        "The minister said this surged to $3 billion of new orders.",
        # no previous trade figure on the page: nothing to point back at
        "This surged to $3 billion in 2030.",
    ],
)
def test_pronoun_that_is_not_a_trade_figure(sentence: str) -> None:
    text = BASE + sentence if "minister" in sentence else "date 2031-01-01\n" + sentence
    assert all(value != 3e9 for *_, value, _ in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        # annual review style: a change reaching a level, then the other flow's
        "According to a study of Chile-Peru trade in 2029, total trade decreased by 10.8% to"
        " $23.3 billion.\n\nChile's exports decreased by 8.3% to $12.7 billion and imports also"
        " declined by 6.1% to $10.6 billion.",
        # wire style, the level before the change
        "Trade between Chile and Peru stood at $23.3 billion in 2029.\n\nChilean exports rose"
        " 2.4% to $12.7 billion, while imports fell 6.1% to $10.6 billion.",
    ],
)
def test_flows_after_a_change_continue_the_pair(text: str) -> None:
    found = {
        (flow, reporter, partner, value)
        for flow, reporter, partner, _, _, value, _ in rows("date 2031-01-01\n" + text)
    }
    assert {("imports", "CHL", "PER", 10.6e9), ("imports", "CHL", "PER", -6.1)} <= found


def test_national_totals_after_a_pair_change_stay_world() -> None:
    # the amounts are far above the pair's level: the country's trade with the world
    text = (
        "date 2031-01-01\nTrade between Kenya and Uganda grew 5% to 60 billion shillings in"
        " 2029.\n\nKenyan exports fell by 2% to 537 billion shillings and imports rose by 1% to"
        " 900 billion shillings."
    )
    assert all(value not in (537e9, 900e9, 1.0) for *_, value, _ in rows(text))


def test_country_naming_a_currency_is_not_a_party() -> None:
    # "the Japanese yen", "the Mexican peso": the demonym names money, so "Japan's exports"
    # is the sentence's one economy and continues the page's pair
    text = (
        "date 2031-01-01\nJapan-Peru trade decreased by 10.8% to $23.3 billion in 2029.\n\n"
        "Due to a 9.5% decline in the Japanese yen against the US dollar, Japan's exports"
        " decreased by 8.3% to $12.7 billion and imports fell by 6.1% to $10.6 billion."
    )
    found = {(f, r, p, v) for f, r, p, _, _, v, _ in rows(text)}
    assert {("exports", "JPN", "PER", 12.7e9), ("imports", "JPN", "PER", 10.6e9)} <= found
    # a currency word after a country that is a party does not drop it
    text = "date 2031-01-01\nKenya's exports to Uganda rose to 3 billion Kenyan shillings in 2029."
    assert [(f, r, p) for f, r, p, *_ in rows(text)] == [("exports", "KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's exports to and imports from Peru were $45 million and $41 million in 2029.",
        "In 2029, Chilean exports to and imports from Peru added up to US$45 million and"
        " US$41 million, respectively.",
        "Chile's exports to & imports from Peru stood at 45 million dollars and 41 million"
        " dollars in 2029.",
    ],
)
def test_flows_each_with_its_preposition_pair_off_with_the_amounts(text: str) -> None:
    found = {(f, r, p, v) for f, r, p, _, _, v, _ in rows("date 2031-01-01\n" + text)}
    assert {("exports", "CHL", "PER", 45e6), ("imports", "CHL", "PER", 41e6)} <= found


def test_amounts_not_joined_by_and_do_not_pair_off() -> None:
    # a level and its comparison base: not one amount per flow
    text = "date 2031-01-01\nChile's exports to and imports from Peru rose to $3 billion from $2 billion in 2029."
    assert ("exports", 3e9) not in {(f, v) for f, _, _, _, _, v, _ in rows(text)}


@pytest.mark.parametrize(
    "second",
    [
        "The figures soared to US$486 million and US$196 million in 2029.",  # business weekly
        "These numbers rose to $486m and $196m in 2029.",  # wire shorthand
        "Both figures climbed to 486 million dollars and 196 million dollars in 2029.",
    ],
)
def test_plural_subject_takes_the_previous_figures_in_order(second: str) -> None:
    first = "In 2009, Chile's exports to and imports from Peru were $45 million and $41 million."
    found = {(f, r, p, v) for f, r, p, _, _, v, _ in rows(f"date 2031-01-01\n{first} {second}")}
    assert {("exports", "CHL", "PER", 486e6), ("imports", "CHL", "PER", 196e6)} <= found


def test_plural_subject_needs_as_many_previous_figures() -> None:
    # one previous figure for two amounts: which is which is unknown, nothing is guessed
    text = (
        "date 2031-01-01\nChile's exports to Peru were $45 million in 2009. These numbers rose"
        " to $486 million and $196 million in 2029."
    )
    assert all(value not in (486e6, 196e6) for *_, value, _ in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        # embassy-release style: the pair's trade named with no amount, its value next
        "Trade between Chile and Peru has grown steadily.\n\nIn 2029, its value amounted to"
        " USD 2.4 billion.",
        # news-agency style: the page's pair through "the two countries"
        "Chile and Peru signed a new accord.\n\nThe volume of trade between the two countries has"
        " increased.\n\nIn 2029, it amounted to more than 2.4 billion dollars.",
        # weekly style: turnover alone on a page about the pair, a change with no amount
        "Chile and Peru signed a new accord.\n\nOver five years the turnover has grown almost"
        " threefold.\n\nIn 2029, it reached $2.4 billion.",
        # ministry-quote style: a sentence between with no trade word, country or figure
        "Trade between Chile and Peru keeps growing. A sharp rise was seen last year.\n\n"
        "\u201cIt has been around $2.4 billion in 2029,\u201d the minister said.",
    ],
)
def test_pronoun_for_the_trade_the_previous_sentence_names(text: str) -> None:
    found = rows("date 2031-01-01\n" + text)
    assert ("turnover", "CHL", "PER", "2029-01-01", "level", 2.4e9, "USD") in found


@pytest.mark.parametrize(
    "text",
    [
        # the previous sentence's trade is the world's, not a pair's
        "Chile and Peru signed a new accord.\n\nGlobal trade has increased.\n\nIn 2029, its value"
        " amounted to USD 2.4 billion.",
        # no trade word before the pronoun: tourism between the two countries
        "Chile and Peru signed a new accord.\n\nTourism between the two countries has grown.\n\n"
        "In 2029, it amounted to USD 2.4 billion.",
        # one country's trade is its trade with the world
        "Chile's trade has grown steadily.\n\nIn 2029, its value amounted to USD 2.4 billion.",
        # the sentence between names another economy: the pronoun is about it
        "Trade between Chile and Peru keeps growing. Brazil's economy expanded last year.\n\n"
        "In 2029, it amounted to $2.4 billion.",
        # the sentence between has its own amount, which "the figure" continues
        "Trade between Chile and Peru keeps growing. Tourists spent $1.1 billion last year.\n\n"
        "The figure rose to $2.4 billion in 2029.",
    ],
)
def test_pronoun_after_a_sentence_with_no_pair_trade(text: str) -> None:
    found = rows("date 2031-01-01\n" + text)
    assert all(value != 2.4e9 for *_, value, _ in found)
