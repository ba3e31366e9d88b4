"""A Spanish/French page with no decimals at all: its thousands separator tells how it writes
numbers (``pipeline.extract.foreign.decimal_comma``). Sentences made up."""

from pipeline.extract.foreign import decimal_comma
from tests.pipeline.extract.test_foreign import rows


def test_comma_thousands_without_decimals_is_an_english_separator_page() -> None:
    assert decimal_comma(["sumaron US$1,375 millones en 2030 y US$1,250 millones en 2031"]) is False
    got = rows(
        "date 2032-02-01\nLas importaciones de Honduras desde México sumaron US$1,375 millones "
        "en 2031, según el banco central."
    )
    assert 1_375_000_000.0 in got and 1_375_000.0 not in got


def test_dot_thousands_or_a_decimal_comma_still_make_a_decimal_comma_page() -> None:
    # near misses: dotted thousands, or one decimal comma, keep the comma reading
    assert decimal_comma(["sumaron US$1.375 millones en 2030 y US$1.250 millones en 2031"]) is True
    assert decimal_comma(["US$1,375 millones, un alza de 4,5%"]) is True
    assert decimal_comma(["el comercio creció con fuerza"]) is True
    got = rows(
        "date 2032-02-01\nLas importaciones de Honduras desde México sumaron US$1.375 millones "
        "en 2031, según el banco central."
    )
    assert 1_375_000_000.0 in got
