"""Values never read, round 14 (second wave), by kind, on made-up sentences: a change by a
fifth or a tenth in words, spelled multiples (a compound "-fold", "N times" after a growth verb)."""

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions


def rows(text: str) -> list[tuple]:
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in figures(text).itertuples()
    ]


# -- a change by a fraction in words (NOTES "Fractions in words") ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports from Chile to Peru crashed by more than a fifth in 2029.",
            ("exports", "CHL", "PER", "pct_change", -20.0, "percent"),
        ),
        (
            "Imports from Japan rose by a tenth in 2031, Vietnam said.",
            ("imports", "VNM", "JPN", "pct_change", 10.0, "percent"),
        ),
        (
            "Trade between Laos and Thailand fell by two-fifths in 2030.",
            ("turnover", "LAO", "THA", "pct_change", -40.0, "percent"),
        ),
    ],
)
def test_change_by_a_fifth_or_a_tenth(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Chile sends a fifth of its exports to Peru, Lima said in 2029.",  # a share
        "Peru ranked fifth among Chile's export markets in 2029.",  # a rank
        "Exports from Chile to Peru were cut by a tenth of the quota in 2029.",  # "by a tenth of"
    ],
)
def test_fifths_that_are_no_change(text: str) -> None:
    assert all(r[3] != "pct_change" for r in rows(text)), rows(text)


def test_a_car_crash_is_no_change() -> None:
    assert rows("A crash in 2029 hurt 12% of the Chile-Peru trade office staff.") == []


# -- spelled multiples -------------------------------------------------------------------------


def multiples(text: str) -> list[float]:
    return [m.value for m in find_mentions(text) if m.kind == "multiple"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound number before "fold": the whole number, never its last word ("threefold")
        ("Trade between the two grew to its thirty-fourfold in 2029.", [34.0]),
        ("Trade between the two grew by forty-two times in 2029.", [42.0]),
        ("Trade grew threefold in 2029.", [3.0]),
        # "times" right after a growth verb is a multiple, as "increased 6 times" in digits
        ("The trade volume increased seven times to $4 billion in eight years.", [7.0]),
        ("Exports have grown nine times since 2020.", [9.0]),
    ],
)
def test_spelled_multiples(text: str, expected: list[float]) -> None:
    assert multiples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose three times in a row in 2029.",  # a series of rises: occasions
        "The ministers met seven times in 2029.",  # occasions, no growth verb
        "Exports increased four times in succession in 2029.",
    ],
)
def test_times_that_count_occasions(text: str) -> None:
    assert multiples(text) == []
