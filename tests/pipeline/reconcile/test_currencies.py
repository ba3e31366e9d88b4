"""Currencies (issue 16): value_usd at annual average rates, claims of one key compared across
currencies, a missing rate said rather than guessed."""

import datetime as dt

import pandas as pd
import pytest
from test_reconcile import fig, run, the_fact

from pipeline.lexicon.fx import RATES_FILE, usd_rates, with_value_usd

D = dt.date


def test_rates_file_names_its_source_and_has_the_lexicon_currencies() -> None:
    text = RATES_FILE.read_text(encoding="utf-8")
    assert "PA.NUS.FCRF" in text and "World Development Indicators" in text
    rates = usd_rates()
    for code in ("EUR", "RUB", "KGS", "CNY", "KZT", "GBP", "JPY", "UZS", "TRY", "INR"):
        assert (code, 2023) in rates
        assert (code, 2024) not in rates  # the source ends at 2023: no rate, never a guess
    # two rows checked by hand against the WDI export the header names
    assert rates[("RUB", 2023)] == pytest.approx(85.1620083333333)
    assert rates[("KGS", 2022)] == pytest.approx(84.1162225704045)


def test_value_usd_beside_the_stated_value() -> None:
    rows = [
        fig(85.16e9, unit="RUB", year=2023),
        fig(1.34e9, unit="USD", year=2023),
        fig(12.0, measure="pct_change", unit="percent", year=2023),
        fig(5e9, unit="RUB", year=2024),
        fig(5e9, unit="RUB", start=D(2022, 1, 1), end=D(2023, 12, 31)),
    ]
    out = with_value_usd(pd.DataFrame(rows))
    assert list(out["value"]) == [r["value"] for r in rows]  # never replaced
    assert out["value_usd"].iloc[0] == pytest.approx(1.0e9, rel=1e-3)
    assert out["value_usd"].iloc[1] == 1.34e9
    assert pd.isna(out["value_usd"].iloc[2]) and out["value_usd_note"].iloc[2] is None
    assert pd.isna(out["value_usd"].iloc[3])
    assert out["value_usd_note"].iloc[3] == "no 2024 average rate for RUB in usd_rates.csv"
    # two whole years: the mean of the two annual averages (365 days each)
    both = 0.5 / usd_rates()[("RUB", 2022)] + 0.5 / usd_rates()[("RUB", 2023)]
    assert out["value_usd"].iloc[4] == pytest.approx(5e9 * both)
    assert out["value_usd_note"].iloc[4] is None


def test_a_period_spanning_years_is_weighted_by_its_days() -> None:
    rates = usd_rates()
    # an Indian fiscal year, April 2022 - March 2023: 275 days of 2022, 90 of 2023
    fiscal = fig(100e9, unit="INR", start=D(2022, 4, 1), end=D(2023, 3, 31))
    out = with_value_usd(pd.DataFrame([fiscal]))
    factor = 275 / 365 / rates[("INR", 2022)] + 90 / 365 / rates[("INR", 2023)]
    assert out["value_usd"].iloc[0] == pytest.approx(100e9 * factor)
    # a fiscal year reaching into a year without a rate: no value_usd, and which rate is said
    late = fig(100e9, unit="INR", start=D(2023, 4, 1), end=D(2024, 3, 31))
    out = with_value_usd(pd.DataFrame([late]))
    assert pd.isna(out["value_usd"].iloc[0])
    assert out["value_usd_note"].iloc[0] == "no 2024 average rate for INR in usd_rates.csv"


def test_a_period_without_a_bound_has_no_rate_but_dollars_need_none() -> None:
    rows = [
        {**fig(5e9, unit="RUB", year=2023), "period_start": None},  # "by 2023": years unknown
        {**fig(5e9, unit="RUB", year=2019), "period_end": None},  # "since 2019"
        {**fig(5e9, unit="RUB"), "period_start": None, "period_end": None},  # no period at all
        {**fig(5e9, unit="USD"), "period_start": None, "period_end": None},
        fig(3.0, measure="multiple", unit="times", year=2023),
    ]
    out = with_value_usd(pd.DataFrame(rows))
    assert out["value_usd_note"].tolist()[:3] == [
        "period has no start, so its years are unknown",
        "period has no end, so its years are unknown",
        "no period, so no year for a rate",
    ]
    assert out["value_usd"].isna().tolist() == [True, True, True, False, True]
    assert out["value_usd"].iloc[3] == 5e9 and out["value_usd_note"].iloc[4] is None


def test_money_measures_are_the_contracts() -> None:
    from pipeline.contract.schemas import MONEY_MEASURES
    from pipeline.lexicon import fx

    assert fx.MONEY_MEASURES == MONEY_MEASURES


def test_claims_in_two_currencies_that_agree_after_conversion() -> None:
    rows = [
        fig(85.2e9, unit="RUB", year=2023, source="ARM", rounding=0.05e9),
        fig(1.0e9, unit="USD", year=2023, source="GEO", rounding=0.05e9),
    ]
    result = run(rows)
    rub = the_fact(result, unit="RUB")
    usd = the_fact(result, unit="USD")
    assert rub["resolution"] == usd["resolution"] == "single_source"
    assert rub["value"] == 85.2e9 and usd["value"] == 1.0e9  # stated values kept
    assert "agrees with 1bn USD in USD at annual average rates" in rub["note"]


def test_claims_in_two_currencies_that_conflict_after_conversion() -> None:
    rows = [
        fig(85.2e9, unit="RUB", year=2023, source="ARM", rounding=0.05e9),
        fig(1.7e9, unit="USD", year=2023, source="GEO", rounding=0.05e9),
    ]
    result = run(rows)
    for unit in ("RUB", "USD"):
        fact = the_fact(result, unit=unit)
        assert fact["resolution"] == "conflicting" and pd.isna(fact["value"])
        assert "GEO side 1.7bn vs ARM side 1bn" in fact["note"]


def test_same_authority_in_two_currencies_is_no_conflict() -> None:
    rows = [
        fig(85.2e9, unit="RUB", year=2023, source="GEO", rounding=0.05e9, doc="a"),
        fig(1.7e9, unit="USD", year=2023, source="GEO", rounding=0.05e9, doc="a"),
    ]
    result = run(rows)
    assert set(result.facts["resolution"]) == {"needs_review"}


def test_a_missing_rate_is_said_not_guessed() -> None:
    rows = [fig(5e9, unit="RUB", year=2031, source="ARM"), fig(1.7e9, year=2031, source="GEO")]
    result = run(rows)
    fact = the_fact(result, unit="RUB")
    assert fact["resolution"] == "single_source"
    assert "not compared across RUB, USD: RUB: no 2031 average rate for RUB" in fact["note"]


def test_chart_puts_every_currency_on_the_usd_scale() -> None:
    from pipeline.report.chart import chart_points

    rows = [
        fig(85.16e9, unit="RUB", year=2023, source="ARM", reporter="ARM", partner="GEO"),
        fig(5e9, unit="RUB", year=2031, source="ARM", reporter="ARM", partner="AZE"),
    ]
    result = run(with_value_usd(pd.DataFrame(rows)).to_dict("records"))
    assert sorted(result.claims["value_usd"].notna()) == [False, True]  # the figures' own
    points = chart_points(result.facts, result.claims)
    assert len(points) == 1  # the 2031 claim has no rate: not drawn, never guessed
    assert points["value"].iloc[0] == pytest.approx(1.0e9, rel=1e-3)
