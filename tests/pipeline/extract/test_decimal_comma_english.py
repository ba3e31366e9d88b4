"""An English page translated from a decimal-comma original (issue 15, round 11): a comma after
four or more digits and before three, then a scale word ("$2317,406 million"), is never a
thousands comma, so the page writes decimal commas and its other "d,ddd million" amounts are
decimals too (NOTES.md's decimal-comma rule). Without that cue a page's "$645,218 million" keeps
its thousands reading.

Every sentence is made up.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {round(v) for v in figures(text)["value"] if v > 1000}


def test_a_page_with_a_four_digit_comma_writes_decimal_commas() -> None:
    text = (
        "Tunisia's exports to Malta stood at $645,218 million in 2031, down from "
        "$2317,406 million in 2030.\n\n"
        "Tunisia's imports from Malta were $93,570 million in 2031."
    )
    assert values(text) >= {645_218_000, 2_317_406_000, 93_570_000}
    assert not values(text) & {645_218_000_000, 93_570_000_000}


@pytest.mark.parametrize("amount", ["$645,218 million", "$1,218 million"])
def test_without_the_cue_a_comma_stays_thousands(amount: str) -> None:
    text = f"Tunisia's exports to Malta stood at {amount} in 2031, up from $412 million in 2030."
    written = float(amount[1:].split()[0].replace(",", "")) * 1e6
    assert round(written) in values(text)
