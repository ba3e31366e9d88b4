"""Round 33 (NOTES S5, fz 4): a forecast for a period already over at publication is an actual
row ("exports were expected to reach $10.5bn in 2029" on a 2030 page); a goal for that period,
a forecast for a period not yet over and a deadline stay targets. Made-up sentences."""

import pytest

from pipeline.extract.past_forecast import past_forecast
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-02-03") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.status, str(r.period_start), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "forecast", ["were expected to reach", "are expected to have topped", "were projected to hit"]
)
def test_a_forecast_for_a_year_already_over_is_actual(forecast: str) -> None:
    got = _rows(f"Exports from Nepal to Bhutan {forecast} $10.5 billion in 2029.")
    assert got == {("actual", "2029-01-01", 10.5e9)}


def test_near_miss_a_forecast_for_the_running_year_stays_a_target() -> None:
    got = _rows("Exports from Nepal to Bhutan are expected to reach $10.5 billion in 2030.")
    assert got == {("target", "2030-01-01", 10.5e9)}


def test_near_miss_a_goal_for_a_year_already_over_stays_a_target() -> None:
    got = _rows("Nepal and Bhutan had aimed to lift their trade to $12 billion in 2029.")
    assert {r[0] for r in got} == {"target"}
    got = _rows("Trade between Nepal and Bhutan was expected to reach $20 billion by 2029.")
    assert {r[0] for r in got} == {"target"}


def test_no_date_leaves_the_status() -> None:
    assert past_forecast("target", None, "expected to reach", None) == "target"
