"""Round 41: a target stated with "exceed", "surpass", "top" or "cross" in its present or
infinitive form ("is expected to exceed $15bn by 2033", "will top $2bn") is approximate and a
lower bound, as "exceeded" and "topped" already were (NOTES: approx for surpassed, topped,
crossed, exceeded; gold of gm01 and gn20). Made-up sentences; near misses keep approx false."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _last(text: str) -> tuple:
    out = figures(f"date 2031-01-19\nLaos and Cambodia\n\n{text}\n")
    row = out.iloc[-1]
    return row["status"], bool(row["approx"]), "bound=lower" in row["evidence"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Laos and Cambodia is expected to exceed $1.5 billion by 2033.",
        "The two governments want trade to surpass $1.5 billion by 2033.",
        "Trade between Laos and Cambodia will top $1.5 billion by 2033, the ministers said.",
        "Laos hopes its exports to Cambodia cross $1.5 billion by 2033.",
    ],
)
def test_a_target_to_exceed_is_approximate_and_a_lower_bound(sentence: str) -> None:
    assert _last(sentence) == ("target", True, True)


def test_a_target_to_reach_is_exact() -> None:
    got = _last("Trade between Laos and Cambodia is expected to reach $1.5 billion by 2033.")
    assert got == ("target", False, False)


def test_a_wish_with_its_object_before_the_infinitive_is_a_target() -> None:
    got = _last(
        "Laos's exports to Cambodia earned $0.9 billion in 2030, and the Lao government expects"
        " power sales to Cambodia to climb to $1.4 billion by 2034."
    )
    assert got[0] == "target"


def test_an_expectation_met_in_its_own_clause_is_actual() -> None:
    got = _last(
        "Analysts expected exports to Cambodia to rise, and they rose 5% to $3 billion in 2030."
    )
    assert got[0] == "actual"
