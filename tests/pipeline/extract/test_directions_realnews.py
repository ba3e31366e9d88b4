"""Change direction, structures and pairs on real-news kinds (issue 15, items 5 and 6): each rule
on a made-up sentence that carries the difficulty of a real page, never page text."""

import datetime as dt

import pytest

from pipeline.lexicon import triggers, vocabulary
from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_every_absolute_change_word_has_a_direction() -> None:
    # "fell by $X" is read through the change triggers: a word missing there reads as a rise.
    change = triggers("change")
    missing = [w for w in vocabulary("abs_change") if w.lower() not in change]
    assert not missing


@pytest.mark.parametrize(
    "sentence",
    [
        "Imports of Peru from Chile saw a reduction of $5 million in 2030.",
        "Peru's imports from Chile were reduced by $5 million in 2030.",
        "Peru's imports from Chile recorded a fall of $5 million in 2030.",
        "Peru's imports from Chile fell by $5 million in 2030.",
        "Peru's imports from Chile dipped by $5 million in 2030.",
        "Peru's imports from Chile saw a contraction of $5 million in 2030.",
    ],
)
def test_an_absolute_decrease_is_negative(sentence: str) -> None:
    out = figures("date 2031-02-01\n" + sentence)
    assert _rows(out) == {("imports", "PER", "CHL", "abs_change", -5e6)}, out.to_string()


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's exports to Bolivia recorded a fall of 2.2 per cent in 2030.",
        "Chile's exports to Bolivia plunged 2.2% in 2030.",
        "Chile's exports to Bolivia saw a reduction of 2.2% in 2030.",
        "Chile's exports to Bolivia slumped by 2.2% in 2030.",
        "Chile's exports to Bolivia were 2.2% lower in 2030.",
    ],
)
def test_a_percentage_decrease_is_negative(sentence: str) -> None:
    out = figures("date 2031-02-01\n" + sentence)
    assert _rows(out) == {("exports", "CHL", "BOL", "pct_change", -2.2)}, out.to_string()


def test_a_comparative_right_after_the_percentage_decides_its_sign() -> None:
    # "more than" before the amount is an approximation, not the change's direction.
    out = figures(
        "date 2031-02-01\nChile conducted more than $500 mln in trade with Ecuador in 2030, "
        "9.2% less than in 2029."
    )
    assert ("turnover", "pct_change", -9.2) in {
        (r.flow, r.measure, r.value) for r in out.itertuples()
    }


def test_fell_by_to_from_gives_three_figures() -> None:
    out = figures(
        "date 2031-02-01\nExports from Peru to Chile fell by $12 million to $310 million in 2030, "
        "from $322 million a year earlier."
    )
    got = {(r.measure, r.value, r.period_start) for r in out.itertuples()}
    assert got == {
        ("abs_change", -12e6, D(2030, 1, 1)),
        ("level", 310e6, D(2030, 1, 1)),
        ("level", 322e6, D(2029, 1, 1)),
    }, out.to_string()


def test_a_list_states_its_currency_once() -> None:
    out = figures(
        "date 2031-02-01\nPeru imported goods worth $30.4 bln in 2030, the statistics service "
        "said. Top three suppliers of goods to the country were Chile ($4.7 bln), Brazil "
        "($3.2 bln), and Ecuador (2.4 bln)."
    )
    assert _rows(out) == {
        ("imports", "PER", "CHL", "level", 4.7e9),
        ("imports", "PER", "BRA", "level", 3.2e9),
        ("imports", "PER", "ECU", "level", 2.4e9),
    }, out.to_string()
    assert set(out["unit"]) == {"USD"}
    # "2.4 bln" is precise to half its last digit, like "$3.2 bln": [2.35bn, 2.45bn].
    rounding = dict(zip(out["partner"], out["rounding"], strict=True))
    assert rounding["ECU"] == pytest.approx(rounding["BRA"]) == pytest.approx(0.05e9)


def test_a_ranking_names_its_flow_after_the_list() -> None:
    out = figures(
        "date 2031-02-01\nChile ($57,632.37 million), Brazil ($50,792.83 million) and Ecuador "
        "($3,820.33 million) were the three countries which recorded the largest volumes of "
        "trade with Peru during 2030."
    )
    assert _rows(out) == {
        ("turnover", "PER", "CHL", "level", 57632.37e6),
        ("turnover", "PER", "BRA", "level", 50792.83e6),
        ("turnover", "PER", "ECU", "level", 3820.33e6),
    }, out.to_string()


def test_a_list_without_a_trade_word_continues_the_previous_figure() -> None:
    # The country before "is followed by" is a peer of the listed ones, not their counterpart.
    out = figures(
        "date 2031-02-01\nChile invested $482 million in Peru in 2030.\n"
        "Chile is followed by Brazil ($279 million), Ecuador ($250.4 million) and Bolivia "
        "($224.3 million)."
    )
    assert _rows(out) == {
        ("investment", "PER", "CHL", "level", 482e6),
        ("investment", "PER", "BRA", "level", 279e6),
        ("investment", "PER", "ECU", "level", 250.4e6),
        ("investment", "PER", "BOL", "level", 224.3e6),
    }, out.to_string()


