"""Round 32 (fe17): a period inside a concession ("in spite of brisk expansion through 2028,")
is not the period of a figure after it; a figure inside the concession keeps it ("Despite a 5%
fall in 2028, ..."). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nChile and Peru\n{text}\n")
    return {(r.measure, str(r.period_end), r.value) for r in out.itertuples()}


def test_a_period_in_a_closed_concession_dates_no_later_figure() -> None:
    got = _rows(
        "Trade between Chile and Peru slipped in 2030, in spite of brisk expansion through 2028,"
        " with trade volume reaching 1.21 billion euros, against 1.34 billion euros in 2029."
    )
    assert ("level", "2030-12-31", 1.21e9) in got
    assert ("level", "2029-12-31", 1.34e9) in got


def test_near_miss_a_figure_inside_the_concession_keeps_its_period() -> None:
    got = _rows(
        "Despite a 5% fall in 2028, trade between Chile and Peru reached $3 billion in 2030."
    )
    assert got == {("pct_change", "2028-12-31", -5.0), ("level", "2030-12-31", 3e9)}
