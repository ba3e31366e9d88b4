"""Round 33 (fi01): "relative to", "in relation to", "with respect to" and "vis-à-vis" before a
period or an amount name a change's base, as "compared with" does: "decreased to $875m in 2029
by 44.75% relative to 2028" dates the change 2029. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nZambia and Malawi\n{text}\n")
    return {(r.measure, str(r.period_start), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "base", ["relative to 2028", "vis-à-vis 2028", "in relation to 2028", "with respect to 2028"]
)
def test_a_base_period_after_a_comparison_phrase(base: str) -> None:
    got = _rows(f"Zambia's imports from Malawi fell to $875 million in 2029, down 44.75% {base}.")
    assert got == {("level", "2029-01-01", 875e6), ("pct_change", "2029-01-01", -44.75)}


def test_the_change_after_its_period_and_before_the_base() -> None:
    got = _rows(
        "Zambia's imports from Malawi decreased to $875 million in 2029 by 44.75% relative to 2028."
    )
    assert ("pct_change", "2029-01-01", -44.75) in got


def test_a_base_amount_after_relative_to() -> None:
    got = _rows(
        "Zambia's imports from Malawi fell to $875 million in 2029, down 44.75% relative to"
        " $1.58 billion in 2028."
    )
    assert ("level", "2028-01-01", 1.58e9) in got
    assert ("pct_change", "2029-01-01", -44.75) in got


def test_near_miss_relative_to_without_a_period_changes_nothing() -> None:
    got = _rows(
        "In 2029 Zambia's imports from Malawi were $875 million, small relative to its economy."
    )
    assert got == {("level", "2029-01-01", 875e6)}
