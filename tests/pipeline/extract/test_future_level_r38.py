"""Round 38: a level a future or expected verb says trade will stand at ("will amount to $12bn",
"will total", "is expected to amount to") is a target, as "will reach" is (gi16). Made-up pages;
near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, r.status, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_will_amount_to_by_the_end_of_the_year_is_a_target() -> None:
    got = _rows(
        "date 2031-10-06\nKenya's authorities anticipate that at the end of 2031 the republic's "
        "trade turnover with Peru will amount to $1.2 billion, the president said.\n"
    )
    assert got == {("turnover", "KEN", "PER", 1.2e9, "target", "None", "2031-12-31")}


def test_will_total_is_a_target() -> None:
    got = _rows("date 2031-10-06\nTrade between Kenya and Peru will total $1.2 billion in 2032.\n")
    assert got == {("turnover", "KEN", "PER", 1.2e9, "target", "2032-01-01", "2032-12-31")}


def test_expected_to_amount_to_is_a_target() -> None:
    got = _rows(
        "date 2031-10-06\nTrade between Kenya and Peru is expected to amount to $1.2 billion "
        "this year.\n"
    )
    assert {r[4] for r in got} == {"target"}, got


def test_a_past_level_beside_a_future_clause_stays_actual() -> None:
    # near miss: the amount's own verb is past; "will keep growing" governs no amount
    got = _rows(
        "date 2031-10-06\nTrade between Kenya and Peru amounted to $1.2 billion in 2030 and will "
        "keep growing.\n"
    )
    assert got == {("turnover", "KEN", "PER", 1.2e9, "actual", "2030-01-01", "2030-12-31")}
