"""Round 46: an amount converted in a bracket, as Middle Eastern and African wires write it.

- a currency-less amount later in the sentence ("compared to 470 million in 2029") continues the
  amount stated outside brackets, not the bracket's conversion (``bare.lender``);
- a hedge right before the bracket ("540 million dinars, about ($760 million)") makes the
  bracketed amount approximate (``qualifiers.is_approx``) and names no product
  (``bracket_products._HEDGE_ONLY``): before, "about" was read as a list item and every later
  figure of the sentence was lost with it;
- a page's currency, lent to amounts of later sentences written without one, is the one stated
  outside the conversion brackets (``page_amounts._stated_money``).
Made-up sentences.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> list[tuple]:
    out = figures(f" date 2031-02-01\nJordan and Egypt\n\n{body}\n")
    return [
        (r.flow, str(r.period_start)[:4], r.value, r.unit, bool(r.approx)) for r in out.itertuples()
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Trade between Jordan and Egypt grew in 2030 to reach 540 million dinars ($760 million),"
        " compared to 470 million in 2029.",
        "Trade between Jordan and Egypt reached 540 million dinars ($760 million) in 2030, up from"
        " 470 million in 2029.",
    ],
)
def test_a_bare_amount_after_a_bracketed_conversion_keeps_the_main_currency(body: str) -> None:
    assert ("turnover", "2029", 470_000_000, "JOD", False) in _rows(body)


def test_a_hedge_before_the_bracket_qualifies_it_and_the_sentence_goes_on() -> None:
    body = (
        "Trade between Jordan and Egypt grew in 2030 to reach 540 million dinars, about"
        " ($760 million), compared to 470 million in 2029 ($660 million)."
    )
    assert _rows(body) == [
        ("turnover", "2030", 540_000_000, "JOD", False),
        ("turnover", "2030", 760_000_000, "USD", True),
        ("turnover", "2029", 470_000_000, "JOD", False),
        ("turnover", "2029", 660_000_000, "USD", False),
    ]


def test_near_miss_a_bracketed_conversion_without_a_hedge_stays_exact() -> None:
    body = "Trade between Jordan and Egypt reached 540 million dinars ($760 million) in 2030."
    assert _rows(body) == [
        ("turnover", "2030", 540_000_000, "JOD", False),
        ("turnover", "2030", 760_000_000, "USD", False),
    ]


def test_near_miss_a_product_list_with_bracketed_values_names_its_items() -> None:
    # the items are products, not the pair's total: no row (NOTES: single products)
    body = (
        "Jordan's main exports to Egypt in 2030 were phosphates ($300 million) and potash"
        " ($120 million)."
    )
    assert _rows(body) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Trade between Jordan and Egypt reached 540 million dinars ($760 million) in 2030.",
        "In 2030 trade between Jordan and Egypt came to 540 million dinars, or about"
        " ($760 million).",
    ],
)
def test_a_page_that_converts_in_brackets_states_its_trade_in_the_main_currency(lead: str) -> None:
    # the next sentence drops the currency: the page's currency is the one stated outside
    # brackets, not split evenly with the conversions (``page_amounts._stated_money``)
    rows = _rows(f"{lead} Jordan's exports to Egypt reached 310 million in 2030.")
    assert ("exports", "2030", 310_000_000, "JOD", False) in rows
