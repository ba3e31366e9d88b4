"""Kinds of figures no gold row has (NOTES.md "What is a figure" and its decisions), each rule on
made-up sentences in several outlets' styles, beside a true bilateral figure that must stay:
a money restatement of a percentage change ("rose 12%, or $3bn") is that change; averages of
money; joint ventures' investment; a market's size; a country glued to "-based"; a flow with
the world ("exports worldwide").
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple[str, float]]:
    return {(r.measure, float(round(r.value, 2))) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire style: comma, "or", the amount, then the level
            "date 2031-05-02\nPeru's exports to Chile rose 12%, or $3 billion, to $28 billion "
            "in 2030, the statistics office said.",
            {("pct_change", 12.0), ("abs_change", 3_000_000_000.0), ("level", 28_000_000_000.0)},
        ),
        (  # embassy style, inside a bracket, a fall
            "date 2031-05-02\nPeru's exports to Chile totalled $7.1 billion in 2030 (a decrease "
            "of 9.6% or $760 million from the previous year).",
            {("level", 7_100_000_000.0), ("pct_change", -9.6), ("abs_change", -760_000_000.0)},
        ),
        (  # business daily, "per cent or US$"
            "date 2031-05-02\nKenya's imports from India fell 4 per cent or US$120 million in "
            "2030.",
            {("pct_change", -4.0), ("abs_change", -120_000_000.0)},
        ),
    ],
)
def test_an_amount_after_or_restates_the_percentage_change(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert rows(text) == expected


def test_an_amount_after_or_with_no_percentage_before_stays_a_level() -> None:
    got = rows(
        "date 2031-05-02\nPeru's exports to Chile were 3 billion soles, or $900 million, in 2030."
    )
    assert ("level", 900_000_000.0) in got


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (  # averages of money (NOTES: averages are not annotated)
            "date 2031-05-02\nIndia's imports from the Maldives averaged less than $10 million "
            "before 2020, and reached $50 million in 2030.",
            50_000_000.0,
            10_000_000.0,
        ),
        (
            "date 2031-05-02\nPeru's exports to Chile came in at $477 million in 2030, compared to an "
            "average of about $200 million before 2020.",
            477_000_000.0,
            200_000_000.0,
        ),
        (  # joint ventures: no one investor (NOTES)
            "date 2031-05-02\nJapan's investment in Peru reached $1.2 billion in 2030, and some "
            "900 Japan-Peru joint ventures operate in Peru with an estimated investment of $2 "
            "billion.",
            1_200_000_000.0,
            2_000_000_000.0,
        ),
        (  # a market's size (NOTES: market size is no figure)
            "date 2031-05-02\nOman's trade with Kenya was $600 million in 2030, and exporters "
            "in Oman see Kenya as a market worth $300 billion.",
            600_000_000.0,
            300_000_000_000.0,
        ),
        (  # a country's trade with the world, beside the partner
            "date 2031-05-02\nNorwegian exports to the UK rose 35% in 2030, as overall Norwegian "
            "exports worldwide saw a rise of 20%.",
            35.0,
            20.0,
        ),
        (
            "date 2031-05-02\nKenya's trade with Uganda reached $1.1 billion in 2030, while its "
            "trade with the rest of the world grew 6%.",
            1_100_000_000.0,
            6.0,
        ),
    ],
)
def test_a_number_that_is_no_bilateral_figure_is_dropped_beside_one_that_is(
    text: str, kept: float, dropped: float
) -> None:
    values = {value for _, value in rows(text)}
    assert kept in values
    assert dropped not in values


def test_a_country_glued_to_based_is_no_trading_side() -> None:
    from pipeline.extract.countries import find_countries

    found = find_countries("Exports fell 52% after attacks by a Nigeria-based group in Cameroon.")
    assert [c.iso3 for c in found] == ["CMR"]
    assert [c.iso3 for c in find_countries("Nigeria-Cameroon trade rose 8%.")] == ["NGA", "CMR"]
