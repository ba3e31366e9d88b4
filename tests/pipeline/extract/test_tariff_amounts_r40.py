"""Round 40: money collected in tariffs or duties on a pair's trade is no trade figure (NOTES
"What is a figure": tariff amounts). "collected $4.1bn in tariffs on imports from B", "tariffs
of $X on imports from B", "$X in duties". Made-up sentences; near misses keep the trade
figure beside a tariff word."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value)
        for r in figures(f"date 2031-05-06\nCanada and Mexico\n\n{text}\n").itertuples()
    }


@pytest.mark.parametrize(
    "text",
    [
        "Canada collected C$2.6 billion in tariffs on imports from Mexico in 2030, the finance "
        "ministry said.",
        "Canadian customs collected C$2.6 billion in duties on imports from Mexico in 2030.",
        "Canada levied tariffs of C$2.6 billion on imports from Mexico in 2030.",
        "Canada raised C$2.6 billion in import duties on goods from Mexico in 2030.",
    ],
)
def test_tariffs_and_duties_collected_are_no_figure(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada's imports from Mexico, on which tariffs were raised, reached C$41 billion in "
            "2030.",
            {("imports", "CAN", "MEX", 41e9)},
        ),
        (
            "Canada's imports of tariff-free goods from Mexico reached C$12 billion in 2030.",
            {("imports", "CAN", "MEX", 12e9)},
        ),
    ],
)
def test_near_miss_a_trade_figure_beside_a_tariff_word(text: str, expected: set) -> None:
    assert _rows(text) == expected
