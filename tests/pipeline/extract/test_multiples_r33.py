"""Round 33 (breaking pass): multiples written "by a factor of N" and "3x", and "twice the level
of 2025" as a base. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-09-02") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.measure, str(r.period_start), str(r.period_end), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(("factor", "value"), [("ten", 10.0), ("4", 4.0)])
def test_by_a_factor_of(factor: str, value: float) -> None:
    got = _rows(f"Laotian investment in Cambodia rose by a factor of {factor} in 2029.")
    assert got == {("multiple", "2029-01-01", "2029-12-31", value)}


def test_a_multiple_written_with_x() -> None:
    got = _rows("Exports from Laos to Cambodia rose 3x in 2029.")
    assert got == {("multiple", "2029-01-01", "2029-12-31", 3.0)}
    got = _rows(
        "Exports from Laos to Cambodia in the first half of 2030 were 3x the level of the same"
        " period in 2027."
    )
    assert got == {("multiple", "2030-01-01", "2030-06-30", 3.0)}


def test_twice_the_level_of_a_year_is_its_base() -> None:
    got = _rows("Exports from Laos to Cambodia in 2029 were twice the level of 2025.")
    assert got == {("multiple", "2029-01-01", "2029-12-31", 2.0)}


def test_near_miss_4x4_is_no_multiple() -> None:
    got = _rows("Exports from Laos to Cambodia, led by 4x4 trucks, were $3 million in 2029.")
    assert got == {("level", "2029-01-01", "2029-12-31", 3e6)}
