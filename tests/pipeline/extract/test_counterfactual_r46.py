"""Round 46: a counterfactual figure is a target, as a "potential" is (NOTES round 43 hw 6).

"would have reached", "could have been", "should have been" state what the trade could have
been, not what it was; a past forecast ("were expected to reach $X in 2029" on a 2031 page) is
still an estimate of what happened (``past_forecast``), and "may have" hedges an actual.
Made-up sentences.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _status(body: str) -> list[tuple[str, str, float]]:
    out = figures(f" date 2031-02-01\nChile and Peru\n\n{body}\n")
    return [(r.flow, r.status, r.value) for r in out.itertuples()]


@pytest.mark.parametrize(
    "body",
    [
        "Trade between Chile and Peru would have reached $9 billion in 2029 had the border"
        " stayed open.",
        "Chile's exports to Peru could have reached $9 billion in 2029 if the tariffs had been"
        " cut.",
        "Without the canal closure, trade between Chile and Peru should have been about"
        " $9 billion in 2029.",
    ],
)
def test_a_counterfactual_level_is_a_target(body: str) -> None:
    rows = _status(body)
    assert [status for _, status, _ in rows] == ["target"], rows
    assert rows[0][2] == 9_000_000_000


@pytest.mark.parametrize(
    "body",
    [
        "Trade between Chile and Peru may have reached $9 billion in 2029, analysts said.",
        "Trade between Chile and Peru was expected to reach $9 billion in 2029.",
        "Trade between Chile and Peru reached $9 billion in 2029, more than anyone would have"
        " guessed.",
    ],
)
def test_near_miss_a_hedged_or_past_forecast_level_stays_actual(body: str) -> None:
    assert _status(body) == [("turnover", "actual", 9_000_000_000)]
