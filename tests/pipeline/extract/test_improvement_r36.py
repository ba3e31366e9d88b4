"""Round 36: "an improvement" and "improved" are a rise of the flow they measure ("That marked a
12.9 percent improvement from March's $790m"), as "deteriorated" and "worsened" are a fall.
Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-06-12\nChile and Peru\n{text}\n")
    return {(r.flow, r.measure, r.value, str(r.period_start)[:10]) for r in out.itertuples()}


def test_an_improvement_is_a_rise() -> None:
    got = _rows(
        "Chile's exports to Peru rose to $892 million in April. That marked a 12.9 percent"
        " improvement from March's $790.02 million."
    )
    assert ("exports", "pct_change", 12.9, "2031-04-01") in got
    assert ("exports", "level", 790.02e6, "2031-03-01") in got
    got = _rows("Chile's exports to Peru improved by 4.5 percent to $892 million in April.")
    assert ("exports", "pct_change", 4.5, "2031-04-01") in got


def test_near_miss_an_improved_balance_is_no_flow() -> None:
    got = _rows("Chile's trade balance with Peru improved by $120 million in April.")
    assert not any(r[0] in ("exports", "imports", "turnover") and r[2] == 120e6 for r in got)


def test_widened_is_a_rise_and_that_amounts_to_refers_back() -> None:
    got = _rows("Trade between Chile and Peru widened by almost 25 percent in 2030.")
    assert ("turnover", "pct_change", 25.0, "2030-01-01") in got
    got = _rows(
        "Chile's exports to Peru reached $400 million in 2030. That amounts to a nearly 15"
        " percent rise on the year before, the minister noted."
    )
    assert ("exports", "pct_change", 15.0, "2030-01-01") in got


def test_near_miss_a_widened_deficit_is_no_flow() -> None:
    got = _rows("Chile's trade deficit with Peru widened by $20 million in 2030.")
    assert got == set()
