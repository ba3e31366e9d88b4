"""Figures read with the wrong measure, or read where the text states no trade flow, by kind,
on made-up sentences (NOTES.md, "measure" and "What is a figure"): a change of money written with
a hedge or a comparative after it, the bracketed conversion of a change, "double digits", and a
deficit of the balance of trade named before the flow word."""

import pytest

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> dict[str, tuple[str, float]]:
    """The figure text -> (measure, value) of each figure read."""
    return {r.text: (r.measure, round(r.value, 2)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    ("text", "amount", "value"),
    [
        # wire headline style: a hedge between "by" and the amount
        ("date 2031-05-02\nChile's exports to Peru fell by almost $1bn in 2030.", "$1bn", -1e9),
        # ministry release: "an increase of about"
        (
            "date 2031-05-02\nTrade between Chile and Peru recorded an increase of about $240 "
            "million in 2030.",
            "$240 million",
            240e6,
        ),
    ],
)
def test_a_hedged_change_of_money_is_a_change(text: str, amount: str, value: float) -> None:
    assert rows(text)[amount] == ("abs_change", value)


def test_a_hedged_level_after_of_stays_a_level() -> None:
    # near miss: "exports of almost $1bn" names no change
    got = rows("date 2031-05-02\nChile recorded exports of almost $1bn to Peru in 2030.")
    assert got["$1bn"] == ("level", 1e9)


def test_a_comparative_after_the_amount_or_its_conversion_is_a_change() -> None:
    # business daily: the comparative comes after the bracketed conversion
    got = rows(
        "date 2031-05-02\nPeru imported almost €1bn (£856m) less of Chilean goods in January "
        "than in the same month of 2030."
    )
    assert got == {"€1bn": ("abs_change", -1e9), "£856m": ("abs_change", -856e6)}
    # translated statistics release: "fewer"
    got = rows(
        "date 2031-05-02\nIn January 2031, trade between Chile and Peru was 47.3 million U.S. "
        "dollars fewer than a year earlier."
    )
    assert got["47.3 million U.S. dollars"] == ("abs_change", -47.3e6)


def test_more_or_less_after_an_amount_is_no_comparative() -> None:
    got = rows("date 2031-05-02\nChile's exports to Peru were $5 billion more or less in 2030.")
    assert got["$5 billion"] == ("level", 5e9)


def test_the_bracketed_conversion_of_a_change_is_that_change() -> None:
    got = rows(
        "date 2031-05-02\nNew Zealand's exports to China were up 54 million NZ dollars (33.12 "
        "million U.S. dollars), or 7.9 percent, in January."
    )
    assert got["54 million NZ dollars"] == ("abs_change", 54e6)
    assert got["33.12 million U.S. dollars"] == ("abs_change", 33.12e6)


def test_the_level_reached_inside_the_same_bracket_stays_a_level() -> None:
    # near miss: a second amount in the bracket that is no conversion ("up by X to Y")
    got = rows(
        "date 2031-05-02\nFrance's exports to Tunisia of farm products (up by 44.2 million euros "
        "to 49.5 million euros) in 2030."
    )
    assert got["44.2 million euros"] == ("abs_change", 44.2e6)
    assert got["49.5 million euros"] == ("level", 49.5e6)


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-05-02\nChile's exports to Peru rose in the double digits in 2030.",
        "date 2031-05-02\nTrade between Chile and Peru posted double-figure growth in 2030.",
    ],
)
def test_double_digits_is_no_multiple(text: str) -> None:
    assert rows(text) == {}


def test_doubled_is_still_a_multiple() -> None:
    got = rows("date 2031-05-02\nChile's exports to Peru doubled in 2030.")
    assert got == {"doubled": ("multiple", 2.0)}


def test_a_deficit_in_the_balance_of_trade_is_no_flow() -> None:
    got = rows(
        "date 2031-05-02\nThe deficit in the balance of formal trade in goods between Chile and "
        "Peru was US$ 363.65 million in October 2030, a decrease of 7.37% compared to September."
    )
    assert got == {}


def test_a_balance_word_not_governing_the_flow_leaves_it() -> None:
    # near miss: the surplus belongs to its own clause; the exports after it stay a flow
    got = rows(
        "date 2031-05-02\nThe surplus of Chile fell as Chile's exports to Peru reached $5 billion "
        "in 2030."
    )
    assert got == {"$5 billion": ("level", 5e9)}
