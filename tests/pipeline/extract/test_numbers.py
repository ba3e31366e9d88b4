"""Value parsing on made-up amounts (none from the seeds)."""

import pytest

from pipeline.extract.numbers import find_mentions, parse_number


def one(text: str):
    mentions = find_mentions(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("$7.25 billion", 7.25e9, "USD"),
        ("$412.6 million", 412.6e6, "USD"),
        ("US$ 3 bn", 3e9, "USD"),
        ("€2.5bn", 2.5e9, "EUR"),
        ("EUR 640 mln", 640e6, "EUR"),
        ("870 million roubles", 870e6, "RUB"),
        ("12 billion soms", 12e9, "KGS"),
        ("4.1 billion yuan", 4.1e9, "CNY"),
        ("KZT 95 billion", 95e9, "KZT"),
        ("$15m", 15e6, "USD"),
        ("$2.3 trillion", 2.3e12, "USD"),
        ("$750 thousand", 750e3, "USD"),
        ("one billion dollars", 1e9, "USD"),
        ("half a billion dollars", 0.5e9, "USD"),
        ("1.8 billion US dollars", 1.8e9, "USD"),
    ],
)
def test_money_amounts(text: str, value: float, unit: str) -> None:
    m = one(f"Trade came to {text} last spring.")
    assert m.kind == "money"
    assert m.value == pytest.approx(value)
    assert m.unit == unit


def test_comma_three_digits_is_thousands_when_plausible() -> None:
    assert one("worth $2,480 million").value == pytest.approx(2.48e9)


def test_comma_three_digits_is_decimal_when_thousands_is_implausible() -> None:
    # 2,480 billion dollars would exceed any bilateral trade flow: a decimal comma.
    m = one("worth $2,480 billion")
    assert m.value == pytest.approx(2.48e9)
    assert m.rounding == pytest.approx(0.0005e9)


def test_plausibility_depends_on_currency() -> None:
    # 2,480 billion tenge is about $5bn: plausible, so the comma separates thousands.
    assert one("worth KZT 2,480 billion").value == pytest.approx(2.48e12)


def test_two_digit_comma_group_is_decimal() -> None:
    assert one("worth $3,45 billion").value == pytest.approx(3.45e9)


def test_parse_number_separators() -> None:
    assert parse_number("1,234,567").value == 1234567
    assert parse_number("1.234.567").value == 1234567
    assert parse_number("1,234.5").value == 1234.5
    assert parse_number("1.234,5").value == 1234.5
    assert parse_number("7.25").step == pytest.approx(0.01)


def test_parse_number_thousands_written_with_both_marks() -> None:
    # a table cell typed "7,310.000.000": the repeated mark is no decimal point
    assert parse_number("7,310.000.000").value == 7_310_000_000
    assert parse_number("2.615,000,000").value == 2_615_000_000
    assert one("imports of USD 7,310.000.000 in 2031").value == 7_310_000_000
    # near misses: one mark of each stays thousands + decimal; malformed groups keep the lead
    assert parse_number("7,310.5").value == 7310.5
    assert parse_number("7.310,25").value == 7310.25
    assert parse_number("7,31.00.0").value == 7


def test_rounding_follows_stated_digits() -> None:
    assert one("$6.4 billion").rounding == pytest.approx(0.05e9)
    assert one("$6.418 billion").rounding == pytest.approx(0.0005e9)
    assert one("$640 million").rounding == pytest.approx(0.5e6)


def test_range_is_midpoint_with_its_width() -> None:
    m = one("between $2.2–2.6bn")
    assert m.is_range
    assert m.value == pytest.approx(2.4e9)
    assert m.rounding >= 0.2e9


def test_percent_and_multiples() -> None:
    pct, times, fold, doubled = find_mentions(
        "up 12.5 percent, 7 times more, a 2.5-fold rise, it doubled"
    )
    assert (pct.kind, pct.value) == ("percent", 12.5)
    assert (times.kind, times.value) == ("multiple", 7)
    assert (fold.kind, fold.value) == ("multiple", 2.5)
    assert (doubled.kind, doubled.value) == ("multiple", 2)


def test_plain_numbers_are_not_money() -> None:
    assert (
        find_mentions("In 2029 some 340 trucks crossed 12 km of border with 45,000 tonnes.") == []
    )


def test_lowercase_code_is_not_a_currency_prefix() -> None:
    assert find_mentions("the usd 5 figure") == []


def test_soums_and_twice() -> None:
    soums, twice = find_mentions("worth 61 trillion soums, twice as much as before")
    assert (soums.unit, soums.value) == ("UZS", 61e12)
    assert (twice.kind, twice.value) == ("multiple", 2.0)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("NZ $1.2 billion", "NZD"), ("AU $3.4 billion", "AUD"), ("HK $7 billion", "HKD")],
)
def test_a_letter_symbol_spaced_from_its_dollar_sign(text: str, unit: str) -> None:
    # hb08: "expected to come to NZ $1.2 billion" (a space between the letters and "$")
    assert one(f"Trade came to {text} last spring.").unit == unit


def test_near_miss_an_article_before_a_dollar_amount() -> None:
    # "A $2 billion deal": the article is no Australian prefix (single letters are not listed)
    assert one("A $2 billion deal was signed last spring.").unit == "USD"
