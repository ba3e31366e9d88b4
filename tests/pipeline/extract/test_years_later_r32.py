"""Round 32 (fw11): "N years later" after a year of the same sentence is that year plus N
("turnover going from $8.5bn in 2025 up to $16.8bn five years later": 2030). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-12-17") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {(str(r.period_start), str(r.period_end), r.value) for r in out.itertuples()}


def test_years_later_counts_from_the_year_named_before() -> None:
    got = _rows(
        "Since 2025 trade between Chile and Peru has grown by around 17% a year, bilateral trade"
        " turnover going from US$8.5 billion in 2025 up to US$16.8 billion five years later."
    )
    assert ("2030-01-01", "2030-12-31", 16.8e9) in got
    got = _rows(
        "Trade between Chile and Peru was US$8.5 billion in 2025; a year later it had reached"
        " US$9 billion."
    )
    assert ("2026-01-01", "2026-12-31", 9e9) in got


def test_near_miss_years_later_without_a_year_before_is_not_dated() -> None:
    got = _rows(
        "Trade between Chile and Peru reached US$9 billion two years later, officials said."
    )
    assert got == {("None", "None", 9e9)}
