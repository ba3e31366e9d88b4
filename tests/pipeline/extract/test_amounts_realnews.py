"""Amounts as real pages write them (issue 15, item 3), on made-up sentences."""

import datetime as dt

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions, spelled_value

D = dt.date


def money(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in find_mentions(text) if m.kind == "money"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A$310 million", 310e6, "AUD"),
        ("C$4.2 billion", 4.2e9, "CAD"),
        ("NZ$85 million", 85e6, "NZD"),
        ("HK$1.9bn", 1.9e9, "HKD"),
        ("S$12.6 billion", 12.6e9, "SGD"),
        ("R$7 billion", 7e9, "BRL"),
        ("RM41.3 billion", 41.3e9, "MYR"),
        ("₩3.1 trillion", 3.1e12, "KRW"),
        ("N2.75 trillion", 2.75e12, "NGN"),
        ("₦640 billion", 640e9, "NGN"),
        ("Ush2.2 trillion", 2.2e12, "UGX"),
        ("KSh 61.4 billion", 61.4e9, "KES"),
        ("R118bn", 118e9, "ZAR"),
        ("£915 million", 915e6, "GBP"),
        ("€3.3bn", 3.3e9, "EUR"),
        ("SR41 billion", 41e9, "SAR"),
        ("Dh9.5 billion", 9.5e9, "AED"),
        ("JOD415 million", 415e6, "JOD"),
        ("2.8 trillion baht", 2.8e12, "THB"),
        ("USD0.73 billion", 0.73e9, "USD"),
        ("EUR1.05bn", 1.05e9, "EUR"),
        ("$4.4 trln", 4.4e12, "USD"),
        ("$7.1 tn", 7.1e12, "USD"),
        ("$610 mln", 610e6, "USD"),
        ("$2.9 bln", 2.9e9, "USD"),
        ("$75mn", 75e6, "USD"),
        ("870 thousand US dollars", 870e3, "USD"),
        ("$14,310 MM", 14.31e9, "USD"),
        ("$40-billion", 40e9, "USD"),
        ("US$27.billion", 27e9, "USD"),
    ],
)
def test_currency_prefixes_codes_and_scales(text: str, value: float, unit: str) -> None:
    assert money(f"Shipments were worth {text} that season.") == [(pytest.approx(value), unit)]


def test_symbol_is_not_the_tail_of_a_word() -> None:
    # "US$" is US dollars, never Singapore dollars; a letter before "R" is no rand.
    assert money("a US$9 billion deal") == [(pytest.approx(9e9), "USD")]
    assert money("the GDPR 5 rules") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Rs 2,40,000 crore", 2.4e12, "INR"),
        ("₹3.1 lakh crore", 3.1e12, "INR"),
        ("Rs 85 lakh", 8.5e6, "INR"),
        ("₹640 crore", 6.4e9, "INR"),
    ],
)
def test_indian_grouping_and_units(text: str, value: float, unit: str) -> None:
    assert money(f"Purchases reached {text} last year.") == [(pytest.approx(value), unit)]


def test_space_thousands_with_decimal_comma_or_point() -> None:
    assert money("totalled 7 215,3 million US dollars") == [(pytest.approx(7.2153e9), "USD")]
    assert money("stood at USD 2 046.8 million (4.1 percent up)") == [
        (pytest.approx(2.0468e9), "USD")
    ]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("six hundred and forty-one million", 641e6),
        ("two billion thirty million", 2.03e9),
        ("three and a half billion", 3.5e9),
        ("one and a quarter billion", 1.25e9),
        ("half a billion", 0.5e9),
        ("nine billion", 9e9),
    ],
)
def test_spelled_amounts(phrase: str, value: float) -> None:
    assert spelled_value(phrase) == pytest.approx(value)
    assert money(f"Sales came to {phrase} dollars.") == [(pytest.approx(value), "USD")]


def test_or_between_two_amounts_is_a_range() -> None:
    (m,) = find_mentions("may grow to $25 or $35 billion")
    assert (m.value, m.is_range) == (pytest.approx(30e9), True)


def test_yen_sign_follows_the_page_country() -> None:
    japan = figures(
        "date 2031-05-02\nJapan's exports to Peru rose to ¥410 billion in 2030, the Japanese "
        "finance ministry said."
    )
    assert list(japan["unit"]) == ["JPY"]
    china = figures(
        "date 2031-05-02\nChina's exports to Peru rose to ¥410 billion in 2030, China's customs "
        "administration said."
    )
    assert list(china["unit"]) == ["CNY"]


def test_rupees_follow_the_page_country() -> None:
    out = figures(
        "date 2031-02-03\nPakistan's exports to Oman rose to Rs 96 billion in 2030, the State "
        "Bank of Pakistan said."
    )
    assert list(out["unit"]) == ["PKR"]


# Issue 15 cases (made up; each stands for its kind).


def test_glued_iso_codes_and_purchases_from() -> None:
    out = figures(
        "date 2025-04-20\nMongolia's customs office said exports to China reached USD0.45 billion "
        "in January–March 2025, while purchases from the Chinese side came to USD212.4 million."
    )
    rows = {r["flow"]: r for r in out.to_dict("records")}
    assert rows["exports"]["value"] == pytest.approx(450e6)
    assert (rows["exports"]["reporter"], rows["exports"]["partner"]) == ("MNG", "CHN")
    assert (rows["exports"]["period_start"], rows["exports"]["period_end"]) == (
        D(2025, 1, 1),
        D(2025, 3, 31),
    )
    assert rows["imports"]["value"] == pytest.approx(212.4e6)
    assert (rows["imports"]["reporter"], rows["imports"]["partner"]) == ("MNG", "CHN")
    assert rows["imports"]["period_end"] == D(2025, 3, 31)
    assert set(out["unit"]) == {"USD"}


def test_space_thousands_decimal_comma_in_a_sentence() -> None:
    out = figures(
        "date 2025-02-11\nChile's exports to Japan in 2024 totalled 12 480,5 million US dollars, "
        "the customs service said."
    )
    (row,) = out.to_dict("records")
    assert (row["flow"], row["reporter"], row["partner"]) == ("exports", "CHL", "JPN")
    assert row["value"] == pytest.approx(12_480_500_000)
    assert (row["unit"], row["period_start"], row["period_end"]) == (
        "USD",
        D(2024, 1, 1),
        D(2024, 12, 31),
    )


def test_compound_spelled_amount_in_a_sentence() -> None:
    out = figures(
        "date 2024-04-02\nGeorgian exports to Ukraine last year were worth seven hundred and "
        "twenty-three million dollars."
    )
    (row,) = out.to_dict("records")
    assert (row["flow"], row["reporter"], row["partner"]) == ("exports", "GEO", "UKR")
    assert (row["value"], row["unit"]) == (pytest.approx(723e6), "USD")
    assert (row["period_start"], row["period_end"]) == (D(2023, 1, 1), D(2023, 12, 31))


def test_lakh_crore_in_a_sentence() -> None:
    out = figures(
        "date 2024-06-14\nIndia's imports from Saudi Arabia fell to ₹2.4 lakh crore in FY2023-24."
    )
    (row,) = out.to_dict("records")
    assert (row["flow"], row["reporter"], row["partner"]) == ("imports", "IND", "SAU")
    assert (row["value"], row["unit"]) == (pytest.approx(2.4e12), "INR")


def test_phone_number_is_no_figure() -> None:
    out = figures(
        "date 2025-05-21\nExporters can join the Kenya–Uganda trade week by calling "
        "+254-20-555-0142 before 30 June."
    )
    assert out.empty
