"""Round 33 (fe22, fe23 twins): a base named through words for its figures ("a rise of 11.8
percent on the figures until August 2029") or a level "the same as in" a period ("roughly the
same level (-0.1%) as in the matching period a year earlier") is the base, not the period of the
sentence's other figures. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(body: str, date: str = "2030-09-10") -> set[tuple]:
    out = figures(f"date {date}\nMali-Niger trade in the first eight months of 2030\n{body}\n")
    return {
        (r.flow, r.measure, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


def test_a_rise_on_the_figures_until_a_month_names_the_base() -> None:
    got = _rows(
        "Up to August 2030, trade between Mali and Niger came to $5.3 billion. Shipments from"
        " Mali to Niger went up by 8.5 percent at over $2.3 billion, while Mali bought goods worth"
        " $3 billion from Niger, a rise of 11.8 percent on the figures until August 2029."
    )
    assert ("imports", "pct_change", "2030-01-01", "2030-08-31", 11.8) in got
    assert ("exports", "level", "2030-01-01", "2030-08-31", 2.3e9) in got


def test_the_same_level_as_in_a_period_names_the_base() -> None:
    got = _rows(
        "In the first nine months of 2030, Mali's exports to Niger came to $15.55 billion, roughly"
        " the same level (-0.1%) as in the matching period a year earlier, while imports reached"
        " $17.31 billion (+9.6%)."
    )
    assert ("imports", "level", "2030-01-01", "2030-09-30", 17.31e9) in got


def test_near_miss_a_rise_on_strong_demand_names_no_base() -> None:
    got = _rows("Exports from Mali to Niger rose 12% on strong demand in 2029.")
    assert got == {("exports", "pct_change", "2029-01-01", "2029-12-31", 12.0)}
