"""Round 41: the level a change over a span reached is the later year's ("trade grew markedly
from 2025 to 2029, amounting to nearly $2.7bn", "rose from 2025 to 2029 to reach $X"), not the
span's sum; a total over the span ("between 2025 and 2029 trade totalled $9bn", "..., totalling
$9bn over the period") keeps the span. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _period(sentence: str, value: float) -> tuple[str, str]:
    out = figures(f"date 2030-02-01\nQatar and Kenya\n\n{sentence}\n")
    row = out[out["value"] == value].iloc[0]
    return str(row["period_start"]), str(row["period_end"])


@pytest.mark.parametrize(
    ("sentence", "value", "expected"),
    [
        (
            "He said trade between Qatar and Kenya grew markedly from 2025 to 2029, amounting to"
            " nearly $2.7 billion.",
            2.7e9,
            ("2029-01-01", "2029-12-31"),
        ),
        (
            "Trade between Qatar and Kenya rose from 2025 to 2029 to reach $2.7 billion.",
            2.7e9,
            ("2029-01-01", "2029-12-31"),
        ),
        (
            "Between 2025 and 2029 trade between Qatar and Kenya totalled $9 billion.",
            9e9,
            ("2025-01-01", "2029-12-31"),
        ),
        (
            "Trade between Qatar and Kenya rose 40% between 2025 and 2029, totalling $9 billion over"
            " the period.",
            9e9,
            ("2025-01-01", "2029-12-31"),
        ),
    ],
)
def test_the_level_reached_over_a_span(sentence: str, value: float, expected: tuple) -> None:
    assert _period(sentence, value) == expected
