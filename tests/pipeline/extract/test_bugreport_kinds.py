"""The kinds fixed from the bug-report cases (``bugreport_cases.csv``), each on further made-up
sentences in other outlets' styles, so a rule holds for its kind and not for one sentence."""

import datetime as dt

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions
from pipeline.extract.periods import find_periods

D = dt.date


def _periods(text: str, ref: dt.date) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(p.period_start, p.period_end) for p in find_periods(text, ref)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the year's last months or quarters, not its first
        ("in the last four months of 2023, exports fell", D(2023, 9, 1), D(2023, 12, 31)),
        ("during the final three months of 2022 imports rose", D(2022, 10, 1), D(2022, 12, 31)),
        ("over the last two quarters of 2023 trade slowed", D(2023, 7, 1), D(2023, 12, 31)),
        ("the closing two months of last year saw", D(2023, 11, 1), D(2023, 12, 31)),
        # counted quarters from the start of the year
        ("in the first three quarters of 2024 trade grew", D(2024, 1, 1), D(2024, 9, 30)),
        # a range of quarters is one span; "2024Q3" as statistics offices write it
        ("exports rose 4% in Q1-Q3 2024", D(2024, 1, 1), D(2024, 9, 30)),
        ("in Q1–Q2, imports fell", D(2024, 1, 1), D(2024, 6, 30)),
        ("in the first to third quarters of 2023, trade", D(2023, 1, 1), D(2023, 9, 30)),
        ("turnover in 2024Q2 reached", D(2024, 4, 1), D(2024, 6, 30)),
        # "as of mid-YEAR" for a flow: January-June (NOTES)
        ("as of mid-2024, exports had reached", D(2024, 1, 1), D(2024, 6, 30)),
        ("As at mid-year 2023 shipments stood at", D(2023, 1, 1), D(2023, 6, 30)),
    ],
)
def test_year_end_spans_and_mid_year(text: str, start: dt.date, end: dt.date) -> None:
    assert (start, end) in _periods(text, D(2024, 8, 1))


def test_rolling_last_months_without_a_year_stay_unread() -> None:
    # "over the last six months" counts back from today: no year's span to give
    found = _periods("over the last six months, trade with Chile rose 4%", D(2024, 8, 1))
    assert (D(2024, 1, 1), D(2024, 6, 30)) not in found
    assert (D(2023, 7, 1), D(2023, 12, 31)) not in found


def _money(text: str) -> list[tuple[float, str, bool]]:
    return [(m.value, m.unit, m.is_range) for m in find_mentions(text) if m.kind == "money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency written once after a list covers every amount of it
        (
            "exports and imports stood at 2.3 billion and 850 million euros respectively",
            [(2.3e9, "EUR", False), (850e6, "EUR", False)],
        ),
        (
            "shipments of 1.2 billion, 640 million and 95 million dollars in turn",
            [(1.2e9, "USD", False), (640e6, "USD", False), (95e6, "USD", False)],
        ),
        # after "between": one range at the midpoint, whichever way the bound is written
        ("between 900 million and one billion dollars", [(950e6, "USD", True)]),
        ("between 4 billion and 4.5 billion yuan", [(4.25e9, "CNY", True)]),
        # two amounts with their own scales joined by a dash alone: one range (RT#2047 "5k-20k")
        ("estimated at $1.5bn-$2bn last year", [(1.75e9, "USD", True)]),
        ("worth €300m – €350m", [(325e6, "EUR", True)]),
        ("fell from $5bn - $3bn", [(5e9, "USD", False), (3e9, "USD", False)]),  # not a range
        # a symbol binds to its own number: the bare one before it is left alone
        ("reached 3 billion and $400 million", [(400e6, "USD", False)]),
        # a number with no scale or a count is not an amount of the list
        ("in 2023 and 500 million dollars in 2024", [(500e6, "USD", False)]),
        ("1.4 billion people and 300 million dollars", [(300e6, "USD", False)]),
        # translated forms: "of" between the scale and the currency, the code before the scale
        ("turnover hit 62 billions of dollars", [(62e9, "USD", False)]),
        ("sales came to 4 millions of euros", [(4e6, "EUR", False)]),
        ("exports reached 312 USD million", [(312e6, "USD", False)]),
        ("imports came to 48.5 EUR million", [(48.5e6, "EUR", False)]),
    ],
)
def test_shared_currencies_ranges_and_translated_order(text: str, expected: list) -> None:
    assert _money(text) == [(pytest.approx(v), u, r) for v, u, r in expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tajikistan exported 36.5 thousand tonnes of aluminium to Turkey in 2023, up 12% on the year.",
        "Kazakh wheat shipments to Iran rose 8% to 1.2 million tonnes in 2023.",
        "Uzbekistan sold 210,000 tons of cotton yarn to China in 2024, 15 percent more than a year "
        "before.",
        "Russia's oil exports to India reached 88 million barrels in 2023, an increase of 20%.",
    ],
)
def test_a_change_of_a_tonnage_is_no_figure(sentence: str) -> None:
    assert figures(f"date 2024-05-01\n{sentence}").empty


def test_a_change_of_value_beside_a_tonnage_stays() -> None:
    out = figures(
        "date 2024-05-01\nExports from Russia to India of 40 million tonnes of oil rose 12% in "
        "value to $31 billion in 2023."
    )
    assert sorted(zip(out["measure"], out["value"], strict=True)) == [
        ("level", 31e9),
        ("pct_change", 12.0),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Uzbekistan's exports to Russia grew by one and a half times in 2023.", 1.5),
        ("Trade between Kyrgyzstan and Turkey rose two and a half times in 2022.", 2.5),
    ],
)
def test_spelled_fractional_multiples(text: str, value: float) -> None:
    out = figures(f"date 2024-05-01\n{text}")
    assert list(zip(out["measure"], out["value"], strict=True)) == [("multiple", value)]
