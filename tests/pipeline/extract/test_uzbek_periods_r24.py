"""Round 24: an Uzbek part of a year whose month count is spelled, "2031-yilning birinchi toʻrt
oyida" (in the first four months of 2031), in Latin and Cyrillic script. Made-up sentences; near
miss: the digit form reads as before."""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031-yilning birinchi toʻrt oyida", "in the first 4 months of 2031"),
        ("2031-yilning dastlabki oʻn bir oyida", "in the first 11 months of 2031"),
        ("2031 йилнинг биринчи олти ойида", "in the first 6 months of 2031"),
        ("2031-yilning 9 oyida", "in the first 9 months of 2031"),  # near miss: digits
    ],
)
def test_first_months_spelled_or_in_digits(text: str, expected: str) -> None:
    assert gloss(text, "uz") == expected


def test_a_page_with_a_spelled_month_count_is_dated_to_that_part_of_the_year() -> None:
    got = rows(
        "date 2031-06-10\n2031-yilning birinchi toʻrt oyida Oʻzbekiston va Ukraina oʻrtasida "
        "tovar aylanmasi 140 mln AQSh dollariga yetdi. Bu haqda agentlik va vazirlik bilan "
        "birga xabar berildi.\n"
    )
    assert got[140_000_000.0][:3] == ("turnover", "UZB", "UKR")
    assert got[140_000_000.0][-2:] == (D(2031, 1, 1), D(2031, 4, 30))
