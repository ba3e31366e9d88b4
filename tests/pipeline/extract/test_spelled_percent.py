"""Percentages written in words ("grew nine percent", "by twenty-five per cent"): a percent
change like its digits, on made-up sentences in several outlets' styles."""

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire story: the spelled change after a hedge, beside an amount
        (
            "Peru's imports from Chile grew about seven percent to $640 million in 2031.",
            ("imports", "PER", "CHL", "pct_change", 7.0, "percent"),
        ),
        # British spelling and a hyphenated tens word, with no digit but the year
        (
            "Trade between Ghana and Togo fell by twenty-four per cent in 2030.",
            ("turnover", "GHA", "TGO", "pct_change", -24.0, "percent"),
        ),
        # a sentence without any digit: the figure's period comes from the page
        (
            "Ghana and Togo met in 2030. Trade between them rose eleven percent last year.",
            ("turnover", "GHA", "TGO", "pct_change", 11.0, "percent"),
        ),
    ],
)
def test_a_percentage_in_words_is_a_change(text: str, expected: tuple) -> None:
    assert expected in rows(text), rows(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Exports rose nine percent.", [9.0]),
        ("Exports rose a hundred percent.", [100.0]),
        ("Exports rose 9 percent.", [9.0]),  # digits: the percent pattern's, read once
        # near misses: no number word right before the unit, or only the tail of one
        ("Exports rose one percentage point.", []),
        ("Exports rose one hundred and five percent.", []),
        ("Exports rose by 2030 five percent.", []),
        ("Exports rose a percent.", []),
    ],
)
def test_which_words_make_a_spelled_percent(text: str, values: list[float]) -> None:
    assert [m.value for m in find_mentions(text) if m.unit == "percent"] == values
