"""Round 33 (breaking pass): a level written "at $X" right after the base a change or multiple is
stated against ("up 5% from a year earlier at $24.3bn", "double the 2021 level at £56bn") is the
figure's own level, of the figure's period; a multiple "twice the 2019 level" is dated with the
figure's year, 2019 being its base. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-02-06") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.measure, str(r.period_start), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "change", ["up 5% from a year earlier", "up 5 percent on a year earlier", "up 5% from 2028"]
)
def test_a_level_at_after_a_change_and_its_base(change: str) -> None:
    got = _rows(f"Exports from Laos to Myanmar in 2029 were {change} at $24.3 billion.")
    assert ("level", "2029-01-01", 24.3e9) in got
    assert ("pct_change", "2029-01-01", 5.0) in got


def test_a_money_change_then_its_base_then_the_level() -> None:
    got = _rows(
        "Exports from Laos to Myanmar were up $1.2 billion from a year earlier at $24.3 billion"
        " in 2029."
    )
    assert got == {("abs_change", "2029-01-01", 1.2e9), ("level", "2029-01-01", 24.3e9)}


def test_a_multiple_of_a_years_level() -> None:
    got = _rows("Exports from Laos to Myanmar in 2029 were twice the 2025 level.")
    assert got == {("multiple", "2029-01-01", 2.0)}
    got = _rows(
        "Exports from Laos to Myanmar in 2029 were more than double the 2028 level at £56 billion."
    )
    assert got == {("multiple", "2029-01-01", 2.0), ("level", "2029-01-01", 56e9)}


def test_near_miss_a_base_value_after_compared_with_stays_the_bases() -> None:
    got = _rows(
        "Exports from Laos to Myanmar rose to $24.3 billion in 2029, compared with 2028 at"
        " $20 billion."
    )
    assert got == {("level", "2029-01-01", 24.3e9), ("level", "2028-01-01", 20e9)}
