"""Round 44: "to reach" after a past change written as a phrasal or vivid verb ("went up to reach",
"soared to reach", "rebounded to reach", "doubled to reach") is the result of a change that
happened, an actual level, as "grew 5% to reach" already was (``status._REALISED_CHANGE`` reads
the ``past_change`` verbs of vocabulary.csv; the NOTES status rule: a target is an aim, a plan or
a forecast). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {
        (r.flow, str(r.period_start), str(r.period_end), r.value, r.status)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    "verb", ["went up", "soared", "rebounded", "ballooned", "shot up", "picked up"]
)
def test_a_past_change_to_reach_is_actual(verb: str) -> None:
    rows = _rows(f"Trade between Ghana and Togo {verb} to reach $640 million by 2029.")
    assert rows == {("turnover", "2029-01-01", "2029-12-31", 640e6, "actual")}


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Ghana and Togo is expected to go up to reach $640 million by 2033.",
        "Trade between Ghana and Togo will reach $640 million by 2033.",
    ],
)
def test_near_miss_a_forecast_to_reach_stays_a_target(text: str) -> None:
    assert _rows(text) == {("turnover", "None", "2033-12-31", 640e6, "target")}
