"""Values never read, round 15, by kind, on made-up sentences: a world word past the amount's
own phrase, a "two-way" trade that names its partner by the word, a flow word after a
possessive owner."""

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions


def rows(text: str) -> list[tuple]:
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in figures(text).itertuples()
    ]


# -- a world word after the amount: only in the amount's own phrase ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Kenya held talks. He praised bilateral trade, which rose from USD 1.5 billion "
        "in 2027 to USD 2.25 bln in 2029, despite global challenges.",
        "Peru and Kenya held talks. He praised bilateral trade, which rose from USD 1.5 billion "
        "in 2027 to USD 2.25 bln in 2029 while world trade shrank.",
    ],
)
def test_a_world_word_past_the_amounts_phrase_is_the_times(text: str) -> None:
    assert ("turnover", "PER", "KEN", "level", 2.25e9, "USD") in rows(text), rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya recorded $11.25bn in its international trade in 2029.",  # its world trade
        "Kenya's exports reached $5bn in 2029, while global trade fell.",  # no partner at all
    ],
)
def test_a_world_word_in_the_amounts_phrase_stays_world(text: str) -> None:
    assert rows(text) == []


# -- "two-way" trade points at the partner ------------------------------------------------------


def test_two_way_trade_with_one_economy_named_is_the_pairs() -> None:
    text = (
        "Kenya and Peru held talks in Lima. In 2029, the two-way trade hit US$15.25 billion, "
        "including US$9.25 billion worth of Kenya's imports."
    )
    assert rows(text) == [
        ("turnover", "KEN", "PER", "level", 15.25e9, "USD"),
        ("imports", "KEN", "PER", "level", 9.25e9, "USD"),
    ]


def test_one_economys_trade_without_a_pair_word_stays_world() -> None:
    text = "Kenya and Peru held talks in Lima. In 2029, Kenya's trade hit US$15.25 billion."
    assert rows(text) == []


# -- a flow word after a possessive owner --------------------------------------------------------


def test_worth_of_an_owners_imports_is_imports() -> None:
    text = "Trade between Chile and Peru was $7.5bn in 2029, with $2.5bn worth of Chile's imports."
    assert ("imports", "CHL", "PER", "level", 2.5e9, "USD") in rows(text), rows(text)


def test_worth_of_an_owners_trade_stays_turnover() -> None:
    text = "Trade between Chile and Peru was $7.5bn in 2029, with $2.5bn of Chile's trade."
    assert all(r[0] == "turnover" for r in rows(text)), rows(text)


# -- amount forms: "per-cent" hyphenated, the Namibian dollar's "N$" ----------------------------


def mentions(text: str) -> list[tuple]:
    return [(m.kind, m.value, m.unit) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to Chile fell 7 per-cent in 2029.", [("percent", 7.0, "percent")]),
        ("a 3.5-per-cent increase over 2029", [("percent", 3.5, "percent")]),
        ("a 12-per-cent decrease", [("percent", 12.0, "percent")]),
        ("the per-cent change was not given", []),  # no number
        ("rose in 2029 per centre of trade", []),  # not the unit
    ],
)
def test_per_cent_hyphenated(text: str, expected: list) -> None:
    assert mentions(text) == expected


def test_a_hyphenated_per_cent_change_is_read() -> None:
    text = "Exports from Canada to Chile in 2029 totalled $5.5 billion, a 12-per-cent decrease."
    assert ("exports", "CAN", "CHL", "pct_change", -12.0, "percent") in rows(text), rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("exports rose to N$7.5 billion", [("money", 7.5e9, "NAD")]),
        ("exports rose to N$ 45 million", [("money", 45e6, "NAD")]),
        ("exports rose to N45 billion", [("money", 45e9, "NGN")]),  # the naira's "N"
        ("exports rose to $45 million", [("money", 45e6, "USD")]),
    ],
)
def test_namibian_dollar_symbol(text: str, expected: list) -> None:
    assert mentions(text) == expected


# -- "the figure" as the subject past a fronted time ---------------------------------------------


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "According to the ministry, in the first five months of 2030 the figure amounted to "
            "$725 million.",
            ("turnover", "KEN", "PER", "level", 725e6, "USD"),
        ),
        (
            "In January-August 2030 the figure increased by 38% year on year.",
            ("turnover", "KEN", "PER", "pct_change", 38.0, "percent"),
        ),
    ],
)
def test_the_figure_after_a_fronted_time_continues_the_pair(second: str, expected: tuple) -> None:
    text = "Trade between Kenya and Peru reached $45 million in 2029. " + second
    assert rows(text)[1:] == [expected], rows(text)


@pytest.mark.parametrize(
    "second",
    [
        "Kenya's budget in 2030 topped the figure of 2028 at $3 million.",  # the object
        "In 2030 it sold 7% of the figure to Chile.",  # "of the figure"
    ],
)
def test_the_figure_not_as_subject_continues_nothing(second: str) -> None:
    text = "Trade between Kenya and Peru reached $45 million in 2029. " + second
    assert rows(text) == [("turnover", "KEN", "PER", "level", 45e6, "USD")], rows(text)
