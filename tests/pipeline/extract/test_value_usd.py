"""Every extracted figure carries ``value_usd`` beside its stated value (schema 1.2)."""

import pytest
from test_extract import figures

from pipeline.lexicon.fx import usd_rates


def test_roubles_dollars_percent_and_a_year_without_a_rate() -> None:
    out = figures(
        "date 2024-02-10\nTrade between Armenia and Georgia reached 90 billion roubles in 2023, "
        "up 12 percent. Armenia's exports to Georgia were $700 million in 2023.\n"
        "Trade between Armenia and Georgia reached 95 billion roubles in 2024 and is expected "
        "to grow."
    ).set_index("text")
    rub = out.loc["90 billion roubles"]
    assert rub["value"] == 90e9 and rub["unit"] == "RUB"  # the stated value is kept
    assert rub["value_usd"] == pytest.approx(90e9 / usd_rates()[("RUB", 2023)])
    assert out.loc["$700 million", "value_usd"] == 700e6
    pct = out[out["unit"] == "percent"].iloc[0]
    assert pct["value_usd"] != pct["value_usd"] and pct["value_usd_note"] is None  # NaN: no $
    late = out.loc["95 billion roubles"]
    assert late["value_usd"] != late["value_usd"]
    assert late["value_usd_note"] == "no 2024 average rate for RUB in usd_rates.csv"
