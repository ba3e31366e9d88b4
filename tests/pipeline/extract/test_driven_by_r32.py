"""Round 32 (fw01): a flow word inside a "driven (largely) by ..." cause is not the flow of the
amount after the cause ("Two-way trade peaked at $X in 2027, driven largely by a jump in imports
from B, before it slid to $Y in 2028": $Y is two-way trade). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-01-01") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {(r.flow, str(r.period_end), r.value) for r in out.itertuples()}


def test_flow_in_a_driven_by_cause_is_not_the_next_amounts() -> None:
    got = _rows(
        "Two-way trade between Chile and Peru had peaked at $15.68 billion in 2027, driven largely"
        " by a sharp jump in imports from Peru, before it slid to $11.26 billion in 2028."
    )
    assert ("turnover", "2028-12-31", 11.26e9) in got
    got = _rows(
        "Trade between Chile and Peru rose to $9 billion in 2028, fuelled by copper exports, and"
        " reached $9.5 billion in 2029."
    )
    assert ("turnover", "2029-12-31", 9.5e9) in got


def test_near_miss_a_flow_named_after_the_cause_still_counts() -> None:
    got = _rows(
        "Chile's exports to Peru rose 5% to $2 billion in 2029, driven by copper, and imports"
        " from Peru were $1 billion."
    )
    assert ("imports", "2029-12-31", 1e9) in got


def test_indonesian_same_period_last_year_which_was() -> None:
    """gi05: "naik 15,81% dari periode sama tahun lalu yang US$ 11,76 miliar" (the base)."""
    out = figures(
        "date 2030-10-20\nEkspor ke Chili\nMenurut BPS, ekspor Indonesia ke Chili selama periode"
        " Januari-September 2030 sebesar US$ 13,62 miliar, naik 15,81% dari periode sama tahun"
        " lalu yang US$ 11,76 miliar.\n"
    )
    got = {(r.measure, str(r.period_start), str(r.period_end), r.value) for r in out.itertuples()}
    assert ("level", "2029-01-01", "2029-09-30", 11.76e9) in got
    assert ("level", "2030-01-01", "2030-09-30", 13.62e9) in got
