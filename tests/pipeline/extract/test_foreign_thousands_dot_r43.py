"""Round 43: on a Spanish, Portuguese, French or Italian page that writes decimal points
elsewhere ("9.7%"), "US$ 2.113 millones" is still 2,113 million: a dot before three digits and a
scale word is a thousands dot on such pages (NOTES: number formats). Made-up sentences; the near
misses keep a one- or two-decimal amount and a dotted amount without a scale word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "El comercio entre Perú y Chile sumó US$ 2.113 millones en 2029, un 9.7% más.",
            "es",
            2113e6,
        ),
        (
            "O comércio entre Brasil e Chile somou US$ 1.079 milhões em 2029, 4.5% a mais.",
            "pt",
            1079e6,
        ),
    ],
)
def test_a_dot_before_three_digits_and_a_scale_is_a_thousands_dot(
    text: str, lang: str, value: float
) -> None:
    out = figures(f"date 2030-03-01\nComercio\n\n{text}\n")
    assert value in {r.value for r in out.itertuples() if r.measure == "level"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El comercio sumó US$ 2.1 millones.", "2.1 million"),
        ("El comercio sumó US$ 2.11 millones.", "2.11 million"),
        ("El comercio fue de 4.113 toneladas.", "4.113"),
    ],
)
def test_near_miss_decimals_and_amounts_without_a_scale_stay(text: str, expected: str) -> None:
    assert expected in gloss(text, "es", commas=False)