def test_signed_percentages_in_a_list_are_changes() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030, Bolivia (-19.3%), Ecuador (+26.7%) and Chile (-60.5% ) drove "
        "the change in imports of Peru."
    )
    assert _rows(out) == {
        ("imports", "PER", "BOL", "pct_change", -19.3),
        ("imports", "PER", "ECU", "pct_change", 26.7),
        ("imports", "PER", "CHL", "pct_change", -60.5),
    }, out.to_string()


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Chile invests $48M in Peru in 2030", ("investment", "PER", "CHL", "level", 48e6)),
        (
            "Bolivia delivered goods worth 316.3 million dollars to Peru in 2030.",
            ("exports", "BOL", "PER", "level", 316.3e6),
        ),
        (
            "Peru earned $6.15 billion from exporting goods to Chile in 2030.",
            ("exports", "PER", "CHL", "level", 6.15e9),
        ),
    ],
)
def test_more_verbs_of_trade(sentence: str, row: tuple) -> None:
    out = figures("date 2031-02-01\nTrade news\n" + sentence)
    assert _rows(out) == {row}, out.to_string()


def test_a_us_dollar_prefix_is_no_country() -> None:
    # "US $" names the currency: the United States is no party to Peru's imports from Chile.
    out = figures(
        "date 2031-02-01\nPeru and Chile trade\nPeru's imports from Chile rose in 2030.\n"
        "The imports from Chile into the country were recorded at US $3737.8 million in 2030, "
        "against U.S. $3.1 billion in 2029."
    )
    assert {(r.reporter, r.partner) for r in out.itertuples()} == {("PER", "CHL")}, out.to_string()


def test_each_turnover_amount_goes_with_its_own_with_country() -> None:
    # "with Bolivia $1.2 billion": a country before "$" is only a currency when it is a code.
    out = figures(
        "date 2020-08-01\nPeru trade in H1\nPeru's trade turnover grew in the first half of "
        "2020. Thus, the trade turnover with Chile was $2.2 billion and with Bolivia $1.2 billion "
        "in the reporting period."
    )
    assert {(frozenset((r.reporter, r.partner)), r.value) for r in out.itertuples()} == {
        (frozenset(("PER", "CHL")), 2.2e9),
        (frozenset(("PER", "BOL")), 1.2e9),
    }, out.to_string()


def test_roles_outside_the_figures_clause_count_when_it_names_none() -> None:
    # The figure sits in a relative clause; the investor and the recipient are named before it.
    out = figures(
        "date 2031-02-01\nThe sides noted the growth of Chilean investments in Peru's economy, "
        "which has increased 5 times in recent years and reached $2.2 billion in 2030."
    )
    assert {(r.flow, r.reporter, r.partner) for r in out.itertuples()} == {
        ("investment", "PER", "CHL")
    }, out.to_string()


def test_a_country_named_after_the_amount_is_a_comparison_not_the_exporter() -> None:
    out = figures(
        "date 2031-01-02\nPeru's exports hit a record\nPeru's trade ministry said on Monday "
        "that exports grew for five months. Exports to Chile reached $11.3 billion last month, "
        "surpassing Bolivia for the first time."
    )
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("PER", "CHL", 11.3e9)
    }, out.to_string()


@pytest.mark.parametrize(
    "sentence",
    [
        # project portfolios, contracts, loans and remittances are no trade or investment flows
        "Chile invested in 51 projects worth 13.14 billion pesos in Peru in 2030.",
        "Chilean investment in Peru grew, and the value of newly signed contracts of Chilean "
        "companies in Peru rose by 25% in 2030.",
        "Some 140 Chilean firms work in Peru in projects estimated at $18 billion.",
        "Unlike its exports to Chile, Peru's remittances from Chile reached $1.2 billion in 2030.",
        # a country's trade with the world, its statistics office named beside it
        "Peru's exports were $836 billion in 2030, down about 8 percent, according to figures "
        "published by Statistics Peru.",
        "The Peruvian authority said that the country's exports increased by 13.8 percent in "
        "July, whereas its imports decreased by 7.8 percent.",
        "In 2030 the external merchandise trade of Peru amounted to USD 10 366.9 million.",
    ],
)
def test_numbers_that_are_no_bilateral_trade_stay_out(sentence: str) -> None:
    out = figures(
        "date 2031-02-01\nPeru and Chile\nTrade between Peru and Chile grew.\n" + sentence
    )
    assert out.empty, out.to_string()


def test_a_percentage_in_total_imports_is_a_share() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030 Peru's imports from Chile amounted to USD 1 889.0 million "
        "(9.0 percent lower) with 25.8 percent in total imports."
    )
    assert sorted(out["value"]) == [-9.0, 1889e6], out.to_string()
