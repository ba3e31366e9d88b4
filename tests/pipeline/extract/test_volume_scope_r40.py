"""Round 40: a change by volume is no figure, but its sector is the sector of the value change
that follows it ("coal exports rose 12% by volume and 9% in value": the 9% is energy). Made-up
sentences; near misses name their own subject and keep it."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Indonesia and India") -> set[tuple]:
    return {
        (r.flow, r.scope, r.measure, r.value)
        for r in figures(f"date 2031-02-01\n{title}\n\n{text}\n").itertuples()
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Coal exports to India rose 12% by volume and 9% in value in 2030 to $4 billion, "
            "Indonesia's trade ministry said.",
            {("exports", "energy", "pct_change", 9.0), ("exports", "energy", "level", 4e9)},
        ),
        (
            "Indonesia's petroleum imports from India grew 14.7 times by volume and 45 times in "
            "value last year.",
            {("imports", "energy", "multiple", 45.0)},
        ),
        (
            "Textile exports to India rose 8% in volume terms, while in value they grew 3% in 2030.",
            {("exports", "textiles", "pct_change", 3.0)},
        ),
    ],
)
def test_the_value_change_after_a_volume_change_keeps_its_sector(
    sentence: str, expected: set
) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Coal exports to India rose 12% by volume in 2030, while total exports to India grew "
            "9% to $4 billion.",
            {("exports", "total", "pct_change", 9.0), ("exports", "total", "level", 4e9)},
        ),
        (
            "Coal exports to India rose 12% by volume in 2030, while machinery exports to India "
            "grew 9%.",
            {("exports", "machinery", "pct_change", 9.0)},
        ),
        (
            "Coal exports to India rose 12% by volume in 2030, and imports from India grew 9%.",
            {("imports", "total", "pct_change", 9.0)},
        ),
    ],
)
def test_near_miss_a_value_change_with_its_own_subject(sentence: str, expected: set) -> None:
    assert _rows(sentence) == expected
