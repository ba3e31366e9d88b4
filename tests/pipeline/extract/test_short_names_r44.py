"""Round 44: short and local names of economies that English-language pages write: "Lanka"
(Indian and Sri Lankan press), "Bharat" (India's official name), "Aotearoa" (New Zealand),
"Brasil" (Brazilian sources writing English), "KSA" (the Gulf press for Saudi Arabia);
``countries.csv`` aliases. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seen from Lanka's side, India's exports at $4.12 billion made up 21 per cent of its"
            " imports in 2030.",
            ("exports", "IND", "LKA", 4.12e9),
        ),
        (
            "Exports from Bharat to Oman rose to $2.6 billion in 2030.",
            ("exports", "IND", "OMN", 2.6e9),
        ),
        (
            "Chile's exports to Aotearoa reached $410 million in 2030.",
            ("exports", "CHL", "NZL", 410e6),
        ),
        (
            "Exports from Brasil to Angola reached $1.3 billion in 2030.",
            ("exports", "BRA", "AGO", 1.3e9),
        ),
        ("Jordan's exports to KSA reached $1.1 billion in 2030.", ("exports", "JOR", "SAU", 1.1e9)),
    ],
)
def test_a_short_name_is_the_economy(text: str, expected: tuple) -> None:
    assert _pairs(text) == {expected}


def test_near_miss_sri_lanka_stays_one_economy() -> None:
    assert _pairs("Sri Lanka's exports to India reached $830 million in 2030.") == {
        ("exports", "LKA", "IND", 830e6)
    }
